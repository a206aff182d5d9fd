/**
 * The review-date gate, run by `npm run build` and `npm test`. A crisis number or a piece of
 * guidance past its review date may be wrong, and a reader cannot tell: so the build
 *  - passes quietly when every date is more than 30 days away;
 *  - warns (stdout, exit 0) for each date within 30 days, naming it;
 *  - fails (stderr, exit 1) when any date has passed, naming each one.
 * Dates read: every channel's `lastVerified` and `nextReview` in content/<locale>/services.json,
 * and the `review.nextReview` of every other content file (required in content/en).
 *
 * Emergency override: `SHG_ALLOW_OVERDUE_REVIEW="<why, and who decided>"` (non-empty) lets a build
 * with passed dates through, printing a loud warning with the reason. It exists so that an urgent
 * fix (say, a wrong number corrected) is not blocked by an unrelated overdue review; it is not a
 * way to skip reviews. See docs/content-governance.md.
 *
 *   tsx scripts/check-review-dates.ts [--today=YYYY-MM-DD] [--content=DIR]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const WARN_WITHIN_DAYS = 30;
export const OVERRIDE_VARIABLE = 'SHG_ALLOW_OVERDUE_REVIEW';

/** One date that says when something must be checked again. */
export interface ReviewDate {
  /** Where it is, for people: `content/en/services.json › samaritans › samaritans-phone (116 123)`. */
  readonly item: string;
  /** `YYYY-MM-DD`, or undefined when the field is missing. */
  readonly nextReview: string | undefined;
  /** A contact channel (which must also say when it was last verified) or a content file's review block. */
  readonly kind: 'channel' | 'file';
  /** For contact channels: when the value was last checked against the facts table. */
  readonly lastVerified?: string | undefined;
}

