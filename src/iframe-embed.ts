// The iframe embed page (embed.html), for CMSs that only take iframes. It shows one
// <cyber-declarations-map> whose state comes from the frame's query string, and posts its content
// height to the parent, at first render and whenever it changes, in the formats existing resizers
// understand (src/lib/resize-messages.ts). Only state attributes are read from the URL: never
// atlas-src or dataset-src, so a crafted link cannot make this page show someone else's data.
import './components/cyber-declarations-map';
import { BOOLEAN_ATTRIBUTES, EMBED_ATTRIBUTES } from './lib/embed-snippets';
import { safeLocale } from './lib/locale';
import { frameHeight, isPymMessageFor, resizeMessages, resizeTargetsFromQuery, type ResizeMessage } from './lib/resize-messages';

const params = new URLSearchParams(location.search);
const map = document.createElement('cyber-declarations-map');
for (const [, attribute] of EMBED_ATTRIBUTES) {
  const value = params.get(attribute);
  // `controls=` (empty) is the map alone, as on the element; `zoom-to-country=` is on by its presence.
  if (value !== null && (value.trim() !== '' || attribute === 'controls' || BOOLEAN_ATTRIBUTES.has(attribute))) map.setAttribute(attribute, value.trim());
}
// The framing page's language, which the frame cannot read, for the states' names (README,
// "Language"); a malformed tag is left out (the page is lang="en": English names).
const lang = safeLocale(params.get('lang'), '');
if (lang) map.setAttribute('lang', lang);
(document.querySelector('main') ?? document.body).append(map);

const targets = resizeTargetsFromQuery(location.search);
const inFrame = window.parent !== window;
let lastPosted = -1;

function contentHeight(): number {
  return frameHeight(document.body.getBoundingClientRect().height);
}

function post(message: ResizeMessage): void {
  // The height is not a secret and the parent's origin is unknown: '*' is what every resizer expects.
  window.parent.postMessage(message, '*');
}

/** Posts the height if it changed since the last post (or always, when `force`). */
function postHeight(force = false): void {
  if (!inFrame) return;
  const height = contentHeight();
  if (height === 0 || (!force && height === lastPosted)) return;
  lastPosted = height;
  for (const message of resizeMessages(targets, height)) post(message);
}

/**
 * Posts once the element has finished updating, never in the middle. Its first map is drawn alone
 * and the timeline, legend and sidebar follow just after the first paint; a height posted between
 * the two made the parent resize the frame while they were going in, and Chromium then left them
 * unstyled at 0 px (the half-drawn frame of issue 16) until something restyled the element.
 * `updateComplete` waits for those deferred parts, so the frame only ever changes size when the
 * element has nothing pending, and the height posted is the whole content's.
 */
function postWhenSettled(force = false): void {
  // Nothing while the files load: the loading line's height shrank the frame to a few hundred
  // pixels, then it grew again under the article (once the map is drawn, or the error shown).
  void map.updateComplete.then(() => map.loadStatus !== 'loading' && postHeight(force));
}

new ResizeObserver(() => postWhenSettled()).observe(document.body);
window.addEventListener('load', () => postWhenSettled(true));
// pym.js parents send their width on load and resize and expect the height back.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && targets.pymChildId && isPymMessageFor(targets.pymChildId, event.data)) postWhenSettled(true);
});
