/**
 * Headless browsers for package tests, found the way the browser tests find them
 * (scripts/browsers.mjs: env var → Debian path → Playwright cache). Chromium always; Firefox too
 * when SHG_BROWSERS selects it (the default), over WebDriver BiDi. WebKit speaks neither protocol
 * puppeteer drives, so framework examples run in two engines here; the elements themselves run
 * in all three in the browser tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { REPO_ROOT as REPO } from '../../helpers/paths.js';

interface Resolved {
  readonly path: string;
}
interface BrowsersModule {
  selectedEngines(): { engines: string[] };
  resolveChromium(): Resolved | undefined;
  resolveFirefox(): Resolved | undefined;
}

const browsers = (await import(pathToFileURL(join(REPO, 'scripts/browsers.mjs')).href)) as BrowsersModule;

/** The flags this machine's Chromium needs (root, no GPU, nothing phoning home). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Engine = 'chromium' | 'firefox';

/** The engines to run: Chromium, and Firefox when SHG_BROWSERS selects it. */
export function engines(): Engine[] {
  const selected = browsers.selectedEngines().engines;
  const wanted: Engine[] = ['chromium'];
  if (selected.includes('firefox')) wanted.push('firefox');
  return wanted;
}

export interface Launched {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Launches an engine with a fresh profile; fails with what to install when it is missing. */
export async function launch(engine: Engine): Promise<Launched> {
  const found = engine === 'chromium' ? browsers.resolveChromium() : browsers.resolveFirefox();
  if (!found) throw new Error(`${engine} not found: run scripts/ensure-browsers.sh, or set SHG_BROWSERS=chromium`);
  const profile = mkdtempSync(join(tmpdir(), `shg-${engine}-`));
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({ executablePath: found.path, headless: true, args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`] })
      : await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: found.path, headless: true, userDataDir: profile });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