export interface GateResult {
  readonly exitCode: 0 | 1;
  /** Lines for stdout (summary and warnings). */
  readonly out: readonly string[];
  /** Lines for stderr (failures, or the override's loud warning). */
  readonly err: readonly string[];
  readonly due: readonly string[];
  readonly passed: readonly string[];
  readonly invalid: readonly string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970 for a real calendar date, or undefined (2027-02-30 is not one). */
export function dayNumber(date: string | undefined): number | undefined {
  const match = ISO_DATE.exec(date ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return time / 86_400_000;
}

interface ServicesFile {
  services?: { id?: string; channels?: { id?: string; display?: string; lastVerified?: string; nextReview?: string }[] }[];
}

/** Every review date in the content directory (`content/` holding one folder per locale). */
export function collectReviewDates(contentDir: string): ReviewDate[] {
  const dates: ReviewDate[] = [];
  const label = (file: string) => path.relative(path.resolve(contentDir, '..'), file).split(path.sep).join('/');
  for (const locale of readdirSync(contentDir).sort()) {
    const dir = path.join(contentDir, locale);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const file = path.join(dir, name);
      const data = JSON.parse(readFileSync(file, 'utf8')) as ServicesFile & { review?: { nextReview?: string } };
      if (Array.isArray(data.services)) {
        for (const service of data.services) {
          for (const channel of service.channels ?? []) {
            dates.push({
              item: `${label(file)} › ${service.id ?? '?'} › ${channel.id ?? '?'}${channel.display ? ` (${channel.display})` : ''}`,
              kind: 'channel',
              nextReview: channel.nextReview,
              lastVerified: channel.lastVerified,
            });
          }
        }
      } else if (data.review !== undefined || locale === 'en') {
        // Every English file carries a review block; translations may (their entries carry a status instead).
        dates.push({ item: `${label(file)} › review`, kind: 'file', nextReview: data.review?.nextReview });
      }
    }
  }
  return dates;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Applies the gate to `dates` as of `today` (`YYYY-MM-DD`). `override` is the env variable's value. */
export function checkReviewDates(dates: readonly ReviewDate[], today: string, override?: string): GateResult {
  const todayNumber = dayNumber(today);
  if (todayNumber === undefined) throw new Error(`today must be a date written YYYY-MM-DD, not "${today}"`);
  const due: string[] = [];
  const passed: string[] = [];
  const invalid: string[] = [];
  const unreadable = (field: string, value: string | undefined) => `${field} ${value === undefined ? 'is missing' : `"${value}" is not a date (YYYY-MM-DD)`}`;
  for (const { item, kind, nextReview, lastVerified } of dates) {
    const next = dayNumber(nextReview);
    if (next === undefined) {
      invalid.push(`${item}: ${unreadable('nextReview', nextReview)}`);
      continue;
    }
    // A contact must say when it was last checked, or nobody can tell how stale it is.
    if (kind === 'channel' && dayNumber(lastVerified) === undefined) {
      invalid.push(`${item}: ${unreadable('lastVerified', lastVerified)}`);
      continue;
    }
    const days = next - todayNumber;
    if (days < 0) passed.push(`${item}: review was due ${nextReview}, ${plural(-days, 'day')} ago`);
    else if (days <= WARN_WITHIN_DAYS) due.push(`${item}: review due ${nextReview}, ${days === 0 ? 'today' : `in ${plural(days, 'day')}`}`);
  }

  const out: string[] = [`review dates: ${plural(dates.length, 'date')} checked as of ${today}.`];
  const err: string[] = [];
  if (due.length) out.push(`WARNING: ${plural(due.length, 'review')} due within ${WARN_WITHIN_DAYS} days. Plan the review now (docs/content-governance.md):`, ...due.map((d) => `  - ${d}`));
  const failures = [...passed, ...invalid];
  if (failures.length === 0) {
    if (!due.length) out.push(`Every review is more than ${WARN_WITHIN_DAYS} days away.`);
    return { exitCode: 0, out, err, due, passed, invalid };
  }
  const list = failures.map((f) => `  - ${f}`);
  const reason = override?.trim();
  if (reason) {
    err.push(
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      `!! REVIEW OVERDUE, BUILDING ANYWAY: ${OVERRIDE_VARIABLE} is set. Reason given:`,
      `!!   ${reason}`,
      `!! ${plural(failures.length, 'date')} passed or unreadable; readers may be shown out-of-date help:`,
      ...list,
      '!! Review these and remove the override as soon as the emergency is over.',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
    );
    return { exitCode: 0, out, err, due, passed, invalid };
  }
  err.push(
    `FAILED: ${plural(failures.length, 'review date')} passed or unreadable. A contact or guidance past its review may be wrong:`,
    ...list,
    'Check each against content/facts/crisis-contacts.md (contacts) or its source (guidance), then move lastVerified/nextReview or',
    'review.lastReviewed/nextReview (docs/content-governance.md).',
    `Only in an emergency: ${OVERRIDE_VARIABLE}="<reason, and who decided>" lets the build pass with a loud warning.`,
  );
  return { exitCode: 1, out, err, due, passed, invalid };
}

/** Today in UTC, as the build machine sees it. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

function main(argv: readonly string[]): number {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const unknown = argv.filter((a) => !/^--(today|content)=/.test(a));
  if (unknown.length) {
    console.error(`check-review-dates: unknown argument(s) ${unknown.join(' ')}. Usage: check-review-dates.ts [--today=YYYY-MM-DD] [--content=DIR]`);
    return 2;
  }
  const today = flag('today') ?? todayUtc();
  if (dayNumber(today) === undefined) {
    console.error(`check-review-dates: --today must be a date written YYYY-MM-DD, not "${today}"`);
    return 2;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const contentDir = path.resolve(flag('content') ?? path.join(root, 'content'));
  const result = checkReviewDates(collectReviewDates(contentDir), today, process.env[OVERRIDE_VARIABLE]);
  for (const line of result.out) console.log(line);
  for (const line of result.err) console.error(line);
  return result.exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exit(main(process.argv.slice(2)));
