// Notes from browser tests, printed once at the end of a run instead of in the middle of it.
//
// A browser test calls `note(text)` (test/helpers/notes.ts), which logs `[note] text`. The runner
// passes every browser log through `browserLogFilter`: notes are kept here (each distinct text
// once) and the reporter prints them beside the counts (scripts/wtr-count-reporter.mjs); Lit's
// dev-mode banner, which every test file would otherwise repeat, is dropped. Every other log,
// errors and warnings included, is printed by web-test-runner as usual.
//
// No Node imports: the browser helper imports NOTE_PREFIX from this file too.

export const NOTE_PREFIX = '[note] ';

/** Lit's development build announces itself once per page; it says nothing about our code. */
const LIT_DEV_MODE = 'Lit is in dev mode.';

const notes = new Set();

/** For `filterBrowserLogs` in web-test-runner.config.mjs: false keeps a log out of wtr's output. */
export function browserLogFilter({ type, args }) {
  const [first] = args;
  if (typeof first !== 'string') return true;
  if (type === 'log' && first.startsWith(NOTE_PREFIX) && args.length === 1) {
    notes.add(first.slice(NOTE_PREFIX.length));
    return false;
  }
  if (type === 'warn' && first.startsWith(LIT_DEV_MODE)) return false;
  return true;
}

/** The notes collected so far, in a stable order. */
export const collectedNotes = () => [...notes].sort();
