/**
 * The review-date gate (scripts/check-review-dates.ts): quiet when every date is far off, a warning
 * within 30 days, a failure once one has passed, and the emergency override. "Today" is injected,
 * so every outcome is checked whatever the date the tests run on.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { OVERRIDE_VARIABLE, WARN_WITHIN_DAYS, checkReviewDates, collectReviewDates, dayNumber, type ReviewDate } from '../../scripts/check-review-dates.js';
import servicesJson from '../../content/en/services.json';
import { REPO_ROOT } from '../helpers/paths.js';

const run = promisify(execFile);
const SCRIPT = path.join(REPO_ROOT, 'scripts', 'check-review-dates.ts');
const CONTENT = path.join(REPO_ROOT, 'content');

/** `date` moved by `days`. */
function shift(date: string, days: number): string {
  return new Date((dayNumber(date)! + days) * 86_400_000).toISOString().slice(0, 10);
}

const channel = (id: string, nextReview: string | undefined, lastVerified: string | undefined = '2026-11-21'): ReviewDate => ({
  item: `content/en/services.json › service › ${id}`,
  kind: 'channel',
  nextReview,
  lastVerified,
});

/** Runs the real script as the build does, with `--today` and optionally the override. */
async function cli(args: string[], override?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env[OVERRIDE_VARIABLE];
  if (override !== undefined) env[OVERRIDE_VARIABLE] = override;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: REPO_ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('review-date gate: the rule', () => {
  const next = '2027-05-21';

  it(`passes quietly more than ${WARN_WITHIN_DAYS} days ahead, warns from ${WARN_WITHIN_DAYS} days to the day itself, fails the day after`, () => {
    assert.equal(checkReviewDates([channel('a', next)], shift(next, -(WARN_WITHIN_DAYS + 1))).exitCode, 0);
    assert.deepEqual(checkReviewDates([channel('a', next)], shift(next, -(WARN_WITHIN_DAYS + 1))).due, []);
    for (const days of [WARN_WITHIN_DAYS, 1, 0]) {
      const result = checkReviewDates([channel('a', next)], shift(next, -days));
      assert.equal(result.exitCode, 0, `${days} days before`);
      assert.equal(result.due.length, 1, `${days} days before`);
      assert.match(result.out.join('\n'), /WARNING: 1 review due within 30 days/);
    }
    const late = checkReviewDates([channel('a', next)], shift(next, 1));
    assert.equal(late.exitCode, 1);
    assert.deepEqual(late.passed, [`content/en/services.json › service › a: review was due ${next}, 1 day ago`]);
  });

  it('names every item that has passed, each once, with how long ago', () => {
    const result = checkReviewDates([channel('a', '2027-01-01'), channel('b', '2027-03-01'), channel('c', '2028-01-01')], '2027-03-11');
    assert.equal(result.exitCode, 1);
    const message = result.err.join('\n');
    assert.match(message, /service › a: review was due 2027-01-01, 69 days ago/);
    assert.match(message, /service › b: review was due 2027-03-01, 10 days ago/);
    assert.doesNotMatch(message, /service › c/);
    assert.match(message, /^FAILED: 2 review dates passed or unreadable/);
  });

  it('fails on a missing or impossible date, which nobody could check', () => {
    for (const [date, why] of [
      [channel('a', undefined), /nextReview is missing/],
      [channel('a', '2027-02-30'), /nextReview "2027-02-30" is not a date/],
      [channel('a', '21/05/2027'), /is not a date/],
      [{ ...channel('a', '2027-05-21'), lastVerified: undefined }, /lastVerified is missing/],
      [{ item: 'content/en/settings.json › review', kind: 'file', nextReview: undefined } satisfies ReviewDate, /settings\.json › review: nextReview is missing/],
    ] as const) {
      const result = checkReviewDates([date], '2026-11-21');
      assert.equal(result.exitCode, 1, String(why));
      assert.match(result.err.join('\n'), why);
    }
  });

  it(`${OVERRIDE_VARIABLE}: a non-empty reason turns the failure into a loud warning naming it; an empty one does not`, () => {
    const overdue = [channel('a', '2027-01-01')];
    const reason = 'Samaritans number corrected today; full review booked for 2027-05-25 (A. Reviewer)';
    const overridden = checkReviewDates(overdue, '2027-02-01', reason);
    assert.equal(overridden.exitCode, 0);
    const loud = overridden.err.join('\n');
    assert.match(loud, /REVIEW OVERDUE, BUILDING ANYWAY/);
    assert.ok(loud.includes(reason), 'names the reason');
    assert.match(loud, /service › a: review was due 2027-01-01/);
    for (const empty of ['', '   ', undefined]) assert.equal(checkReviewDates(overdue, '2027-02-01', empty).exitCode, 1, JSON.stringify(empty));
  });

  it('refuses a "today" that is not a date', () => {
    assert.throws(() => checkReviewDates([], '2027-13-01'), /today must be a date/);
  });
});

describe('review-date gate: the content it reads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'shg-review-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every contact channel and every English content file', () => {
    const dates = collectReviewDates(CONTENT);
    const channels = servicesJson.services.flatMap((s) => s.channels);
    assert.equal(dates.filter((d) => d.kind === 'channel' && d.item.startsWith('content/en/')).length, channels.length);
    for (const c of channels) assert.ok(dates.some((d) => d.item.includes(`› ${c.id} (`) && d.nextReview === c.nextReview), c.id);
    for (const file of ['statement.json', 'settings.json', 'audiences.json', 'sources.json', 'nice-cg133.json', 'ncish-resources.json']) {
      assert.ok(dates.some((d) => d.item === `content/en/${file} › review` && d.nextReview !== undefined), file);
    }
  });

  it('fails an English file without a review block, and a channel without dates', () => {
    mkdirSync(path.join(dir, 'en'));
    writeFileSync(path.join(dir, 'en', 'notes.json'), JSON.stringify({ items: [] }));
    writeFileSync(path.join(dir, 'en', 'services.json'), JSON.stringify({ services: [{ id: 's', channels: [{ id: 'c', display: '0800 000' }] }] }));
    const result = checkReviewDates(collectReviewDates(dir), '2026-11-21');
    assert.equal(result.exitCode, 1);
    assert.deepEqual(result.invalid, [`${path.basename(dir)}/en/notes.json › review: nextReview is missing`, `${path.basename(dir)}/en/services.json › s › c (0800 000): nextReview is missing`]);
  });
});

