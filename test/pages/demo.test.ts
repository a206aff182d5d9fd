/** The demo pages as a person sees them, loading the built dist/embed.js (`npm run build` writes them). */
import { expect } from '@open-wc/testing';
import { DEMO_PAGES } from '../../scripts/demo-pages.js';

function load(src: string, width = 1200): Promise<Document> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    iframe.style.width = `${width}px`;
    iframe.style.height = '800px';
    iframe.onload = () => resolve(iframe.contentDocument!);
    iframe.onerror = reject;
    iframe.src = src;
    document.body.append(iframe);
  });
}

async function rendered(doc: Document, selector: string): Promise<ShadowRoot> {
  const el = doc.querySelector(selector) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  expect(el, selector).to.exist;
  await doc.defaultView!.customElements.whenDefined(el!.localName);
  await el!.updateComplete;
  return el!.shadowRoot!;
}

describe('demo pages', function () {
  this.timeout(30_000);

  it('intranet: each team opens on its own start-here list, each sourced; CG133 only for the GP practice, marked superseded', async () => {
    const doc = await load('/demo/intranet.html');
    const settings = ['emergency-department', 'housing-homelessness', 'pharmacy', 'primary-care', 'education-youth'];
    const roots = await Promise.all(settings.map((setting) => rendered(doc, `shg-guidance[setting="${setting}"]`)));
    const text = (root: ShadowRoot) => root.textContent!.replace(/\s+/g, ' ');
    const startHere = (root: ShadowRoot) => {
      const first = root.querySelector<HTMLDetailsElement>('details.section')!;
      expect(first.dataset.section).to.equal('start-here');
      expect(first.open).to.equal(true);
      return [...first.querySelectorAll<HTMLElement>('li[data-item]')].map((li) => li.dataset.item).join(' ');
    };
    const lists = roots.map(startHere);
    expect(new Set(lists).size).to.equal(settings.length);
    const [ed, housing, pharmacy, gp, school] = roots as [ShadowRoot, ShadowRoot, ShadowRoot, ShadowRoot, ShadowRoot];
    expect(lists[0]!.split(' ')[0]).to.equal('iqs.outcome.4');
    expect(lists[2]!.split(' ')[0]).to.equal('iqs.outcome.5');
    expect(text(gp)).to.contain('Superseded');
    for (const root of [ed, housing, pharmacy, school]) expect(root.querySelector('[data-item^="nice.cg133"]')).to.equal(null);
    expect(school.querySelector('details[data-section="age"]')).to.exist;
    for (const root of roots) {
      expect(root.querySelectorAll('details[part~="source"]').length).to.be.greaterThan(10);
      expect(text(root)).to.contain('Integrated Quality Statement');
    }
  });

  it('intranet: the statement renders all 63 outcomes and commitments', async () => {
    const doc = await load('/demo/intranet.html');
    const statement = await rendered(doc, 'shg-statement');
    const ids = [...statement.querySelectorAll('[id^="iqs."]')].map((el) => el.id).filter((id) => /^iqs\.(outcome|domain|theme)\./.test(id));
    expect(new Set(ids).size).to.equal(63);
  });

  it('self-assessment: a service form for a mental health service and a policy check, with a way back to the demo home', async () => {
    const doc = await load('/demo/self-assessment.html');
    const service = await rendered(doc, 'shg-self-assessment[framework="service"]');
    const policy = await rendered(doc, 'shg-self-assessment[framework="policy"]');
    expect(service.querySelector<HTMLSelectElement>('#setting')!.value).to.equal('mental-health');
    expect(service.querySelectorAll('li.criterion').length).to.equal(71);
    expect(policy.querySelectorAll('li.criterion').length).to.equal(10);
    expect(doc.querySelector('a[href="./index.html"]')).to.exist;
  });

  it('charity site: the help panel renders with the host’s local service', async () => {
    const doc = await load('/demo/index.html');
    const panel = await rendered(doc, 'shg-help-panel');
    const hrefs = () => [...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    for (let i = 0; i < 100 && !hrefs().includes('tel:01632960000'); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(hrefs()).to.include.members(['tel:999', 'tel:111', 'tel:116123', 'tel:01632960000']);
  });

  it('action plan: the Gloucestershire plan, 32 actions in 9 outcomes, with its coverage and "3.1.7" as a missing link', async () => {
    const doc = await load('/demo/action-plan.html');
    const el = doc.querySelector('shg-action-plan')!;
    await doc.defaultView!.customElements.whenDefined('shg-action-plan');
    for (let i = 0; i < 200 && el.shadowRoot?.querySelectorAll('.action').length !== 32; i += 1) await new Promise((r) => setTimeout(r, 50));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.action').length).to.equal(32);
    expect(root.querySelectorAll('.outcome').length).to.equal(9);
    expect(root.querySelectorAll('.area').length).to.equal(5);
    expect(root.querySelector('details.coverage')).to.exist;
    expect(root.querySelector('#action-5\\.1\\.4 .missing')!.textContent).to.contain('3.1.7');
  });

  it('cy.html: a Welsh page whose elements are in Welsh, from the first paint (static HTML) to the upgraded elements', async () => {
    const doc = await load('/demo/cy.html');
    expect(doc.documentElement.lang).to.equal('cy');
    // Before any script: the static HTML the build wrote is Welsh already.
    const snippet = doc.querySelector('shg-help-panel h2')!;
    expect(snippet.textContent!.trim()).to.equal('Mynnwch help nawr');
    // Each element waits behind its Welsh static HTML until its own Welsh has loaded.
    const shown = async (selector: string, inside: string) => {
      const root = await rendered(doc, selector);
      for (let i = 0; i < 100 && !root.querySelector(inside); i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(root.querySelector(inside), `${selector} ${inside}`).to.exist;
      return root;
    };
    const panel = await shown('shg-help-panel', 'h2');
    expect(panel.querySelector('h2')!.textContent!.trim()).to.equal('Mynnwch help nawr');
    expect(panel.querySelector('[part~="translation-notice"]')).to.exist;
    expect([...panel.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members(['tel:999', 'tel:111', 'tel:116123', 'tel:08081640123']);
    const exit = await shown('shg-quick-exit', 'button');
    expect(exit.querySelector('button')!.textContent!.trim()).to.equal('Gadael y dudalen hon');
    const expectations = await shown('shg-expectations', '[part~="base"]');
    expect(expectations.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('cy');
  });

  it('every page shows one shared navigation that links to every other page, the configurator included', async () => {
    const files = DEMO_PAGES.map((page) => page.file);
    expect(files).to.include.members(['index.html', 'cy.html', 'intranet.html', 'variants.html', 'configurator.html']);
    for (const { file } of DEMO_PAGES) {
      const response = await fetch(`/demo/${file}`);
      expect(response.status, file).to.equal(200);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const navs = page.querySelectorAll('nav.demo-nav');
      expect(navs.length, `${file}: one shared navigation`).to.equal(1);
      const links = [...navs[0]!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href')), file).to.deep.equal(files.map((f) => `./${f}`));
      expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href')), file).to.deep.equal([`./${file}`]);
      expect(navs[0]!.getAttribute('aria-label'), file).to.be.a('string').and.not.empty;
    }
  });

  it('every page places each element as its static HTML, which the script upgrades (the embed that does not move the page)', async () => {
    for (const { file } of DEMO_PAGES) {
      const page = new DOMParser().parseFromString(await (await fetch(`/demo/${file}`)).text(), 'text/html');
      const elements = [...page.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('shg-'));
      expect(elements.length, file).to.be.greaterThan(0);
      expect(page.querySelector('link[rel="stylesheet"][href$="dist/static.css"]'), `${file} links static.css`).to.exist;
      // The exceptions: a fixture that shows a host's own fallback, written by hand; and the action
      // plan, which has no static HTML (its plan is the host's data; the benchmark's layout-shift
      // table holds its page to 0 too).
      const handWritten = elements.filter((el) => !el.hasAttribute('data-shg-static') && el.localName !== 'shg-action-plan');
      expect(handWritten.map((el) => `${el.localName}: ${el.innerHTML.trim()}`), file).to.deep.equal(
        file === 'variants.html' ? ['shg-quick-exit: <a href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a>'] : [],
      );
    }
  });

  // Each page, and what shows it is built (the configurator builds its form and preview by script).
  const READY: Record<string, string> = { configurator: '#element option', 'action-plan': 'shg-action-plan', 'self-assessment': 'shg-self-assessment' };
  for (const { file } of DEMO_PAGES) {
    const name = file.replace(/\.html$/, '');
    it(`${name}: fits a 320px screen without scrolling sideways (WCAG 1.4.10)`, async () => {
      const doc = await load(`/demo/${file}`, 320);
      const ready = READY[name] ?? '[data-shg-static]';
      for (let i = 0; i < 100 && !doc.querySelector(ready); i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(doc.querySelector(ready), ready).to.exist;
      // Every element, not only the first of each tag: the variants page has several action plans, each checked and drawn in its own time.
      const elements = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('shg-')) as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all(elements.map(async (el) => {
        await doc.defaultView!.customElements.whenDefined(el.localName);
        await el.updateComplete;
        for (let i = 0; i < 100 && el.shadowRoot!.textContent!.includes('Checking the plan'); i += 1) await new Promise((r) => setTimeout(r, 50));
        await el.updateComplete;
      }));
      // 320px less a classic scrollbar where the engine draws one (Firefox here).
      const { clientWidth, scrollWidth } = doc.documentElement;
      expect(clientWidth).to.be.within(300, 320);
      expect(scrollWidth, 'page width').to.be.at.most(clientWidth);
    });
  }
});
