// The engine's locale data, loaded ahead of need. The page's first Intl object costs tens of
// milliseconds on a phone (later ones well under one): made while the main thread would wait
// anyway (the explorer page: while the element's code downloads; the element: while its files
// do), that cost stays out of the tasks that draw the first view. Its own module, so the
// explorer page can call it before the element's code is even requested.

let loaded = false;

/** Makes one Intl object, once per page. */
export function preloadLocaleData(): void {
  if (loaded) return;
  loaded = true;
  new Intl.Collator('en');
}