describe('review-date gate: the command the build runs', () => {
  // Dates relative to the real content, so the outcomes hold whenever the content is reviewed.
  const soonest = collectReviewDates(CONTENT)
    .map((d) => d.nextReview!)
    .sort()[0]!;

  it('exits 0 quietly, 0 with a warning, 1 naming each passed date, and 0 loudly with the override', async () => {
    const [quiet, warning, failure, overridden, emptyOverride] = await Promise.all([
      cli([`--today=${shift(soonest, -(WARN_WITHIN_DAYS + 1))}`]),
      cli([`--today=${shift(soonest, -10)}`]),
      cli([`--today=${shift(soonest, 1)}`]),
      cli([`--today=${shift(soonest, 1)}`], 'Number corrected in an emergency (test)'),
      cli([`--today=${shift(soonest, 1)}`], ' '),
    ]);
    assert.equal(quiet.code, 0, quiet.stderr);
    assert.match(quiet.stdout, /Every review is more than 30 days away/);
    assert.equal(warning.code, 0, warning.stderr);
    assert.match(warning.stdout, /WARNING: \d+ reviews? due within 30 days/);
    assert.match(warning.stdout, /in 10 days/);
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /FAILED: \d+ review dates? passed/);
    assert.match(failure.stderr, new RegExp(`review was due ${soonest}, 1 day ago`));
    assert.equal(overridden.code, 0, overridden.stderr);
    assert.match(overridden.stderr, /REVIEW OVERDUE, BUILDING ANYWAY[\s\S]*Number corrected in an emergency \(test\)/);
    assert.equal(emptyOverride.code, 1);
  });

  it('refuses a bad --today or an unknown argument (exit 2)', async () => {
    const [badDate, unknown] = await Promise.all([cli(['--today=tomorrow']), cli(['--now=2027-01-01'])]);
    assert.equal(badDate.code, 2);
    assert.match(badDate.stderr, /--today must be a date/);
    assert.equal(unknown.code, 2);
  });
});
