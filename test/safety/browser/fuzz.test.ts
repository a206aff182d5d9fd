/**
 * Property-based fuzzing of every element with fast-check: hostile attribute values and
 * host-supplied local services, thousands of cases per run, seeded and replayable
 * (`SHG_FUZZ_SEED=<seed printed below>`). For every case:
 *  - no uncaught error;
 *  - 999 and a free 24/7 line (Samaritans, 116 123) are rendered as links that dial what they show
 *    (every element but quick exit, which is a way out, not a route to help);
 *  - every link is https:, tel:, sms:, mailto: or a same-page #fragment: never javascript:, data: or other;
 *  - no markup from the input is interpreted: no img, script, iframe, svg… element and no on…
 *    attribute in any shadow root, and the flag injected markup would set is never set;
 *  - at most one console message per bad value, none for good ones, each naming the element; and
 *    on a fresh element a bad value gets exactly one.
 * Elements are reused across cases (set attributes, await the update), which is what a host page
 * changing attributes does, and keeps 10,000 cases to seconds.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as fc from 'fast-check';
import '../../../src/define.js';
import '../../../src/elements/self-assessment/define.js';
import { parseLocalServices, parseLocalServicesJson, type LocalServicesResult } from '../../../src/core/local-services.js';
import { ShgQuickExit } from '../../../src/elements/quick-exit/quick-exit.js';
import { AGE_GROUPS, NATIONS, URGENCIES } from '../../../schema/vocabulary.js';
import { AUDIENCE_IDS, GUIDANCE_SETTING_IDS, SETTING_IDS } from '../../../src/core/statement-index.js';
import { ACTION_STATUSES, AGE_FILTERS } from '../../../src/core/action-plan/words.js';
import {
  INJECTION_FLAG,
  attribute,
  booleanAttribute,
  chooseSeed,
  hostileString,
  localServicesInput,
  localServicesJsonText,
  type AttributeCase,
} from '../../helpers/fuzz.js';
import { engine, note } from '../../helpers/notes.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Cases per property. Chromium runs the full budget (over 10,000 cases); Firefox and WebKit, slower
 * here and driven over WebDriver, run a quarter of it: the same properties, a smaller sample.
 */
const ENGINE_SCALE = engine === 'chromium' ? 1 : 0.25;
/** SHG_FUZZ_SCALE multiplies every budget (e.g. 10 for a long soak). */
let scale = ENGINE_SCALE;
const budget = (n: number) => Math.max(10, Math.round(n * scale));

/** Elements no input may ever create inside a shadow root. */
const INJECTABLE = 'img, script, iframe, frame, svg, math, object, embed, style, link, base, meta, video, audio, form, template';
const SAFE_SCHEME = /^(https:|tel:|sms:|mailto:)/i;
/** The handlers the markup in the arbitraries uses, checked on every case. */
const EVENT_HANDLERS = '[onerror], [onload], [onclick], [onmouseover], [onfocus]';

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

let seed = 0;
let cases = 0;
let container: HTMLElement;

/** Runs `action`, returning what reached console.error and console.warn meanwhile. */
async function consoleMessages(action: () => Promise<unknown>): Promise<string[]> {
  const { error, warn } = console;
  const seen: string[] = [];
  console.error = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.error = error;
    console.warn = warn;
  }
  return seen;
}

async function create<T extends Updatable>(tag: string): Promise<T> {
  const el = document.createElement(tag) as T;
  container.append(el);
  await el.updateComplete;
  return el;
}

function apply(el: Element, attributes: Record<string, AttributeCase>): void {
  for (const [name, { value }] of Object.entries(attributes)) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
}

/**
 * Loads the Welsh before fuzzing. A Welsh guidance, expectations or statement element holds its
 * first render (briefly) while the Welsh loads, by design (test/elements/welsh.test.ts); cases here
 * test hostile input, not loading, so they must not race it.
 */
