// The explorer page (index.html): registers the element; the page itself holds one
// <cyber-declarations-map sync-url> so the view lives in the address bar.
import './components/cyber-declarations-map';
