// Headless Chromium for the benchmarks, found as the browser tests find it, with a throwaway
// profile: `launchChromium()` gives the browser and a `close()` that removes the profile too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { resolveChromium } from '../scripts/browsers.mjs';

export async function launchChromium() {
  const chromium = resolveChromium();
  if (!chromium) throw new Error('Chromium not found: run scripts/ensure-browsers.sh or set CHROME_PATH');
  const profile = mkdtempSync(join(tmpdir(), 'shg-bench-'));
  const browser = await puppeteer.launch({
    executablePath: chromium.path,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
