/**
 * <shg-self-assessment>: what it shows (every criterion the core gives, in order), accessibility in
 * every state, completion by keyboard alone, save / open / compare / print, 100 hostile files that
 * each give one message and change nothing on screen, storage that stays empty unless the reader
 * opts in, and a warning before leaving only while there is unsaved work.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/self-assessment/define.js';
import { ShgSelfAssessment } from '../../src/elements/self-assessment/self-assessment.js';
import type { DownloadFile } from '../../src/elements/self-assessment/files.js';
import { assessmentFramework, assessmentToJson, criteriaOf, importAssessment, withResponse } from '../../src/core/self-assessment/index.js';
import { selfAssessmentFixtures } from '../fixtures/self-assessment.fixtures.js';
import { expectAccessibleEverywhere } from '../helpers/a11y.js';
import { consoleErrors } from '../helpers/console.js';
import { INJECTION_FLAG } from '../helpers/fuzz.js';
import { hostileAssessmentFiles, validAssessment } from '../helpers/hostile-assessments.js';

const KEY = 'shg-self-assessment:';

async function render(markup: string): Promise<ShgSelfAssessment> {
  const el = await fixture<ShgSelfAssessment>(markup);
  await el.updateComplete;
  return el;
}

const root = (el: ShgSelfAssessment) => el.shadowRoot!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
const criterionIds = (el: ShgSelfAssessment) => [...root(el).querySelectorAll<HTMLElement>('li.criterion')].map((li) => li.dataset.criterion!);
const item = (el: ShgSelfAssessment, id: string) => root(el).querySelector<HTMLElement>(`li.criterion[data-criterion="${id}"]`)!;
const radio = (el: ShgSelfAssessment, id: string, rating: string) => item(el, id).querySelector<HTMLInputElement>(`input[type="radio"][value="${rating}"]`)!;
const button = (el: ShgSelfAssessment, action: string) => root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
const alertText = (el: ShgSelfAssessment) => text(root(el).querySelector('[role="alert"]')!);
const statusText = (el: ShgSelfAssessment) => text(root(el).querySelector('[role="status"]')!);
const fileOf = (text: string, name = 'assessment.json') => new File([text], name, { type: 'application/json' });

/** Records downloads and print calls instead of making them. */
function recordFiles(): { files: DownloadFile[]; prints: number; restore(): void } {
  const download = ShgSelfAssessment.download;
  const print = ShgSelfAssessment.print;
  const record = {
    files: [] as DownloadFile[],
    prints: 0,
    restore() {
      ShgSelfAssessment.download = download;
      ShgSelfAssessment.print = print;
    },
  };
  ShgSelfAssessment.download = (file) => void record.files.push(file);
  ShgSelfAssessment.print = () => void (record.prints += 1);
  return record;
}

function storageKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(KEY));
}

/** Everything on screen that a file could change: every control's value and the visible text. */
function screen(el: ShgSelfAssessment): string {
  const controls = [...root(el).querySelectorAll<HTMLInputElement>('input, textarea, select')].map((c) => (c.type === 'radio' || c.type === 'checkbox' ? String(c.checked) : c.value));
  const alert = root(el).querySelector('[role="alert"]')!;
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) if (!alert.contains(node)) parts.push(node.textContent!);
  const visible = parts.join(' ').replace(/\s+/g, ' ').trim();
  return JSON.stringify({ controls, visible, assessment: assessmentToJson(el.assessment) });
}

beforeEach(() => {
  for (const key of storageKeys()) localStorage.removeItem(key);
});

describe('<shg-self-assessment>', () => {
  describe('what it shows', () => {
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
      expect(criterionIds(housing).some((id) => id.startsWith('nice.qs34'))).to.equal(false);
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

  describe('accessibility', function () {
    // axe over 71 criteria, five conditions: two shared cores can need far more than mocha's 5 s.
    this.timeout(120_000);
    for (const { name, html: markup } of selfAssessmentFixtures) {
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
      await sendKeys({ type: 'Example Trust policy' });
      await tabUntil((n) => n.id === 'role', 'the role field');
      await sendKeys({ type: 'Policy lead' });
      for (const id of criteriaOf(assessmentFramework('policy')).map((c) => c.id)) {
        // Tab enters the radio group on its checked rating ("Not yet assessed", the last): the arrow keys move and choose.
        await tabUntil((n) => n instanceof HTMLInputElement && n.type === 'radio' && n.name === `rating-${id}`, `the ratings of ${id}`);
        for (let i = 0; i < 2; i += 1) await sendKeys({ press: 'ArrowDown' });
        await tabUntil((n) => n.id === `evidence-${id}`, `the evidence of ${id}`);
        await sendKeys({ type: `Evidence for ${id}` });
      }
      await el.updateComplete;
      const responses = el.assessment.responses;
      expect(el.assessment.details.service).to.equal('Example Trust policy');
      expect(el.assessment.details.assessorRole).to.equal('Policy lead');
      // Two steps down from "Not yet assessed" wrap round to "Partly met" (down from the last goes to the first).
      expect(new Set(responses.map((r) => r.rating))).to.deep.equal(new Set(['partly-met']));
      expect(responses.every((r) => r.evidence === `Evidence for ${r.criterion}`)).to.equal(true);
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

  describe('files', () => {
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

  describe('storage and leaving', () => {
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
