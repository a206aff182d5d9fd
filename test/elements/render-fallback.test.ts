import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/elements/self-assessment/define.js';
import { consoleErrors } from '../helpers/console.js';

const TAGS = ['shg-help-panel', 'shg-guidance', 'shg-expectations', 'shg-statement', 'shg-quick-exit', 'shg-self-assessment', 'shg-action-plan'] as const;

type Breakable = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };
const hrefs = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));

/** Makes a rendered element's next update throw where its own code runs: in `renderContent` or `willUpdate`. */
async function breakAndUpdate(el: Breakable, where: 'renderContent' | 'willUpdate'): Promise<string[]> {
  Object.defineProperty(el, where, {
    value: () => {
      throw new Error(`test: ${where} broke`);
    },
  });
  return consoleErrors(async () => {
    el.requestUpdate();
    await el.updateComplete.catch(() => undefined);
  });
}

describe('a render error inside an element', () => {
  for (const tag of TAGS) {
    for (const where of ['renderContent', 'willUpdate'] as const) {
      it(`${tag}: shows a static help block when rendering throws (in ${where})`, async () => {
        const el = await fixture<Breakable>(`<${tag}></${tag}>`);
        const errors = await breakAndUpdate(el, where);
        const help = el.shadowRoot!.querySelector('.fallback');
        expect(help, 'the fallback block').to.exist;
        // 999 and a free line open 24/7, built from the verified data like everywhere else.
        expect(hrefs(el)).to.include.members(['tel:999', 'tel:116123']);
        expect(el.shadowRoot!.textContent).to.contain('Open 24 hours, every day.');
        expect(errors.filter((e) => e.includes(`<${tag}>`) && e.includes('could not render'))).to.have.length(1);
        // Later updates leave the fallback alone rather than failing again.
        const again = await consoleErrors(async () => {
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(again).to.deep.equal([]);
        expect(hrefs(el)).to.include('tel:999');
      });
    }
  }

  it('shg-quick-exit: the fallback keeps the way out, a link to the exit page above the routes to help', async () => {
    const el = await fixture<Breakable>(`<shg-quick-exit href="https://example.org/exit"></shg-quick-exit>`);
    await breakAndUpdate(el, 'renderContent');
    const links = [...el.shadowRoot!.querySelectorAll('.fallback a')];
    expect(links[0]!.getAttribute('href')).to.equal('https://example.org/exit');
    expect(links[0]!.getAttribute('rel')).to.equal('noreferrer');
    expect(links[0]!.textContent!.trim()).to.equal('Exit this page');
    expect(hrefs(el)).to.include('tel:999');
  });

  it('the fallback is in the element’s language', async () => {
    const wrapper = await fixture(`<div lang="cy"><shg-guidance></shg-guidance></div>`);
    const el = wrapper.querySelector<Breakable>('shg-guidance')!;
    const deadline = performance.now() + 3000;
    while (el.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') !== 'cy' && performance.now() < deadline) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await breakAndUpdate(el, 'renderContent');
    expect(el.shadowRoot!.textContent).to.contain('Mynnwch help nawr');
    expect(hrefs(el)).to.include('tel:999');
  });
});
