// web-test-runner reporter that counts tests per engine.
//
// At the end it prints the tests' notes (each distinct one once, see scripts/wtr-notes.mjs), one
// line per engine (`chromium: 12 passed, 0 failed`) and the total `N passed, N failed`. When
// $SHG_WTR_COUNTS_FILE is set it writes them there as JSON instead, and
// scripts/run-browser-tests.mjs prints them after wtr exits, so the total is the very last line.
//
// A test file that fails as a whole in a browser (did not load, timed out, threw outside a test)
// reports no failing test; it is counted as one failure so it can never look green.

import { writeFileSync } from 'node:fs';
import { collectedNotes } from './wtr-notes.mjs';

/** Engine key for a launcher's display name ("Chromium", "Firefox", "MiniBrowser 2.50"...). */
export function engineOf(browserName = '') {
  const n = browserName.toLowerCase();
  if (n.includes('firefox')) return 'firefox';
  if (n.includes('minibrowser') || n.includes('webkit') || n.includes('safari')) return 'webkit';
  if (n.includes('chrom')) return 'chromium';
  return n || 'unknown';
}

function countSuite(suite, acc) {
  if (!suite) return acc;
  for (const t of suite.tests ?? []) {
    if (t.skipped) acc.skipped += 1;
    else if (t.passed) acc.passed += 1;
    else acc.failed += 1;
  }
  for (const s of suite.suites ?? []) countSuite(s, acc);
  return acc;
}

/** Counts per engine from wtr's sessions. */
export function countSessions(sessions) {
  /** @type {Record<string, {passed:number, failed:number, skipped:number, fileErrors:number, files:number}>} */
  const perEngine = {};
  for (const session of sessions) {
    const engine = engineOf(session.browser?.name);
    const acc = (perEngine[engine] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0, files: 0 });
    acc.files += 1;
    const before = acc.failed;
    countSuite(session.testResults, acc);
    const sessionFailed = session.passed === false || (session.errors?.length ?? 0) > 0;
    if (sessionFailed && acc.failed === before) {
      acc.failed += 1;
      acc.fileErrors += 1;
    }
  }
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const c of Object.values(perEngine)) {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
  }
  return { perEngine, total };
}

export function countReporter() {
  let latest;
  let expectedEngines = [];
  return {
    start({ browserNames }) {
      expectedEngines = browserNames.map(engineOf);
    },
    onTestRunFinished({ sessions }) {
      latest = countSessions(sessions);
    },
    stop({ sessions }) {
      const counts = countSessions(sessions ?? []);
      latest = counts.total.passed + counts.total.failed > 0 || !latest ? counts : latest;
      for (const engine of expectedEngines) latest.perEngine[engine] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0, files: 0 };
      const lines = Object.entries(latest.perEngine).map(([engine, c]) => {
        const extra = [
          c.skipped ? `${c.skipped} skipped` : '',
          c.fileErrors ? `${c.fileErrors} test file(s) failed to run` : '',
        ].filter(Boolean);
        return `${engine}: ${c.passed} passed, ${c.failed} failed${extra.length ? ` (${extra.join(', ')})` : ''}`;
      });
      const notes = collectedNotes().map((note) => `  ${note}`);
      if (notes.length) notes.unshift('notes from the browser tests:');
      const file = process.env.SHG_WTR_COUNTS_FILE;
      if (file) {
        // The runner prints these after wtr has exited, so they come after all of wtr's output.
        writeFileSync(file, JSON.stringify({ ...latest, notes, lines }, null, 2));
      } else {
        process.stdout.write(`\n${[...notes, ...lines].join('\n')}\n${latest.total.passed} passed, ${latest.total.failed} failed\n`);
      }
    },
  };
}
