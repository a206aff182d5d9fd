import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/guidance/define.js';
import type { ShgGuidance } from '../../src/elements/guidance/guidance.js';
import { GUIDANCE_SETTING_IDS, guidanceFor } from '../../src/core/guidance.js';
import { AUDIENCE_IDS, SETTING_IDS, getItem, type StatementItem } from '../../src/core/statement.js';
import { guidanceFixtures } from '../fixtures/guidance.fixtures.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { consoleErrors } from '../helpers/console.js';

async function render(markup: string): Promise<ShgGuidance> {
  const el = await fixture<ShgGuidance>(markup);
  await el.updateComplete;
  return el;
}

const root = (el: ShgGuidance) => el.shadowRoot!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const sections = (el: ShgGuidance) => [...root(el).querySelectorAll<HTMLDetailsElement>('details.section')];
const section = (el: ShgGuidance, id: string) => root(el).querySelector<HTMLDetailsElement>(`details.section[data-section="${id}"]`);
const allDetails = (el: ShgGuidance) => [...root(el).querySelectorAll('details')];
const itemIds = (el: ShgGuidance) => [...root(el).querySelectorAll<HTMLElement>('li[data-item]')].map((li) => li.dataset.item!);
const digits = (s: string) => s.replace(/[^0-9]/g, '');
/** The ids of the items in a section, in order. */
const sectionItems = (el: ShgGuidance, id: string) => [...(section(el, id)?.querySelectorAll<HTMLElement>(':scope > .section-body li[data-item]') ?? [])].map((li) => li.dataset.item!);
/** The words “in curly quotes” in a line. */
const quoted = (line: string) => [...line.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
/** An item's words as a reader sees them, folded the way the content tests fold quotes. */
const fold = (s: string) => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').replace(/[.]$/, '').trim();
function itemWords(entry: StatementItem): string {
  const item = entry.item as unknown as Record<string, unknown>;
  return fold(['title', 'text', 'plain', 'items'].flatMap((key) => [item[key]].flat().filter((v): v is string => typeof v === 'string')).join(' '));
}


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

    it('for every setting and audience: its own start-here list, each why quoting its item, and NICE CG133 only where the core shows it, always superseded', async function () {
      // 48 renders on a shared machine.
      this.timeout(120_000);
      let withNice = 0;
      const startHere = new Map<string, Set<string>>(AUDIENCE_IDS.map((a) => [a, new Set()]));
      for (const setting of GUIDANCE_SETTING_IDS) {
        for (const audience of AUDIENCE_IDS) {
          const el = await render(`<shg-guidance setting="${setting}" audience="${audience}"></shg-guidance>`);
          const where = `${setting}/${audience}`;
          // Start here: open, first of the staff's sections, and no other setting's list.
          const first = section(el, 'start-here')!;
          expect(first.open, where).to.equal(true);
          const list = sectionItems(el, 'start-here');
          expect(list.length, where).to.be.greaterThan(0);
          const key = list.join(' ');
          expect(startHere.get(audience)!.has(key), `${where} shares its start-here list`).to.equal(false);
          startHere.get(audience)!.add(key);
          for (const li of first.querySelectorAll<HTMLElement>('li[data-item]')) {
            const why = li.querySelector('.why')!;
            expect(why, `${where} ${li.dataset.item}`).to.exist;
            const words = quoted(why.textContent!);
            expect(words.length, `${where} ${li.dataset.item}`).to.be.greaterThan(0);
            for (const phrase of words) expect(itemWords(getItem(li.dataset.item!)!), `${where} ${li.dataset.item}`).to.contain(fold(phrase));
          }
          // NICE CG133: exactly where the core puts it, and superseded wherever a point shows.
          const core = guidanceFor({ setting, audience }).sections.some((s) => s.kind === 'nice-practice-points');
          const nice = section(el, 'nice-practice-points');
          expect(Boolean(nice), where).to.equal(core);
          for (const point of root(el).querySelectorAll<HTMLElement>('li[data-item^="nice.cg133"]')) {
            expect(text(point.querySelector('.point-status')!), `${where} ${point.dataset.item}`).to.equal('Superseded From NICE CG133 (2011), superseded by NICE NG225 (2022).');
            expect(text(point.querySelector('.superseded')!)).to.contain('Superseded. Replaced by Self-harm: assessment, management and preventing recurrence (NG225)');
          }
          if (['ambulance', 'emergency-department', 'pharmacy'].includes(setting)) expect(root(el).querySelector('[data-item^="nice.cg133"]'), where).to.equal(null);
          if (!nice) continue;
          withNice += 1;
          expect(text(nice.querySelector('summary')!)).to.contain('Superseded');
          expect(text(nice.querySelector('.notice')!)).to.equal(
            'From NICE CG133 (2011), which NICE replaced with NG225 in September 2022. Check NG225 for current recommendations.',
          );
          // The heading with no text in the copy is said, not silently left out.
          expect(text(nice.querySelector('.known-gap')!)).to.contain('Treating associated mental health conditions');
        }
      }
      // Primary care, mental health and social care, for professionals and service leads.
      expect(withNice).to.equal(6);
    });

    it('brings forward safe prescribing for pharmacy staff and immediate medical care for ambulance crews, each saying why', async () => {
      const pharmacy = await render('<shg-guidance setting="pharmacy" audience="professional"></shg-guidance>');
      const ambulance = await render('<shg-guidance setting="ambulance" audience="professional"></shg-guidance>');
      const firstOf = (el: ShgGuidance) => section(el, 'start-here')!.querySelector<HTMLElement>('li[data-item]')!;
      expect(firstOf(pharmacy).dataset.item).to.equal('iqs.outcome.5');
      expect(text(firstOf(pharmacy).querySelector('.why')!)).to.contain('“be assured that they have received safe prescribing”');
      expect(firstOf(ambulance).dataset.item).to.equal('iqs.domain.safe.3');
      expect(text(firstOf(ambulance).querySelector('.why')!)).to.contain('immediate medical care');
      // Each brought-forward item names where it comes from.
      expect(text(firstOf(ambulance).querySelector('.item-label')!)).to.equal('Safe 3');
    });

    it('shows current NICE QS34 in its 2022 wording, with the 2013 wording marked as replaced', async () => {
      const el = await render('<shg-guidance setting="general-hospital" audience="professional"></shg-guidance>');
      expect(sectionItems(el, 'quality-statements')).to.deep.equal(['nice.qs34.1', 'nice.qs34.2', 'nice.qs34.3', 'nice.qs34.4', 'nice.qs34.5']);
      const qs = section(el, 'quality-statements')!;
      expect(text(qs.querySelector('.lead')!)).to.contain('© NICE');
      const four = qs.querySelector<HTMLElement>('li[data-item="nice.qs34.4"]')!;
      expect(text(four)).to.contain('People who have self-harmed receive the observation they need while in the healthcare setting.');
      const old = four.querySelector<HTMLDetailsElement>('details.wording-2013')!;
      expect(old.open).to.equal(false);
      expect(text(old)).to.contain('Replaced.');
      expect(text(old)).to.contain('monitoring they need');
      expect(four.querySelector('details.source[data-source-for="nice.qs34.4"]')).to.exist;
    });

    it('renders NCISH resources with nothing that dangles, the replaced NICE guidance pointing to the current, and no offer to pilot areas', async () => {
      const el = await render('<shg-guidance setting="mental-health" audience="professional"></shg-guidance>');
      const resources = section(el, 'professional-resources')!;
      expect(sectionItems(el, 'professional-resources')).not.to.include('ncish.resource.data-collection-advice');
      for (const li of resources.querySelectorAll<HTMLElement>('li[data-item]')) {
        const words = [...li.querySelectorAll(':scope > p')].map((p) => text(p));
        for (const line of words) {
          expect(line, li.dataset.item).not.to.match(/:$/);
          expect(line, li.dataset.item).not.to.contain('(PDF)');
        }
      }
      const nice = resources.querySelector<HTMLElement>('li[data-item="ncish.resource.nice-guidance"]')!;
      expect(text(nice.querySelector('[part~="superseded"]')!)).to.contain('replaced both guidelines with NG225');
      const links = [...nice.querySelectorAll('[part~="superseded"] a')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://www.nice.org.uk/guidance/ng225', 'https://www.nice.org.uk/guidance/qs34']);
      expect(text(resources.querySelector('li[data-item="ncish.resource.ncish-toolkit"]')!)).to.contain('does not keep the link');
      // Service leads get the data dictionary.
      const lead = await render('<shg-guidance setting="mental-health" audience="service-lead"></shg-guidance>');
      expect(sectionItems(lead, 'professional-resources')).to.deep.equal(['ncish.resource.data-dictionary']);
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

    it('brings forward what names the reader’s age group, and gives children and young people their own lines to call', async () => {
      const child = await render('<shg-guidance setting="education-youth" audience="professional" age="child"></shg-guidance>');
      expect(sections(child).slice(0, 2).map((d) => d.dataset.section)).to.deep.equal(['start-here', 'age']);
      expect(text(section(child, 'age')!.querySelector('summary')!)).to.equal('About children');
      expect(section(child, 'age')!.open).to.equal(true);
      expect(sectionItems(child, 'age')).to.include('iqs.domain.equitable.3');
      expect(text(root(child).querySelector('.intro')!)).to.contain('Age group: Children.');
      const hrefs = (el: ShgGuidance) => [...root(el).querySelectorAll('section.help-route a')].map((a) => a.getAttribute('href'));
      expect(hrefs(child)).to.deep.equal(['tel:999', 'tel:111', 'tel:116123', 'tel:08001111', 'tel:08088023456']);
      for (const a of root(child).querySelectorAll('section.help-route a')) expect(digits(a.textContent!)).to.equal(digits(a.getAttribute('href')!));
      const adult = await render('<shg-guidance setting="education-youth" audience="professional" age="adult"></shg-guidance>');
      expect(hrefs(adult)).to.deep.equal(['tel:999', 'tel:111', 'tel:116123']);
      expect(text(section(adult, 'age')!.querySelector('summary')!)).to.equal('About adults');
      adult.removeAttribute('age');
      await adult.updateComplete;
      expect(section(adult, 'age')).to.equal(null);
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
