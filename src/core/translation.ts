/**
 * Content in another language: the English content with each item's readable fields replaced by
 * its translation (content/<locale>/*.json), looked up by the item's id. Ids, phone numbers, links,
 * dates and source quotes always come from the English data, so a translation can change words but
 * never where a link goes or what number is dialled.
 */
import type { TranslationEntry, TranslationFile, TranslationStatus } from '../../schema/translation.js';
import { UNTRANSLATED_OBJECTS } from '../../schema/vocabulary.js';

/** Every entry of some translation files, by English item id. */
export type TranslationTable = ReadonlyMap<string, TranslationEntry>;

/** An item as translated: `translation` says how far to trust it; absent means English. */
export type Translated<T> = T & { readonly translation?: TranslationStatus };

/** One table from several files. Ids are unique across files (a content test proves it). */
export function translationTable(files: readonly TranslationFile[]): TranslationTable {
  const table = new Map<string, TranslationEntry>();
  for (const file of files) for (const [id, entry] of Object.entries(file.entries)) table.set(id, entry);
  return table;
}

/** Objects whose text is quoted from an English source, or is for maintainers: never translated. */
const KEPT_IN_ENGLISH: ReadonlySet<string> = new Set(UNTRANSLATED_OBJECTS);

type Json = string | number | boolean | null | undefined | readonly Json[] | { readonly [key: string]: Json };

/**
 * Sets the field at `path` if the English object has it, and says whether it did. Objects that
 * only wrap an item under its id (search results, say) have no such field and are left alone.
 */
function withField(target: Record<string, unknown>, path: string, value: unknown): boolean {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (!(head in target)) return false;
  if (rest.length === 0) {
    target[head] = value;
    return true;
  }
  const child = target[head];
  if (child === null || typeof child !== 'object') return false;
  // Copy on write: the English object (shared by every element on the page) is never changed.
  const copy = { ...(child as Record<string, unknown>) };
  target[head] = copy;
  return withField(copy, rest.join('.'), value);
}

/**
 * `value` with every object that has an `id` in `table` translated, at any depth. Results are
 * cached per table, so the same English object always gives the same translated object: elements
 * that skip work when their data is unchanged keep doing so.
 */
export function translate<T>(value: T, table: TranslationTable): Translated<T> {
  return translateValue(value as Json, table, cacheFor(table)) as Translated<T>;
}

const caches = new WeakMap<TranslationTable, WeakMap<object, unknown>>();
function cacheFor(table: TranslationTable): WeakMap<object, unknown> {
  let cache = caches.get(table);
  if (cache === undefined) caches.set(table, (cache = new WeakMap()));
  return cache;
}

function translateValue(value: Json, table: TranslationTable, cache: WeakMap<object, unknown>): Json {
  if (value === null || typeof value !== 'object') return value;
  const cached = cache.get(value);
  if (cached !== undefined) return cached as Json;
  let result: Json;
  if (Array.isArray(value)) {
    const items = (value as readonly Json[]).map((item) => translateValue(item, table, cache));
    result = items.every((item, i) => item === (value as readonly Json[])[i]) ? value : items;
  } else {
    const object = value as { readonly [key: string]: Json };
    const copy: Record<string, Json> = {};
    let changed = false;
    for (const [key, child] of Object.entries(object)) {
      const translatedChild = KEPT_IN_ENGLISH.has(key) ? child : translateValue(child, table, cache);
      changed ||= translatedChild !== child;
      copy[key] = translatedChild;
    }
    const entry = typeof object['id'] === 'string' ? table.get(object['id']) : undefined;
    if (entry !== undefined) {
      let translated = false;
      for (const [path, text] of Object.entries(entry.fields)) translated = withField(copy, path, text) || translated;
      if (translated) {
        copy['translation'] = entry.status;
        changed = true;
      }
    }
    result = changed ? copy : value;
  }
  cache.set(value, result);
  return result;
}

/** Each status with how many of `table`'s entries have it. */
export function translationCounts(table: TranslationTable): Record<TranslationStatus, number> {
  const counts: Record<TranslationStatus, number> = { official: 0, reviewed: 0, unreviewed: 0 };
  for (const entry of table.values()) counts[entry.status] += 1;
  return counts;
}
