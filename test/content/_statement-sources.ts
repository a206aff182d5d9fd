/**
 * Helpers for the statement content tests: the source texts in `content/sources/`, normalised
 * so a quote matches despite extraction noise, and a walk over every string in a JSON file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SOURCES_DIR } from '../helpers/paths.js';

export { SOURCES_DIR };

/**
 * Marks where a list entry starts in a normalised source text. Quotes never contain it, so a quote
 * cannot run from one bullet into the next: two separate entries cannot be spliced into one quote.
 */
export const ENTRY_BREAK = '¶';

/**
 * Makes source text and quotes comparable. Only differences that carry no meaning are removed:
 * line breaks and runs of spaces, curly vs straight quotes, footnote markers (superscript digits
 * like ⁵, or NICE's "[2]"), and Markdown left by extraction (`**bold**`, `\(` escapes, and links
 * whose address was lost, `[title](#)`, which keep their title). List bullets at the start of a
 * line are removed from quotes; in a source text (`entryBreaks`) each becomes `ENTRY_BREAK`.
 */
export function normaliseForQuote(text: string, { entryBreaks = false }: { entryBreaks?: boolean } = {}): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]/g, '')
    .replace(/\[\d+\]/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\([()[\]])/g, '$1')
    .replace(/\[([^\][]*)\]\(#\)/g, '$1')
    .replace(/^[ \t]*[-•*\u2022][ \t]+/gm, entryBreaks ? `${ENTRY_BREAK} ` : '')
    .replace(/\s+/g, ' ')
    .trim();
}

const cache = new Map<string, string>();
/**
 * The normalised text of a file in `content/sources/`, with its list entries marked
 * (`ENTRY_BREAK`), or with `joined` the marks removed: for the few quotes whose `extractionJoin`
 * says the copy broke one entry over two bullets.
 */
export function sourceText(file: string, { joined = false }: { joined?: boolean } = {}): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = normaliseForQuote(readFileSync(path.join(SOURCES_DIR, file), 'utf8'), { entryBreaks: true });
    cache.set(file, text);
  }
  return joined ? text.replaceAll(` ${ENTRY_BREAK} `, ' ').replaceAll(ENTRY_BREAK, '') : text;
}

/** A string found in a content file, with its JSON path and the nearest enclosing `source` ref. */
export interface FoundString {
  /** `key` for an object key (so field names are checked too), `value` for a string value. */
  readonly kind: 'key' | 'value';
  readonly path: string;
  readonly value: string;
  readonly source: { readonly safeMessagingException?: unknown } | undefined;
}

/** Every string value and every object key in `json`. */
export function walkStrings(json: unknown, at = '$', source?: FoundString['source']): FoundString[] {
  if (typeof json === 'string') return [{ kind: 'value', path: at, value: json, source }];
  if (Array.isArray(json)) return json.flatMap((v, i) => walkStrings(v, `${at}[${i}]`, source));
  if (json !== null && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    const own = record['source'];
    // An item's exemption covers the item (its text, list and quote), not its neighbours.
    const scope = own !== null && typeof own === 'object' ? (own as FoundString['source']) : source;
    return Object.entries(record).flatMap(([key, value]) => [
      { kind: 'key' as const, path: `${at}.${key}`, value: key, source: scope },
      ...walkStrings(value, `${at}.${key}`, scope),
    ]);
  }
  return [];
}
