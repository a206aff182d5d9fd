// The layout shift of every demo page as a reader sees it load: Chromium with the CPU 4× slower and
// 150 ms added to every request, at a desktop and a phone size. The demo pages use the embed we
// recommend (each element's static HTML, upgraded in place by the script), so each should read 0.
import { readdirSync } from 'node:fs';

export const SHIFT_CONDITIONS = { cpuSlowdown: 4, latencyMs: 150 };
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
];

/** Records every layout shift from the first byte, with what moved, before the page's own scripts. */
const RECORD_SHIFTS = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const moved = (entry.sources ?? []).map((s) => {
        const node = s.node;
        if (!node || node.nodeType !== 1) return node?.nodeName ?? '?';
        return `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`;
      });
      window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), moved });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Every `shg-*` element defined and rendered, and the local services a page adds, shown. */
const SETTLED = async () => {
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('shg-'));
  await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  await document.fonts.ready;
  return elements.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
};

async function loadOnce(browser, url, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: viewport.width, height: viewport.height });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SHIFT_CONDITIONS.cpuSlowdown });
    await page.emulateNetworkConditions({ download: -1, upload: -1, latency: SHIFT_CONDITIONS.latencyMs });
    await page.evaluateOnNewDocument(RECORD_SHIFTS);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (!(await page.evaluate(SETTLED))) throw new Error(`${url}: an element did not render`);
    // Late work (local services, a chunk that loads on demand) lands within this.
    await new Promise((done) => setTimeout(done, 1500));
    const shifts = await page.evaluate(() => window.__shifts);
    return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
  } finally {
    await context.close();
  }
}

/** Loads each demo page `runs` times at each viewport; prints the table and returns the worst CLS. */
export async function printDemoShift(browser, origin, runs) {
  console.log(
    `\n3. Layout shift of each demo page: cumulative layout shift while it loads, worst of ${runs} runs ` +
      `(Chromium, CPU ${SHIFT_CONDITIONS.cpuSlowdown}× slower, ${SHIFT_CONDITIONS.latencyMs} ms latency, fresh profile per run)\n`,
  );
  const widths = [30, ...VIEWPORTS.map(() => 22)];
  console.log([`page`.padEnd(widths[0]), ...VIEWPORTS.map((v, i) => `${v.name} ${v.width}×${v.height}`.padStart(widths[i + 1]))].join(''));
  let worst = 0;
  const explanations = [];
  // Every page `npm run build` wrote (scripts/build-demo.ts), whatever scripts/demo-pages.ts lists.
  for (const file of readdirSync('demo').filter((f) => f.endsWith('.html')).sort()) {
    const cells = [];
    for (const viewport of VIEWPORTS) {
      let max = { cls: 0, shifts: [] };
      for (let run = 0; run < runs; run += 1) {
        const result = await loadOnce(browser, `${origin}/demo/${file}`, viewport);
        if (result.cls >= max.cls) max = result;
      }
      worst = Math.max(worst, max.cls);
      cells.push(max.cls.toFixed(4));
      for (const shift of max.shifts) explanations.push(`  ${file} (${viewport.name}): ${shift.value.toFixed(4)} at ${shift.at} ms, moved ${shift.moved.join(', ')}`);
    }
    console.log([`demo/${file}`.padEnd(widths[0]), ...cells.map((c, i) => c.padStart(widths[i + 1]))].join(''));
  }
  if (explanations.length) console.log(`\nWhat moved:\n${explanations.join('\n')}`);
  return worst;
}
