#!/usr/bin/env node
// The self-assessment benchmark (a script printing figures, not a timed test):
//  1. in headless Chromium at 4× CPU slowdown, the time to render the form with every `service`
//     criterion (71), from creating the element (its chunk already loaded) to its first frame, and
//     a rating click to its next frame; medians over fresh pages;
//  2. in Node, summarise() and compare() over assessments of 1,000 responses (71 framework
//     criteria and 929 kept from a later version: the most a file may hold), and the JSON export
//     and import of one.
//
//   node bench/self-assessment.mjs [--runs 15]      (run `npm run build` first)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { resolveChromium } from '../scripts/browsers.mjs';
import { assessmentToJson, compare, importAssessment, newAssessment, summarise, withResponse } from '../dist/src/core/index.js';
import { serve } from './server.mjs';
import { median } from './stats.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Math.max(5, Number(args.runs));
const CPU_SLOWDOWN = 4;
const RATINGS = ['met', 'partly-met', 'not-met', 'not-applicable', 'not-assessed'];

if (!existsSync('dist/embed.js')) {
  console.error('dist/embed.js is missing: run `npm run build` first.');
  process.exit(1);
}

const ms = (n) => `${n.toFixed(2)} ms`;

// ── 1. Rendering the form in Chromium ───────────────────────────────────────────────────────────
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/embed.js"></script></head><body><main><shg-self-assessment id="warm" framework="policy"></shg-self-assessment></main></body></html>`;

/** In the page: creates a service form and times it to its first frame, then a rating change to its next. */
async function timeInPage(page) {
  return page.evaluate(async () => {
    await customElements.whenDefined('shg-self-assessment');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await frame();
    const start = performance.now();
    const el = document.createElement('shg-self-assessment');
    el.setAttribute('framework', 'service');
    document.querySelector('main').append(el);
    await el.updateComplete;
    await frame();
    const render = performance.now() - start;
    const criteria = el.shadowRoot.querySelectorAll('li.criterion').length;
    const radio = el.shadowRoot.querySelector('li.criterion input[value="met"]');
    const clickStart = performance.now();
    radio.click();
    await el.updateComplete;
    await frame();
    return { render, update: performance.now() - clickStart, criteria, controls: el.shadowRoot.querySelectorAll('input, textarea, select, button').length };
  });
}

async function timeRendering() {
  const chromium = resolveChromium();
  if (!chromium) throw new Error('Chromium not found: run scripts/ensure-browsers.sh or set CHROME_PATH');
  const server = await serve('.');
  server.set('/bench/self-assessment.html', PAGE);
  const profile = mkdtempSync(join(tmpdir(), 'shg-bench-'));
  const browser = await puppeteer.launch({
    executablePath: chromium.path,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`],
  });
  const samples = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await page.goto(`${server.origin}/bench/self-assessment.html`, { waitUntil: 'load' });
        samples.push(await timeInPage(page));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(`\n1. <shg-self-assessment framework="service"> in headless Chromium at ${CPU_SLOWDOWN}× CPU (${RUNS} fresh pages, chunk already loaded)\n`);
  console.log(`   criteria rendered: ${samples[0].criteria}; form controls: ${samples[0].controls}`);
  console.log(`   create → first frame:        median ${ms(median(samples.map((s) => s.render)))}  (min ${ms(Math.min(...samples.map((s) => s.render)))}, max ${ms(Math.max(...samples.map((s) => s.render)))})`);
  console.log(`   rating click → next frame:   median ${ms(median(samples.map((s) => s.update)))}  (min ${ms(Math.min(...samples.map((s) => s.update)))}, max ${ms(Math.max(...samples.map((s) => s.update)))})`);
}

// ── 2. The core in Node ─────────────────────────────────────────────────────────────────────────

/** A service assessment of 1,000 responses: every criterion rated, then 929 kept from a later version. */
function bigAssessment(seed) {
  let assessment = newAssessment('service', { date: '2026-11-01', service: 'Bench service' });
  const responses = assessment.responses.map((r, i) => ({ ...r, rating: RATINGS[(i + seed) % RATINGS.length], evidence: `Evidence ${i}` }));
  for (let i = responses.length; i < 1000; i += 1) responses.push({ criterion: `later.criterion-${i}`, rating: RATINGS[(i + seed) % 3], evidence: '', action: '', owner: '' });
  assessment = { ...assessment, responses };
  return withResponse(assessment, 'iqs.outcome.1', { rating: 'met' });
}

function timeCore() {
  const earlier = bigAssessment(0);
  const later = bigAssessment(1);
  const json = assessmentToJson(later);
  const cases = [
    ['summarise (1,000 responses)', () => summarise(later)],
    ['compare (1,000 responses each)', () => compare(earlier, later)],
    ['assessmentToJson (1,000 responses)', () => assessmentToJson(later)],
    [`importAssessment (1,000 responses, ${(json.length / 1000).toFixed(0)} kB)`, () => importAssessment(json)],
  ];
  console.log('\n2. The core in Node: median per call over 50 batches of 20 calls, after warming up\n');
  for (const [name, run] of cases) {
    for (let i = 0; i < 50; i += 1) run();
    const perCall = [];
    for (let batch = 0; batch < 50; batch += 1) {
      const start = performance.now();
      for (let i = 0; i < 20; i += 1) run();
      perCall.push((performance.now() - start) / 20);
    }
    console.log(`   ${name.padEnd(48)} ${ms(median(perCall))}`);
  }
  const result = compare(earlier, later);
  if (result.criteria.length !== 1000 || summarise(later).unknownCriteria.length !== 929) throw new Error('the benchmark assessment is not what it says');
}

timeCore();
await timeRendering();
