/**
 * Runs axe on an element under every condition the engine can really produce: desktop width and
 * 320px, forced colours and reduced motion. What an engine cannot emulate is reported back (and
 * left as a note for the end of the run), never faked: WebKit over WebDriver can set neither
 * viewport nor media features, so there the 320px check constrains the element's own width instead.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { engine, note } from './notes.js';

type Feature = { name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme'; value: string };

async function emulate(features: Feature[]): Promise<boolean> {
  return (await executeServerCommand<boolean, { features: Feature[] }>('shg-emulate-media-features', { features })) === true;
}

/** Sets the viewport where the engine can (see `shg-set-viewport` in web-test-runner.config.mjs). */
async function setViewport(width: number): Promise<boolean> {
  return (await executeServerCommand<boolean, { width: number; height: number }>('shg-set-viewport', { width, height: 800 })) === true;
}

/** Whether this engine can set the viewport; asked once per test file. */
let viewportSupported: boolean | undefined;

async function atViewport(width: number, el: HTMLElement): Promise<'viewport' | 'element-width'> {
  if (viewportSupported !== false) {
    viewportSupported = await setViewport(width);
    if (viewportSupported) return 'viewport';
  }
  el.style.maxWidth = `${width}px`;
  return 'element-width';
}

export interface A11yRun {
  readonly conditions: string[];
  readonly notEmulated: string[];
}

/** Asserts no axe violations at 1280px and 320px, then with forced colours, reduced motion and a dark scheme where possible. */
export async function expectAccessibleEverywhere(el: HTMLElement, settle: () => Promise<unknown> = async () => {}): Promise<A11yRun> {
  const conditions: string[] = [];
  const notEmulated: string[] = [];
  try {
    for (const width of [1280, 320]) {
      const how = await atViewport(width, el);
      await settle();
      await expect(el, `axe at ${width}px (${how})`).to.be.accessible();
      conditions.push(`${width}px (${how})`);
      el.style.maxWidth = '';
    }
    for (const feature of [
      { name: 'forced-colors', value: 'active' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: 'dark' },
    ] as Feature[]) {
      if (!(await emulate([feature]))) {
        notEmulated.push(`${feature.name}: ${feature.value}`);
        continue;
      }
      await settle();
      await expect(el, `axe with ${feature.name}: ${feature.value}`).to.be.accessible();
      conditions.push(`${feature.name}: ${feature.value}`);
      await emulate([{ name: feature.name, value: '' }]);
    }
  } finally {
    el.style.maxWidth = '';
    if (viewportSupported) await setViewport(1280);
  }
  const unavailable = [...(viewportSupported === false ? ['a 320px viewport (the element was narrowed instead)'] : []), ...notEmulated];
  if (unavailable.length) note(`a11y: ${engine} cannot emulate ${unavailable.join(', ')}`);
  return { conditions, notEmulated };
}
