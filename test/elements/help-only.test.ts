// The stand-in the script-tag embed defines for a tag whose chunk could not load.
import { expect, fixture } from '@open-wc/testing';
import { helpOnlyElement } from '../../src/elements/shared/help-only.js';
import { defineElement } from '../../src/elements/shared/define.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { consoleErrors } from '../helpers/console.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

defineElement('test-help-only', helpOnlyElement('test-help-only'));
defineElement('test-help-only-two', helpOnlyElement('test-help-only-two'));

const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.textContent!.trim()}`);

describe('helpOnlyElement()', () => {
  it('shows 999, 111 press 2 and Samaritans under a labelled heading', async () => {
    const el = await fixture<Lit>('<test-help-only></test-help-only>');
    expect(links(el)).to.deep.equal(['tel:999 999', 'tel:111 111', 'tel:116123 116 123']);
    const section = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('Get help now');
    expect(el.shadowRoot!.textContent).to.contain('Open 24 hours, every day.');
  });

  it('keeps the heading level it was given, and reports a bad one once', async () => {
    const el = await fixture<Lit>('<test-help-only heading-level="4"></test-help-only>');
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    const errors = await consoleErrors(async () => {
      const bad = await fixture<Lit>('<test-help-only heading-level="9"></test-help-only>');
      expect(bad.shadowRoot!.querySelector('h2')).to.exist;
    });
    expect(errors.filter((e) => e.includes('<test-help-only>') && e.includes('heading-level'))).to.have.length(1);
  });

  it('makes a separate class for each tag, so one page can define several', () => {
    // customElements.define refuses a class already defined under another tag.
    const first = customElements.get('test-help-only');
    const second = customElements.get('test-help-only-two');
    expect(first).to.exist;
    expect(second).to.exist;
    expect(first).to.not.equal(second);
  });

  it('shows the route in Welsh on a Welsh page', async () => {
    const el = await fixture<Lit>('<div lang="cy"><test-help-only></test-help-only></div>');
    const inner = el.querySelector<Lit>('test-help-only')!;
    const deadline = performance.now() + 5000;
    while (!inner.shadowRoot!.textContent!.includes('Mynnwch help nawr') && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(inner.shadowRoot!.textContent).to.contain('Mynnwch help nawr');
    expect(links(inner)).to.include('tel:999 999');
  });

  it('has no axe violations', async function () {
    this.timeout(60_000);
    const el = await fixture<Lit>('<test-help-only></test-help-only>');
    await expectAccessibleEverywhere(el, () => el.updateComplete);
  });
});