async function welshLoaded(): Promise<void> {
  const probe = document.createElement('shg-guidance');
  probe.setAttribute('lang', 'cy');
  container.append(probe);
  const deadline = performance.now() + 10_000;
  while (!probe.shadowRoot?.querySelector('a[href="tel:999"]')) {
    if (performance.now() > deadline) throw new Error('the Welsh did not load within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  probe.remove();
}

/** The checks every case ends with. */
function expectSafe(el: Updatable, options: { helpRoute: boolean }): void {
  const root = el.shadowRoot!;
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  // The render-error fallback is a last line of defence: reaching it here would mean input broke a render.
  expect(root.querySelector('.fallback'), 'the render-error fallback').to.equal(null);
  expect((window as unknown as Record<string, unknown>)[INJECTION_FLAG], 'injected markup ran').to.equal(undefined);
  const injected = root.querySelectorAll(INJECTABLE);
  expect(injected.length, `elements created from input: ${[...injected].map((e) => e.localName).join(', ')}`).to.equal(0);
  expect(root.querySelector(EVENT_HANDLERS), 'an on… attribute from input').to.equal(null);
  // Every attribute of every node, on a sample of cases: thorough, but too slow for every one.
  if (cases % 16 === 0) {
    for (const node of root.querySelectorAll('*')) {
      for (const name of node.getAttributeNames()) expect(name.startsWith('on'), `<${node.localName} ${name}>`).to.equal(false);
    }
  }
  for (const a of root.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    expect(SAFE_SCHEME.test(href) || href.startsWith('#'), `link href ${JSON.stringify(href.slice(0, 80))}`).to.equal(true);
    const { protocol } = new URL(href, location.href);
    if (!href.startsWith('#')) expect(['https:', 'tel:', 'sms:', 'mailto:'], href.slice(0, 80)).to.include(protocol);
  }
  if (options.helpRoute) {
    const call999 = root.querySelector('a[href="tel:999"]');
    const samaritans = root.querySelector('a[href="tel:116123"]');
    expect(call999?.textContent?.trim(), '999 shown and dialled').to.equal('999');
    expect(samaritans?.textContent?.trim(), 'Samaritans 116 123 shown and dialled').to.equal('116 123');
  }
}

/** Attribute values on one reused element: the core property for each element. */
async function fuzzAttributes(tag: string, arbitraries: Record<string, fc.Arbitrary<AttributeCase>>, runs: number, options: { helpRoute: boolean }): Promise<void> {
  const el = await create<Updatable>(tag);
  await fc.assert(
    fc.asyncProperty(fc.record(arbitraries), async (attributes) => {
      const messages = await consoleMessages(async () => {
        apply(el, attributes);
        await el.updateComplete;
      });
      const bad = Object.values(attributes).filter((a) => !a.valid).length;
      expect(messages.length, `console: ${messages.join(' | ')}`).to.be.at.most(bad);
      // Each names the element, or (for a language, said once per page) the library.
      for (const m of messages) expect(m.startsWith(`<${tag}>: `) || m.startsWith('self-harm-guidance: no '), m).to.equal(true);
      expectSafe(el, options);
      cases += 1;
    }),
    { seed, numRuns: runs, includeErrorInReport: true, timeout: 5000 },
  );
  el.remove();
}

/** One bad value on a fresh element: exactly one console message, naming the attribute. */
async function fuzzOneBadValue(tag: string, names: readonly string[], runs: number, options: { helpRoute: boolean }): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...names), hostileString(), async (name, raw) => {
      // "x-" makes it unknown to every list and not a number, whatever the random part is.
      const value = `x-${raw}`;
      let el!: Updatable;
      const messages = await consoleMessages(async () => {
        el = document.createElement(tag) as Updatable;
        el.setAttribute(name, value);
        container.append(el);
        await el.updateComplete;
      });
      expect(messages, `${name}=${JSON.stringify(value.slice(0, 60))}`).to.have.length(1);
      expect(messages[0]!.startsWith(`<${tag}>: `)).to.equal(true);
      expect(messages[0], 'names the attribute').to.contain(name);
      expectSafe(el, options);
      el.remove();
      cases += 1;
    }),
    { seed, numRuns: runs, includeErrorInReport: true, timeout: 5000 },
  );
}

