import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { LOCALE_WAIT_MS } from '../../src/elements/shared/locale.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { consoleErrors } from '../helpers/console.js';
import { forbiddenTermsIn, welshForbiddenTermsIn } from '../helpers/safe-messaging-terms.js';

const TAGS = ['shg-help-panel', 'shg-guidance', 'shg-expectations', 'shg-statement', 'shg-quick-exit'] as const;
type Tag = (typeof TAGS)[number];

const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]');
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadowText = (el: Element) => squash(el.shadowRoot!.textContent);

/** Resolves once `el` renders in `lang` (its base part carries the language it rendered in). */
async function renderedIn(el: Element, lang: 'en' | 'cy'): Promise<void> {
  const deadline = performance.now() + LOCALE_WAIT_MS;
  while (base(el)?.getAttribute('lang') !== lang) {
    if (performance.now() > deadline) throw new Error(`<${el.localName}> did not render in ${lang}; it shows lang=${base(el)?.getAttribute('lang')}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function welsh<T extends Element>(tag: Tag, attrs = ''): Promise<T> {
  const wrapper = await fixture(`<div lang="cy"><${tag} ${attrs}></${tag}></div>`);
  const el = wrapper.querySelector(tag) as unknown as T;
  await renderedIn(el, 'cy');
  return el;
}

describe('Welsh (cy)', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  describe('a Welsh page shows every element in Welsh with the authoritative terms', () => {
    it('shg-help-panel: Mynnwch help nawr, Ffoniwch 999, 111 a phwyso 2, Samariaid, Llinell Gymraeg', async () => {
      const el = await welsh('shg-help-panel');
      expect(squash(el.shadowRoot!.getElementById('heading')!.textContent)).to.equal('Mynnwch help nawr');
      const text = shadowText(el);
      for (const term of ['Ffoniwch 999', 'Ffoniwch 111 a phwyso 2', 'Samariaid', 'Llinell Gymraeg', 'Gwasanaethau brys']) expect(text).to.contain(term);
      expect(text).not.to.contain('Get help now');
    });

    it('shg-help-panel in Welsh offers the Welsh Language Line beside 116 123, in any nation, and Meic to young people in Wales', async () => {
      for (const nation of ['wales', 'england']) {
        const el = await welsh(`shg-help-panel`, `nation="${nation}"`);
        const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(hrefs, nation).to.include('tel:116123');
        expect(hrefs, nation).to.include('tel:08081640123');
      }
      const young = await welsh('shg-help-panel', 'age="young-person"');
      expect(shadowText(young)).to.contain('Meic');
      expect([...young.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('tel:08088023456');
    });

    it('an English panel in England does not add the Welsh Language Line', async () => {
      const el = await fixture(html`<shg-help-panel nation="england"></shg-help-panel>`);
      await renderedIn(el, 'en');
      expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.to.include('tel:08081640123');
    });

    it('shg-guidance: the six domains as diogel, amserol, effeithiol, effeithlon, teg, person-ganolog', async () => {
      const el = await welsh('shg-guidance', 'setting="emergency-department" audience="professional"');
      const domains = [...el.shadowRoot!.querySelectorAll('[data-section^="iqs.domain"] [part~="section-heading"]')].map((h) => squash(h.textContent));
      expect(domains).to.deep.equal(['Diogel', 'Amserol', 'Effeithiol', 'Effeithlon', 'Teg', 'Person-ganolog'].map((name) => `Maes ansawdd: ${name}`));
      expect(shadowText(el)).to.contain('Mynnwch help nawr');
    });

    it('shg-expectations: plain Welsh outcomes, with 111 a phwyso 2', async () => {
      const el = await welsh('shg-expectations');
      const plain = [...el.shadowRoot!.querySelectorAll('.plain')].map((p) => squash(p.textContent));
      expect(plain).to.have.length(12);
      expect(plain.join(' ')).to.contain('111 a phwyso 2');
      expect(shadowText(el)).to.contain('hunan-niw');
    });

    it('shg-statement: Welsh section headings and search in Welsh', async () => {
      const el = await welsh<HTMLElement & { query: string; updateComplete: Promise<unknown> }>('shg-statement');
      expect(squash(el.shadowRoot!.getElementById('section-outcomes')!.textContent)).to.equal('Canlyniadau');
      el.query = 'hunan-niwed';
      await el.updateComplete;
      const visible = [...el.shadowRoot!.querySelectorAll('.item:not([hidden]), .target:not([hidden])')];
      expect(visible.length).to.be.greaterThan(0);
      expect(squash(el.shadowRoot!.querySelector('[part~="search-status"]')!.textContent)).to.match(/^Mae \d+ eitem yn cyfateb$/);
    });

    it('shg-quick-exit: Gadael y dudalen hon', async () => {
      const el = await welsh('shg-quick-exit');
      expect(squash(el.shadowRoot!.querySelector('[part~="button"]')!.textContent)).to.equal('Gadael y dudalen hon');
    });

    for (const tag of TAGS) {
      it(`${tag} in Welsh: no axe violations`, async function () {
        // axe over the whole statement takes seconds on a busy 2-core machine, as in statement.test.ts.
        this.timeout(60_000);
        const el = await welsh<HTMLElement>(tag, tag === 'shg-guidance' ? 'audience="professional" setting="primary-care"' : '');
        await expectAccessibleEverywhere(el);
      });

      it(`${tag} in Welsh: no forbidden safe-messaging term, English or Welsh`, async () => {
        const el = await welsh(tag, tag === 'shg-guidance' ? 'audience="service-lead"' : '');
        const text = shadowText(el);
        expect(welshForbiddenTermsIn(text)).to.deep.equal([]);
        // Verbatim English quotes may carry a marked exception; everything else must pass.
        const words: string[] = [];
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (!node.parentElement?.closest('[lang="en"], style')) words.push(node.textContent ?? '');
        }
        const withoutQuotes = squash(words.join(' '));
        expect(forbiddenTermsIn(withoutQuotes)).to.deep.equal([]);
      });
    }
  });

  describe('no English inside a Welsh element', () => {
    /**
     * English words that are never Welsh. Outside a verbatim English quote (marked `lang="en"`),
     * any of them in a Welsh element is English the reader was not meant to get. Names in capitals
     * (NICE, CALL, SHOUT) are not words of either language, so are left alone.
     */
    const ENGLISH_WORDS = new Set(
      ('the and of to for with you your call press source section document outcome outcomes what this that from free open hours every ' +
        'start here why superseded replaced statement statements themes theme domain about children young people adults wording show ' +
        'original get now talk someone urgent emergency life risk text samaritans guidance looks good setting audience resources practice')
        .split(' '),
    );

    /**
     * English words in the text an element shows (and names it gives), outside quotes marked
     * English, each with the text it was found in. Addresses (jo@samaritans.org, meic.cymru) are
     * not words.
     */
    function englishWordsIn(el: Element): string[] {
      const texts: string[] = [];
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (!node.parentElement?.closest('blockquote[lang="en"], q[lang="en"], style')) texts.push(node.textContent ?? '');
      }
      for (const named of el.shadowRoot!.querySelectorAll('[aria-label], [title]')) texts.push(named.getAttribute('aria-label') ?? '', named.getAttribute('title') ?? '');
      const found = new Set<string>();
      for (const text of texts) {
        const words = squash(text).replace(/\S*[@.]\S*[a-z]\S*/g, ' ').split(/[^A-Za-z]+/);
        const english = words.filter((word) => word !== word.toUpperCase() && ENGLISH_WORDS.has(word.toLowerCase()));
        if (english.length) found.add(`${english.join(', ')}: "${squash(text).slice(0, 120)}"`);
      }
      return [...found];
    }

    it('finds the English words it looks for (the check itself)', async () => {
      const el = await fixture(html`<shg-guidance setting="pharmacy" audience="professional"></shg-guidance>`);
      await renderedIn(el, 'en');
      const found = englishWordsIn(el).join(' ');
      for (const word of ['Call', 'Source', 'Section']) expect(found).to.contain(word);
    });

    const variants: readonly [Tag, string][] = [
      ['shg-help-panel', ''],
      ['shg-help-panel', 'age="young-person"'],
      ['shg-help-panel', 'nation="england"'],
      ['shg-guidance', ''],
      ['shg-guidance', 'setting="primary-care" audience="professional" age="young-person"'],
      ['shg-guidance', 'setting="mental-health" audience="service-lead" age="adult"'],
      ['shg-guidance', 'setting="emergency-department" audience="carer" age="child"'],
      ['shg-guidance', 'setting="unknown-place" audience="professional"'],
      ['shg-expectations', ''],
      ['shg-expectations', 'audience="carer" setting="ambulance"'],
      ['shg-statement', 'expanded'],
      ['shg-quick-exit', ''],
    ];
    for (const [tag, attrs] of variants) {
      it(`${tag} ${attrs || '(defaults)'}: shows no English words, its sources and routes included`, async function () {
        this.timeout(30_000);
        const el = await welsh(tag, attrs);
        expect(englishWordsIn(el)).to.deep.equal([]);
      });
    }

    it('the short route to help in shg-guidance and shg-expectations is Welsh: Ffoniwch 999, 111 a phwyso 2, y Samariaid', async () => {
      for (const tag of ['shg-guidance', 'shg-expectations'] as const) {
        const el = await welsh(tag, tag === 'shg-guidance' ? 'age="child"' : '');
        const route = squash(el.shadowRoot!.querySelector('section.help-route')!.textContent);
        for (const words of ['Ffoniwch 999', 'Ffoniwch 111 a phwyso 2', 'Ffoniwch y Samariaid: 116 123']) expect(route, tag).to.contain(words);
        if (tag === 'shg-guidance') expect(route).to.contain('Ffoniwch Childline');
        expect(route, tag).not.to.match(/\bCall\b|press 2/);
      }
    });

    it('names a source’s section in Welsh: Adran: Canlyniadau, not Adran: Outcomes', async () => {
      const el = await welsh('shg-guidance', 'setting="pharmacy" audience="professional"');
      const section = el.shadowRoot!.querySelector('details.source[data-source-for="iqs.outcome.5"] .source-section')!;
      expect(squash(section.textContent)).to.equal('Adran: Canlyniadau');
    });
  });

  describe('mixed languages are marked', () => {
    it('English source quotes inside Welsh carry lang="en"', async () => {
      const el = await welsh('shg-expectations');
      const quotes = [...el.shadowRoot!.querySelectorAll('blockquote')];
      expect(quotes.length).to.be.greaterThan(0);
      for (const quote of quotes) expect(quote.getAttribute('lang'), quote.textContent!).to.equal('en');
      for (const stem of el.shadowRoot!.querySelectorAll('.stem q')) expect(stem.getAttribute('lang')).to.equal('en');
    });

    it('the unreviewed notice is in Welsh and its toggle shows the English original, marked lang="en", and back', async () => {
      const el = await welsh<HTMLElement & { updateComplete: Promise<unknown> }>('shg-guidance');
      const notice = () => el.shadowRoot!.querySelector('[part~="translation-notice"]')!;
      const toggle = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="translation-toggle"]')!;
      expect(notice().getAttribute('lang')).to.equal('cy');
      expect(squash(notice().textContent)).to.contain("Nid yw'r cyfieithiad hwn wedi'i adolygu eto");
      expect(toggle().getAttribute('aria-pressed')).to.equal('false');
      toggle().click();
      await el.updateComplete;
      expect(base(el)!.getAttribute('lang')).to.equal('en');
      expect(squash(el.shadowRoot!.getElementById('heading')!.textContent)).to.match(/^What good help looks like/);
      expect(notice().getAttribute('lang'), 'the notice stays Welsh').to.equal('cy');
      expect(toggle().getAttribute('aria-pressed')).to.equal('true');
      toggle().click();
      await el.updateComplete;
      expect(base(el)!.getAttribute('lang')).to.equal('cy');
    });

    it('the toggle is in the page’s font and at least 24px tall (WCAG 2.5.8), in every translated element', async () => {
      for (const tag of ['shg-help-panel', 'shg-guidance', 'shg-expectations', 'shg-statement'] as const) {
        const el = await welsh<HTMLElement>(tag);
        const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="translation-toggle"]')!;
        const box = toggle.getBoundingClientRect();
        expect(box.height, `${tag} toggle height`).to.be.at.least(24);
        expect(box.width, `${tag} toggle width`).to.be.at.least(24);
        expect(getComputedStyle(toggle).fontFamily, tag).to.equal(getComputedStyle(el).fontFamily);
        expect(getComputedStyle(toggle).fontSize, tag).to.equal(getComputedStyle(el).fontSize);
      }
    });

    it('an English element shows no translation notice', async () => {
      const el = await fixture(html`<shg-guidance></shg-guidance>`);
      await renderedIn(el, 'en');
      expect(el.shadowRoot!.querySelector('[part~="translation-notice"]')).to.equal(null);
    });
  });

  describe('choosing the language', () => {
    it("uses the element's own lang over its ancestors'", async () => {
      const wrapper = await fixture(`<div lang="cy"><shg-help-panel lang="en"></shg-help-panel></div>`);
      const el = wrapper.querySelector('shg-help-panel')!;
      await renderedIn(el, 'en');
      expect(squash(el.shadowRoot!.getElementById('heading')!.textContent)).to.equal('Get help now');
    });

    it('follows <html lang> when nothing nearer says, including cy-GB', async () => {
      document.documentElement.setAttribute('lang', 'cy-GB');
      const el = await fixture(html`<shg-quick-exit></shg-quick-exit>`);
      await renderedIn(el, 'cy');
    });

    it('finds lang across a shadow root', async () => {
      const host = await fixture(html`<div lang="cy"></div>`);
      const inner = host.attachShadow({ mode: 'open' });
      const el = document.createElement('shg-quick-exit');
      inner.append(el);
      await renderedIn(el, 'cy');
    });

    it('falls back to English for an unknown language, with one console message', async () => {
      let el!: Element;
      const errors = await consoleErrors(async () => {
        const wrapper = await fixture(`<div lang="xx-test"><shg-help-panel></shg-help-panel><shg-quick-exit></shg-quick-exit></div>`);
        el = wrapper.querySelector('shg-help-panel')!;
        await renderedIn(el, 'en');
      });
      expect(errors.filter((e) => e.includes('"xx-test"'))).to.have.length(1);
      expect(shadowText(el)).to.contain('999');
    });

    it('re-renders when lang changes at run time: on the page, on an ancestor, on the element', async () => {
      const wrapper = await fixture(`<div><shg-help-panel></shg-help-panel></div>`);
      const el = wrapper.querySelector('shg-help-panel')!;
      await renderedIn(el, 'en');
      document.documentElement.setAttribute('lang', 'cy');
      await renderedIn(el, 'cy');
      wrapper.setAttribute('lang', 'en');
      await renderedIn(el, 'en');
      el.setAttribute('lang', 'cy');
      await renderedIn(el, 'cy');
      expect(squash(el.shadowRoot!.getElementById('heading')!.textContent)).to.equal('Mynnwch help nawr');
      el.removeAttribute('lang');
      await renderedIn(el, 'en');
    });
  });
});
