/**
 * Runs axe on an element under every condition the engine can really produce: desktop width and
 * 320px, forced colours and reduced motion. What an engine cannot emulate is reported back (and
 * logged), never faked: WebKit over WebDriver can set neither viewport nor media features, so
 * there the 320px check constrains the element's own width instead.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

type Feature = { name: 'forced-colors' | 'prefers-reduced-motion' | 'prefers-color-scheme'; value: string };

async function emulate(features: Feature[]): Promise<boolean> {
  return (await executeServerCommand<boolean, { features: Feature[] }>('shg-emulate-media-features', { features })) === true;
}

/** Whether this engine can set the viewport; asked once per test file, as each refusal logs a stack trace. */
let viewportSupported: boolean | undefined;

async function atViewport(width: number, el: HTMLElement): Promise<'viewport' | 'element-width'> {
  if (viewportSupported !== false) {
    try {
      await setViewport({ width, height: 800 });
      viewportSupported = true;
      return 'viewport';
    } catch {
      viewportSupported = false;
    }
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
    if (viewportSupported) await setViewport({ width: 1280, height: 800 });
  }
  if (notEmulated.length) console.log(`[a11y] not emulated in this engine: ${notEmulated.join(', ')}`);
  return { conditions, notEmulated };
}
