// A host page's `lang` is free text ("en_US", "", "!!"): Intl constructors and
// toLocaleLowerCase throw a RangeError on anything that is not a BCP 47 tag. Every locale taken
// from the page goes through here first, so no code needs its own try/catch.

/** `tag` as a valid BCP 47 tag (an underscore read as a hyphen: "en_US" is "en-US"), else `fallback`. */
export function safeLocale(tag: string | null | undefined, fallback = 'en'): string {
  try {
    return Intl.getCanonicalLocales(tag?.replaceAll('_', '-') || fallback)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * Loads the engine's locale data by making one Intl object. The page's first Intl object costs
 * tens of milliseconds on a phone (later ones well under one); called while the map's files are
 * on their way, it keeps that cost out of the tasks that draw the first view.
 */
export function preloadLocaleData(): void {
  new Intl.Collator('en');
}
