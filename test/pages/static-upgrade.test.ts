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

describe('static HTML for <shg-quick-exit>', () => {
  let container: HTMLElement;

  before(async () => {
    expect(customElements.get('shg-quick-exit'), 'must be measured before the element is defined').to.equal(undefined);
    await loadStaticCss();
    container = document.createElement('div');
    // Test code placing server output, exactly as a CMS would; shipped code never does this.
    container.innerHTML = await (await fetch('/__static/shg-quick-exit?href=https://example.org/exit')).text();
    document.body.append(container);
  });

  after(() => container.remove());

  it('leaves without any script: a real link to the exit page, as large as the button', () => {
    const link = container.querySelector<HTMLAnchorElement>('shg-quick-exit a');
    expect(link!.href).to.equal('https://example.org/exit');
    expect(link!.relList.contains('noreferrer'), 'the exit page is not told where the reader was').to.equal(true);
    expect(link!.textContent!.trim()).to.equal('Exit this page');
    const box = link!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    expect(container.querySelector('button')).to.equal(null);
  });

  it('upgrades into the button in the same space (no layout shift)', async () => {
    const host = container.querySelector('shg-quick-exit') as HTMLElement & { updateComplete: Promise<unknown> };
    const before = host.getBoundingClientRect().height;
    await import('../../src/elements/quick-exit/define.js');
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('button')!.textContent).to.contain('Exit this page');
    const after = host.getBoundingClientRect().height;
    expect(Math.abs(after - before), `${before}px static, ${after}px upgraded`).to.be.lessThan(1);
  });
});
