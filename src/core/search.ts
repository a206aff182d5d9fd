/** Full-text search over every item: case- and accent-insensitive, ranked. */
import { foldText } from './fold-text.js';
import { allItems, type StatementItem } from './statement.js';

/** One hit: the item and how well it matched (higher is better). */
export interface SearchResult {
  readonly entry: StatementItem;
  readonly score: number;
}

export interface SearchOptions {
  /** At most this many results; all by default. */
  readonly limit?: number;
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
  readonly words: ReadonlySet<string>;
}

let index: readonly Indexed[] | undefined;
function getIndex(): readonly Indexed[] {
  // Built on first use so importing the core costs nothing for callers that never search.
  index ??= allItems().map((entry, order) => {
    const text = searchableText(entry);
    const main = ` ${foldText(text.main)} `;
    const extra = ` ${foldText(text.extra)} `;
    return { entry, order, main, extra, words: new Set(`${main} ${extra}`.split(' ').filter(Boolean)) };
  });
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
  for (const item of getIndex()) {
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
    score += 1 / (1 + item.words.size / 50);
    results.push({ entry: item.entry, score, order: item.order });
  }
  results.sort((a, b) => b.score - a.score || a.order - b.order);
  const limited = options.limit === undefined ? results : results.slice(0, Math.max(0, options.limit));
  return limited.map(({ entry, score }) => ({ entry, score }));
}
