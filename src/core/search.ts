/** Full-text search over every item: case- and accent-insensitive, ranked. */
import { foldText } from './fold-text.js';
import { allItems, type StatementItem } from './statement.js';
import { translate, type TranslationTable } from './translation.js';

/** One hit: the item and how well it matched (higher is better). */
export interface SearchResult {
  readonly entry: StatementItem;
  readonly score: number;
}

export interface SearchOptions {
  /** At most this many results; all by default. */
  readonly limit?: number;
  /** Search the items in this translation (e.g. Welsh) instead of English. Results are the English entries. */
  readonly translations?: TranslationTable;
}

/** The words a person reads for an item; plain-language versions count too. */
function searchableText(entry: StatementItem): { main: string; extra: string } {
  switch (entry.kind) {
    case 'outcome':
      return { main: entry.item.text, extra: entry.item.plain };
    case 'commitment':
      return { main: entry.item.text, extra: entry.group.name };
    case 'reference':
      return { main: entry.item.title, extra: '' };
    case 'nice-practice-point':
      return { main: [entry.item.text, ...(entry.item.items ?? [])].join(' '), extra: entry.item.section };
    case 'quality-statement':
      return { main: entry.item.text, extra: entry.item.title };
    case 'professional-resource':
      return { main: `${entry.item.title} ${entry.item.text}`, extra: entry.item.category };
    default:
      return { main: entry.item.text, extra: '' };
  }
}

interface Indexed {
  readonly entry: StatementItem;
  readonly order: number;
  readonly main: string;
  readonly extra: string;
  /** How many words the item has, for ranking shorter matches higher. */
  readonly wordCount: number;
}

let englishIndex: readonly Indexed[] | undefined;
const translatedIndexes = new WeakMap<TranslationTable, readonly Indexed[]>();

function buildIndex(translations: TranslationTable | undefined): readonly Indexed[] {
  return allItems().map((entry, order) => {
    const text = searchableText(translations ? translateEntry(entry, translations) : entry);
    const main = ` ${foldText(text.main)} `;
    const extra = ` ${foldText(text.extra)} `;
    return { entry, order, main, extra, wordCount: countWords(main) + countWords(extra) };
  });
}

/** Words in folded text padded with a space each side (` a b `): one fewer than its spaces. */
function countWords(padded: string): number {
  if (padded.trim() === '') return 0;
  let spaces = 0;
  for (let at = padded.indexOf(' '); at !== -1; at = padded.indexOf(' ', at + 1)) spaces += 1;
  return spaces - 1;
}

/** An entry with its item (and group) translated; the wrapper itself carries no text. */
function translateEntry(entry: StatementItem, translations: TranslationTable): StatementItem {
  return { ...entry, ...translate({ item: entry.item, group: 'group' in entry ? entry.group : undefined }, translations) } as StatementItem;
}

// Built on first use (per language) so importing the core costs nothing for callers that never search.
function getIndex(translations: TranslationTable | undefined): readonly Indexed[] {
  if (translations === undefined) return (englishIndex ??= buildIndex(undefined));
  let index = translatedIndexes.get(translations);
  if (index === undefined) translatedIndexes.set(translations, (index = buildIndex(translations)));
  return index;
}

/**
 * Items matching every word of `text`, best first. A word matches a whole word or the start of one
 * ("assess" finds "assessment"). Ranking: the whole phrase in the item's own text, then whole-word
 * over prefix matches, then matches in the item's own text over its heading or plain version;
 * ties keep document order.
 */
export function search(text: string, options: SearchOptions = {}): SearchResult[] {
  const phrase = foldText(text);
  if (phrase === '') return [];
  const terms = [...new Set(phrase.split(' '))];
  const results: { entry: StatementItem; score: number; order: number }[] = [];
  for (const item of getIndex(options.translations)) {
    let score = 0;
    let matchedAll = true;
    for (const term of terms) {
      const whole = ` ${term} `;
      const prefix = ` ${term}`;
      if (item.main.includes(whole)) score += 4;
      else if (item.main.includes(prefix)) score += 2;
      else if (item.extra.includes(whole)) score += 2;
      else if (item.extra.includes(prefix)) score += 1;
      else {
        matchedAll = false;
        break;
      }
    }
    if (!matchedAll) continue;
    if (terms.length > 1 && item.main.includes(` ${phrase} `)) score += 10 * terms.length;
    // Shorter items that match are more focused on the query.
    score += 1 / (1 + item.wordCount / 50);
    results.push({ entry: item.entry, score, order: item.order });
  }
  results.sort((a, b) => b.score - a.score || a.order - b.order);
  const limited = options.limit === undefined ? results : results.slice(0, Math.max(0, options.limit));
  return limited.map(({ entry, score }) => ({ entry, score }));
}
