#!/usr/bin/env -S npx tsx
// The action plan benchmark (a script, not a test): a plan of 2,000 actions in <shg-action-plan>,
// loaded by the script-tag embed in headless Chromium with the CPU 4× slower. Prints, as medians
// over the runs:
//  - time to first actions on screen and to every action rendered (from navigation start);
//  - time to filter (a status, then an age group, then clearing both: from the change to the
//    next frame painted);
//  - the longest task seen while loading, rendering and filtering (Long Tasks API), against the
//    200 ms aim.
//
//   npx tsx bench/action-plan.mjs [--runs 5] [--actions 2000]
//   (run `npm run build` first; tsx, because the plan comes from test/fixtures/action-plans.ts)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { resolveChromium } from '../scripts/browsers.mjs';
import { generatedPlan } from '../test/fixtures/action-plans.ts';
import { serve } from './server.mjs';
import { median } from './stats.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' }, actions: { type: 'string', default: '2000' } } });
const RUNS = Math.max(1, Number(args.runs));
const ACTIONS = Number(args.actions);
const CPU_SLOWDOWN = 4;
const AIM_MS = 200;

/** The host page: the plan in a script block, and a probe that records long tasks from the start. */
const page = (json) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>action plan benchmark</title>
<script>
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
</script>
<script type="module" src="/dist/embed.js"></script>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem">
<h1>Our action plan</h1>
<shg-action-plan><script type="application/json">${json.replace(/</g, '\\u003c')}</script></shg-action-plan>
</body>
</html>
`;

/** In the page: resolves when `count` actions are rendered, with the time (ms since navigation start). */
const whenRendered = (count) =>
  new Promise((resolve) => {
    const check = () => {
      const root = document.querySelector('shg-action-plan')?.shadowRoot;
      const n = root ? root.querySelectorAll('.action').length : 0;
      if (n >= count) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  });

/** In the page: sets a filter and resolves with the time until the next frame after the update. */
async function timeFilter(index, value) {
  const el = document.querySelector('shg-action-plan');
  const select = el.shadowRoot.querySelectorAll('select')[index];
  const start = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return performance.now() - start;
}

async function run(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport({ width: 1280, height: 900 });
    const cdp = await tab.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await tab.goto(url, { waitUntil: 'load' });
    const first = await tab.evaluate(whenRendered, 1);
    const all = await tab.evaluate(whenRendered, ACTIONS);
    const filters = [];
    for (const [index, value] of [[0, 'complete'], [1, 'adults'], [0, ''], [1, '']]) filters.push(await tab.evaluate(timeFilter, index, value));
    const shown = await tab.evaluate(() => document.querySelector('shg-action-plan').shadowRoot.querySelector('[part~="count"]').textContent.trim());
    await tab.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    const tasks = await tab.evaluate(() => window.__tasks);
    return { first, all, filters, shown, tasks, longest: Math.max(0, ...tasks.map((t) => t.duration)), over: tasks.filter((t) => t.duration > AIM_MS).length };
  } finally {
    await context.close();
  }
}

const chromium = resolveChromium();
if (!chromium) throw new Error('Chromium not found: run scripts/ensure-browsers.sh or set CHROME_PATH');
const json = JSON.stringify(generatedPlan(ACTIONS));
const server = await serve('.');
server.set('/bench/action-plan.html', page(json));
const profile = mkdtempSync(join(tmpdir(), 'shg-bench-'));
const browser = await puppeteer.launch({
  executablePath: chromium.path,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
});
const runs = [];
try {
  console.log(`Action plan: ${ACTIONS} actions (${(json.length / 1e6).toFixed(2)} MB of JSON), Chromium ${(await browser.version()).replace(/^\D+/, '')}, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} runs\n`);
  await run(browser, `${server.origin}/bench/action-plan.html`); // warms the server and disk cache
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await run(browser, `${server.origin}/bench/action-plan.html`));
    process.stderr.write(`\r  run ${i + 1}/${RUNS}`);
  }
  process.stderr.write('\n');
} finally {
  await browser.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}

const ms = (n) => `${n.toFixed(0)} ms`;
const filterNames = ['status "complete"', 'age "adults" too', 'status cleared', 'age cleared'];
console.log(`first actions on screen (from navigation start)   ${ms(median(runs.map((r) => r.first)))}`);
console.log(`every action rendered (from navigation start)     ${ms(median(runs.map((r) => r.all)))}`);
filterNames.forEach((name, i) => console.log(`filter: ${name.padEnd(40)} ${ms(median(runs.map((r) => r.filters[i])))}`));
console.log(`longest task (median of runs / worst run)          ${ms(median(runs.map((r) => r.longest)))} / ${ms(Math.max(...runs.map((r) => r.longest)))}`);
console.log(`tasks over ${AIM_MS} ms per run (median)                 ${median(runs.map((r) => r.over))}`);
console.log(`long tasks of the last run (start → duration, ms): ${runs.at(-1).tasks.map((t) => `${t.start.toFixed(0)}→${t.duration.toFixed(0)}`).join(', ')}`);
console.log(`\nAim: no task over ${AIM_MS} ms: ${Math.max(...runs.map((r) => r.longest)) <= AIM_MS ? 'met' : 'NOT MET'}. Last count shown: "${runs.at(-1)?.shown}"`);
