// On a phone the country record is under the map. A tap on the map brings the record (its
// heading) into view and focus, and closing it goes back to the map (and to the state the
// keyboard's cursor was on); side by side, nothing moves.
import type { CdmMap } from './cdm-map';
import type { Iso3 } from '../lib/types';

export function followRecord(map: CdmMap | null, record: HTMLElement | null, opened: boolean, smooth: boolean, closed: Iso3 | null): void {
  const top = record?.getBoundingClientRect().top ?? 0;
  if (!map || !record || top < map.getBoundingClientRect().bottom || (opened && top < innerHeight / 2)) return;
  if (opened) record.shadowRoot?.querySelector('h2')?.focus({ preventScroll: true });
  else map.returnFromRecord(closed);
  (opened ? record : map).scrollIntoView({ block: opened ? 'start' : 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}
