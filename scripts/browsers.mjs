// Resolves the browser executables the browser tests drive, one engine at a time.
//
// Order for every engine: explicit env var → Debian/system path → Playwright (or Puppeteer) cache.
// Used by web-test-runner.config.mjs, scripts/run-browser-tests.mjs and, through the CLI at the
// bottom, scripts/ensure-browsers.sh — so there is one list of places to look, not three.
//
// CLI: `node scripts/browsers.mjs` prints one tab-separated line per selected engine:
//   <engine>\tok\t<path>[\t<path>]   or   <engine>\tmissing\t<apt packages>\t<human hint>
// plus `display\tok|missing\t...` when WebKit needs a virtual display.

import { existsSync, readdirSync, statSync, accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { join, delimiter } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ALL_ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** Debian packages that provide each engine (and the virtual display WebKit needs). */
export const APT_PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver'],
  display: ['xvfb'],
};

/**
 * Engines chosen by SHG_BROWSERS (comma or space separated; default all three).
 * @returns {{ engines: string[], limited: boolean, unknown: string[] }}
 */
export function selectedEngines(env = process.env) {
  const raw = (env.SHG_BROWSERS ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'all') return { engines: [...ALL_ENGINES], limited: false, unknown: [] };
  const aliases = { chrome: 'chromium', ff: 'firefox', 'firefox-esr': 'firefox', safari: 'webkit' };
  const asked = raw.split(/[\s,]+/).filter(Boolean).map((n) => aliases[n] ?? n);
  const unknown = asked.filter((n) => !ALL_ENGINES.includes(n));
  const engines = ALL_ENGINES.filter((n) => asked.includes(n));
  return { engines, limited: engines.length < ALL_ENGINES.length, unknown };
}

function isExecutable(p) {
  try {
    if (!p || !statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** First executable found on PATH among the given command names. */
function onPath(...names) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) {
      const p = join(dir, name);
      if (isExecutable(p)) return p;
    }
  }
  return undefined;
}

/** Newest-first subdirectories of `dir` whose names start with `prefix`. */
function versionedDirs(dir, prefix) {
  try {
    return readdirSync(dir)
      .filter((d) => d.startsWith(prefix))
      .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }))
      .map((d) => join(dir, d));
  } catch {
    return [];
  }
}

function playwrightCache() {
  const env = process.env.PLAYWRIGHT_BROWSERS_PATH;
  if (env && env !== '0') return env;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'ms-playwright');
  return join(homedir(), '.cache', 'ms-playwright');
}

function firstExecutable(candidates) {
  return candidates.find((p) => isExecutable(p));
}

/** Path from an env var; a set-but-wrong value is an error, never silently ignored. */
function fromEnv(...names) {
  for (const name of names) {
    const value = process.env[name];
    if (!value) continue;
    if (!isExecutable(value)) {
      throw new Error(`${name}=${value} is not an executable file. Fix or unset ${name}.`);
    }
    return { path: value, source: `$${name}` };
  }
  return undefined;
}

