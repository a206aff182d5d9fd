#!/usr/bin/env node
// The benchmark (a script, not a test): prints
//  1. sizes (min, gzip, brotli): dist/embed.js and its chunks with the per-file budgets bench/size.mjs
//     enforces, what each kind of page downloads, and every other browser entry;
//  2. page timings in headless Chromium with 4× CPU throttling: (a) static HTML, the physical
//     limit, (b) the script-tag embed, (c) the static snippet upgraded by the embed, in interleaved
//     runs (order rotated each round): time until the element's content is in the DOM, first
//     contentful paint (medians, and the median of each run's ratio to (a) in the same round),
//     when the element has rendered, layout shift, requests and JS heap;
//  3. the cumulative layout shift of every demo page (demo/*.html) as it loads, at 4× CPU and
//     150 ms latency, at a desktop and a phone size (bench/demo-shift.mjs);
//  4. the core's queries in Node;
//  5. 500 help panels on one page: when all have rendered, and the longest task (bench/many-panels.mjs).
//
//   node bench/timing.mjs [--runs 15] [--tag shg-help-panel] [--network "Slow 4G"] [--skip-sizes]
//   node bench/timing.mjs --shift-only [--shift-runs 3]   (the layout-shift table alone)
//   (run `npm run build` first; Chromium found as the browser tests find it)
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { launchChromium } from './chromium.mjs';
import { pages, VARIANTS, VARIANT_NAMES } from './pages.mjs';
import { serve } from './server.mjs';
import { budgetProblems, bundleAlone, embedFiles, pageRows, printFileTable, printPageTable, printSizeTable, sizes } from './sizes.mjs';
import { timeCoreQueries } from './core-queries.mjs';
import { printDemoShift } from './demo-shift.mjs';
import { LONGEST_TASK_TARGET_MS, timeManyPanels } from './many-panels.mjs';
import { median } from './stats.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    tag: { type: 'string', default: 'shg-help-panel' },
    network: { type: 'string' },
    'skip-sizes': { type: 'boolean', default: false },
    'shift-only': { type: 'boolean', default: false },
    'shift-runs': { type: 'string', default: '3' },
  },
});
const RUNS = Math.max(15, Number(args.runs));
const CPU_SLOWDOWN = 4;
const ATTRIBUTES = {
  'shg-help-panel': { nation: 'wales', 'heading-level': '2' },
  'shg-guidance': { setting: 'emergency-department', audience: 'professional', 'heading-level': '2' },
  'shg-expectations': { audience: 'person', 'heading-level': '2' },
  'shg-statement': { 'heading-level': '2' },
  'shg-quick-exit': {},
};

if (!existsSync('dist/embed.js')) {
  console.error('dist/embed.js is missing: run `npm run build` first.');
  process.exit(1);
}

const pad = (s, n) => String(s).padEnd(n);
const padStart = (s, n) => String(s).padStart(n);

// ── 1. Sizes ─────────────────────────────────────────────────────────────────────────────────────
async function printSizes() {
  console.log('\n1. Sizes: what a browser downloads (brotli budgets as in bench/size.mjs)\n');
  const files = embedFiles();
  printFileTable(files);
  console.log('');
  printPageTable(pageRows(files));
  console.log('\nOther entries, each bundled alone for a browser (no budget: an app\'s bundler shares and splits them):\n');
  const elements = ['help-panel', 'guidance', 'expectations', 'statement', 'quick-exit'];
  const rows = [];
  rows.push(['self-harm-guidance (core, all exports)', sizes(await bundleAlone('src/core/index.ts'))]);
  rows.push(['self-harm-guidance/schema', sizes(await bundleAlone('schema/index.ts'))]);
  rows.push(['self-harm-guidance/elements (unregistered)', sizes(await bundleAlone('src/elements/index.ts'))]);
  rows.push(['every element, English (self-harm-guidance/define)', sizes(await bundleAlone('src/define.ts'))]);
  for (const name of elements) {
    const label = name === 'help-panel' ? 'help panel alone' : `elements/${name}/define.js`;
    rows.push([label, sizes(await bundleAlone(`src/elements/${name}/define.ts`))]);
  }
  rows.push(['self-harm-guidance/react (React external)', sizes(await bundleAlone('src/react/index.ts', { external: ['react', 'react-dom'] }))]);
  printSizeTable(rows);
  console.log('self-harm-guidance/static: Node only (Lit SSR), not sent to browsers.');
  return { files };
}

