// The element's `controls` attribute: which of its controls show. One list, read by the element
// and offered by "Embed this view".

/** Controls the `controls` attribute can list; all of them show by default. */
export const CONTROL_NAMES = ['picker', 'search', 'display', 'timeline', 'legend', 'sidebar'] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];

const isControlName = (t: string): t is ControlName => (CONTROL_NAMES as readonly string[]).includes(t);

/** The controls a `controls` value shows (null: all of them), and a warning for unknown names. */
export function parseControls(value: string | null | undefined): { shown: Set<ControlName>; warning: string | null } {
  // A framework may set the property to undefined (the default) or to any other type (as text).
  if (value == null) return { shown: new Set(CONTROL_NAMES), warning: null };
  const tokens = String(value).split(/\s+/).filter(Boolean);
  const bad = tokens.filter((t) => !isControlName(t));
  const known = tokens.filter(isControlName);
  const expected = `expected some of: ${CONTROL_NAMES.join(' ')}`;
  // Only unknown names is a bad value, which falls back to the default (all), as every attribute
  // does; `controls=""` (no name at all) is the map alone.
  if (bad.length && !known.length) return { shown: new Set(CONTROL_NAMES), warning: `unknown control(s) ${bad.join(', ')}; ${expected}. Showing all controls.` };
  return { shown: new Set(known), warning: bad.length ? `unknown control(s) ${bad.join(', ')}; ${expected}.` : null };
}
