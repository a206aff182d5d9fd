/**
 * Prints each outcome's plain-language version with its Flesch–Kincaid grade, using the
 * `flesch-kincaid` and `syllable` packages rather than a home-made formula.
 *
 *   npx tsx scripts/readability.ts
 *
 * Mapping: a UK reading age is the US school grade plus 5 (grade 1 is ages 6–7), so the project's
 * bound "reading age 11 or under" is a Flesch–Kincaid grade of 6 or under. Exits non-zero when any
 * outcome is over. test/content/readability.test.ts asserts the same bound.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { getStatement } from '../src/core/statement-index.js';

/** Highest Flesch–Kincaid grade allowed for plain-language text (reading age = grade + 5 = 11). */
export const MAX_GRADE = 6;

/** Reading age in years for a US grade, by the mapping above. */
export function readingAge(grade: number): number {
  return grade + 5;
}

/** Flesch–Kincaid grade of `text`, counting sentences, words and syllables. */
export function gradeOf(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim() !== '').length;
  // "111" and "2" are read as numbers, not words, so they are not counted for syllables.
  const words = text.match(/[\p{L}'’-]+/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: Math.max(1, sentences), word: Math.max(1, words.length), syllable: syllables });
}

/** Every outcome's plain text with its grade and reading age. */
export function measureOutcomes(): { id: string; plain: string; grade: number; readingAge: number }[] {
  return getStatement().outcomes.items.map((o) => {
    const grade = gradeOf(o.plain);
    return { id: o.id, plain: o.plain, grade, readingAge: readingAge(grade) };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let over = 0;
  for (const row of measureOutcomes()) {
    const flag = row.grade > MAX_GRADE ? '  OVER' : '';
    if (flag) over += 1;
    console.log(`${row.id.padEnd(15)} grade ${row.grade.toFixed(1).padStart(5)}  reading age ${row.readingAge.toFixed(1).padStart(5)}${flag}\n  ${row.plain}`);
  }
  console.log(`\n${over === 0 ? 'all' : `${over} of`} outcomes ${over === 0 ? 'within' : 'over'} grade ${MAX_GRADE} (reading age ${readingAge(MAX_GRADE)})`);
  process.exitCode = over === 0 ? 0 : 1;
}
