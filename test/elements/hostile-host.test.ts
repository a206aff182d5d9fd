/**
 * What a careless or hostile host page does to the elements, and what they withstand.
 * (Pages under a strict policy are in test/pages/; what cannot be defended is in docs/security.md.)
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/elements/self-assessment/define.js';
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

/**
 * Whether the help panel's stylesheets apply where it is now: the emergency tier's 6px edge (the
 * panel's own sheet), the border-box sizing every element shares (base.styles.ts) and the panel's
 * border (panelStyles). (The urgency words it once hid are visible now, issue 15: no hidden words.)
 */
function panelStyled(el: Element): { edge: string; sizing: string; border: string } {
  const view = el.ownerDocument.defaultView!;
  const root = el.shadowRoot!;
  const base = view.getComputedStyle(root.querySelector('.base')!);
  return {
    edge: view.getComputedStyle(root.querySelector('.tier[data-urgency="emergency"]')!).borderLeftWidth,
    sizing: base.boxSizing,
    border: base.borderTopWidth,
  };
}

const STYLED = { edge: '6px', sizing: 'border-box', border: '1px' };

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
      `self-harm-guidance: another script defined <${tag}> first, so this library cannot show it (it adds routes to help where one shows none). Remove that definition, or load this script first.`,
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

describe('legibility against the host page’s CSS', () => {
  const TAGS = ['shg-help-panel', 'shg-guidance', 'shg-expectations', 'shg-statement', 'shg-quick-exit', 'shg-self-assessment', 'shg-action-plan'] as const;

  /** What each element must keep legible: its route to 999 and the words saying a line is open 24/7, or quick exit's way out and help. */
  const KEY_TEXT: Record<(typeof TAGS)[number], string[]> = {
    'shg-help-panel': ['a[href="tel:999"]', '[data-channel] .meta', '[part~="intro"]'],
    'shg-guidance': ['a[href="tel:999"]', '.help-meta'],
    'shg-expectations': ['a[href="tel:999"]', '.help-meta'],
    'shg-statement': ['a[href="tel:999"]', '.help-meta'],
    'shg-quick-exit': ['.button .label', 'summary'],
    'shg-self-assessment': ['a[href="tel:999"]', '.help-meta'],
    'shg-action-plan': ['a[href="tel:999"]', '.help-meta'],
  };

  /** The page around the element, and a rule that hits the element itself. */
  const HOSTS: readonly { name: string; wrapper: string; rule?: string }[] = [
    { name: 'a dark page without color-scheme', wrapper: 'background: #000; color: #fff' },
    { name: 'a dark masthead with the page’s dark text', wrapper: 'background: #1d3557; color: #0b0c0c' },
    { name: 'white text on white', wrapper: 'background: #fff; color: #fff' },
    { name: 'transparent text inherited', wrapper: 'color: transparent' },
    { name: 'visibility: hidden on the element', wrapper: '', rule: 'visibility: hidden' },
    { name: 'font-size: 0 on the element', wrapper: '', rule: 'font-size: 0' },
    { name: '--shg-line-height: 0', wrapper: '', rule: '--shg-line-height: 0' },
    { name: 'transparent text and a zero line height set on the element', wrapper: '', rule: 'color: transparent; line-height: 0; -webkit-text-fill-color: transparent' },
  ];

  const rgba = (color: string): number[] => {
    const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
    return [r, g, b, color.startsWith('rgba') || color.includes('/') ? a : 1];
  };
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const contrast = (a: number[], b: number[]) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  /** The first opaque background behind `node`, through shadow roots (the page's white where there is none). */
  function backgroundBehind(node: Element): number[] {
    for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
      const color = rgba(getComputedStyle(at).backgroundColor);
      if (color[3]! > 0.9) return color;
    }
    return [255, 255, 255, 1];
  }

  for (const tag of TAGS) {
    for (const host of HOSTS) {
      it(`${tag}: ${host.name}: its route to help stays visible, sized and readable (4.5:1)`, async () => {
        const style = document.createElement('style');
        style.textContent = `.hostile-host ${tag} { ${host.rule ?? ''} }`;
        document.head.append(style);
        try {
          const wrapper = await fixture(`<div class="hostile-host" style="${host.wrapper}; padding: 1rem"><${tag}></${tag}></div>`);
          const el = wrapper.querySelector<Updatable>(tag)!;
          await el.updateComplete;
          for (const selector of KEY_TEXT[tag]) {
            const node = el.shadowRoot!.querySelector(selector);
            expect(node, selector).to.exist;
            const computed = getComputedStyle(node!);
            const fontSize = parseFloat(computed.fontSize);
            expect(computed.visibility, `${selector} visibility`).to.equal('visible');
            expect(fontSize, `${selector} font size`).to.be.at.least(12);
            if (computed.lineHeight !== 'normal') expect(parseFloat(computed.lineHeight), `${selector} line height`).to.be.at.least(fontSize);
            const text = rgba(computed.color);
            expect(text[3], `${selector} colour is opaque`).to.equal(1);
            const fill = (computed as CSSStyleDeclaration & { webkitTextFillColor?: string }).webkitTextFillColor;
            if (fill) expect(rgba(fill)[3], `${selector} text fill is opaque`).to.equal(1);
            expect(contrast(text, backgroundBehind(node!)), `${selector} contrast`).to.be.at.least(4.5);
          }
        } finally {
          style.remove();
        }
      });
    }
  }
});

describe('a page with hundreds of help panels', () => {
  it('renders them in turns, so the page gets a turn before the last one: every panel shows 999, in page order', async () => {
    const wrapper = await fixture('<div></div>');
    const count = 200;
    const rendered: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const panel = document.createElement('shg-help-panel') as Updatable;
      void panel.updateComplete.then(() => rendered.push(i));
      wrapper.append(panel);
    }
    // A task queued now, behind the panels' first renders: it must not wait for all of them.
    const renderedWhenThePageHadATurn = await new Promise<number>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(rendered.length);
      channel.port2.postMessage(undefined);
    });
    const panels = [...wrapper.querySelectorAll<Updatable>('shg-help-panel')];
    await Promise.all(panels.map((panel) => panel.updateComplete));
    expect(renderedWhenThePageHadATurn, 'panels rendered before the page had a turn').to.be.below(count);
    expect(rendered).to.deep.equal([...Array(count).keys()]);
    for (const panel of panels) expect(panel.shadowRoot!.querySelector('a[href="tel:999"]')).to.exist;
  });
});
