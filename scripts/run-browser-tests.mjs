// Runs the browser tests (web-test-runner, web-test-runner.config.mjs) in every selected engine
// and ends with one plain line, `N passed, N failed`, counted across all engines — CI reads it.
//
//   node scripts/run-browser-tests.mjs [extra wtr args, e.g. --files test/elements/x.test.ts]
//
// Env: SHG_BROWSERS=chromium,firefox,webkit (default all) · SHG_SKIP_ENSURE=1 to skip the browser
// check/install (scripts/ensure-browsers.sh) · SHG_NO_INSTALL=1 to check but never install ·
// SHG_CONCURRENT_BROWSERS=1 to run engines one after another · browser path overrides: see
// scripts/browsers.mjs.
//
// Exit code is non-zero when a test failed, a test file failed to run, wtr failed, or no test ran
// (in total, or in any selected engine).

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_ENGINES, resolveDisplay, selectedEngines } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function finish(passed, failed, code, notes = []) {
  for (const n of notes) console.log(n);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
}

const { engines, limited, unknown } = selectedEngines();
if (unknown.length || engines.length === 0) {
  console.error(`SHG_BROWSERS=${process.env.SHG_BROWSERS}: known engines are ${ALL_ENGINES.join(', ')}`);
  finish(0, 0, 2);
}

if (process.env.SHG_SKIP_ENSURE !== '1') {
  const ensure = spawnSync('bash', [join(root, 'scripts', 'ensure-browsers.sh')], { cwd: root, stdio: 'inherit' });
  if (ensure.status !== 0) finish(0, 0, ensure.status || 1, ['Browsers are missing (see above); no test ran.']);
}

// wtr's own bin, not npx: no npm start-up cost, and it is the version in the lock file.
// (its package.json is not exported; bin.js sits next to the main entry, dist/index.js).
const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js');
const countsDir = mkdtempSync(join(tmpdir(), 'shg-wtr-'));
const countsFile = join(countsDir, 'counts.json');
const wtrArgs = [wtrBin, '--config', join(root, 'web-test-runner.config.mjs'), ...process.argv.slice(2)];

let command = process.execPath;
let args = wtrArgs;
const needsXvfb =
  engines.includes('webkit') && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (needsXvfb) {
  const display = resolveDisplay();
  if (!display.ok) finish(0, 0, 1, ['WebKit needs a display: apt-get install xvfb (or run with a DISPLAY).']);
  command = display.path;
  // Default xvfb screen is 640x480x8; tests want a normal viewport and colour depth.
  args = ['-a', '-s', '-screen 0 1280x1024x24', process.execPath, ...wtrArgs];
}

const started = Date.now();
// Own process group, so one signal reaches xvfb-run, Xvfb, wtr and WebKitWebDriver together.
// Not in watch mode: wtr then reads keys from the terminal, which a background group may not.
const watch = process.argv.includes('--watch') || process.argv.includes('-w');
const detached = process.platform !== 'win32' && !watch;
const child = spawn(command, args, {
  cwd: root,
  stdio: [detached ? 'ignore' : 'inherit', 'inherit', 'inherit'],
  detached,
  env: { ...process.env, SHG_WTR_COUNTS_FILE: countsFile },
});
const signalGroup = (sig) => {
  try {
    process.kill(detached ? -child.pid : child.pid, sig);
  } catch {
    // already gone
  }
};
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    // wtr stops its browsers cleanly on SIGINT (it has no SIGTERM handler); force after 10 s.
    signalGroup('SIGINT');
    setTimeout(() => signalGroup('SIGKILL'), 10_000).unref();
  });
}

child.on('exit', (code, signal) => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const notes = [];
  let counts;
  try {
    if (existsSync(countsFile)) counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } finally {
    rmSync(countsDir, { recursive: true, force: true });
  }
  if (!counts) {
    notes.push(`web-test-runner ended (${signal ?? `exit ${code}`}) without reporting results; see its output above.`);
    finish(0, 0, code || 1, notes);
  }
  notes.push('', ...(counts.notes ?? []), ...counts.lines, `(browser tests took ${seconds} s)`);
  let exitCode = code ?? 1;
  const { passed, failed } = counts.total;
  if (failed > 0) exitCode ||= 1;
  if (passed + failed === 0) {
    notes.push('No test ran: check the test globs in web-test-runner.config.mjs.');
    exitCode ||= 1;
  }
  const empty = engines.filter((e) => {
    const c = counts.perEngine[e];
    return !c || c.passed + c.failed === 0;
  });
  if (empty.length && passed + failed > 0) {
    notes.push(`No test ran in: ${empty.join(', ')}.`);
    exitCode ||= 1;
  }
  if (exitCode !== 0 && failed === 0 && passed > 0) {
    notes.push(`web-test-runner exited with ${signal ?? `code ${code}`} although no test failed; see its output above.`);
  }
  if (limited) {
    const skipped = ALL_ENGINES.filter((e) => !engines.includes(e));
    notes.push(`!! Only ${engines.join(', ')} tested (SHG_BROWSERS); SKIPPED: ${skipped.join(', ')}. CI tests all three.`);
  }
  finish(passed, failed, exitCode, notes);
});
