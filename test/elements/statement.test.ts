import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/statement/define.js';
import type { ShgStatement } from '../../src/elements/statement/statement.js';
import { search } from '../../src/core/search.js';
import { getStatement } from '../../src/core/statement.js';
import { statementFixtures } from '../fixtures/statement.fixtures.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';

const STATEMENT = getStatement();
const SECTION_TITLES = [
  'Purpose',
  'Introduction',
  'Understanding self-harm',
  'Who is this for?',
  'Outcomes',
  'Domains',
  'Themes',
  'Strategies, guidance and legislation',
  'Development process',
];

async function render(markup: string): Promise<ShgStatement> {
  const el = await fixture<ShgStatement>(markup);
  await el.updateComplete;
  return el;
}

const root = (el: ShgStatement) => el.shadowRoot!;
const byId = (el: ShgStatement, id: string) => root(el).getElementById(id)!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const input = (el: ShgStatement) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const status = (el: ShgStatement) => root(el).querySelector<HTMLElement>('[role="status"]')!;
const sections = (el: ShgStatement) => [...root(el).querySelectorAll<HTMLDetailsElement>('details.section')];
const section = (el: ShgStatement, key: string) => root(el).querySelector<HTMLDetailsElement>(`details[data-section="${key}"]`)!;
/** Items a reader can see: rendered, and neither they nor a parent hidden. */
const visibleItemIds = (el: ShgStatement) =>
  [...root(el).querySelectorAll<HTMLElement>('.item')].filter((item) => !item.closest('[hidden]')).map((item) => item.id);
/** The statement items search() finds for `text`, as a set. */
const statementMatches = (text: string) => new Set(search(text).map((r) => r.entry.id).filter((id) => id.startsWith('iqs.')));

const ALL_ITEMS = [
  ...STATEMENT.outcomes.items,
  ...STATEMENT.domains.flatMap((d) => d.commitments),
  ...STATEMENT.themes.flatMap((t) => t.commitments),
];

/** Sets the page's hash for one test and always puts the address back, without a hashchange. */
async function withHash(hash: string, run: () => Promise<void>): Promise<void> {
  const before = location.href;
  try {
    location.hash = hash;
    await run();
  } finally {
    history.replaceState(history.state, '', before.split('#')[0]);
  }
}

