// On a phone the country record is under the map. A tap on the map brings the record (its
// heading) into view and focus, and closing it goes back to the map; side by side, nothing moves.
import type { CdmMap } from './cdm-map';

export function followRecord(map: CdmMap | null, record: HTMLElement | null, opened: boolean, smooth: boolean): void {
  const top = record?.getBoundingClientRect().top ?? 0;
  if (!map || !record || top < map.getBoundingClientRect().bottom || (opened && top < innerHeight / 2)) return;
  (opened ? record.shadowRoot?.querySelector('h2') : map)?.focus({ preventScroll: true });
  (opened ? record : map).scrollIntoView({ block: opened ? 'start' : 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}
