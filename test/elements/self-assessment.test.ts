/**
 * <shg-self-assessment>: what it shows (every criterion the core gives, in order), save / open /
 * compare / print, Welsh, storage that stays empty unless the reader opts in, and a warning before
 * leaving only while there is unsaved work. Accessibility, keyboard-only completion and the 100
 * hostile files are in self-assessment-a11y, -keyboard and -hostile.test.ts (each file runs on its
 * own, inside the runner's time limit on a busy machine).
 */
import { expect, fixture } from '@open-wc/testing';
import { ShgSelfAssessment } from '../../src/elements/self-assessment/self-assessment.js';
import { assessmentFramework, assessmentToJson, criteriaOf, importAssessment, withResponse } from '../../src/core/self-assessment/index.js';
import { consoleErrors } from '../helpers/console.js';
import { validAssessment } from '../helpers/hostile-assessments.js';
import { KEY, alertText, button, criterionIds, fileOf, item, radio, recordFiles, render, root, screen, statusText, storageKeys, text } from '../helpers/self-assessment.js';

beforeEach(() => {
  for (const key of storageKeys()) localStorage.removeItem(key);
});

describe('<shg-self-assessment>', () => {
  describe('what it shows', function () {
    this.timeout(30_000);
    it('renders every criterion of the service framework, in the core\'s order, each with five ratings', async () => {
      const el = await render('<shg-self-assessment></shg-self-assessment>');
      expect(criterionIds(el)).to.deep.equal(criteriaOf(assessmentFramework('service')).map((c) => c.id));
      expect(criterionIds(el).length).to.equal(71);
      for (const li of root(el).querySelectorAll('li.criterion')) expect(li.querySelectorAll('input[type="radio"]').length).to.equal(5);
      expect(text(root(el).getElementById('heading')!)).to.equal('Self-assessment: your service against the Integrated Quality Statement');
      // An outcome asks how you know people experience it; QS34 carries NICE's example measures.
      expect(text(item(el, 'iqs.outcome.3'))).to.contain('How do you know people experience this?');
      expect(item(el, 'nice.qs34.1').querySelector('details.measures li[data-measure="nice.qs34.measure.1-structure"]')).to.exist;
      expect(text(root(el))).to.contain('© NICE');
    });

    it('narrows to a setting, and shows the policy checks with every source they quote', async () => {
      const housing = await render('<shg-self-assessment setting="housing-homelessness"></shg-self-assessment>');
      expect(criterionIds(housing)).to.deep.equal(criteriaOf(assessmentFramework('service', 'housing-homelessness')).map((c) => c.id));
      // Housing is not a healthcare setting: of QS34, only statement 1 (compassion), which asks it of every service.
      expect(criterionIds(housing).filter((id) => id.startsWith('nice.qs34'))).to.deep.equal(['nice.qs34.1']);
      const policy = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      expect(criterionIds(policy)).to.deep.equal(criteriaOf(assessmentFramework('policy')).map((c) => c.id));
      const harm = item(policy, 'policy.harm-reduction');
      expect(harm.querySelectorAll('blockquote.quote').length).to.equal(2);
      // CG133's check is shown with the notice that NG225 replaced it.
      expect(text(item(policy, 'policy.no-risk-prediction-tools'))).to.contain('Superseded.');
      expect(policy.shadowRoot!.querySelector('select#setting')).to.equal(null);
    });

    it('says beside the free text that no field is for personal data about people who use the service', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      const privacy = root(el).getElementById('privacy')!;
      expect(text(privacy)).to.contain('never about a person who uses it');
      for (const area of root(el).querySelectorAll('textarea')) expect(area.getAttribute('aria-describedby')).to.equal('privacy');
      expect(text(root(el).querySelector('label[for="role"]')!)).to.equal('Your role (not your name)');
    });

    it('falls back to the service framework, loudly, for an unknown framework or setting', async () => {
      let el!: ShgSelfAssessment;
      const errors = await consoleErrors(async () => {
        el = await render('<shg-self-assessment framework="hospital" setting="ward"></shg-self-assessment>');
      });
      expect(criterionIds(el).length).to.equal(71);
      expect(errors.some((e) => e.includes('Unknown framework "hospital"'))).to.equal(true);
      expect(errors.some((e) => e.includes('Unknown setting "ward"'))).to.equal(true);
    });
  });
  describe('files', function () {
    this.timeout(30_000);
    let record: ReturnType<typeof recordFiles>;
    beforeEach(() => (record = recordFiles()));
    afterEach(() => record.restore());

    it('saves a JSON file that opens again to the same work, and a CSV in the NICE sheet shape', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      radio(el, 'policy.confidentiality', 'partly-met').click();
      const evidence = item(el, 'policy.confidentiality').querySelector('textarea')!;
      evidence.value = 'Section 5 <b>covers</b> it';
      evidence.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(el.unsaved).to.equal(true);
      button(el, 'save').click();
      button(el, 'csv').click();
      expect(record.files.map((f) => [f.name.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'), f.type])).to.deep.equal([
        ['policy-check-DATE.json', 'application/json'],
        ['policy-check-DATE.csv', 'text/csv;charset=utf-8'],
      ]);
      expect(el.unsaved).to.equal(false);
      expect(record.files[1]!.text).to.contain('\r\npolicy.confidentiality,');
      const other = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      await other.openFile(fileOf(record.files[0]!.text));
      await other.updateComplete;
      expect(assessmentToJson(other.assessment)).to.equal(record.files[0]!.text);
      expect(radio(other, 'policy.confidentiality', 'partly-met').checked).to.equal(true);
      expect(item(other, 'policy.confidentiality').querySelector('textarea')!.value).to.equal('Section 5 <b>covers</b> it');
      expect(statusText(other)).to.contain('Opened the assessment');
    });

    it('asks before replacing unsaved work, and keeps it when the reader says so', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      radio(el, 'policy.safeguarding', 'met').click();
      await el.updateComplete;
      const before = assessmentToJson(el.assessment);
      await el.openFile(fileOf(assessmentToJson(validAssessment())));
      await el.updateComplete;
      expect(assessmentToJson(el.assessment)).to.equal(before);
      button(el, 'cancel').click();
      await el.updateComplete;
      expect(assessmentToJson(el.assessment)).to.equal(before);
      expect(root(el).querySelector('[part~="confirm"]')).to.equal(null);
      el.startNew();
      await el.updateComplete;
      button(el, 'confirm').click();
      await el.updateComplete;
      expect(el.assessment.responses.every((r) => r.rating === 'not-assessed')).to.equal(true);
    });

    it('keeps criteria this version does not know, says so, and saves them again', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      const withUnknown = withResponse(validAssessment(), 'policy.from-a-later-version', { rating: 'met', evidence: 'Kept evidence' });
      await el.openFile(fileOf(assessmentToJson(withUnknown)));
      await el.updateComplete;
      expect(statusText(el)).to.contain('policy.from-a-later-version');
      expect(text(root(el).querySelector('[part~="kept"]')!)).to.contain('Kept evidence');
      button(el, 'save').click();
      expect(importAssessment(record.files[0]!.text).ok && JSON.parse(record.files[0]!.text).responses.at(-1).criterion).to.equal('policy.from-a-later-version');
    });

    it('migrates a version-0 draft and says so', async () => {
      const el = await render('<shg-self-assessment></shg-self-assessment>');
      const v0 = { format: 'self-harm-guidance/self-assessment', version: 0, framework: 'service', service: 'Ward 3', date: '2024-10-01', role: 'Ward manager', answers: { 'iqs.outcome.1': { status: 'partial' } } };
      await el.openFile(fileOf(JSON.stringify(v0)));
      await el.updateComplete;
      expect(radio(el, 'iqs.outcome.1', 'partly-met').checked).to.equal(true);
      expect(statusText(el)).to.contain('earlier version');
    });

    it('compares with an earlier file: bars for both dates and each criterion that moved', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      await el.openFile(fileOf(assessmentToJson(validAssessment())));
      radio(el, 'policy.harm-reduction', 'met').click();
      await el.updateComplete;
      await el.compareWith(fileOf(assessmentToJson({ ...validAssessment(), details: { ...validAssessment().details, date: '2025-11-01' } })));
      await el.updateComplete;
      const comparison = root(el).querySelector('[part~="comparison"]')!;
      expect(text(comparison)).to.contain('Compared with the earlier file (2025-11-01)');
      expect(text(comparison)).to.contain('1 improved, 0 declined');
      expect(comparison.querySelector('li[data-criterion="policy.harm-reduction"]')!.getAttribute('data-change')).to.equal('improved');
      const policyCheck = await render('<shg-self-assessment></shg-self-assessment>');
      const before = screen(policyCheck);
      await policyCheck.compareWith(fileOf(assessmentToJson(validAssessment())));
      await policyCheck.updateComplete;
      expect(alertText(policyCheck)).to.contain('cannot be compared');
      expect(screen(policyCheck)).to.equal(before);
    });

    it('prints the report: details, summary and every response, then the form again', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      await el.openFile(fileOf(assessmentToJson(validAssessment())));
      let during = '';
      ShgSelfAssessment.print = () => {
        during = text(root(el));
        record.prints += 1;
      };
      await el.printReport();
      await el.updateComplete;
      expect(record.prints).to.equal(1);
      expect(during).to.contain('Example Trust self-harm policy');
      expect(during).to.contain('Rating: Met');
      expect(during).to.contain('Add a harm-reduction section.');
      expect(root(el).querySelector('[part~="report"]')).to.equal(null);
      expect(root(el).querySelector('[part~="toolbar"]')).to.exist;
    });

    it('prints the report from the browser\'s own Print too (beforeprint), and is axe-clean as a report', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      window.dispatchEvent(new Event('beforeprint'));
      expect(root(el).querySelector('[part~="report"]'), 'rendered at once').to.exist;
      await expect(el).to.be.accessible();
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(root(el).querySelector('[part~="report"]')).to.equal(null);
    });
  });
  describe('Welsh', function () {
    this.timeout(30_000);
    it('speaks Welsh when lang="cy": framework, group names, ratings, criteria, the privacy notice; axe-clean', async () => {
      const wrapper = await fixture('<div lang="cy"><shg-self-assessment framework="policy"></shg-self-assessment></div>');
      const el = wrapper.querySelector('shg-self-assessment') as ShgSelfAssessment;
      const deadline = performance.now() + 5000;
      while (root(el).querySelector('[part~="base"]')?.getAttribute('lang') !== 'cy') {
        if (performance.now() > deadline) throw new Error('did not render in Welsh');
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await el.updateComplete;
      const all = text(root(el));
      expect(text(root(el).getElementById('heading')!)).to.equal('Gwiriad polisi: eich polisi hunan-niwed yn erbyn y canllawiau');
      for (const words of ['Wedi’i fodloni', 'Heb ei asesu eto', 'Tystiolaeth', 'Ysgrifennwch am y gwasanaeth', 'cyfrinachedd', 'Cadw mewn ffeil', 'Mynnwch help nawr']) expect(all).to.contain(words);
      expect(root(el).querySelector('a[href="tel:999"]')).to.exist;
      expect(all).not.to.contain('Not yet assessed');
      // Quotes stay in the English of their source.
      expect(item(el, 'policy.harm-reduction').querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });
  });
  describe('storage and leaving', function () {
    this.timeout(30_000);
    it('stores nothing unless the reader switches "keep on this device" on; switching off deletes it', async () => {
      const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      radio(el, 'policy.safeguarding', 'met').click();
      const evidence = item(el, 'policy.safeguarding').querySelector('textarea')!;
      evidence.value = 'typed';
      evidence.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(storageKeys(), 'nothing kept by default').to.deep.equal([]);
      const keep = root(el).querySelector<HTMLInputElement>('#keep')!;
      expect(keep.checked).to.equal(false);
      keep.click();
      await el.updateComplete;
      expect(storageKeys()).to.deep.equal([`${KEY}policy`]);
      expect(importAssessment(localStorage.getItem(`${KEY}policy`)!).ok).to.equal(true);
      // Kept work comes back on the next visit, with the choice still on.
      const next = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
      expect(next.keptOnDevice).to.equal(true);
      expect(item(next, 'policy.safeguarding').querySelector('textarea')!.value).to.equal('typed');
      button(next, 'forget').click();
      await next.updateComplete;
      expect(storageKeys()).to.deep.equal([]);
      expect(root(next).querySelector<HTMLInputElement>('#keep')!.checked).to.equal(false);
    });

    it('stores nothing through any use of the form without the choice: typing, saving, opening, comparing, printing', async () => {
      const record = recordFiles();
      const before = JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie });
      try {
        const el = await render('<shg-self-assessment></shg-self-assessment>');
        radio(el, 'iqs.outcome.1', 'met').click();
        (root(el).querySelector('#service') as HTMLInputElement).value = 'x';
        root(el).querySelector('#service')!.dispatchEvent(new Event('input'));
        (root(el).querySelector('#setting') as HTMLSelectElement).value = 'pharmacy';
        root(el).querySelector('#setting')!.dispatchEvent(new Event('change'));
        await el.updateComplete;
        button(el, 'save').click();
        button(el, 'csv').click();
        await el.openFile(fileOf(record.files[0]!.text));
        await el.compareWith(fileOf(record.files[0]!.text));
        await el.printReport();
      } finally {
        record.restore();
      }
      expect(JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie })).to.equal(before);
    });

    it('warns before leaving only while there is unsaved work', async () => {
      const record = recordFiles();
      const leave = () => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      try {
        const el = await render('<shg-self-assessment framework="policy"></shg-self-assessment>');
        expect(leave(), 'nothing typed yet').to.equal(false);
        radio(el, 'policy.safeguarding', 'met').click();
        await el.updateComplete;
        expect(leave(), 'unsaved work').to.equal(true);
        button(el, 'save').click();
        await el.updateComplete;
        expect(leave(), 'saved to a file').to.equal(false);
        radio(el, 'policy.safeguarding', 'not-met').click();
        await el.updateComplete;
        expect(leave()).to.equal(true);
        root(el).querySelector<HTMLInputElement>('#keep')!.click();
        await el.updateComplete;
        expect(leave(), 'kept on this device').to.equal(false);
        el.keepOnDevice(false);
        await el.updateComplete;
        el.remove();
        expect(leave(), 'removed from the page').to.equal(false);
      } finally {
        record.restore();
        for (const key of storageKeys()) localStorage.removeItem(key);
      }
    });
  });
});