/** What a valid list must render: each service once, its links built from its channel type. */
function expectLocalServices(panel: Updatable, result: LocalServicesResult): void {
  const root = panel.shadowRoot!;
  const rendered = [...root.querySelectorAll('.route.local')];
  expect(rendered.length, 'every valid local service shown once, none when the list is refused').to.equal(result.services.length);
  // Each shows in its urgency tier, most urgent first; within a tier, in the host's order.
  const expected = [...result.services].sort((a, b) => URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency));
  expected.forEach((service, index) => {
    const route = rendered[index]!;
    expect(route.querySelector('.name')!.textContent, 'name shown as text').to.equal(service.name);
    const links = [...route.querySelectorAll('a')];
    expect(links).to.have.length(service.channels.length);
    service.channels.forEach((channel, i) => {
      const href = links[i]!.getAttribute('href')!;
      const scheme = { phone: 'tel:', text: 'sms:', email: 'mailto:', web: 'https:' }[channel.type];
      expect(href.startsWith(scheme), `${channel.type} link ${href}`).to.equal(true);
      expect(links[i]!.textContent, 'the link shows its value').to.equal(channel.value);
      if (channel.type === 'phone' || channel.type === 'text') {
        // What is shown is what is dialled.
        expect(href.slice(4).split('?')[0]).to.equal(channel.value.replace(/[^0-9+]/g, ''));
      }
    });
  });
}

/** The checks every local-services case ends with; `reported` is what this panel has said before. */
function expectLocalCase(panel: Updatable, result: LocalServicesResult, messages: string[], reported: string[]): void {
  expectConsoleForLocal(messages, result, reported);
  reported.push(...messages);
  expectLocalServices(panel, result);
  expectSafe(panel, { helpRoute: true });
  cases += 1;
}

/** Local services set as a property on one reused panel. */
async function fuzzLocalServicesProperty(runs: number): Promise<void> {
  const panel = await create<Updatable & { localServices: unknown }>('shg-help-panel');
  const reported: string[] = [];
  await fc.assert(
    fc.asyncProperty(localServicesInput(), async (input) => {
      // undefined and null unset the property: no services, and nothing to report.
      const result: LocalServicesResult = input == null ? { services: [], problems: [] } : parseLocalServices(input);
      // The same value again (a repeated null, say) is no change, so nothing is re-checked.
      const unchanged = Object.is(panel.localServices, input);
      const messages = await consoleMessages(async () => {
        const ready = new Promise((resolve) => panel.addEventListener('shg-local-services-ready', resolve, { once: true }));
        panel.localServices = input;
        await (unchanged ? panel.updateComplete : ready);
      });
      expectLocalCase(panel, result, messages, reported);
    }),
    { seed, numRuns: runs, includeErrorInReport: true, timeout: 5000 },
  );
  panel.remove();
}

/** Local services in a child JSON block, read when the panel connects (again, when its text changed meanwhile). */
async function fuzzLocalServicesJson(runs: number): Promise<void> {
  const panel = document.createElement('shg-help-panel') as Updatable;
  const script = document.createElement('script');
  script.type = 'application/json';
  panel.append(script);
  const reported: string[] = [];
  await fc.assert(
    fc.asyncProperty(localServicesJsonText(), async (text) => {
      const result = parseLocalServicesJson(text);
      panel.remove();
      // The same text again is no change, so nothing is re-checked when the panel comes back.
      const unchanged = script.textContent === text;
      script.textContent = text;
      const messages = await consoleMessages(async () => {
        const ready = new Promise((resolve) => panel.addEventListener('shg-local-services-ready', resolve, { once: true }));
        container.append(panel);
        await (unchanged ? panel.updateComplete : ready);
      });
      expectLocalCase(panel, result, messages, reported);
    }),
    { seed, numRuns: runs, includeErrorInReport: true, timeout: 5000 },
  );
  panel.remove();
}

