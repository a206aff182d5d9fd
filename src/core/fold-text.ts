/** Text folding for search: case- and accent-insensitive, punctuation ignored. */

const NON_ASCII = /[^\x00-\x7f]/;
const LATIN_MARKS = /[\u0300-\u036f]+/g;
/** After Latin marks are gone: anything but ASCII and the dashes, quotes, ellipsis and no-break space prose uses. */
const BEYOND_PUNCTUATION = /[^\x00-\x7f\u00a0\u2010-\u2015\u2018-\u201f\u2026]/;

/**
 * The general rule, for any script: letters and digits of every alphabet survive. `foldText` gives
 * the same result faster for Latin text (a property test holds the two together).
 */
export function foldAnyScript(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Lower-cases, strips diacritics (so "Gwybodaeth" matches "gwybodaeth" and "cafe" matches "café")
 * and turns every run of non-letters/digits into one space, so "self-harm" matches "self harm".
 *
 * English and Welsh prose is ASCII letters, Latin accents and a few typographic dashes and quotes,
 * so that is folded with ASCII-only patterns; Unicode property patterns (several times slower to
 * run cold, and search folds the whole statement on first use) are kept for anything else.
 */
export function foldText(text: string): string {
  let latin = text;
  if (NON_ASCII.test(latin)) {
    latin = latin.normalize('NFKD').replace(LATIN_MARKS, '');
    if (BEYOND_PUNCTUATION.test(latin)) return foldAnyScript(text);
  }
  return latin.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
