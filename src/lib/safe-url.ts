// The one gate every link from data passes through. URLs come from human-edited data files and
// from embedders' datasets, so a `javascript:` or `data:` URL must never become a clickable link:
// only absolute http(s) URLs do; anything else is shown as plain text by the caller.

const LINKABLE_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * The normalised URL if `raw` is an absolute http or https URL, else null.
 * The WHATWG parser strips tabs, newlines and leading/trailing control characters first, so
 * disguises such as "java\nscript:" or " javascript:" are judged by what a browser would run.
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null; // relative or malformed: not a link we can vouch for
  }
  if (!LINKABLE_PROTOCOLS.has(url.protocol)) return null;
  if (url.hostname === '') return null;
  return url.href;
}

/** True when `raw` may be rendered as a link. */
export function isSafeHttpUrl(raw: string | null | undefined): boolean {
  return safeHttpUrl(raw) !== null;
}
