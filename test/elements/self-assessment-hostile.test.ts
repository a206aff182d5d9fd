/**
 * <shg-self-assessment>: 100 hostile files (test/helpers/hostile-assessments.ts), opened and
 * compared, each refused with one clear message and nothing on screen changed; markup in a valid
 * file shown as text and never run.
 */
import { expect } from '@open-wc/testing';
import { assessmentToJson, withResponse } from '../../src/core/self-assessment/index.js';
import { INJECTION_FLAG } from '../helpers/fuzz.js';
import { hostileAssessmentFiles, validAssessment } from '../helpers/hostile-assessments.js';
import { alertText, fileOf, item, radio, render, root, screen, statusText, text } from '../helpers/self-assessment.js';

describe('<shg-self-assessment>', () => {
  describe('hostile files', function () {
    this.timeout(120_000);
    const files = hostileAssessmentFiles();

    it(`refuses each of ${files.length} hostile files with one clear message, changing nothing on screen`, async () => {
      expect(files.length).to.equal(100);
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      radio(el, 'policy.safeguarding', 'met').click();
      const evidence = item(el, 'policy.safeguarding').querySelector('textarea')!;
      evidence.value = 'Work in progress';
      evidence.dispatchEvent(new Event('input'));
      await el.updateComplete;
      const before = screen(el);
      const problems: string[] = [];
      for (const file of files) {
        for (const how of ['open', 'compare'] as const) {
          const result = how === 'open' ? await el.openFile(fileOf(file.text)) : await el.compareWith(fileOf(file.text));
          await el.updateComplete;
          const message = alertText(el);
          if (result.ok) problems.push(`${file.name} (${how}): opened`);
          else if (!/^This file .{10,300}Nothing on screen has changed\.$/.test(message)) problems.push(`${file.name} (${how}): message "${message.slice(0, 120)}"`);
          if (screen(el) !== before) problems.push(`${file.name} (${how}): the screen changed`);
          if (root(el).querySelector('[part~="confirm"], [part~="comparison"]')) problems.push(`${file.name} (${how}): asked or compared`);
          if ((window as unknown as Record<string, unknown>)[INJECTION_FLAG] !== undefined) problems.push(`${file.name}: markup ran`);
          if (({} as Record<string, unknown>)['polluted'] !== undefined) problems.push(`${file.name}: a prototype was changed`);
        }
      }
      expect(problems).to.deep.equal([]);
      expect(el.assessment.responses.find((r) => r.criterion === 'policy.safeguarding')!.evidence).to.equal('Work in progress');
    });

    it('shows markup and script in a valid file as text, and runs none of it', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      const hostile = withResponse(validAssessment(), 'policy.harm-reduction', {
        evidence: `<img src=x onerror="window.${INJECTION_FLAG}=1"><script>window.${INJECTION_FLAG}=1</script>`,
        owner: '"><svg onload=alert(1)>',
      });
      await el.openFile(fileOf(assessmentToJson({ ...hostile, details: { ...hostile.details, service: '<b>Trust</b>' } })));
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as unknown as Record<string, unknown>)[INJECTION_FLAG]).to.equal(undefined);
      expect(root(el).querySelectorAll('img, script:not([type]), svg').length).to.equal(0);
      expect(item(el, 'policy.harm-reduction').querySelector('textarea')!.value).to.contain('<script>');
      expect(statusText(el)).to.contain('"<b>Trust</b>"');
    });
  });
});