describe('<shg-statement>', () => {
  describe('accessibility', () => {
    for (const { name, html: markup } of statementFixtures) {
      it(`${name}: has no axe violations at 1280px and 320px, with forced colours, reduced motion and dark scheme`, async function () {
        this.timeout(60_000);
        const el = await render(markup);
        const run = await expectAccessibleEverywhere(el, () => el.updateComplete);
        expect(run.conditions.length).to.be.greaterThanOrEqual(2);
      });
    }

    it('has no axe violations with a search typed in and with every source open', async function () {
      this.timeout(60_000);
      const el = await render('<shg-statement></shg-statement>');
      el.query = 'safe prescribing';
      await el.updateComplete;
      for (const details of root(el).querySelectorAll('details')) details.open = true;
      await expect(el).to.be.accessible();
    });

    it('names the statement by its title, with sections, domains and themes at the levels below', async () => {
      const el = await render('<shg-statement></shg-statement>');
      const base = root(el).querySelector('section[part~="base"]')!;
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      expect(byId(el, 'heading').tagName).to.equal('H2');
      expect(squash(byId(el, 'heading').textContent)).to.equal(STATEMENT.title);
      const summaries = sections(el).map((d) => d.querySelector(':scope > summary')!);
      expect(summaries.map((s) => squash(s.textContent))).to.deep.equal(SECTION_TITLES);
      for (const summary of summaries) expect(summary.firstElementChild!.tagName, summary.textContent!).to.equal('H3');
      const groups = [...root(el).querySelectorAll('section.group')];
      expect(groups.length).to.equal(6 + 6 + 5);
      for (const group of groups) expect(byId(el, group.getAttribute('aria-labelledby')!).tagName).to.equal('H4');
      const domainNames = [...section(el, 'domains').querySelectorAll('h4')].map((h) => h.textContent);
      expect(domainNames).to.deep.equal(['Safe', 'Timely', 'Effective', 'Efficient', 'Equitable', 'Person-centred']);
      // The route to help is never inside a closed section.
      const help = root(el).querySelector('[part~="help"]')!;
      expect(help.closest('details')).to.equal(null);
      expect(byId(el, help.getAttribute('aria-labelledby')!).tagName).to.equal('H3');
    });

    it('starts at the heading level the host asks for, and follows a change', async () => {
      const el = await render('<shg-statement heading-level="3"></shg-statement>');
      expect(byId(el, 'heading').tagName).to.equal('H3');
      expect(byId(el, 'section-outcomes').tagName).to.equal('H4');
      expect(byId(el, 'group-iqs.domain.safe').tagName).to.equal('H5');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(byId(el, 'heading').tagName).to.equal('H4');
      expect(byId(el, 'group-iqs.theme.workforce').tagName).to.equal('H6');
    });

    it('labels the search box, describes it by a polite status region, and names each source by its item', async () => {
      const el = await render('<shg-statement></shg-statement>');
      const box = input(el);
      expect(box.type).to.equal('search');
      expect(squash(box.labels![0]!.textContent)).to.equal('Search the statement');
      expect(box.closest('[role="search"]')).to.not.equal(null);
      expect(status(el).id).to.equal(box.getAttribute('aria-describedby'));
      expect(status(el).textContent!.trim()).to.equal('');
      const source = byId(el, 'iqs.domain.safe.3').querySelector('details.source > summary')!;
      expect(squash(source.textContent)).to.equal('Source, Safe 3');
    });

    it('keyboard: Tab reaches the search box, typing filters the items and the count is announced', async function () {
      this.timeout(20_000);
      const el = await render('<shg-statement></shg-statement>');
      root(el).querySelector<HTMLAnchorElement>('[part~="help"] a')!.focus();
      for (let i = 0; i < 10 && root(el).activeElement !== input(el); i += 1) await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(input(el));
      await sendKeys({ type: 'safe prescribing' });
      await el.updateComplete;
      expect(el.query).to.equal('safe prescribing');
      const expected = statementMatches('safe prescribing');
      expect(new Set(visibleItemIds(el))).to.deep.equal(new Set([...expected].filter((id) => id.startsWith('iqs.outcome.') || id.startsWith('iqs.domain.') || id.startsWith('iqs.theme.'))));
      expect(visibleItemIds(el).length).to.be.greaterThan(0);
      expect(section(el, 'outcomes').open).to.equal(true);
      await waitUntil(() => status(el).textContent!.trim() !== '', 'the count is announced');
      expect(status(el).textContent!.trim()).to.equal(expected.size === 1 ? '1 item matches' : `${expected.size} items match`);
    });

    it('keyboard: Enter on a section summary opens it', async () => {
      const el = await render('<shg-statement></shg-statement>');
      input(el).focus();
      await sendKeys({ press: 'Tab' });
      const summary = section(el, 'purpose').querySelector('summary')!;
      expect(root(el).activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => section(el, 'purpose').open, 'the section opens');
    });

    it('keyboard: following a deep link opens its section and moves focus to the item', async () => {
      const el = await render('<shg-statement></shg-statement>');
      expect(section(el, 'domains').open).to.equal(false);
      await withHash('#iqs.domain.safe.3', async () => {
        await waitUntil(() => root(el).activeElement?.id === 'iqs.domain.safe.3', 'the item takes focus');
        expect(section(el, 'domains').open).to.equal(true);
        const item = byId(el, 'iqs.domain.safe.3');
        expect(item.getAttribute('tabindex')).to.equal('-1');
        // The landing is outlined (an outline survives forced colours), until focus moves on.
        expect(getComputedStyle(item).outlineStyle).to.equal('solid');
        input(el).focus();
        expect(item.hasAttribute('data-landed')).to.equal(false);
      });
    });

    it('follows a deep link already in the address when it loads, even over a search', async () => {
      await withHash('#iqs.theme.leadership.2', async () => {
        const el = await render('<shg-statement query="xylophone"></shg-statement>');
        await waitUntil(() => root(el).activeElement?.id === 'iqs.theme.leadership.2', 'the item takes focus');
        expect(section(el, 'themes').open).to.equal(true);
        expect(el.query).to.equal('');
        expect(visibleItemIds(el)).to.include('iqs.theme.leadership.2');
      });
    });

    it('each item links to its own address, which the element then follows', async () => {
      const el = await render('<shg-statement expanded></shg-statement>');
      const anchor = byId(el, 'iqs.outcome.4').querySelector<HTMLAnchorElement>('a[part~="anchor"]')!;
      expect(anchor.getAttribute('href')).to.equal('#iqs.outcome.4');
      expect(anchor.textContent).to.equal('Outcome 4');
      await withHash('', async () => {
        anchor.click();
        await waitUntil(() => root(el).activeElement?.id === 'iqs.outcome.4', 'the item takes focus');
        expect(location.hash).to.equal('#iqs.outcome.4');
      });
    });
  });

  describe('content', () => {
    it('renders exactly 12 outcomes, 29 domain and 22 theme commitments: 63 items', async () => {
      const el = await render('<shg-statement></shg-statement>');
      const items = [...root(el).querySelectorAll('.item')];
      expect(items.length).to.equal(63);
      expect(section(el, 'outcomes').querySelectorAll('.item').length).to.equal(12);
      expect(section(el, 'domains').querySelectorAll('.item').length).to.equal(29);
      expect(section(el, 'themes').querySelectorAll('.item').length).to.equal(22);
      expect(items.map((item) => item.id)).to.deep.equal(ALL_ITEMS.map((item) => item.id));
    });

    it("shows every item's text verbatim, and its source quote", async () => {
      const el = await render('<shg-statement></shg-statement>');
      for (const item of ALL_ITEMS) {
        const li = byId(el, item.id);
        expect(li.querySelector('.text')!.textContent, item.id).to.equal(item.text);
        expect(li.querySelector('blockquote')!.textContent, item.id).to.equal(item.source.quote);
      }
    });

    it('renders the purpose, definition, who it is for, references and development process', async () => {
      const el = await render('<shg-statement></shg-statement>');
      for (const p of [...STATEMENT.purpose, ...STATEMENT.introduction, ...STATEMENT.understanding.paragraphs, ...STATEMENT.development.contributors]) {
        expect(byId(el, p.id).textContent, p.id).to.equal(p.text);
      }
      expect(squash(byId(el, 'iqs.definition').textContent)).to.contain(STATEMENT.understanding.definition.text);
      for (const group of STATEMENT.whoIsThisFor.professionalGroups) expect(byId(el, group.id).textContent).to.equal(group.text);
      for (const ref of STATEMENT.references.legislation) expect(squash(byId(el, ref.id).textContent)).to.equal(ref.title);
      const linked = byId(el, 'iqs.reference.guidance.5').querySelector('a')!;
      expect(linked.getAttribute('href')).to.equal('https://traumaframeworkcymru.com/');
    });

    it('always shows 999, 111 press 2 and Samaritans as links that dial what they show', async () => {
      const el = await render('<shg-statement></shg-statement>');
      const hrefs = [...root(el).querySelectorAll('[part~="help"] a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:999', 'tel:111', 'tel:116123']);
      expect(squash(root(el).querySelector('[part~="help"]')!.textContent)).to.contain('Call 111 and press 2');
    });
  });

  describe('search', () => {
    it('is case- and accent-insensitive', async () => {
      const el = await render('<shg-statement></shg-statement>');
      const seen: string[][] = [];
      for (const text of ['PERSON-CENTRED', 'person-centred', 'pérsön-céntred']) {
        el.query = text;
        await el.updateComplete;
        seen.push(visibleItemIds(el));
      }
      expect(seen[0]).to.deep.equal(seen[1]);
      expect(seen[0]).to.deep.equal(seen[2]);
      const personCentred = STATEMENT.domains.find((d) => d.key === 'person-centred')!.commitments.map((c) => c.id);
      expect(seen[0]).to.include.members(personCentred);
      // Only matching items show, and sections without a match are hidden.
      expect(seen[0]!.length).to.be.lessThan(63);
      expect(section(el, 'purpose').hidden).to.equal(!Array.from(statementMatches('person centred')).some((id) => id.startsWith('iqs.purpose.')));
    });

    it('finds "safe prescribing" among the outcomes and counts every match', async () => {
      const el = await render('<shg-statement query="safe prescribing"></shg-statement>');
      const outcome = STATEMENT.outcomes.items.find((o) => o.text.includes('safe prescribing'))!;
      expect(visibleItemIds(el)).to.include(outcome.id);
      expect(visibleItemIds(el)).to.not.include('iqs.outcome.1');
      const count = statementMatches('safe prescribing').size;
      expect(status(el).textContent!.trim()).to.equal(count === 1 ? '1 item matches' : `${count} items match`);
    });

    it('says "No results found" and shows no section when nothing matches, without moving the page', async () => {
      const el = await render('<shg-statement></shg-statement>');
      const before = status(el).getBoundingClientRect().height;
      el.query = 'xylophone';
      await el.updateComplete;
      expect(status(el).textContent!.trim()).to.equal('No results found');
      expect(status(el).getBoundingClientRect().height).to.equal(before);
      expect(sections(el).every((d) => d.hidden)).to.equal(true);
      expect(visibleItemIds(el)).to.deep.equal([]);
    });

    it('clearing the search restores the sections the reader had open', async () => {
      const el = await render('<shg-statement></shg-statement>');
      section(el, 'purpose').open = true;
      await waitUntil(() => section(el, 'purpose').open);
      await new Promise((r) => setTimeout(r, 50)); // let the toggle event land
      el.query = 'leadership';
      await el.updateComplete;
      expect(section(el, 'themes').open).to.equal(true);
      el.query = '';
      await el.updateComplete;
      expect(section(el, 'purpose').open).to.equal(true);
      expect(section(el, 'themes').open).to.equal(false);
      expect(visibleItemIds(el).length).to.equal(63);
      expect(status(el).textContent!.trim()).to.equal('');
    });
  });

  describe('deep links', () => {
    it('ignores an address that names no item: no error, no focus, nothing opened', async () => {
      const el = await render('<shg-statement></shg-statement>');
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        for (const hash of ['#iqs.domain.safe.99', '#main-content', '#%E0%A4%A']) {
          await withHash(hash, async () => {
            await new Promise((r) => setTimeout(r, 50));
            await el.updateComplete;
            expect(root(el).activeElement, hash).to.equal(null);
            expect(sections(el).some((d) => d.open), hash).to.equal(false);
          });
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('stops listening when removed from the page', async () => {
      const el = await render('<shg-statement></shg-statement>');
      el.remove();
      await withHash('#iqs.outcome.2', async () => {
        await new Promise((r) => setTimeout(r, 50));
        expect(section(el, 'outcomes').open).to.equal(false);
      });
    });
  });

  describe('attributes', () => {
    it('expanded opens every section, and removing it closes them', async () => {
      const el = await render('<shg-statement expanded></shg-statement>');
      expect(sections(el).every((d) => d.open)).to.equal(true);
      el.removeAttribute('expanded');
      await el.updateComplete;
      expect(sections(el).some((d) => d.open)).to.equal(false);
    });

    it('the query attribute starts a search, and changing it searches again', async () => {
      const el = await render('<shg-statement query="workforce"></shg-statement>');
      expect(input(el).value).to.equal('workforce');
      expect(visibleItemIds(el)).to.include('iqs.theme.workforce.1');
      el.setAttribute('query', 'timely');
      await el.updateComplete;
      expect(input(el).value).to.equal('timely');
      expect(visibleItemIds(el)).to.include('iqs.domain.timely.1');
      expect(visibleItemIds(el)).to.not.include('iqs.theme.workforce.1');
    });

    it('printing opens every section and source, then restores what the reader had open', async () => {
      const el = await render('<shg-statement></shg-statement>');
      window.dispatchEvent(new Event('beforeprint'));
      expect([...root(el).querySelectorAll('details')].every((d) => d.open)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect([...root(el).querySelectorAll('details')].some((d) => d.open)).to.equal(false);
      await new Promise((r) => setTimeout(r, 50));
      el.requestUpdate();
      await el.updateComplete;
      expect(sections(el).some((d) => d.open)).to.equal(false);
    });

    it('a bad heading-level falls back to 2 with one console message', async () => {
      const original = console.error;
      const seen: string[] = [];
      console.error = (...args: unknown[]) => seen.push(args.map(String).join(' '));
      try {
        const el = await render('<shg-statement heading-level="9"></shg-statement>');
        expect(byId(el, 'heading').tagName).to.equal('H2');
      } finally {
        console.error = original;
      }
      expect(seen).to.deep.equal(['<shg-statement>: heading-level "9" must be a whole number from 2 to 6. Using 2.']);
    });
  });
});
