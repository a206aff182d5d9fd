/**
 * <shg-self-assessment>: axe-clean in every state, named headings and groups, and the summary's
 * bars with their numbers (keyboard-only completion is in self-assessment-keyboard.test.ts).
 */
import { expect } from '@open-wc/testing';
import { assessmentToJson, withResponse } from '../../src/core/self-assessment/index.js';
import { selfAssessmentFixtures } from '../fixtures/self-assessment.fixtures.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { validAssessment } from '../helpers/hostile-assessments.js';
import { button, fileOf, item, radio, render, root, text } from '../helpers/self-assessment.js';

describe('<shg-self-assessment>', () => {
  describe('accessibility', function () {
    // axe over 71 criteria, five conditions: two shared cores can need far more than mocha's 5 s.
    this.timeout(120_000);
    // The whole service form (71 criteria) once; its housing variant (63, the same parts) under every condition, within the runner's time limit.
    it('service: has no axe violations with all 71 criteria', async () => {
      const el = await render(selfAssessmentFixtures.find((f) => f.name === 'service')!.html);
      await expect(el).to.be.accessible();
    });

    for (const { name, html: markup } of selfAssessmentFixtures.filter((f) => f.name !== 'service')) {
      it(`${name}: has no axe violations at 1280px and 320px, with forced colours, reduced motion and dark scheme`, async () => {
        const el = await render(markup);
        const run = await expectAccessibleEverywhere(el, () => el.updateComplete);
        expect(run.conditions.length).to.be.greaterThanOrEqual(2);
      });
    }

    it('has no axe violations with work in progress, a comparison, kept criteria, a message, a question and every disclosure open', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      const earlier = withResponse(validAssessment(), 'policy.safeguarding', { rating: 'partly-met' });
      await el.compareWith(fileOf(assessmentToJson(earlier)));
      radio(el, 'policy.safeguarding', 'met').click();
      await el.updateComplete;
      await el.openFile(fileOf(assessmentToJson(withResponse(validAssessment(), 'policy.later-check', { rating: 'met' }))));
      await el.updateComplete;
      expect(root(el).querySelector('[part~="confirm"]')).to.exist;
      for (const details of root(el).querySelectorAll('details')) details.open = true;
      await expect(el).to.be.accessible();
      button(el, 'confirm').click();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="kept"]')).to.exist;
      await el.compareWith(fileOf(assessmentToJson(earlier)));
      await el.updateComplete;
      expect(root(el).querySelector('[part~="comparison"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('names each group by its heading and each rating group by its criterion', async () => {
      const el = await render('<shg-self-assessment heading-level="3"></shg-self-assessment>');
      expect(root(el).getElementById('heading')!.tagName).to.equal('H3');
      const safe = root(el).querySelector<HTMLElement>('section.group[data-group="iqs.domain.safe"]')!;
      expect(safe.getAttribute('aria-labelledby')).to.equal('group-iqs.domain.safe');
      expect(text(root(el).getElementById('group-iqs.domain.safe')!)).to.equal('Domain: Safe');
      expect(root(el).getElementById('group-iqs.domain.safe')!.tagName).to.equal('H4');
      const legend = item(el, 'iqs.domain.safe.2').querySelector('legend')!;
      expect(text(legend)).to.match(/^Safe 2 ensure that all staff have the inter-personal skills/);
      const labels = [...item(el, 'iqs.domain.safe.2').querySelectorAll('label.choice')].map((l) => text(l));
      expect(labels).to.deep.equal(['Met', 'Partly met', 'Not met', 'Not applicable', 'Not yet assessed']);
    });

    it('shows the summary as bars with their numbers written out, never by colour alone', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      radio(el, 'policy.defines-self-harm', 'met').click();
      radio(el, 'policy.harm-reduction', 'not-met').click();
      await el.updateComplete;
      const row = root(el).querySelector('.summary .chart-row[data-group="policy.group.definition-and-approach"]')!;
      expect(text(row)).to.contain('2 of 3 assessed: 1 met, 0 partly met, 1 not met, 0 not applicable, 1 not yet assessed');
      const bar = row.querySelector('.bar')!;
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      const segments = [...bar.querySelectorAll<HTMLElement>('.segment')];
      expect(segments.map((s) => s.dataset.rating)).to.deep.equal(['met', 'not-met', 'not-assessed']);
      // Each rating is drawn differently (its own pattern), not only in its own colour.
      const images = new Set(segments.map((s) => `${getComputedStyle(s).backgroundImage}|${getComputedStyle(s).backgroundColor}`));
      expect(images.size).to.equal(3);
      expect(Math.round(parseFloat(getComputedStyle(segments[0]!).width) / parseFloat(getComputedStyle(bar).width) * 3)).to.equal(1);
      expect(text(root(el).querySelector('.progress')!)).to.contain('2 of 10 criteria assessed');
    });
  });
});
