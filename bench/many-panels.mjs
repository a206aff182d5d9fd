#!/usr/bin/env node
// The benchmark for a page with many help panels (a directory of services, say): in headless
// Chromium, 500 <shg-help-panel> elements and dist/embed.js. Prints, as medians over fresh runs:
// when every panel shows its routes, the longest task the page ran (a "long task" blocks input:
// taps, keys, Shift ×3 for quick exit), and how many tasks took over 50 ms. The target is no task
// over 200 ms.
//
//   node bench/many-panels.mjs [--panels 500] [--runs 7] [--cpu 1]
//   (run `npm run build` first; Chromium found as the browser tests find it)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { serve } from './server.mjs';
import { median } from './stats.mjs';

/** The longest task allowed (issue 19). */
export const LONGEST_TASK_TARGET_MS = 200;

const page = (panels) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>many panels</title>
<script>
(() => {
  const t = (window.__shg = { tasks: [], rendered: undefined });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) t.tasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    let done = 0;
    for (const panel of document.querySelectorAll('shg-help-panel')) if (panel.shadowRoot?.querySelector('a[href="tel:999"]')) done += 1;
    if (done === ${panels}) t.rendered = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
</script>
<script type="module" src="/dist/embed.js"></script>
</head>
<body>
<h1>Services near you</h1>
${'<shg-help-panel nation="wales"></shg-help-panel>\n'.repeat(panels)}
</body>
</html>
`;

/** One fresh page: when all panels had rendered, and the long tasks (over 50 ms) it ran. */
async function run(browser, url, cpu) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__shg.rendered !== undefined, { timeout: 120_000, polling: 200 });
    // Let the last tasks be reported.
    await tab.evaluate(() => new Promise((done) => setTimeout(done, 300)));
    return await tab.evaluate(() => ({ rendered: window.__shg.rendered, tasks: window.__shg.tasks }));
  } finally {
    await context.close();
  }
}

/** Measures `panels` help panels over `runs` fresh pages; prints and returns the medians. */
export async function timeManyPanels({ panels = 500, runs = 7, cpu = 1 } = {}) {
  if (!existsSync('dist/embed.js')) throw new Error('dist/embed.js is missing: run `npm run build` first.');
  const server = await serve('.');
  server.set('/bench/many-panels.html', page(panels));
  const { browser, close } = await launchChromium();
  const results = [];
  try {
    await run(browser, `${server.origin}/bench/many-panels.html`, cpu); // warms the server and disk cache
    for (let i = 0; i < runs; i += 1) {
      results.push(await run(browser, `${server.origin}/bench/many-panels.html`, cpu));
      process.stderr.write(`\r  run ${i + 1}/${runs}`);
    }
    process.stderr.write('\n');
  } finally {
    await close();
    await server.close();
  }
  const longest = results.map((r) => Math.max(0, ...r.tasks));
  const summary = {
    rendered: median(results.map((r) => r.rendered)),
    longest: median(longest),
    worstLongest: Math.max(...longest),
    longTasks: median(results.map((r) => r.tasks.length)),
  };
  console.log(
    `\n${panels} help panels on one page, headless Chromium${cpu > 1 ? `, CPU ${cpu}× slower` : ''}, ${runs} fresh runs (medians)\n` +
      `  every panel rendered:        ${summary.rendered.toFixed(0)} ms after navigation\n` +
      `  longest task:                ${summary.longest.toFixed(0)} ms (worst run ${summary.worstLongest.toFixed(0)} ms)\n` +
      `  tasks over 50 ms:            ${summary.longTasks}\n` +
      `  target: no task over ${LONGEST_TASK_TARGET_MS} ms: ${summary.worstLongest <= LONGEST_TASK_TARGET_MS ? 'met' : 'NOT MET'}`,
  );
  return summary;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { panels: { type: 'string', default: '500' }, runs: { type: 'string', default: '7' }, cpu: { type: 'string', default: '1' } } });
  await timeManyPanels({ panels: Number(values.panels), runs: Number(values.runs), cpu: Number(values.cpu) });
}
