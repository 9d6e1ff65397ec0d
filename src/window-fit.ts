// The explorer's pages (index.html, the offline file) on a laptop's or a desktop's screen: the map
// gives up width so that the map, its legend and the whole timeline share the first screen, and a
// reader dragging the timeline watches the map change. What is above the map and what is under it
// are measured, not guessed: they change with the view (a compare view's longer lines, a legend in
// two rows) and with the reader's type. The page's CSS gives the element's `map` part the width
// found here (explorer.css, the offline page's style).
import { fittedMapWidth } from './lib/map-window-fit';

/** Where the pages lay the explorer out on one screen (a phone, or a phone on its side, scrolls). */
const WIDE = matchMedia('(min-width: 600px) and (min-height: 501px)');
const WIDTH_PROPERTY = '--explorer-map-width';

/** Keeps `el`'s map fitted to the window as the window, the view and the element change, for the
 *  page's life (the explorer's pages never remove their map, so the observers are never released). */
export function fitMapToWindow(el: HTMLElement): void {
  let frame = 0;
  const fit = (): void => {
    frame = 0;
    const map = el.shadowRoot?.querySelector<HTMLElement>('[part~="map"]');
    const timeline = el.shadowRoot?.querySelector<HTMLElement>('[part~="timeline"]');
    if (!WIDE.matches || !map || !timeline) return void el.style.removeProperty(WIDTH_PROPERTY);
    const box = map.getBoundingClientRect();
    if (box.height === 0) return; // the table shows instead; the width stays for the map's return
    const font = parseFloat(getComputedStyle(map).fontSize);
    const width = `${fittedMapWidth(box, timeline.getBoundingClientRect(), scrollY, innerHeight, font)}px`;
    if (el.style.getPropertyValue(WIDTH_PROPERTY) !== width) el.style.setProperty(WIDTH_PROPERTY, width);
  };
  const schedule = (): void => void (frame ||= requestAnimationFrame(fit));
  // The element's size changes with the view, and with the map's width, after which the same
  // width is found again.
  new ResizeObserver(schedule).observe(el);
  addEventListener('resize', schedule);
  WIDE.addEventListener('change', schedule);
}
