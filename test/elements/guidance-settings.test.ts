/**
 * `<shg-guidance>` across settings, audiences and ages: each setting's own start-here list with
 * its reasons, NICE where it applies (CG133 only where continuing care is given, always
 * superseded), NCISH resources with nothing dangling, and what an age group brings forward. Apart
 * from guidance.test.ts so each file stays within the runner's time for one file on a busy machine.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/guidance/define.js';
import type { ShgGuidance } from '../../src/elements/guidance/guidance.js';
import { GUIDANCE_SETTING_IDS, guidanceFor } from '../../src/core/guidance.js';
import { AUDIENCE_IDS, getItem } from '../../src/core/statement.js';
import { digits, fold, itemWords, quoted, render, root, section, sectionItems, sections, text } from '../helpers/guidance-dom.js';

describe('<shg-guidance> by setting, audience and age', () => {
    it('for every setting and audience: its own start-here list, each why quoting its item, and NICE CG133 only where the core shows it, always superseded', async function () {
      // 48 renders on a shared machine.
      this.timeout(120_000);
      let withNice = 0;
      const startHere = new Map<string, Set<string>>(AUDIENCE_IDS.map((a) => [a, new Set()]));
      // One element, its attributes changed as a host page would: a fresh fixture each time costs WebKit minutes.
      const el = await render('<shg-guidance></shg-guidance>');
      for (const setting of GUIDANCE_SETTING_IDS) {
        for (const audience of AUDIENCE_IDS) {
          el.setAttribute('setting', setting);
          el.setAttribute('audience', audience);
          await el.updateComplete;
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

});
