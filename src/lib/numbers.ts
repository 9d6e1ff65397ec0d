// Counts in English digits grouped by three ("1,234"), as Intl.NumberFormat('en') writes them.
// Not Intl: the page's first NumberFormat loads the engine's number data, some 20 ms of a phone's
// main thread in the middle of the first view, for what is a count of states or supporters.

/** A whole count, `1234` → `1,234`; anything else as `String` writes it. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return String(n);
  const digits = String(Math.abs(n));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}