// ── 2. Page timings ──────────────────────────────────────────────────────────────────────────────
async function measure(browser, url, variant, network) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (network) await page.emulateNetworkConditions(network);
    let requests = 0;
    // What the page asks for (the browser's own favicon request is not the page's).
    page.on('request', (request) => (requests += request.url().endsWith('/favicon.ico') ? 0 : 1));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (v) => window.__shg.content !== undefined && window.__shg.fcp !== undefined && (v === 'static' || window.__shg.upgraded !== undefined),
      { timeout: 60_000 },
      variant,
    );
    // Let late paints and shifts land before reading them.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
    const timing = await page.evaluate(() => ({ ...window.__shg }));
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return { ...timing, requests, heap };
  } finally {
    await context.close();
  }
}

async function printTimings() {
  const tag = args.tag;
  const attributes = ATTRIBUTES[tag];
  if (!attributes) throw new Error(`--tag must be one of ${Object.keys(ATTRIBUTES).join(', ')}`);
  const network = args.network ? PredefinedNetworkConditions[args.network] : undefined;
  if (args.network && !network) throw new Error(`--network must be one of: ${Object.keys(PredefinedNetworkConditions).join(', ')}`);
  const { links, html } = pages(tag, attributes);
  const server = await serve('.');
  for (const variant of VARIANTS) server.set(`/bench/${variant}.html`, html[variant]);
  const { browser, close } = await launchChromium();
  const attributeText = Object.entries(attributes).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(
    `\n2. Page timings: <${tag} ${attributeText}> (${links} links), Chromium ${(await browser.version()).replace(/^\D+/, '')}, ` +
      `CPU ${CPU_SLOWDOWN}× slower, ${network ? `network "${args.network}"` : 'local network'}, ${RUNS} interleaved runs each, fresh profile per run\n`,
  );
  const results = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  try {
    // One untimed round warms the server and the disk cache, not the browser (each run is a fresh context).
    for (const variant of VARIANTS) await measure(browser, `${server.origin}/bench/${variant}.html`, variant, network);
    for (let round = 0; round < RUNS; round += 1) {
      const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length]);
      for (const variant of order) results[variant].push(await measure(browser, `${server.origin}/bench/${variant}.html`, variant, network));
      process.stderr.write(`\r  round ${round + 1}/${RUNS}`);
    }
    process.stderr.write('\n');
  } finally {
    await close();
    await server.close();
  }

  const ratio = (variant, key) => median(results[variant].map((run, i) => run[key] / results.static[i][key]));
  const header = ['variant', 'content in DOM', '× (a)', 'FCP', '× (a)', 'element rendered', 'shift (median/max)', 'requests', 'JS heap'];
  const widths = [28, 16, 8, 10, 8, 18, 20, 10, 10];
  console.log(header.map((h, i) => (i === 0 ? pad(h, widths[i]) : padStart(h, widths[i]))).join(''));
  const summary = {};
  for (const variant of VARIANTS) {
    const runs = results[variant];
    const row = {
      content: median(runs.map((r) => r.content)),
      contentRatio: ratio(variant, 'content'),
      fcp: median(runs.map((r) => r.fcp)),
      fcpRatio: ratio(variant, 'fcp'),
      upgraded: variant === 'static' ? undefined : median(runs.map((r) => r.upgraded)),
      shift: median(runs.map((r) => r.shift)),
      maxShift: Math.max(...runs.map((r) => r.shift)),
      requests: median(runs.map((r) => r.requests)),
      heap: median(runs.map((r) => r.heap)),
    };
    summary[variant] = row;
    const cells = [
      VARIANT_NAMES[variant],
      `${row.content.toFixed(1)} ms`,
      `${row.contentRatio.toFixed(2)}`,
      `${row.fcp.toFixed(0)} ms`,
      `${row.fcpRatio.toFixed(2)}`,
      row.upgraded === undefined ? '–' : `${row.upgraded.toFixed(1)} ms`,
      `${row.shift.toFixed(4)} / ${row.maxShift.toFixed(4)}`,
      `${row.requests}`,
      `${(row.heap / 1e6).toFixed(2)} MB`,
    ];
    console.log(cells.map((c, i) => (i === 0 ? pad(c, widths[i]) : padStart(c, widths[i]))).join(''));
  }
  console.log(
    '\nMedians over the runs; "× (a)" is the median of each round\'s ratio to (a). Layout shift is the sum of the\n' +
      'page\'s layout-shift entries in a run (the host content below the element moving); "element rendered" is when\n' +
      'the element\'s shadow root holds all its links. (c) loads the script after the snippet, as docs/static-html.md shows.',
  );
  return summary;
}

