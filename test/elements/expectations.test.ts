import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/expectations/define.js';
import type { ShgExpectations } from '../../src/elements/expectations/expectations.js';
import { SETTING_IDS, getItem, getStatement } from '../../src/core/statement.js';
import { expectationsFixtures } from '../fixtures/expectations.fixtures.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { consoleErrors } from '../helpers/console.js';

async function render(markup: string): Promise<ShgExpectations> {
  const el = await fixture<ShgExpectations>(markup);
  await el.updateComplete;
  return el;
}

const root = (el: ShgExpectations) => el.shadowRoot!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const items = (el: ShgExpectations) => [...root(el).querySelectorAll<HTMLLIElement>('ol.expectations > li')];
const allDetails = (el: ShgExpectations) => [...root(el).querySelectorAll('details')];
const digits = (s: string) => s.replace(/[^0-9]/g, '');
const OUTCOMES = getStatement().outcomes.items;


describe('<shg-expectations>', () => {
  describe('accessibility', function () {
    // axe runs five times on the largest fixtures (60-odd items); two shared cores can need more than mocha's 5 s.
    this.timeout(30_000);
    for (const { name, html: markup } of expectationsFixtures) {
      it(`${name}: has no axe violations at 1280px and 320px, with forced colours, reduced motion and dark scheme`, async () => {
        const el = await render(markup);
        const run = await expectAccessibleEverywhere(el, () => el.updateComplete);
        expect(run.conditions.length).to.be.greaterThanOrEqual(2);
      });

      it(`${name}: has no axe violations with every "What the statement says" open`, async () => {
        const el = await render(markup);
        for (const details of allDetails(el)) details.open = true;
        await expect(el).to.be.accessible();
      });
    }

    it('names itself by its heading; the route to help by a heading one level below', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      expect(root(el).querySelector('section[part~="base"]')!.getAttribute('aria-labelledby')).to.equal('heading');
      const h = root(el).getElementById('heading')!;
      expect(h.tagName).to.equal('H2');
      expect(text(h)).to.equal('What you can expect when you ask for help');
      const help = root(el).querySelector('section.help-route')!;
      expect(help.getAttribute('aria-labelledby')).to.equal('get-help');
      expect(root(el).getElementById('get-help')!.tagName).to.equal('H3');
      expect(text(root(el).getElementById('get-help')!)).to.equal('Get help now');
      expect([...root(el).querySelectorAll('h2, h3, h4, h5, h6')].length).to.equal(2);
    });

    it('starts at the heading level the host asks for', async () => {
      const el = await render('<shg-expectations heading-level="5"></shg-expectations>');
      expect(root(el).getElementById('heading')!.tagName).to.equal('H5');
      expect(root(el).getElementById('get-help')!.tagName).to.equal('H6');
    });

    it('names each "What the statement says" with its outcome number', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      const names = items(el).map((li) => text(li.querySelector('details > summary')!));
      expect(names).to.deep.equal(OUTCOMES.map((o) => `What the statement says, outcome ${o.number}`));
    });

    it('opens "What the statement says" with Enter and with Space, from the keyboard', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      const [first, second] = items(el).map((li) => li.querySelector('details')!);
      first!.querySelector('summary')!.focus();
      expect(root(el).activeElement).to.equal(first!.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      expect(first!.open).to.equal(true);
      second!.querySelector('summary')!.focus();
      await sendKeys({ press: ' ' });
      expect(second!.open).to.equal(true);
      expect(text(second!.querySelector('blockquote')!)).to.equal(OUTCOMES[1]!.source.quote);
    });

    it('reaches every link by keyboard: none is hidden in a closed section', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('section.help-route a')];
      expect(links.length).to.equal(3);
      for (const link of links) {
        link.focus();
        expect(root(el).activeElement).to.equal(link);
      }
    });
  });

  describe('what it shows', () => {
    it('shows all 12 outcomes in plain words, in order, numbered as the statement numbers them', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      expect(items(el)).to.have.length(12);
      expect(items(el).map((li) => text(li.querySelector('.plain')!))).to.deep.equal(OUTCOMES.map((o) => o.plain));
      expect(items(el).map((li) => li.value)).to.deep.equal(OUTCOMES.map((o) => o.number));
      expect(text(root(el).querySelector('[part="intro"]')!)).to.equal(
        'When you ask for help, or tell someone about self-harm, and get the right response:',
      );
    });

    it('gives what the statement says verbatim, with its source, for every outcome', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      const quotes = [...root(el).querySelectorAll<HTMLElement>('blockquote.quote[data-item]')];
      expect(quotes).to.have.length(13);
      for (const quote of quotes) {
        const entry = getItem(quote.dataset.item!)!;
        expect(quote.textContent, quote.dataset.item).to.equal(entry.item.source.quote);
      }
      const body = text(items(el)[0]!.querySelector('.source-body')!);
      expect(body).to.equal(
        'Document: The Integrated Quality Statement for Self-Harm. Welsh Government. Section: Outcomes ' +
          'It completes the sentence: If a person who self-harms seeks help, or discloses self-harm, and receives the right response, they will: ' +
          "feel that they've been heard, seen, and understood",
      );
    });

    it('keeps hope visible, in the statement\'s own words', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      const hope = root(el).querySelector('figure.hope')!;
      expect(hope.closest('details')).to.equal(null);
      expect(text(hope.querySelector('blockquote')!)).to.contain('Most people who self-harm do not go on to die by suicide.');
      expect(text(hope.querySelector('.hope-source')!)).to.equal('The Integrated Quality Statement for Self-Harm, Understanding self-harm.');
    });

    it('ends with a route to help built from the services data: 999, 111 press 2, Samaritans', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      const base = root(el).querySelector('section[part~="base"]')!;
      const help = root(el).querySelector<HTMLElement>('section.help-route')!;
      expect([...base.children].indexOf(help)).to.be.greaterThan([...base.children].indexOf(root(el).querySelector('ol.expectations')!));
      const links = [...help.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:111', 'tel:116123']);
      for (const a of links) expect(digits(a.textContent!)).to.equal(digits(a.getAttribute('href')!));
      expect([...help.querySelectorAll('li')].map((li) => text(li))).to.deep.equal([
        'If a life is at risk now: Call 999.',
        'Urgent help in Wales: Call 111 and press 2. Free. Open 24 hours, every day.',
        'To talk to someone now: Call Samaritans: 116 123. Free. Open 24 hours, every day.',
      ]);
    });

    it('speaks to carers about the person they care for', async () => {
      const el = await render('<shg-expectations audience="carer"></shg-expectations>');
      expect(text(root(el).getElementById('heading')!)).to.equal('What the person you care for can expect');
      expect(text(root(el).querySelector('.carer-note')!)).to.equal('Each point is written to the person you care for.');
      expect(items(el)).to.have.length(12);
    });

    it('leaves out the outcome that does not apply where urgent medical treatment is given', async () => {
      const el = await render('<shg-expectations setting="emergency-department"></shg-expectations>');
      expect(items(el).map((li) => li.dataset.item)).not.to.include('iqs.outcome.9');
      expect(items(el)).to.have.length(11);
    });

    it('names the Integrated Quality Statement (Welsh Government) as its source', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      expect(text(root(el).querySelector('[part="attribution"]')!)).to.equal('Source: The Integrated Quality Statement for Self-Harm, Welsh Government.');
    });

    it('re-renders when an attribute changes', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      el.setAttribute('audience', 'carer');
      await el.updateComplete;
      expect(text(root(el).getElementById('heading')!)).to.equal('What the person you care for can expect');
      el.setting = 'ambulance';
      await el.updateComplete;
      expect(items(el)).to.have.length(11);
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      expect(root(el).getElementById('heading')!.tagName).to.equal('H4');
    });
  });

  describe('printing', () => {
    it('opens every "What the statement says" on beforeprint and restores them on afterprint', async () => {
      const el = await render('<shg-expectations></shg-expectations>');
      const details = allDetails(el);
      expect(details).to.have.length(12);
      details[3]!.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect(details.every((d) => d.open)).to.equal(true);
      expect(details[0]!.querySelector('blockquote')!.getBoundingClientRect().height).to.be.greaterThan(0);
      window.dispatchEvent(new Event('afterprint'));
      expect(details.map((d) => d.open)).to.deep.equal(details.map((_, i) => i === 3));
    });
  });

  describe('bad input: one clear console message, and the safe fallback', () => {
    for (const audience of ['professional', 'parent']) {
      it(`audience "${audience}" shows what a person can expect, and says why once`, async () => {
        let el!: ShgExpectations;
        const errors = await consoleErrors(async () => {
          el = await render(`<shg-expectations audience="${audience}"></shg-expectations>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(errors).to.deep.equal([
          `<shg-expectations>: audience "${audience}" is not known here. Use one of: person, carer. Showing what a person can expect.`,
        ]);
        expect(text(root(el).getElementById('heading')!)).to.equal('What you can expect when you ask for help');
        expect(items(el)).to.have.length(12);
        expect([...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include.members(['tel:999', 'tel:116123']);
      });
    }

    it('an unknown setting shows all 12 outcomes, for any service, never another setting, naming the valid settings, once', async () => {
      let el!: ShgExpectations;
      const errors = await consoleErrors(async () => (el = await render('<shg-expectations setting="school"></shg-expectations>')));
      expect(errors).to.deep.equal([
        `<shg-expectations>: Unknown setting "school". Use one of: ${[...SETTING_IDS, 'any-service'].join(', ')}. Showing the outcomes for any service responding to self-harm.`,
      ]);
      expect(items(el)).to.have.length(12);
    });

    it('a bad heading-level falls back to 2', async () => {
      let el!: ShgExpectations;
      const errors = await consoleErrors(async () => (el = await render('<shg-expectations heading-level="two"></shg-expectations>')));
      expect(errors).to.deep.equal(['<shg-expectations>: heading-level "two" must be a whole number from 2 to 6. Using 2.']);
      expect(root(el).getElementById('heading')!.tagName).to.equal('H2');
    });
  });
});
