/**
 * A static snippet from renderToHTML(), styled by dist/static.css, must read the same as the element
 * it upgrades into and take the same space, so the host page neither changes nor jumps.
 */
import { expect } from '@open-wc/testing';
import { loadStaticCss, normalise } from '../helpers/static-snippet.js';

const CONFIGURATIONS = ['nation=wales&age=young-person', 'nation=england&age=adult', 'nation=northern-ireland&heading-level=3'];

describe('static HTML from renderToHTML()', () => {
  const snippets = new Map<string, string>();
  const containers: HTMLElement[] = [];

  before(async () => {
    expect(customElements.get('shg-help-panel'), 'must be measured before the element is defined').to.equal(undefined);
    await loadStaticCss();
    for (const query of CONFIGURATIONS) {
      const response = await fetch(`/__static/shg-help-panel?${query}`);
      expect(response.status).to.equal(200);
      snippets.set(query, await response.text());
    }
  });

  after(() => containers.forEach((c) => c.remove()));

  it('is readable and usable before any script runs: headings and tap-to-call links are on screen', () => {
    for (const [query, snippet] of snippets) {
      const container = document.createElement('div');
      container.style.width = '600px';
      // Test code placing server output, exactly as a CMS would; shipped code never does this.
      container.innerHTML = snippet;
      document.body.append(container);
      containers.push(container);
      const call999 = container.querySelector<HTMLAnchorElement>('a[href="tel:999"]');
      expect(call999, query).to.exist;
      expect(call999!.getBoundingClientRect().height, query).to.be.greaterThan(0);
      expect(container.querySelector('h2, h3')!.textContent).to.equal('Get help now');
    }
  });

  it('upgrades into the same text and the same height (no layout shift)', async () => {
    const before = containers.map((c) => ({
      text: normalise(c.querySelector('shg-help-panel')!.textContent!),
      height: c.querySelector('shg-help-panel')!.getBoundingClientRect().height,
    }));
    await import('../../src/elements/help-panel/define.js');
    for (const [index, container] of containers.entries()) {
      const el = container.querySelector('shg-help-panel') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      const after = { text: normalise(el.shadowRoot!.textContent!), height: el.getBoundingClientRect().height };
      expect(after.text, CONFIGURATIONS[index]).to.equal(before[index]!.text);
      expect(Math.abs(after.height - before[index]!.height), `${CONFIGURATIONS[index]}: ${before[index]!.height}px static, ${after.height}px upgraded`).to.be.lessThan(1);
    }
  });
});

/**
 * The quick exit's no-JavaScript form (its static HTML: a link styled as the button, and the help
 * that holds without a script) must take exactly the box of the upgraded button, or the page below
 * a sticky quick exit jumps as it loads.
 */
describe('static HTML for <shg-quick-exit>', () => {
  const QUICK_EXITS = [
    { query: 'href=https://example.org/exit', width: 600 },
    { query: 'sticky=', width: 600 },
    { query: 'sticky=&lang=cy', width: 600 },
    { query: 'lang=cy', width: 320 },
  ];
  const containers: HTMLElement[] = [];

  before(async () => {
    expect(customElements.get('shg-quick-exit'), 'must be measured before the element is defined').to.equal(undefined);
    await loadStaticCss();
    for (const { query, width } of QUICK_EXITS) {
      const container = document.createElement('div');
      container.style.width = `${width}px`;
      // Test code placing server output, exactly as a CMS would; shipped code never does this.
      container.innerHTML = await (await fetch(`/__static/shg-quick-exit?${query}`)).text();
      document.body.append(container);
      containers.push(container);
    }
  });

  after(() => containers.forEach((c) => c.remove()));

  it('leaves without any script: a real link to the exit page, as large as the button', () => {
    const link = containers[0]!.querySelector<HTMLAnchorElement>('shg-quick-exit a');
    expect(link!.href).to.equal('https://example.org/exit');
    expect(link!.relList.contains('noreferrer'), 'the exit page is not told where the reader was').to.equal(true);
    expect(link!.textContent!.trim()).to.equal('Exit this page');
    for (const container of containers) {
      const box = container.querySelector('shg-quick-exit a')!.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
      expect(container.querySelector('button')).to.equal(null);
    }
  });

  it('upgrades into the button in the same box, sticky and in Welsh too (no layout shift)', async () => {
    const hosts = containers.map((c) => c.querySelector('shg-quick-exit') as HTMLElement & { updateComplete: Promise<unknown> });
    const before = hosts.map((host) => host.getBoundingClientRect());
    await import('../../src/elements/quick-exit/define.js');
    for (const [index, host] of hosts.entries()) {
      await host.updateComplete;
      // The Welsh ones wait behind their snippet until the element's Welsh has loaded.
      for (let i = 0; i < 100 && !host.shadowRoot!.querySelector('button'); i += 1) await new Promise((r) => setTimeout(r, 20));
      const label = QUICK_EXITS[index]!.query;
      expect(host.shadowRoot!.querySelector('button')!.textContent, label).to.contain(label.includes('lang=cy') ? 'Gadael y dudalen hon' : 'Exit this page');
      const after = host.getBoundingClientRect();
      expect(Math.abs(after.height - before[index]!.height), `${label}: ${before[index]!.height}px static, ${after.height}px upgraded`).to.be.lessThan(1);
      expect(Math.abs(after.width - before[index]!.width), `${label}: width`).to.be.lessThan(1);
    }
  });
});

/**
 * The self-assessment's static HTML is a checklist to print and fill in by hand; with the script it
 * upgrades into the form, which is taller by design (docs/self-assessment.md), so no height is
 * compared: the same criteria, in the same order, and the route to help, before and after.
 */
describe('static HTML for <shg-self-assessment>', () => {
  const container = document.createElement('div');
  const criteria = (root: ParentNode) => [...root.querySelectorAll('li[data-criterion]')].map((li) => li.getAttribute('data-criterion'));

  before(async () => {
    expect(customElements.get('shg-self-assessment'), 'must be placed before the element is defined').to.equal(undefined);
    await loadStaticCss();
    container.style.width = '800px';
    // Test code placing server output, exactly as a CMS would; shipped code never does this.
    container.innerHTML = await (await fetch('/__static/shg-self-assessment?framework=policy&heading-level=3')).text();
    document.body.append(container);
  });

  after(() => container.remove());

  it('is a checklist on screen before any script runs: every criterion, no form controls, a visible call to 999', () => {
    expect(criteria(container)).to.have.length.greaterThan(5);
    expect(container.querySelector('input, textarea, select, button'), 'no control that would do nothing').to.equal(null);
    const call999 = container.querySelector<HTMLAnchorElement>('a[href="tel:999"]')!;
    expect(call999.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('upgrades into the form with the same criteria in the same order, and hides the checklist', async () => {
    const written = criteria(container);
    const checklist = container.querySelector('shg-self-assessment > section')!;
    await import('../../src/elements/self-assessment/define.js');
    const el = container.querySelector('shg-self-assessment') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const form = el.shadowRoot!;
    expect(criteria(form)).to.deep.equal(written);
    expect(form.querySelectorAll('input[type="radio"][value="met"]').length).to.equal(written.length);
    expect(form.querySelector('#heading')!.localName, 'heading-level is kept').to.equal('h3');
    expect(form.querySelector<HTMLAnchorElement>('a[href="tel:999"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(checklist.getBoundingClientRect().height, 'the checklist is the no-JavaScript fallback only').to.equal(0);
  });
});
