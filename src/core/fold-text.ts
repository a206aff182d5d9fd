/** Text folding for search: case- and accent-insensitive, punctuation ignored. */

/**
 * Lower-cases, strips diacritics (so "Gwybodaeth" matches "gwybodaeth" and "cafe" matches "café")
 * and turns every run of non-letters/digits into one space, so "self-harm" matches "self harm".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
