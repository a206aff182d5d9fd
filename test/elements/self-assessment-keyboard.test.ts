/**
 * <shg-self-assessment>: a whole policy check completed by keyboard alone (Tab, the arrow keys,
 * typing, Enter), in Chromium, Firefox and WebKit.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ShgSelfAssessment } from '../../src/elements/self-assessment/self-assessment.js';
import { assessmentFramework, criteriaOf } from '../../src/core/self-assessment/index.js';
import { button, recordFiles, root, text } from '../helpers/self-assessment.js';

describe('<shg-self-assessment>', () => {
  describe('keyboard alone', function () {
    this.timeout(60_000);

    it('completes a policy check: every rating by arrow keys, evidence typed, from the first field to the last', async () => {
      const wrapper = await fixture<HTMLDivElement>('<div><button id="before">before</button><shg-self-assessment framework="policy"></shg-self-assessment></div>');
      const el = wrapper.querySelector('shg-self-assessment') as ShgSelfAssessment;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      const active = () => root(el).activeElement as HTMLElement | null;
      const tabUntil = async (match: (node: HTMLElement) => boolean, what: string) => {
        for (let i = 0; i < 40; i += 1) {
          await sendKeys({ press: 'Tab' });
          const node = active();
          if (node && match(node)) return node;
        }
        throw new Error(`Tab never reached ${what}`);
      };
      await tabUntil((n) => n.id === 'service', 'the service field');
      await sendKeys({ type: 'ExampleTrustPolicy' });
      await tabUntil((n) => n.id === 'role', 'the role field');
      await sendKeys({ type: 'PolicyLead' });
      const ids = criteriaOf(assessmentFramework('policy')).map((c) => c.id);
      for (const [index, id] of ids.entries()) {
        // Tab enters the radio group on its checked rating ("Not yet assessed", the last): the arrow keys move and choose.
        await tabUntil((n) => n instanceof HTMLInputElement && n.type === 'radio' && n.name === `rating-${id}`, `the ratings of ${id}`);
        // The arrow keys move through the ratings (wrapping round, in every engine's own order) until "Partly met" is chosen.
        const wanted = root(el).querySelector<HTMLInputElement>(`li.criterion[data-criterion="${id}"] input[value="partly-met"]`)!;
        for (let i = 0; i < 10 && !wanted.checked; i += 1) await sendKeys({ press: 'ArrowRight' });
        expect(wanted.checked, `arrow keys reach "Partly met" for ${id}`).to.equal(true);
        await tabUntil((n) => n.id === `evidence-${id}`, `the evidence of ${id}`);
        // Letters and digits only: WebKit's WebDriver drops some punctuation and spaces as it types.
        await sendKeys({ type: `Evidence${index}` });
      }
      await el.updateComplete;
      const responses = el.assessment.responses;
      expect(el.assessment.details.service).to.equal('ExampleTrustPolicy');
      expect(el.assessment.details.assessorRole).to.equal('PolicyLead');
      expect(new Set(responses.map((r) => r.rating))).to.deep.equal(new Set(['partly-met']));
      expect(responses.map((r) => r.evidence)).to.deep.equal(ids.map((_, index) => `Evidence${index}`));
      expect(text(root(el).querySelector('.progress')!)).to.contain('10 of 10 criteria assessed');
      // Saving is a button: Enter presses it.
      const record = recordFiles();
      try {
        button(el, 'save').focus();
        await sendKeys({ press: 'Enter' });
        expect(record.files.length).to.equal(1);
      } finally {
        record.restore();
      }
    });
  });
});