export function resolveChromium() {
  const env = fromEnv('CHROME_PATH', 'CHROMIUM_PATH');
  if (env) return env;
  const system =
    onPath('chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome') ??
    firstExecutable([
      '/usr/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]);
  if (system) return { path: system, source: 'system' };
  const pw = playwrightCache();
  const fromPw = firstExecutable(
    versionedDirs(pw, 'chromium-').flatMap((d) => [
      join(d, 'chrome-linux64', 'chrome'),
      join(d, 'chrome-linux', 'chrome'),
      join(d, 'chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'),
      join(d, 'chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
      join(d, 'chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'),
    ]),
  );
  if (fromPw) return { path: fromPw, source: 'playwright cache' };
  const pptr = join(homedir(), '.cache', 'puppeteer', 'chrome');
  const fromPptr = firstExecutable(
    versionedDirs(pptr, '').flatMap((d) => [join(d, 'chrome-linux64', 'chrome')]),
  );
  if (fromPptr) return { path: fromPptr, source: 'puppeteer cache' };
  return undefined;
}

export function resolveFirefox() {
  const env = fromEnv('FIREFOX_PATH');
  if (env) return env;
  // Playwright's Firefox is a patched build ("Juggler") without WebDriver BiDi, so it cannot be
  // driven by puppeteer-core here; only stock Firefox builds are looked for.
  const system =
    onPath('firefox-esr', 'firefox') ??
    firstExecutable(['/usr/bin/firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox']);
  if (system) return { path: system, source: 'system' };
  const pptr = join(homedir(), '.cache', 'puppeteer', 'firefox');
  const fromPptr = firstExecutable(versionedDirs(pptr, '').map((d) => join(d, 'firefox', 'firefox')));
  if (fromPptr) return { path: fromPptr, source: 'puppeteer cache' };
  return undefined;
}

/**
 * WebKit needs two executables: WebKitWebDriver (the W3C WebDriver server) and MiniBrowser
 * (the browser it launches with --automation).
 */
export function resolveWebkit() {
  const driverEnv = fromEnv('WEBKIT_DRIVER_PATH');
  const browserEnv = fromEnv('WEBKIT_BROWSER_PATH');
  const driver = driverEnv?.path ?? onPath('WebKitWebDriver') ?? firstExecutable(['/usr/bin/WebKitWebDriver']);
  let browser = browserEnv?.path;
  if (!browser) {
    const libDirs = ['/usr/lib', '/usr/lib64', '/usr/local/lib'];
    const multiarch = libDirs.flatMap((l) => versionedDirs(l, '').filter((d) => d.includes('-linux-')));
    browser = firstExecutable(
      [...multiarch, ...libDirs].flatMap((l) => [
        join(l, 'webkit2gtk-4.1', 'MiniBrowser'),
        join(l, 'webkit2gtk-4.0', 'MiniBrowser'),
        join(l, 'webkitgtk-6.0', 'MiniBrowser'),
      ]),
    );
  }
  let source = driverEnv || browserEnv ? 'env' : 'system';
  if (!browser) {
    // Playwright ships a MiniBrowser build; it still needs a WebKitWebDriver from the system.
    const pw = playwrightCache();
    browser = firstExecutable(
      versionedDirs(pw, 'webkit-').flatMap((d) => [
        join(d, 'minibrowser-gtk', 'MiniBrowser'),
        join(d, 'minibrowser-gtk', 'bin', 'MiniBrowser'),
      ]),
    );
    if (browser) source = 'playwright cache';
  }
  if (driver && browser) return { path: browser, driver, source };
  return undefined;
}

/** Whether WebKit (which opens a real window) has a display, or xvfb-run to make one. */
export function resolveDisplay() {
  if (process.platform !== 'linux') return { ok: true, how: 'native' };
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return { ok: true, how: 'display' };
  const xvfb = onPath('xvfb-run') ?? firstExecutable(['/usr/bin/xvfb-run']);
  return xvfb ? { ok: true, how: 'xvfb-run', path: xvfb } : { ok: false };
}

export const RESOLVERS = { chromium: resolveChromium, firefox: resolveFirefox, webkit: resolveWebkit };

export const INSTALL_HINTS = {
  chromium:
    'Debian/Ubuntu: apt-get install chromium · elsewhere: install Chrome or Chromium, or set CHROME_PATH=/path/to/chrome',
  firefox:
    'Debian: apt-get install firefox-esr · elsewhere: install Firefox (stock build, not Playwright\'s), or set FIREFOX_PATH=/path/to/firefox',
  webkit:
    'Debian: apt-get install webkit2gtk-driver (gives /usr/bin/WebKitWebDriver and MiniBrowser) · elsewhere: set WEBKIT_DRIVER_PATH=/path/to/WebKitWebDriver and WEBKIT_BROWSER_PATH=/path/to/MiniBrowser',
  display: 'Debian: apt-get install xvfb (WebKit needs a display; tests run it under xvfb-run -a)',
};

/**
 * Resolve every selected engine; throws one error naming everything that is missing.
 * @returns {{ chromium?: {path:string,source:string}, firefox?: {path:string,source:string}, webkit?: {path:string,driver:string,source:string} }}
 */
export function resolveBrowsers(engines = selectedEngines().engines) {
  const found = {};
  const missing = [];
  for (const engine of engines) {
    const r = RESOLVERS[engine]();
    if (r) found[engine] = r;
    else missing.push(`  - ${engine}: ${INSTALL_HINTS[engine]}`);
  }
  if (engines.includes('webkit') && !resolveDisplay().ok) missing.push(`  - display: ${INSTALL_HINTS.display}`);
  if (missing.length) {
    throw new Error(
      `Browser(s) needed for the tests were not found:\n${missing.join('\n')}\n` +
        'Run scripts/ensure-browsers.sh to install them (Debian, as root), or limit engines with SHG_BROWSERS=chromium,firefox',
    );
  }
  return found;
}

// CLI used by scripts/ensure-browsers.sh.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { engines, unknown } = selectedEngines();
  if (unknown.length) {
    console.error(`Unknown engine(s) in SHG_BROWSERS: ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')})`);
    process.exit(2);
  }
  let bad = false;
  for (const engine of engines) {
    let r;
    try {
      r = RESOLVERS[engine]();
    } catch (e) {
      console.log([engine, 'error', '', e.message].join('\t'));
      bad = true;
      continue;
    }
    if (r) console.log([engine, 'ok', r.path, r.driver ?? '', r.source].join('\t'));
    else console.log([engine, 'missing', APT_PACKAGES[engine].join(' '), INSTALL_HINTS[engine]].join('\t'));
  }
  if (engines.includes('webkit')) {
    const d = resolveDisplay();
    if (d.ok) console.log(['display', 'ok', d.path ?? '', '', d.how].join('\t'));
    else console.log(['display', 'missing', APT_PACKAGES.display.join(' '), INSTALL_HINTS.display].join('\t'));
  }
  process.exit(bad ? 3 : 0);
}
