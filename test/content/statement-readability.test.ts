/** Plain-language outcomes stay at a reading age of 11 or under (Flesch–Kincaid grade 6 or under). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_GRADE, gradeOf, measureOutcomes, readingAge } from '../../scripts/readability.js';

describe('plain-language outcomes: readability', () => {
  it('maps reading age to grade + 5, so the bound is grade 6 (reading age 11)', () => {
    assert.equal(MAX_GRADE, 6);
    assert.equal(readingAge(MAX_GRADE), 11);
  });

  it('scores hard text above the bound (the measure is live, not a constant)', () => {
    const hard = 'Services will demonstrate organisational accountability through comprehensive multidisciplinary governance arrangements, notwithstanding considerable operational complexity.';
    assert.ok(gradeOf(hard) > MAX_GRADE);
  });

  for (const row of measureOutcomes()) {
    it(`${row.id} plain version is grade ${row.grade.toFixed(1)} (reading age ${row.readingAge.toFixed(1)}), at most ${MAX_GRADE}`, () => {
      assert.ok(row.grade <= MAX_GRADE, `"${row.plain}" is grade ${row.grade.toFixed(1)}`);
    });
  }
});
