/**
 * Static HTML through DOMPurify with its default settings, as a CMS runs it on pasted HTML: the
 * unknown `<shg-*>` wrapper goes, classes and `<details>` stay. Every snippet the configurator offers
 * (every element and option, English and Welsh) must read right with no CSS (the checks of
 * test/helpers/unstyled-lines.ts, which sanitize-html also passes in test/package/sanitisers.test.ts);
 * in a real layout, each number and its hours sit on lines of their own; and static.css, keyed on
 * the inner root that DOMPurify keeps, still styles the snippet as the element. Needs a build.
 */
import { expect } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import { domAdapter, readUnstyled, unstyledProblems } from '../helpers/unstyled-lines.js';
import { loadStaticCss } from '../helpers/static-snippet.js';

interface ConfiguratorData {
  readonly snippets: Record<string, { file: string }>;
}

const snippetHtml = async (file: string) => (await (await fetch(`/demo/${file}`)).json()) as string;
const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;

/** A page of its own with no stylesheet at all, holding `html` as its body. */
async function unstyledPage(html: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '600px';
  frame.style.height = '400px';
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  frame.srcdoc = '<!doctype html><html lang="en"><title>unstyled</title><body></body></html>';
  document.body.append(frame);
  await loaded;
  // Test code placing sanitised output, exactly as a CMS would; shipped code never does this.
  frame.contentDocument!.body.innerHTML = html;
  return frame.contentDocument!;
}

describe('static HTML through DOMPurify (default settings)', function () {
  this.timeout(60_000);
  let snippets: Record<string, { file: string }>;

  before(async () => {
    ({ snippets } = (await (await fetch('/demo/configurator-data.json')).json()) as ConfiguratorData);
  });

  it('reads right with no CSS, every snippet in English and Welsh: numbers dialled and visible, a line for each route and its hours, no hidden word that reads wrongly', async () => {
    const keys = Object.keys(snippets);
    for (const lang of ['en', 'cy']) expect(keys.filter((key) => key.includes(`lang=${lang}`)).length, lang).to.be.greaterThan(50);
    const problems: string[] = [];
    for (const [key, { file }] of Object.entries(snippets)) {
      const html = await snippetHtml(file);
      const clean = DOMPurify.sanitize(html, { RETURN_DOM: true });
      expect(clean.querySelector('[data-shg-static]'), `${key}: DOMPurify drops the wrapper`).to.equal(null);
      problems.push(...unstyledProblems(key, readUnstyled<Node>(parse(html), domAdapter), readUnstyled<Node>(clean, domAdapter)));
    }
    expect(problems).to.deep.equal([]);
  });

  // The self-assessment's checklist: the CLI and renderToHTML() give it, the configurator does not offer it.
  for (const query of ['framework=service&setting=mental-health', 'framework=policy&lang=cy']) {
    it(`reads right with no CSS: the self-assessment's checklist (${query}), every criterion kept`, async () => {
      const html = await (await fetch(`/__static/shg-self-assessment?${query}`)).text();
      const clean = DOMPurify.sanitize(html, { RETURN_DOM: true });
      expect(clean.querySelector('[data-shg-static]'), 'DOMPurify drops the wrapper').to.equal(null);
      expect(unstyledProblems(`shg-self-assessment?${query}`, readUnstyled<Node>(parse(html), domAdapter), readUnstyled<Node>(clean, domAdapter))).to.deep.equal([]);
      const criteria = (root: ParentNode) => [...root.querySelectorAll('[data-criterion]')].map((li) => li.getAttribute('data-criterion'));
      expect(criteria(clean)).to.have.length.greaterThan(5);
      expect(criteria(clean)).to.deep.equal(criteria(parse(html)));
    });
  }

  for (const query of ['nation=wales&lang=en', 'nation=scotland&age=adult&lang=cy']) {
    it(`lays each number and its hours on lines of their own with no CSS (help panel, ${query})`, async () => {
      const html = await (await fetch(`/__static/shg-help-panel?${query}`)).text();
      const page = await unstyledPage(DOMPurify.sanitize(html));
      const channels = [...page.querySelectorAll('li.channel')];
      expect(channels.length).to.be.greaterThan(5);
      for (const channel of channels) {
        const link = channel.querySelector('a')!.getBoundingClientRect();
        const meta = channel.querySelector('.meta')?.getBoundingClientRect();
        if (meta) expect(meta.top, channel.textContent!).to.be.at.least(link.bottom - 1);
      }
      // Tier headings: every word visible, none that reads wrongly.
      expect(page.querySelector('h3 .visually-hidden')).to.equal(null);
      page.defaultView!.frameElement!.remove();
    });
  }

  it('keeps the wrapper, so the script can still upgrade it, with the options docs/static-html.md gives', async () => {
    // The allow-list docs/static-html.md shows hosts: the element names and their attributes.
    const options = {
      CUSTOM_ELEMENT_HANDLING: {
        tagNameCheck: /^shg-(help-panel|guidance|expectations|statement|quick-exit|self-assessment)$/,
        attributeNameCheck: /^(nation|age|heading-level|setting|audience|href|sticky|expanded|query|framework)$/,
        allowCustomizedBuiltInElements: false,
      },
    };
    for (const [tag, query] of [
      ['shg-help-panel', 'nation=england&age=adult&heading-level=3&lang=cy'],
      ['shg-quick-exit', 'sticky=&href=https://example.org/'],
      ['shg-self-assessment', 'framework=service&setting=mental-health&heading-level=3'],
    ] as const) {
      const html = await (await fetch(`/__static/${tag}?${query}`)).text();
      const kept = DOMPurify.sanitize(html, { ...options, RETURN_DOM: true }).querySelector(tag);
      expect(kept, tag).to.exist;
      const written = parse(html).querySelector(tag)!;
      expect(kept!.getAttributeNames().sort(), tag).to.deep.equal(written.getAttributeNames().sort());
    }
  });

  describe('with static.css', () => {
    before(loadStaticCss);

    for (const [tag, query] of [
      ['shg-help-panel', 'nation=wales'],
      ['shg-guidance', 'setting=emergency-department&audience=professional&lang=cy'],
      ['shg-quick-exit', ''],
      ['shg-self-assessment', 'framework=policy'],
    ] as const) {
      it(`styles ${tag} as before once DOMPurify has taken its wrapper: same look, same height`, async () => {
        const html = await (await fetch(`/__static/${tag}?${query}`)).text();
        const box = (markup: string) => {
          const container = document.createElement('div');
          container.style.width = '600px';
          // Test code placing sanitised output, exactly as a CMS would; shipped code never does this.
          container.innerHTML = markup;
          document.body.append(container);
          return container;
        };
        const wrapped = box(html);
        const purified = box(DOMPurify.sanitize(html));
        expect(purified.querySelector(tag)).to.equal(null);
        const root = purified.querySelector(`.${tag}`)!;
        expect(root, `the inner root .${tag}`).to.exist;
        expect(Math.abs(purified.getBoundingClientRect().height - wrapped.getBoundingClientRect().height)).to.be.lessThan(1);
        if (tag === 'shg-help-panel') expect(getComputedStyle(root.querySelector('.tier')!).borderLeftWidth).to.equal('6px');
        if (tag === 'shg-guidance') expect(getComputedStyle(root.querySelector('summary > h3')!).display).to.equal('inline');
        if (tag === 'shg-quick-exit') expect(root.querySelector('a')!.getBoundingClientRect().height).to.be.at.least(44);
        wrapped.remove();
        purified.remove();
      });
    }
  });
});