// ── 3. Layout shift of the demo pages ────────────────────────────────────────────────────────────
async function printShift() {
  if (!existsSync('demo/index.html')) throw new Error('demo/index.html is missing: run `npm run build` first.');
  const server = await serve('.');
  const { browser, close } = await launchChromium();
  try {
    return await printDemoShift(browser, server.origin, Math.max(1, Number(args['shift-runs'])));
  } finally {
    await close();
    await server.close();
  }
}

// ── Targets ──────────────────────────────────────────────────────────────────────────────────────
function printTargets(sizeRows, timings, core, demoShift, many) {
  console.log('\nTargets (issues 7, 15 and 19)');
  const line = (ok, text) => console.log(`  ${ok ? 'met    ' : 'NOT MET'}  ${text}`);
  if (sizeRows) {
    const problems = budgetProblems(sizeRows.files);
    line(problems.length === 0, `per-page budgets: embed.js alone for the help panel and quick exit, each chunk within its limit${problems.length ? `: ${problems.join(' ')}` : ''}`);
  }
  if (timings) {
    // A goal, not a CI check (steering decision, issue 15).
    line(timings.embed.contentRatio <= 1.25, `content in the DOM, client-rendered ≤ 1.25× static HTML (goal): ${timings.embed.contentRatio.toFixed(2)}×`);
    line(timings.snippet.contentRatio <= 1.05, `content in the DOM, static snippet ≤ 1.05× static HTML: ${timings.snippet.contentRatio.toFixed(2)}×`);
    line(timings.snippet.maxShift === 0, `host layout shift 0 with the recommended embed (snippet + script): max ${timings.snippet.maxShift.toFixed(4)} over the runs`);
  }
  if (demoShift !== undefined) line(demoShift === 0, `layout shift 0 on every demo page while it loads (4× CPU, 150 ms latency): worst ${demoShift.toFixed(4)}`);
  if (core) {
    const slowest = core.reduce((a, b) => (b.median > a.median ? b : a));
    const slowestFirst = core.reduce((a, b) => (b.firstCall > a.firstCall ? b : a));
    line(slowest.median < 1, `core queries < 1 ms, warm: slowest median ${slowest.median.toFixed(3)} ms (${slowest.name})`);
    line(slowestFirst.firstCall < 1, `core queries < 1 ms, first call: slowest ${slowestFirst.firstCall.toFixed(3)} ms (${slowestFirst.name})`);
  }
  if (many) line(many.worstLongest <= LONGEST_TASK_TARGET_MS, `500 help panels: no task over ${LONGEST_TASK_TARGET_MS} ms (issue 19): longest ${many.longest.toFixed(0)} ms median, ${many.worstLongest.toFixed(0)} ms worst run`);
}

if (args['shift-only']) {
  printTargets(undefined, undefined, undefined, await printShift());
} else {
  const sizeRows = args['skip-sizes'] ? undefined : await printSizes();
  const timings = await printTimings();
  const demoShift = await printShift();
  const core = await timeCoreQueries();
  console.log('\n5. Many panels on one page');
  const many = await timeManyPanels();
  printTargets(sizeRows, timings, core, demoShift, many);
}
