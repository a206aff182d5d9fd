/**
 * Notes from browser tests for whoever reads the run: what an engine could not emulate, a fuzz
 * seed to replay, the requests a page made. The test runner collects them (see
 * scripts/wtr-notes.mjs) and prints each distinct note once, beside the pass/fail counts, instead
 * of once per test file in the middle of the progress output.
 */
import { NOTE_PREFIX } from '../../scripts/wtr-notes.mjs';

/** The engine running this test, for notes that differ between engines. */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Leaves a note for the end of the run. */
export function note(text: string): void {
  console.log(`${NOTE_PREFIX}${text}`);
}
