/**
 * A Welsh static snippet (renderToHTML with lang="cy") is Welsh before any script runs, and the
 * element it upgrades into waits behind it for the Welsh: the reader never sees English, nor a
 * moment with nothing on screen. The page moves by the notice's toggle at most: the static notice
 * has none (no script to switch languages), and where the live one does not fit on the notice's
 * line (Firefox and WebKit at this width) it adds one.
 */
import { expect } from '@open-wc/testing';
import { loadStaticCss, normalise } from '../helpers/static-snippet.js';

const SNIPPETS = {
  'shg-help-panel': 'lang=cy&nation=wales',
  'shg-guidance': 'lang=cy&setting=emergency-department&audience=person',
} as const;
type Tag = keyof typeof SNIPPETS;
const TAGS = Object.keys(SNIPPETS) as Tag[];

/** The static notice has no toggle (no script to switch languages); the live one adds it. */
const withoutToggle = (root: ParentNode) => {
  const copy = document.createElement('div');
  for (const node of root.childNodes) copy.append(node.cloneNode(true));
  copy.querySelector('[part="translation-toggle"]')?.remove();
  return normalise(copy.textContent ?? '');
};

/** Every state each element's shadow root passes through, recorded as it changes. */
const states = new Map<Tag, string[]>();

describe('a Welsh static snippet and the element it upgrades into', () => {
  const hosts = new Map<Tag, HTMLElement & { updateComplete: Promise<unknown> }>();
  const staticState = new Map<Tag, { text: string; height: number; notice: number }>();

  before(async () => {
    for (const tag of TAGS) expect(customElements.get(tag), `${tag} must not be defined yet`).to.equal(undefined);
    await loadStaticCss();
    for (const tag of TAGS) {
      const container = document.createElement('div');
      container.style.width = '600px';
      // Test code placing server output, exactly as a CMS would; shipped code never does this.
      container.innerHTML = await (await fetch(`/__static/${tag}?${SNIPPETS[tag]}`)).text();
      document.body.append(container);
      const host = container.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      hosts.set(tag, host);
      const notice = host.querySelector('[part="translation-notice"]')!.getBoundingClientRect().height;
      staticState.set(tag, { text: normalise(host.textContent!), height: host.getBoundingClientRect().height, notice });
    }
    // Watch each shadow root from the moment it is attached, so no render goes unseen.
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      const tag = this.localName as Tag;
      const seen: string[] = [];
      states.set(tag, seen);
      new MutationObserver(() => {
        const slot = root.querySelector('slot');
        const height = this.getBoundingClientRect().height;
        seen.push(`${slot ? 'slot' : normalise(root.querySelector('h2')?.textContent ?? '')} ${height > 0 ? 'visible' : 'EMPTY'}`);
      }).observe(root, { childList: true, subtree: true, characterData: true });
      return root;
    };
  });

  it('is Welsh before any script runs, with the unreviewed notice and no inert button', () => {
    for (const tag of TAGS) {
      const host = hosts.get(tag)!;
      expect(host.querySelector('[part~="base"]')!.getAttribute('lang'), tag).to.equal('cy');
      expect(host.querySelector('h2')!.textContent, tag).to.match(/^(Mynnwch help nawr|Sut olwg sydd ar help da)/);
      expect(host.querySelector('a[href="tel:999"]'), tag).to.exist;
      expect(host.querySelector('[part="translation-notice"]')!.textContent, tag).to.contain("Nid yw'r cyfieithiad hwn wedi'i adolygu eto");
      expect(host.querySelector('button'), `${tag}: a button with no script behind it`).to.equal(null);
    }
  });

  it('upgrades straight to Welsh: no English, no empty moment, the same text, moved by the toggle at most', async () => {
    await Promise.all([import('../../src/elements/help-panel/define.js'), import('../../src/elements/guidance/define.js')]);
    for (const tag of TAGS) {
      const host = hosts.get(tag)!;
      const deadline = performance.now() + 5000;
      while (host.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') !== 'cy') {
        if (performance.now() > deadline) throw new Error(`${tag} did not render in Welsh`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await host.updateComplete;
      const seen = states.get(tag)!;
      expect(seen.filter((state) => state.endsWith('EMPTY')), `${tag}: ${seen.join(' | ')}`).to.deep.equal([]);
      expect(seen.filter((state) => /Get help now|What good/.test(state)), `${tag} showed English: ${seen.join(' | ')}`).to.deep.equal([]);
      expect(withoutToggle(host.shadowRoot!), tag).to.equal(staticState.get(tag)!.text);
      // Only the notice may change height, and by one line (the toggle's) at most.
      const was = staticState.get(tag)!;
      const grew = host.getBoundingClientRect().height - was.height;
      const noticeGrew = host.shadowRoot!.querySelector('[part="translation-notice"]')!.getBoundingClientRect().height - was.notice;
      const toggle = host.shadowRoot!.querySelector('[part="translation-toggle"]')!.getBoundingClientRect().height;
      expect(Math.abs(grew - noticeGrew), `${tag}: grew ${grew}px, its notice ${noticeGrew}px`).to.be.lessThan(1);
      expect(noticeGrew, `${tag}: the notice grew ${noticeGrew}px; the toggle is ${toggle}px`).to.be.within(-1, toggle * 1.5);
    }
  });
});
