// The element's `layout` attribute: how much of the record it shows at once. `article` (the
// default) is a figure a reader scrolls past in about one screen, with the sources and quotes
// behind one disclosure; `explorer` is the full page, the sidebar beside or under the map.

export const LAYOUTS = ['article', 'explorer'] as const;
export type Layout = (typeof LAYOUTS)[number];
export const DEFAULT_LAYOUT: Layout = 'article';

export const isLayout = (value: string): value is Layout => (LAYOUTS as readonly string[]).includes(value);

/** The layout a `layout` value asks for (empty or missing: the default), and a warning for others. */
export function parseLayout(value: string | null | undefined): { layout: Layout; warning: string | null } {
  const v = String(value ?? '').trim();
  if (v === '' || isLayout(v)) return { layout: v === '' ? DEFAULT_LAYOUT : (v as Layout), warning: null };
  return { layout: DEFAULT_LAYOUT, warning: `unknown layout "${v}"; expected "article" or "explorer"; showing ${DEFAULT_LAYOUT}.` };
}
