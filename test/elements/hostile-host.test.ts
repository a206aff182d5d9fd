/**
 * What a careless or hostile host page does to the elements, and what they withstand.
 * (Pages under a strict policy are in test/pages/; what cannot be defended is in docs/security.md.)
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import { defineElement } from '../../src/elements/shared/define.js';
import { helpOnlyElement } from '../../src/elements/shared/help-only.js';
import { consoleErrors } from '../helpers/console.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** A same-site frame with an empty document, as a host's print preview or widget frame would be. */
async function blankFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = '<!doctype html><html lang="en"><body></body></html>';
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Whether the help panel's own stylesheet applies where it is now: the emergency tier's 6px edge and the hidden urgency words. */
function panelStyled(el: Element): { edge: string; hiddenWords: string } {
  const view = el.ownerDocument.defaultView!;
  const root = el.shadowRoot!;
  return {
    edge: view.getComputedStyle(root.querySelector('.tier[data-urgency="emergency"]')!).borderLeftWidth,
    hiddenWords: view.getComputedStyle(root.querySelector('.visually-hidden')!).position,
  };
}

const STYLED = { edge: '6px', hiddenWords: 'absolute' };

describe('a host that moves an element to another document', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  for (const how of ['append', 'adoptNode'] as const) {
    it(`keeps its styles there and after it comes back (${how})`, async () => {
      frame = await blankFrame();
      const el = await fixture<Updatable>('<shg-help-panel></shg-help-panel>');
      expect(panelStyled(el)).to.deep.equal(STYLED);
      const other = frame.contentDocument!;
      other.body.append(how === 'adoptNode' ? other.adoptNode(el) : el);
      await el.updateComplete;
      expect(panelStyled(el), 'in the frame').to.deep.equal(STYLED);
      const home = document.createElement('div');
      document.body.append(home);
      home.append(how === 'adoptNode' ? document.adoptNode(el) : el);
      await el.updateComplete;
      expect(panelStyled(el), 'back home').to.deep.equal(STYLED);
      home.remove();
    });
  }

  it('is styled when it is first shown in the other document', async () => {
    frame = await blankFrame();
    const el = document.createElement('shg-help-panel') as Updatable;
    frame.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(panelStyled(el)).to.deep.equal(STYLED);
    expect(el.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
  });
});

describe('a tag another script defined first', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  const hrefs = (root: ParentNode | null) => [...(root?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));

  it('one console message, and each of its elements that shows no route to help gets one', async () => {
    const tag = 'shg-test-taken';
    customElements.define(tag, class extends HTMLElement {});
    const wrapper = await fixture(`<div><${tag}></${tag}><${tag}><p>Call <a href="tel:999">999</a>.</p></${tag}></div>`);
    const errors = await consoleErrors(async () => {
      defineElement(tag, helpOnlyElement(tag));
      await settle();
    });
    expect(errors).to.deep.equal([
      `self-harm-guidance: <${tag}> is already defined by another script on this page, so this library cannot show it. Where one shows no route to help, 999 and the other routes to help are shown in it instead. Remove the other definition of <${tag}>, or load this script first.`,
    ]);
    const [empty, withFallback] = wrapper.querySelectorAll(tag);
    expect(hrefs(empty!.shadowRoot)).to.include.members(['tel:999', 'tel:116123']);
    expect(empty!.shadowRoot!.textContent).to.contain('Open 24 hours, every day.');
    expect(withFallback!.shadowRoot, 'the host’s own fallback is left as it is').to.equal(null);
  });

  it('another copy of this library’s class: no message, the first class stays', async () => {
    const first = customElements.get('shg-help-panel');
    const errors = await consoleErrors(async () => {
      defineElement('shg-help-panel', helpOnlyElement('shg-help-panel'));
      await settle();
    });
    expect(errors).to.deep.equal([]);
    expect(customElements.get('shg-help-panel')).to.equal(first);
  });
});
