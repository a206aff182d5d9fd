import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/guidance/define.js';
import type { ShgGuidance } from '../../src/elements/guidance/guidance.js';
import { guidanceFor } from '../../src/core/guidance.js';
import { AUDIENCE_IDS, SETTING_IDS, getItem } from '../../src/core/statement.js';
import { guidanceFixtures } from '../fixtures/guidance.fixtures.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { consoleErrors } from '../helpers/console.js';
import { digits, render, root, section, sectionItems, sections, text } from '../helpers/guidance-dom.js';

const allDetails = (el: ShgGuidance) => [...root(el).querySelectorAll('details')];
const itemIds = (el: ShgGuidance) => [...root(el).querySelectorAll<HTMLElement>('li[data-item]')].map((li) => li.dataset.item!);

describe('<shg-guidance>', () => {
  describe('accessibility', function () {
    // axe runs five times on the largest fixtures (60-odd items); two shared cores can need more than mocha's 5 s.
    this.timeout(30_000);
    for (const { name, html: markup } of guidanceFixtures) {
      it(`${name}: has no axe violations at 1280px and 320px, with forced colours, reduced motion and dark scheme`, async () => {
        const el = await render(markup);
        const run = await expectAccessibleEverywhere(el, () => el.updateComplete);
        expect(run.conditions.length).to.be.greaterThanOrEqual(2);
      });

      it(`${name}: has no axe violations with every section and source open`, async () => {
        const el = await render(markup);
        for (const details of allDetails(el)) details.open = true;
        await expect(el).to.be.accessible();
      });
    }

    it('names itself by its heading, and each section by a heading one level below inside its summary', async () => {
      const el = await render('<shg-guidance setting="emergency-department" audience="professional"></shg-guidance>');
      const base = root(el).querySelector('section[part~="base"]')!;
      expect(base.getAttribute('aria-labelledby')).to.equal('heading');
      const h = root(el).getElementById('heading')!;
      expect(h.tagName).to.equal('H2');
      expect(text(h)).to.equal('What good looks like: Emergency department');
      const summaries = sections(el).map((d) => d.querySelector(':scope > summary')!);
      expect(summaries.length).to.be.greaterThan(6);
      for (const summary of summaries) {
        const inner = summary.querySelector('h3')!;
        expect(inner, text(summary)).to.exist;
        expect(inner.id).to.equal(`section-${summary.parentElement!.dataset.section}`);
      }
      expect(summaries.map((s) => text(s))).to.deep.equal([
        'Start here: Emergency department',
        'Domain: Safe',
        'Domain: Timely',
        'Domain: Effective',
        'Domain: Efficient',
        'Domain: Equitable',
        'Domain: Person-centred',
        'Themes for front-line practice',
        'Outcomes for the person',
        'NICE quality standard (QS34)',
        'Resources for professionals',
      ]);
      const help = root(el).querySelector('section.help-route')!;
      expect(help.getAttribute('aria-labelledby')).to.equal('section-get-help');
      expect(root(el).getElementById('section-get-help')!.tagName).to.equal('H3');
    });

    it('names every source summary with its item, so screen readers do not hear a list of identical "Source"s', async () => {
      const el = await render('<shg-guidance setting="emergency-department" audience="professional"></shg-guidance>');
      const first = root(el).querySelector('details.source[data-source-for="iqs.domain.safe.1"] > summary')!;
      expect(text(first)).to.equal('Source, Safe 1');
      expect(getComputedStyle(first.querySelector('.visually-hidden')!).position).to.equal('absolute');
      const names = [...root(el).querySelectorAll('details.source > summary')].map((s) => text(s));
      expect(new Set(names).size).to.equal(names.length);
    });

    it('starts at the heading level the host asks for', async () => {
      const el = await render('<shg-guidance setting="criminal-justice" audience="professional" heading-level="4"></shg-guidance>');
      expect(root(el).getElementById('heading')!.tagName).to.equal('H4');
      for (const details of sections(el)) expect(details.querySelector('summary > h5'), details.dataset.section).to.exist;
      expect(root(el).getElementById('section-get-help')!.tagName).to.equal('H5');
    });

    it('opens a section with Enter and closes it with Space, from the keyboard', async () => {
      const el = await render('<shg-guidance setting="housing-homelessness" audience="professional"></shg-guidance>');
      const safe = section(el, 'iqs.domain.safe')!;
      expect(safe.open).to.equal(false);
      const summary = safe.querySelector('summary')!;
      summary.focus();
      expect(root(el).activeElement).to.equal(summary);
      await sendKeys({ press: 'Enter' });
      expect(safe.open).to.equal(true);
      await sendKeys({ press: ' ' });
      expect(safe.open).to.equal(false);
      // A source inside opens the same way.
      safe.open = true;
      const source = safe.querySelector<HTMLDetailsElement>('details.source')!;
      source.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(source.open).to.equal(true);
    });
  });

  describe('what it shows', () => {
    it('differs between settings: emergency department, housing, and a person', async () => {
      const ed = await render('<shg-guidance setting="emergency-department" audience="professional"></shg-guidance>');
      const housing = await render('<shg-guidance setting="housing-homelessness" audience="professional"></shg-guidance>');
      const person = await render('<shg-guidance setting="housing-homelessness" audience="person"></shg-guidance>');
      const [edText, housingText, personText] = [ed, housing, person].map((el) => text(root(el)));

      expect(edText).to.contain('What good looks like: Emergency department');
      expect(housingText).to.contain('What good looks like: Housing and homelessness');
      // Outcome 9 says "if not in a setting for urgent medical treatment": housing has it, ED does not.
      const outcome9 = getItem('iqs.outcome.9')!.item as { text: string };
      expect(housingText).to.contain(outcome9.text);
      expect(edText).not.to.contain(outcome9.text);
      expect(itemIds(ed)).not.to.include('iqs.outcome.9');
      // Current NICE (QS34) in both; the superseded CG133 points in neither: neither gives continuing care.
      expect(edText).to.contain('NICE quality standard (QS34)');
      expect(housingText).to.contain('NICE quality standard (QS34)');
      expect(edText).not.to.contain('NICE practice points');
      expect(housingText).not.to.contain('NICE practice points');
      // Each opens with its own start-here list.
      expect(sectionItems(ed, 'start-here')).not.to.deep.equal(sectionItems(housing, 'start-here'));
      expect(section(ed, 'start-here')!.open).to.equal(true);
      // The person reads plain words and no staff commitments.
      expect(personText).to.contain('What good help looks like: Housing and homelessness');
      expect(personText).to.contain('You should feel heard, seen and understood.');
      expect(personText).not.to.contain('Domain:');
      expect(personText).not.to.contain('Services responding to self-harm will:');
      expect(edText).not.to.contain('You should feel heard, seen and understood.');
      expect(new Set([edText, housingText, personText]).size).to.equal(3);
    });

    it('renders every item the core returns, in order, and nothing else', async () => {
      for (const query of [
        { setting: 'emergency-department', audience: 'professional' },
        { setting: 'education-youth', audience: 'service-lead' },
        { setting: 'ambulance', audience: 'carer' },
      ] as const) {
        const el = await render(`<shg-guidance setting="${query.setting}" audience="${query.audience}"></shg-guidance>`);
        const expected = guidanceFor(query).sections.flatMap((s) => ('items' in s ? s.items.map((i) => ('entry' in i ? i.entry.id : i.id)) : []));
        expect(itemIds(el), `${query.setting}/${query.audience}`).to.deep.equal(expected);
      }
    });

    it('quotes every source exactly as the content does', async () => {
      for (const markup of guidanceFixtures.map((f) => f.html)) {
        const el = await render(markup);
        const quotes = [...root(el).querySelectorAll<HTMLElement>('blockquote.quote[data-item]')];
        expect(quotes.length, markup).to.be.greaterThan(5);
        for (const quote of quotes) {
          const entry = getItem(quote.dataset.item!)!;
          expect(entry, quote.dataset.item).to.exist;
          expect(quote.textContent, quote.dataset.item).to.equal(entry.item.source.quote);
        }
        // Every item can show its source.
        for (const li of root(el).querySelectorAll<HTMLElement>('li[data-item]')) {
          expect(li.querySelector(`details.source[data-source-for="${li.dataset.item}"]`), li.dataset.item).to.exist;
        }
      }
    });

    it('shows each source: document, section, quote', async () => {
      const el = await render('<shg-guidance setting="emergency-department" audience="professional"></shg-guidance>');
      const body = root(el).querySelector('details.source[data-source-for="iqs.domain.safe.3"] .source-body')!;
      expect(text(body)).to.equal(
        'Document: The Integrated Quality Statement for Self-Harm. Welsh Government. Section: Domains — Safe ' +
          'have the competence and capability to respond, or a clearly defined pathway to respond, to individuals who may need immediate medical care',
      );
    });

    it('names the Integrated Quality Statement (Welsh Government) as its source', async () => {
      const el = await render('<shg-guidance></shg-guidance>');
      expect(text(root(el).querySelector('[part="attribution"]')!)).to.equal('Source: The Integrated Quality Statement for Self-Harm, Welsh Government.');
    });

    it('gives people and carers a route to help first, built from the services data, always visible', async () => {
      for (const audience of ['person', 'carer', 'professional', 'service-lead']) {
        const el = await render(`<shg-guidance setting="primary-care" audience="${audience}"></shg-guidance>`);
        const help = root(el).querySelector<HTMLElement>('section.help-route')!;
        expect(help, audience).to.exist;
        expect(help.closest('details'), audience).to.equal(null);
        const children = [...root(el).querySelector('section[part~="base"]')!.children];
        const firstAfterIntro = children.find((c) => c.matches('section, details'))!;
        expect(firstAfterIntro === help, audience).to.equal(audience === 'person' || audience === 'carer');
        const links = [...help.querySelectorAll('a')];
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:999', 'tel:111', 'tel:116123']);
        for (const a of links) expect(digits(a.textContent!)).to.equal(digits(a.getAttribute('href')!));
        expect(text(help)).to.contain('Call 111 and press 2');
        expect(text(help)).to.contain('Call Samaritans: 116 123. Free. Open 24 hours, every day.');
      }
    });

    it('opens start here and the plain-language outcomes for people, and keeps the rest closed until asked', async () => {
      const person = await render('<shg-guidance></shg-guidance>');
      expect(sections(person).filter((d) => d.open).map((d) => d.dataset.section)).to.deep.equal(['start-here', 'what-you-can-expect']);
      // People read the start-here outcomes in plain words, with why.
      const first = section(person, 'start-here')!.querySelector<HTMLElement>('li[data-item]')!;
      expect(first.querySelector('.plain')).to.exist;
      expect(first.querySelector('.why')).to.exist;
      // Hope, in the statement's words, beside the outcomes.
      const hope = section(person, 'what-you-can-expect')!.querySelector('figure.hope blockquote')!;
      expect(text(hope)).to.contain('Most people who self-harm do not go on to die by suicide.');
      const staff = await render('<shg-guidance setting="mental-health" audience="professional"></shg-guidance>');
      expect(sections(staff).filter((d) => d.open).map((d) => d.dataset.section)).to.deep.equal(['start-here']);
    });

    it('re-renders when an attribute changes', async () => {
      const el = await render('<shg-guidance setting="primary-care" audience="professional"></shg-guidance>');
      expect(section(el, 'nice-practice-points')).to.exist;
      el.setAttribute('setting', 'housing-homelessness');
      await el.updateComplete;
      expect(text(root(el).getElementById('heading')!)).to.equal('What good looks like: Housing and homelessness services');
      expect(section(el, 'nice-practice-points')).to.equal(null);
      expect(text(sections(el)[0]!.querySelector('summary')!)).to.equal('Start here: Housing and homelessness services');
      el.audience = 'service-lead';
      await el.updateComplete;
      expect(text(sections(el)[1]!.querySelector('summary')!)).to.equal('Theme: Workforce');
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(root(el).getElementById('heading')!.tagName).to.equal('H3');
    });
  });

  describe('printing', () => {
    it('opens every section and source on beforeprint, and restores the reader\'s own choices on afterprint', async () => {
      const el = await render('<shg-guidance setting="primary-care" audience="professional"></shg-guidance>');
      const details = allDetails(el);
      expect(details.length).to.be.greaterThan(50);
      // The reader has opened one section and one source themselves.
      const mine = section(el, 'iqs.domain.timely')!;
      mine.open = true;
      const mySource = mine.querySelector<HTMLDetailsElement>('details.source')!;
      mySource.open = true;
      const before = details.map((d) => d.open);

      window.dispatchEvent(new Event('beforeprint'));
      expect(details.every((d) => d.open)).to.equal(true);
      // Sources are really rendered, not just marked open.
      const quote = root(el).querySelector<HTMLElement>('details.source[data-source-for="nice.cg133.1"] blockquote')!;
      expect(quote.getBoundingClientRect().height).to.be.greaterThan(0);

      window.dispatchEvent(new Event('afterprint'));
      expect(details.map((d) => d.open)).to.deep.equal(before);
      expect(mine.open).to.equal(true);
      expect(mySource.open).to.equal(true);
    });

    it('stops listening once removed from the page', async () => {
      const el = await render('<shg-guidance setting="pharmacy" audience="professional"></shg-guidance>');
      // Start here opens by default; everything else starts closed and must stay so.
      const before = allDetails(el).map((d) => d.open);
      expect(before.filter(Boolean)).to.have.length(1);
      el.remove();
      window.dispatchEvent(new Event('beforeprint'));
      expect(allDetails(el).map((d) => d.open)).to.deep.equal(before);
      window.dispatchEvent(new Event('afterprint'));
    });
  });

  describe('bad input: one clear console message, and the safe fallback', () => {
    it('an unknown setting shows the neutral view for any service, never another setting, and names the valid values, once', async () => {
      let el!: ShgGuidance;
      const errors = await consoleErrors(async () => {
        el = await render('<shg-guidance setting="hospital" audience="professional"></shg-guidance>');
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([
        `<shg-guidance>: Unknown setting "hospital". Use one of: ${[...SETTING_IDS, 'any-service'].join(', ')}. Showing the guidance for any service responding to self-harm.`,
      ]);
      const base = root(el).querySelector<HTMLElement>('section[part~="base"]')!;
      expect(base.dataset.setting).to.equal('any-service');
      expect(base.dataset.audience).to.equal('professional');
      expect(text(root(el).getElementById('heading')!)).to.equal('What good looks like: Any service responding to self-harm');
      expect([...root(el).querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.include.members(['tel:999', 'tel:116123']);
    });

    it('an unknown age shows the guidance for every age, once', async () => {
      let el!: ShgGuidance;
      const errors = await consoleErrors(async () => (el = await render('<shg-guidance setting="pharmacy" audience="professional" age="teen"></shg-guidance>')));
      expect(errors).to.deep.equal(['<shg-guidance>: Unknown age "teen". Use one of: child, young-person, adult. Showing the guidance for every age.']);
      expect(section(el, 'age')).to.equal(null);
      expect(root(el).querySelector<HTMLElement>('section[part~="base"]')!.dataset.setting).to.equal('pharmacy');
    });

    it('an unknown audience shows what a person can expect, once', async () => {
      let el!: ShgGuidance;
      const errors = await consoleErrors(async () => (el = await render('<shg-guidance setting="pharmacy" audience="nurse"></shg-guidance>')));
      expect(errors).to.deep.equal([
        `<shg-guidance>: Unknown audience "nurse". Use one of: ${AUDIENCE_IDS.join(', ')}. Showing the guidance for audience "person".`,
      ]);
      expect(root(el).querySelector<HTMLElement>('section[part~="base"]')!.dataset.audience).to.equal('person');
      expect(root(el).querySelector('section.help-route')).to.exist;
    });

    it('a bad heading-level falls back to 2', async () => {
      let el!: ShgGuidance;
      const errors = await consoleErrors(async () => (el = await render('<shg-guidance heading-level="1"></shg-guidance>')));
      expect(errors).to.deep.equal(['<shg-guidance>: heading-level "1" must be a whole number from 2 to 6. Using 2.']);
      expect(root(el).getElementById('heading')!.tagName).to.equal('H2');
    });
  });
});