/** None for a valid list; for a refused one, one message naming each problem (unless this panel said it already). */
function expectConsoleForLocal(messages: string[], result: LocalServicesResult, reportedBefore: readonly string[]): void {
  if (result.problems.length === 0) {
    expect(messages, 'no message for a valid list').to.deep.equal([]);
    return;
  }
  expect(messages.length, messages.join(' | ')).to.be.at.most(1);
  const said = [...messages, ...reportedBefore].some((m) => m.startsWith('<shg-help-panel>: ignored the local services because ') && result.problems.every((p) => m.includes(p)));
  expect(said, `the problems were named: ${result.problems.join('; ').slice(0, 200)}`).to.equal(true);
}

/** Quick exit: whatever href says, it leaves only for an https: page. */
async function fuzzQuickExit(runs: number): Promise<void> {
  const el = await create<ShgQuickExit>('shg-quick-exit');
  const realNavigate = ShgQuickExit.navigate;
  const navigations: string[] = [];
  ShgQuickExit.navigate = (href: string) => void navigations.push(href);
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          href: fc.oneof(attribute([]), fc.webUrl({ validSchemes: ['https'] }).map((value) => ({ value, valid: true }))),
          sticky: booleanAttribute(),
        }),
        fc.boolean(),
        async (attributes, press) => {
          const messages = await consoleMessages(async () => {
            apply(el, attributes);
            await el.updateComplete;
          });
          expect(messages.length).to.be.at.most(1);
          expect(new URL(el.target).protocol, el.target).to.equal('https:');
          if (press) {
            el.shadowRoot!.querySelector('button')!.click();
            expect(navigations.at(-1)).to.equal(el.target);
            el.reset();
            await el.updateComplete;
          }
          expectSafe(el, { helpRoute: false });
          cases += 1;
        },
      ),
      { seed, numRuns: runs, includeErrorInReport: true, timeout: 5000 },
    );
  } finally {
    ShgQuickExit.navigate = realNavigate;
    el.remove();
  }
  expect(navigations.every((href) => href.startsWith('https://'))).to.equal(true);
}

const HEADING = ['2', '3', '4', '5', '6'];
const LANG = ['en', 'cy', 'cy-GB', 'en-GB', 'CY'];

describe('fuzz harness check: the per-case checks catch what they are for', () => {
  /** A stand-in element whose shadow root holds `markup` (test code placing markup on purpose). */
  function fake(markup: string): Updatable {
    const el = document.createElement('div') as unknown as Updatable;
    el.attachShadow({ mode: 'open' }).innerHTML = markup;
    return el;
  }
  const ROUTES = '<a href="tel:999">999</a> <a href="tel:116123">116 123</a>';

  it('passes a safe render, and fails an injected element, handler, unsafe link, missing route or fallback', () => {
    expect(() => expectSafe(fake(ROUTES), { helpRoute: true })).not.to.throw();
    for (const [markup, what] of [
      [`${ROUTES}<img alt="">`, 'elements created from input'],
      [`${ROUTES}<b onclick="1">x</b>`, 'an on… attribute'],
      [`${ROUTES}<a href="javascript:void 0">x</a>`, 'link href'],
      [`${ROUTES}<a href="data:text/html,x">x</a>`, 'link href'],
      [`${ROUTES}<a href="http://example.org/">x</a>`, 'link href'],
      ['<a href="tel:116123">116 123</a>', '999 shown and dialled'],
      ['<a href="tel:999">999</a><a href="tel:116124">116 123</a>', 'Samaritans'],
      [`<div class="fallback">${ROUTES}</div>`, 'fallback'],
    ]) {
      expect(() => expectSafe(fake(markup!), { helpRoute: true }), markup).to.throw(what);
    }
  });
});

