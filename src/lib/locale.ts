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
