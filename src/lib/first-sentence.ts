// The article layout's "about this map" is short: the first sentence of a declaration's summary
// (the whole summary is one tap away, in the disclosure). Pure.

/**
 * The text up to the first sentence end (". ", "! " or "? " before a capital or an opening
 * quote) that leaves at least `min` characters, so "U.S. " or "No. 5. " early on do not cut it.
 * The whole text when there is no such end.
 */
export function firstSentence(text: string, min = 60): string {
  const re = /[.!?](?=\s+[\p{Lu}“"‘(])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index + 1 >= min) return text.slice(0, m.index + 1);
  }
  return text;
}

/** The text as a sentence: a full stop added unless it already ends one ("Washington, D.C." stays). */
export function asSentence(text: string): string {
  return /[.!?…]$/.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`;
}
