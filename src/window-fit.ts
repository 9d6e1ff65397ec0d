// The explorer's pages (index.html, the offline file) on a laptop's or a desktop's screen: the map
// gives up width so that the map, its legend and the whole timeline share the first screen, and a
// reader dragging the timeline watches the map change. What is above the map and what is under it
// are measured, not guessed: they change with the view (a compare view's longer lines, a legend in
// two rows, no entries before a launch) and with the reader's type. The page's CSS gives the
// element's `map` part the width found here (explorer.css, the offline page's style).
import { fittedMapWidth } from './lib/map-window-fit';

/** Where the pages lay the explorer out on one screen (a phone, or a phone on its side, scrolls). */
const WIDE = matchMedia('(min-width: 600px) and (min-height: 501px)');
const WIDTH_PROPERTY = '--explorer-map-width';

/** Keeps `el`'s map fitted to the window as the window, the view and the element change, for the
 *  page's life (the explorer's pages never remove their map, so the observers are never released). */
export function fitMapToWindow(el: HTMLElement): void {
  // Every part of the element (toolbar, "as of" line, map, legend, timeline...) is watched: the
  // legend gaining its entries at a launch moves the timeline, though the element, as tall as its
  // sidebar, keeps its size. Fitted in the observer's callback, before the frame is painted, the
  // timeline stays where it was; a part is watched once (a new watch reports at once).
  const watched = new WeakSet<Element>();
  const observer = new ResizeObserver(() => fit());
  const watch = (part: Element): void => {
    if (watched.has(part)) return;
    watched.add(part);
    observer.observe(part);
  };
  const fit = (): void => {
    el.shadowRoot?.querySelectorAll('[part]').forEach(watch);
    const map = el.shadowRoot?.querySelector<HTMLElement>('[part~="map"]');
    const timeline = el.shadowRoot?.querySelector<HTMLElement>('[part~="timeline"]');
    if (!WIDE.matches || !map || !timeline) return void el.style.removeProperty(WIDTH_PROPERTY);
    const box = map.getBoundingClientRect();
    if (box.height === 0) return; // the table shows instead; the width stays for the map's return
    const width = `${fittedMapWidth(box, timeline.getBoundingClientRect(), scrollY, innerHeight)}px`;
    if (el.style.getPropertyValue(WIDTH_PROPERTY) !== width) el.style.setProperty(WIDTH_PROPERTY, width);
  };
  watch(el);
  // A window only taller or shorter changes no part's size.
  let frame = 0;
  addEventListener('resize', () => void (frame ||= requestAnimationFrame(() => ((frame = 0), fit()))));
  WIDE.addEventListener('change', fit);
}
