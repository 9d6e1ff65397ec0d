// The language country names are given in: the nearest `lang` around an element (its own, a
// section's, the page's), else the browser's. The interface itself is English and says so.
import { safeLocale } from '../lib/locale';

/** `el`'s nearest `lang` as a BCP 47 tag; across a shadow root, the page's; else the browser's. */
export const languageAround = (el: Element): string =>
  safeLocale((el.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang || navigator.language);
