// web-test-runner: element and page tests in Chromium, Firefox and WebKit, using whatever
// browsers scripts/browsers.mjs finds (env var → Debian path → Playwright cache).
//
// Run it through `node scripts/run-browser-tests.mjs` (adds xvfb-run for WebKit and prints the
// `N passed, N failed` line CI reads). Choose engines with SHG_BROWSERS=chromium,firefox,webkit.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import rollupJson from '@rollup/plugin-json';
import { resolveBrowsers, resolveDisplay, selectedEngines } from './scripts/browsers.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { browserLogFilter } from './scripts/wtr-notes.mjs';

const { engines, unknown } = selectedEngines();
if (unknown.length) throw new Error(`Unknown engine(s) in SHG_BROWSERS: ${unknown.join(', ')}`);
if (engines.length === 0) throw new Error('SHG_BROWSERS selects no engine (known: chromium, firefox, webkit)');
const paths = resolveBrowsers(engines);

// ── Content-Security-Policy pages ──────────────────────────────────────────────────────────────
// Anything under /test/pages/csp/ is served with the strict policy a host site may use. The
// bundle's copy of Lit creates the Trusted Types policy `self-harm-guidance`, the only one needed.
export const TRUSTED_TYPES = 'self-harm-guidance';
const strictCsp = (trustedTypes = TRUSTED_TYPES) =>
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  `require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
export const STRICT_CSP = strictCsp();
// /test/pages/csp-nonce/: the same, but scripts are allowed by a fresh per-request nonce instead of
// 'self'. HTML there writes the placeholder below wherever the nonce goes (`nonce="__CSP_NONCE__"`).
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';
const nonceCsp = (nonce, trustedTypes = TRUSTED_TYPES) =>
  `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self' 'nonce-${nonce}'; img-src 'self'; ` +
  `require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
// A page may ask for another `trusted-types` list with `?tt=`: `allow-duplicates` adds that keyword
// (a page that may load the script from two URLs, whose two copies each create the policy);
// `lit-html` is the list a page running its own Lit had before this library named its own policy;
// `lit-html self-harm-guidance` is what such a page lists now.
const TRUSTED_TYPES_LISTS = {
  'allow-duplicates': `${TRUSTED_TYPES} 'allow-duplicates'`,
  'lit-html': 'lit-html',
  'lit-html self-harm-guidance': `lit-html ${TRUSTED_TYPES}`,
};
const trustedTypesFor = (query) => TRUSTED_TYPES_LISTS[query.tt] ?? TRUSTED_TYPES;

/** @type {import('@web/dev-server-core').Middleware} */
async function cspMiddleware(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/test/pages/csp-nonce/')) {
    await next();
    // Never cache: every response needs its own nonce.
    ctx.set('Cache-Control', 'no-store');
    ctx.remove('ETag');
    if (ctx.status === 200 && (ctx.response.is('html') || path.endsWith('.html') || path.endsWith('/'))) {
      const nonce = randomBytes(16).toString('base64');
      const body = await bodyToString(ctx.body);
      // The dev server injects its own module script into every page; give it the nonce too, or
      // its blocked load shows up as a violation the page under test did not cause.
      ctx.body = body
        .replaceAll(NONCE_PLACEHOLDER, nonce)
        .replace(/<script (type="module" src="\/__web-dev-server[^"]*")>/g, `<script nonce="${nonce}" $1>`);
      ctx.set('Content-Security-Policy', nonceCsp(nonce, trustedTypesFor(ctx.query)));
    } else {
      // Sub-resources (probe scripts, the embed file) are fetched under the page's policy; the
      // header here only matters if one is opened directly.
      ctx.set('Content-Security-Policy', nonceCsp(randomBytes(16).toString('base64')));
    }
    return;
  }
  await next();
  if (path.startsWith('/test/pages/csp/')) ctx.set('Content-Security-Policy', strictCsp(trustedTypesFor(ctx.query)));
}

// ── Safety pages ───────────────────────────────────────────────────────────────────────────────
// Pages under /test/safety/browser/pages/ stand for a host's page exactly: the dev server's own
// injected script (which opens a WebSocket to it) is taken out, so every request and connection the
// privacy test sees comes from the page and the widget alone.
async function safetyPagesMiddleware(ctx, next) {
  await next();
  if (!ctx.path.startsWith('/test/safety/browser/pages/') || ctx.status !== 200 || !ctx.path.endsWith('.html')) return;
  const body = await bodyToString(ctx.body);
  ctx.body = body.replace(/<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server[^"]*"><\/script>/g, '');
  ctx.set('Cache-Control', 'no-store');
  ctx.remove('ETag');
}

// ── A host that copied embed.js without embed-chunks/ ────────────────────────────────────────────
// /test/pages/chunks-missing/embed.js is dist/embed.js served from a folder with nothing beside
// it, so every element it loads on demand fails to load.
// /test/pages/parser-missing/ has embed.js and every chunk but the action plan's checker.
async function chunksMissingMiddleware(ctx, next) {
  if (ctx.path === '/test/pages/chunks-missing/embed.js') ctx.url = '/dist/embed.js';
  if (ctx.path === '/test/pages/parser-missing/embed.js') ctx.url = '/dist/embed.js';
  if (ctx.path.startsWith('/test/pages/parser-missing/embed-chunks/')) {
    if (/\/action-plan-parser-[\w-]{8}\.js$/.test(ctx.path)) {
      ctx.status = 404;
      return;
    }
    ctx.url = ctx.path.replace('/test/pages/parser-missing/', '/dist/');
  }
  return next();
}

async function bodyToString(body) {
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (body && typeof body.pipe === 'function') {
    const chunks = [];
    for await (const c of body) chunks.push(Buffer.from(c));
    return Buffer.concat(chunks).toString('utf8');
  }
  return String(body ?? '');
}

// ── JSON imports ───────────────────────────────────────────────────────────────────────────────
// `import services from '../../content/en/services.json'` is served as a JS module; a plain
// fetch() of the same file still gets JSON. Sec-Fetch-Dest tells the two apart.
const jsonAsModule = {
  name: 'shg-json-as-module',
  resolveMimeType(ctx) {
    if (!ctx.path.endsWith('.json')) return undefined;
    const dest = ctx.get('sec-fetch-dest');
    // The same URL answers differently by destination: keep browser caches from mixing them.
    ctx.vary('Sec-Fetch-Dest');
    return !dest || dest === 'script' ? 'js' : undefined;
  },
  // wtr only asks plugins that have a transform hook for a cache key; this one transforms nothing.
  transform() {
    return undefined;
  },
  transformCacheKey(ctx) {
    return ctx.path.endsWith('.json') ? `dest=${ctx.get('sec-fetch-dest') || 'none'}` : undefined;
  },
};

// ── Browsers ───────────────────────────────────────────────────────────────────────────────────
const browsers = [];

if (paths.chromium) {
  browsers.push(
    chromeLauncher({
      // Passing puppeteer-core makes the launcher label it "Chromium" (else "Chrome").
      puppeteer,
      launchOptions: {
        executablePath: paths.chromium.path,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  );
}

if (paths.firefox) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: paths.firefox.path,
        headless: true,
      },
    }),
  );
}

if (paths.webkit) {
  if (process.platform === 'linux' && !resolveDisplay().ok) {
    throw new Error('WebKit needs a display: install xvfb (apt-get install xvfb)');
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error(
      'WebKit (MiniBrowser) needs a display and DISPLAY is not set. Run `node scripts/run-browser-tests.mjs` ' +
        '(wraps wtr in `xvfb-run -a`), or `xvfb-run -a npx wtr`, or set SHG_BROWSERS=chromium,firefox.',
    );
  }
  const port = await startWebKitDriver(paths.webkit.driver);
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: paths.webkit.path, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  );
}

/** Start WebKitWebDriver on a free port and wait until it answers; it dies with this process. */
async function startWebKitDriver(driverPath) {
  const port = await new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port: p } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(p));
    });
  });
  const child = spawn(driverPath, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.unref();
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  // wtr handles SIGINT/SIGTERM itself and then exits, so 'exit' covers those too.
  process.on('exit', kill);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  kill();
  throw new Error(`WebKitWebDriver did not start on port ${port}: ${stderr}`);
}

// ── Config ─────────────────────────────────────────────────────────────────────────────────────
const ci = Boolean(process.env.CI);

/** @type {import('@web/test-runner').TestRunnerConfig} */
// ── Static HTML ────────────────────────────────────────────────────────────────────────────────
// /__static/<tag>?name=value… answers with renderToHTML() from the built package (npm test builds
// first), so page tests can compare a static snippet with the element it upgrades into.
async function staticHtmlMiddleware(ctx, next) {
  const match = /^\/__static\/([a-z-]+)$/.exec(ctx.path);
  if (!match) return next();
  const { renderToHTML } = await import('./dist/src/static/index.js');
  try {
    ctx.body = renderToHTML(match[1], Object.fromEntries(new URLSearchParams(ctx.querystring)));
    ctx.type = 'text/html';
  } catch (error) {
    ctx.status = 400;
    ctx.body = error.message;
  }
}

/** The puppeteer page behind a test session (Chromium, Firefox), or undefined (WebKit over WebDriver). */
const pageOf = (session) => (typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined);

// ── Media emulation ────────────────────────────────────────────────────────────────────────────
// wtr's own emulateMedia drops `forced-colors`. This command sets media features through the
// DevTools protocol where the engine speaks it (Chromium), and answers `false` where it cannot (WebKit
// over WebDriver; Firefox over BiDi), so tests know what was really emulated.
const mediaFeatures = {
  name: 'shg-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'shg-emulate-media-features') return undefined;
    const page = pageOf(session);
    if (typeof page?.createCDPSession !== 'function') return false;
    try {
      // puppeteer's emulateMediaFeatures refuses forced-colors; the DevTools protocol accepts it.
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: payload.features });
      await cdp.detach();
      return true;
    } catch {
      return false;
    }
  },
};

// ── Viewport ───────────────────────────────────────────────────────────────────────────────────
// wtr's setViewport throws for WebDriver browsers, and the server prints that refusal's stack
// trace although the test handles it. This command sets the viewport where the launcher has a page
// (Chromium and Firefox through puppeteer) and answers `false` where it cannot (WebKit over
// WebDriver), so the test falls back without anything printed.
const viewport = {
  name: 'shg-viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'shg-set-viewport') return undefined;
    const page = pageOf(session);
    if (typeof page?.setViewport !== 'function') return false;
    await page.setViewport({ width: payload.width, height: payload.height });
    return true;
  },
};

// ── Fuzz seed ──────────────────────────────────────────────────────────────────────────────────
// Browser tests cannot read the environment: this command hands them SHG_FUZZ_SEED (to replay a
// failing fuzz run with the seed it printed; null for a fresh seed) and SHG_FUZZ_SCALE (a factor
// on the number of cases, e.g. 10 for a long soak). A command answering undefined is "not handled".
const fuzzSeed = {
  name: 'shg-fuzz-seed',
  async executeCommand({ command }) {
    if (command !== 'shg-fuzz-seed') return undefined;
    return { seed: process.env.SHG_FUZZ_SEED ?? null, scale: process.env.SHG_FUZZ_SCALE ?? null };
  },
};

export default {
  files: ['test/elements/**/*.test.ts', 'test/pages/**/*.test.ts', 'test/safety/browser/**/*.test.ts'],
  nodeResolve: true,
  // 2 cores: one test file at a time per browser; engines side by side (see SHG_CONCURRENT_BROWSERS).
  concurrency: 1,
  concurrentBrowsers: Number(process.env.SHG_CONCURRENT_BROWSERS ?? 3),
  browsers,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: ci ? 10_000 : 5_000 } },
  middleware: [cspMiddleware, safetyPagesMiddleware, staticHtmlMiddleware, chunksMissingMiddleware],
  plugins: [mediaFeatures, viewport, fuzzSeed, jsonAsModule, esbuildPlugin({ ts: true, target: 'es2022' }), fromRollup(rollupJson)({ preferConst: true })],
  // Notes (test/helpers/notes.ts) are printed once at the end; see scripts/wtr-notes.mjs.
  filterBrowserLogs: browserLogFilter,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !ci }), countReporter()],
};