describe('fuzz: hostile attributes and host data never break the safety rules', function () {
  this.timeout(120_000);
  let started = 0;

  before(async () => {
    const config = await executeServerCommand<{ seed: string | null; scale: string | null }, undefined>('shg-fuzz-seed');
    seed = chooseSeed(config.seed);
    if (Number(config.scale) > 0) scale = ENGINE_SCALE * Number(config.scale);
    started = performance.now();
    container = document.createElement('div');
    document.body.append(container);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    await welshLoaded();
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    container.remove();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    note(`fuzz: ${cases} cases (seed ${seed}) in ${engine}, ${seconds} s; replay with SHG_FUZZ_SEED=${seed}`);
  });

  it('<shg-help-panel>: nation, age, heading-level and lang', async () => {
    await fuzzAttributes('shg-help-panel', { nation: attribute(NATIONS), age: attribute(AGE_GROUPS), 'heading-level': attribute(HEADING), lang: attribute(LANG) }, budget(4000), { helpRoute: true });
  });

  it('<shg-help-panel>: local services set as a property', async () => {
    await fuzzLocalServicesProperty(budget(1500));
  });

  it('<shg-help-panel>: local services in a JSON block', async () => {
    await fuzzLocalServicesJson(budget(800));
  });

  it('<shg-guidance>: setting, audience, age, heading-level and lang', async () => {
    await fuzzAttributes(
      'shg-guidance',
      { setting: attribute(GUIDANCE_SETTING_IDS), audience: attribute(AUDIENCE_IDS), age: attribute(AGE_GROUPS), 'heading-level': attribute(HEADING), lang: attribute(LANG) },
      budget(800),
      { helpRoute: true },
    );
  });

  it('<shg-expectations>: audience, setting and heading-level', async () => {
    await fuzzAttributes('shg-expectations', { audience: attribute(['person', 'carer']), setting: attribute(SETTING_IDS), 'heading-level': attribute(HEADING) }, budget(1200), { helpRoute: true });
  });

  it('<shg-statement>: query, expanded and heading-level', async () => {
    await fuzzAttributes('shg-statement', { query: fc.oneof(attribute(['safe', 'prescribing', '111', 'press 2', 'carer']), hostileString().map((value) => ({ value, valid: true }))), expanded: booleanAttribute(), 'heading-level': attribute(HEADING) }, budget(250), { helpRoute: true });
  });

  it('<shg-self-assessment>: framework, setting and heading-level', async () => {
    // Each case can redraw all 71 service criteria: fewer runs than the lighter elements.
    await fuzzAttributes('shg-self-assessment', { framework: attribute(['service', 'policy']), setting: attribute(SETTING_IDS), 'heading-level': attribute(HEADING) }, budget(60), { helpRoute: true });
  });

  it('<shg-action-plan> without a plan: status-filter, age-filter and heading-level', async () => {
    await fuzzAttributes('shg-action-plan', { 'status-filter': attribute(ACTION_STATUSES), 'age-filter': attribute(AGE_FILTERS), 'heading-level': attribute(HEADING) }, budget(300), { helpRoute: true });
  });

  it('<shg-quick-exit>: href and sticky, and the button leaves only for https:', async () => {
    await fuzzQuickExit(budget(1500));
  });

  it('a bad value on a fresh element: exactly one console message, naming it', async () => {
    await fuzzOneBadValue('shg-help-panel', ['nation', 'age', 'heading-level'], budget(150), { helpRoute: true });
    await fuzzOneBadValue('shg-guidance', ['setting', 'audience', 'age', 'heading-level'], budget(75), { helpRoute: true });
    await fuzzOneBadValue('shg-expectations', ['audience', 'setting', 'heading-level'], budget(75), { helpRoute: true });
    await fuzzOneBadValue('shg-quick-exit', ['href'], budget(75), { helpRoute: false });
    await fuzzOneBadValue('shg-self-assessment', ['framework', 'setting', 'heading-level'], budget(20), { helpRoute: true });
  });
});
