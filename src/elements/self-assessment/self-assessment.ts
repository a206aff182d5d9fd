import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { UnknownOptionError } from '../../core/errors.js';
import {
  alignResponses,
  assessmentReport,
  assessmentToCsv,
  assessmentToJson,
  compare,
  frameworkOf,
  importAssessment,
  newAssessment,
  blankResponse,
  criteriaOf,
  progressOf,
  summarise,
  withDetails,
  withResponse,
  type AssessmentSummary,
  type CriteriaGroup,
  type Criterion,
  type ImportResult,
  type ImportedAssessment,
  type ResponseChange,
} from '../../core/self-assessment/index.js';
import { assessmentFramework } from '../../core/self-assessment/frameworks.js';
import { isSettingId, settings } from '../../core/statement.js';
import type { Assessment, AssessmentDetails, AssessmentFrameworkId, AssessmentResponse } from '../../../schema/self-assessment.js';
import type { SettingId } from '../../../schema/statement.js';
import { baseStyles } from '../shared/base.styles.js';
import { disclosureStyles } from '../shared/disclosure.styles.js';
import { heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { helpRoute } from '../shared/help-route.js';
import { helpRouteStyles } from '../shared/help-route.styles.js';
import { msg, str } from '../shared/msg.js';
import { ShgElement } from '../shared/shg-element.js';
import { translationNotice } from '../shared/translation-notice.js';
import { comparisonChart, summaryChart } from './charts.js';
import { criterionItem } from './criterion.js';
import { deviceKey, forget, keep, readKept } from './device-store.js';
import { downloadFile, fileNameFor, readChosenFile, today, type DownloadFile } from './files.js';
import { changeLabel, criterionLabel, groupTitle, importProblemMessage, ratingLabel } from './labels.js';
import { checklist, printableReport } from './report.js';
import { selfAssessmentStyles } from './self-assessment.styles.js';

const TAG = 'shg-self-assessment';
const DEFAULT_FRAMEWORK: AssessmentFrameworkId = 'service';

/** What the reader is asked to confirm before the work on screen is replaced. */
type Pending = { readonly kind: 'open'; readonly result: ImportedAssessment } | { readonly kind: 'new' };

/** A line for the reader after an action: an error (`alert`) or what was done (`status`). Worded at render time, in the element's language. */
interface Notice {
  readonly kind: 'alert' | 'status';
  readonly say: () => string;
}

/** Fired with the assessment after every change the reader makes, so a host can keep it elsewhere. */
export type ShgAssessmentChangeEvent = CustomEvent<{ readonly assessment: Assessment }>;

/**
 * A self-assessment form: a service measured against the Integrated Quality Statement for
 * Self-Harm (its outcomes, domain and theme commitments) and NICE QS34, or a local self-harm
 * policy against the guidance (`framework="policy"`). Each criterion gets a rating (met, partly
 * met, not met, not applicable, not yet assessed), evidence, an action, an owner and a due date.
 * Progress and a summary per domain and theme (bars with their numbers) update as the reader goes.
 *
 * The work lives in the page: nothing is stored or sent. The reader saves it as a JSON file (and
 * opens it again later), downloads a CSV in the shape of a NICE baseline assessment sheet, prints
 * a report, and compares with an earlier file. "Keep this work on this device" (off by default)
 * keeps it in this browser's local storage until it is switched off. Leaving the page with unsaved
 * work asks first. No field asks about people who use the service, and the form says so.
 *
 * Without JavaScript (static HTML from `shg-static`), it is a checklist of the criteria to print.
 *
 * Its language follows `lang`, as every element's does (see docs/welsh.md).
 *
 * @tagname shg-self-assessment
 * @summary Measure a service against the statement, or a policy against the guidance.
 *
 * @slot - Fallback for readers without JavaScript, shown until the element renders and hidden after: paste the printable checklist (`shg-static shg-self-assessment framework=service`, `renderToHTML`), or say where to find it.
 *
 * @fires shg-assessment-change - After every change the reader makes; `detail.assessment` is the assessment.
 *
 * @csspart base - The box around everything.
 * @csspart heading - The element's heading.
 * @csspart intro - The line saying what the framework is.
 * @csspart privacy - The notice that no field is for personal data about people who use the service.
 * @csspart toolbar - The save, open, print and compare buttons.
 * @csspart button - Each button.
 * @csspart alert - Where a file that cannot be opened is explained.
 * @csspart status - Where a saved or opened file is confirmed.
 * @csspart confirm - The question asked before the work on screen is replaced.
 * @csspart keep - The "keep this work on this device" choice and its delete button.
 * @csspart details - The service, setting, date and assessor's role.
 * @csspart progress - How many criteria are assessed.
 * @csspart summary - The summary section.
 * @csspart comparison - The comparison with an earlier file.
 * @csspart chart - Each chart: a bar per group with its numbers.
 * @csspart legend - The key to the bars' patterns.
 * @csspart bar - Each bar (decoration: the numbers beside it say the same).
 * @csspart group - Each domain, theme or group of criteria.
 * @csspart group-heading - Its heading.
 * @csspart criterion - Each criterion.
 * @csspart rating - The fieldset of a criterion's ratings.
 * @csspart field - Each evidence, action, owner and due date field.
 * @csspart measures - NICE's example measures under a QS34 statement.
 * @csspart kept - Responses kept from a file for criteria outside the framework.
 * @csspart report - The printed report.
 * @csspart report-heading - The report's headings.
 * @csspart checklist - The printable checklist (static HTML without JavaScript).
 * @csspart source - Each criterion's "Source" `<details>`.
 * @csspart source-summary - The summary of each source.
 * @csspart source-body - Document, section and quote of each source.
 * @csspart quote - Each verbatim quote.
 * @csspart superseded - The notice that a source document has been replaced.
 * @csspart link - Every link.
 * @csspart help - The route to help (999, 111 press 2, Samaritans), under every form and checklist.
 * @csspart help-heading - Its heading.
 * @csspart translation-notice - In a translation, the notice that it is not yet reviewed (in that language).
 * @csspart translation-toggle - The notice's button that shows the English original, and back.
 *
 * @cssprop --shg-color-link - Link and "Source" colour (default the system link colour).
 * @cssprop --shg-color-focus - Focus outline colour.
 * @cssprop --shg-focus-width - Focus outline width (default 3px).
 * @cssprop --shg-color-border - Border colour (default the text colour).
 * @cssprop --shg-border-width - Border width (default 1px).
 * @cssprop --shg-color-surface - Background (default transparent).
 * @cssprop --shg-color-emergency - Edge of the route to help.
 * @cssprop --shg-color-met - Fill of "met" in the bars (each rating also has its own pattern).
 * @cssprop --shg-space - Spacing unit.
 * @cssprop --shg-radius - Corner radius.
 * @cssprop --shg-line-height - Line height (default 1.5).
 */
export class ShgSelfAssessment extends ShgElement {
  static override styles = [baseStyles, disclosureStyles, helpRouteStyles, selfAssessmentStyles];

  static override properties = {
    framework: { reflect: true },
    setting: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  /** `service` (the statement and NICE QS34; the default) or `policy` (a local self-harm policy). An unknown value shows `service` and says so in the console. */
  declare framework: string;

  /** Where the service sits, e.g. `mental-health`: narrows the service framework to what applies there. The reader can change it in the form. */
  declare setting: string | undefined;

  /** The level of the element's heading, 2 to 6 (default 2); section headings sit one below. */
  declare headingLevel: number | string;

  /** Hands a file to the reader as a download. Replaceable (tests record files instead). */
  static download: (file: DownloadFile) => void = downloadFile;
  /** Opens the browser's print dialog. Replaceable (tests record the call instead). */
  static print: () => void = () => window.print();

  #assessment: Assessment;
  /** The assessment as last saved to or opened from a file: the work is unsaved when it differs. */
  #savedJson: string;
  /** True while the reader keeps the work on this device (off until they switch it on). */
  #kept = false;
  #earlier: Assessment | undefined;
  #notice: Notice | undefined;
  #pending: Pending | undefined;
  #printing = false;
  #level: HeadingLevel = 2;
  #warning = false;
  readonly #rows = new Map<string, { readonly key: readonly unknown[]; readonly row: TemplateResult }>();

  constructor() {
    super(TAG);
    this.framework = DEFAULT_FRAMEWORK;
    this.setting = undefined;
    this.headingLevel = 2;
    this.#assessment = newAssessment(DEFAULT_FRAMEWORK, { date: today() });
    this.#savedJson = assessmentToJson(this.#assessment);
  }

  /** The assessment on screen. Setting it replaces the work on screen (after validating it, as a file is). */
  get assessment(): Assessment {
    return this.#assessment;
  }

  set assessment(value: Assessment) {
    const result = importAssessment(JSON.stringify(value) ?? '');
    if (!result.ok) {
      this.problems.report(`the assessment set was refused: ${result.message}`);
      return;
    }
    this.#load(result, { announce: false });
  }

  /** The summary per domain, theme or group of the assessment on screen. */
  get summary(): AssessmentSummary {
    return summarise(this.#assessment);
  }

  /** True when the work on screen has changes not saved to a file (or kept on this device). */
  get unsaved(): boolean {
    return !this.#kept && assessmentToJson(this.#assessment) !== this.#savedJson;
  }

  /** Whether the reader keeps the work on this device. */
  get keptOnDevice(): boolean {
    return this.#kept;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) {
      window.addEventListener('beforeprint', this.#beforePrint);
      window.addEventListener('afterprint', this.#afterPrint);
      this.#restoreKept();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
    this.#warnBeforeLeaving(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.#level = this.headingLevelOf(this.headingLevel);
    if ((changed.has('framework') || changed.has('setting')) && this.#pristine()) {
      const framework = this.#resolvedFramework();
      const setting = this.#resolvedSetting();
      if (framework !== this.#assessment.framework || setting !== this.#assessment.details.setting) {
        this.#startAfresh(framework, setting);
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#warnBeforeLeaving(this.unsaved);
  }

  /** True when nothing is at stake in replacing the work on screen: unchanged, unsaved nowhere, not kept. */
  #pristine(): boolean {
    return !this.#kept && !this.unsaved && this.#assessment.responses.every((r) => r.rating === 'not-assessed' && !r.evidence && !r.action && !r.owner && !r.due);
  }

  #resolvedFramework(): AssessmentFrameworkId {
    const value = this.framework ?? DEFAULT_FRAMEWORK;
    try {
      return assessmentFramework(value).framework;
    } catch (error) {
      if (!(error instanceof UnknownOptionError)) throw error;
      this.problems.report(`${error.message} Showing the "${DEFAULT_FRAMEWORK}" framework.`);
      return DEFAULT_FRAMEWORK;
    }
  }

  #resolvedSetting(): SettingId | undefined {
    const value = this.setting;
    if (value === undefined || value === null || value === '') return undefined;
    if (isSettingId(value)) return value;
    this.problems.report(`Unknown setting ${JSON.stringify(value)}. Use one of: ${settings().map((s) => s.id).join(', ')}. Showing every criterion.`);
    return undefined;
  }

  #startAfresh(framework: AssessmentFrameworkId, setting: SettingId | undefined): void {
    this.#assessment = newAssessment(framework, { date: today(), ...(setting === undefined ? {} : { setting }) });
    this.#savedJson = assessmentToJson(this.#assessment);
    this.#earlier = undefined;
  }

  // ── Changes ────────────────────────────────────────────────────────────────────────────────

  #changed(next: Assessment): void {
    this.#assessment = next;
    if (this.#kept) this.#keepOnDevice();
    this.#announceChange();
  }

  /** Tells the host the assessment changed, and renders it. */
  #announceChange(): void {
    this.dispatchEvent(new CustomEvent('shg-assessment-change', { detail: { assessment: this.#assessment }, bubbles: true, composed: true }));
    this.requestUpdate();
  }

  readonly #onResponse = (criterion: string, change: ResponseChange): void => {
    this.#changed(withResponse(this.#assessment, criterion, change));
  };

  #onDetails(change: Partial<AssessmentDetails>): void {
    this.#changed(withDetails(this.#assessment, change));
  }

  // ── Files ──────────────────────────────────────────────────────────────────────────────────

  #say(kind: Notice['kind'], say: () => string): void {
    this.#notice = { kind, say };
    this.requestUpdate();
  }

  /** Saves the work as a JSON file that can be opened again. */
  saveFile(): void {
    const { details, framework } = this.#assessment;
    const text = assessmentToJson(this.#assessment);
    ShgSelfAssessment.download({ name: fileNameFor(details.service, framework, details.date, 'json'), type: 'application/json', text });
    this.#savedJson = text;
    this.#say('status', () => msg('Saved to a file. Open it here again to carry on.'));
  }

  /** Downloads the work as a CSV spreadsheet (one row per criterion). A CSV cannot be opened here again. */
  saveSpreadsheet(): void {
    const { details, framework } = this.#assessment;
    ShgSelfAssessment.download({ name: fileNameFor(details.service, framework, details.date, 'csv'), type: 'text/csv;charset=utf-8', text: assessmentToCsv(this.#assessment) });
    this.#say('status', () => msg('Downloaded as a spreadsheet. To carry on here later, save to a file as well.'));
  }

  /** Prints the report: details, summary and every criterion with its response. */
  async printReport(): Promise<void> {
    this.#printing = true;
    this.requestUpdate();
    await this.updateComplete;
    try {
      ShgSelfAssessment.print();
    } finally {
      this.#printing = false;
      this.requestUpdate();
    }
  }

  // The browser's own Print (menu or Ctrl+P) prints the report too: rendered at once, before the page is laid out for paper.
  readonly #beforePrint = (): void => {
    if (this.#printing) return;
    this.#printing = true;
    this.requestUpdate();
    this.performUpdate();
  };

  readonly #afterPrint = (): void => {
    this.#printing = false;
    this.requestUpdate();
  };

  /** Opens a saved file. A file that cannot be opened is explained and changes nothing; unsaved work is only replaced once the reader agrees. */
  async openFile(file: File): Promise<ImportResult> {
    const result = await this.#read(file);
    if (!result.ok) {
      this.#say('alert', () => importProblemMessage(result));
      return result;
    }
    if (this.unsaved || this.#kept) {
      this.#pending = { kind: 'open', result };
      this.#notice = undefined;
      this.requestUpdate();
    } else {
      this.#load(result, { announce: true });
    }
    return result;
  }

  /** Compares the work on screen with an earlier saved file of the same framework. */
  async compareWith(file: File): Promise<ImportResult> {
    const result = await this.#read(file);
    if (!result.ok) {
      this.#say('alert', () => importProblemMessage(result));
      return result;
    }
    if (result.assessment.framework !== this.#assessment.framework) {
      this.#say('alert', () =>
        result.assessment.framework === 'policy'
          ? msg('That file is a policy check, and this is a service self-assessment: they cannot be compared. Nothing on screen has changed.')
          : msg('That file is a service self-assessment, and this is a policy check: they cannot be compared. Nothing on screen has changed.'),
      );
      return result;
    }
    this.#earlier = result.assessment;
    const date = result.assessment.details.date;
    this.#say('status', () => msg(str`Comparing with the file from ${date}. The comparison is below the summary.`));
    return result;
  }

  async #read(file: File): Promise<ImportResult> {
    const text = await readChosenFile(file);
    if (text === undefined) return { ok: false, code: 'too-large', path: undefined, message: 'This file is too large to be an assessment.' };
    return importAssessment(text);
  }

  #load(result: ImportedAssessment, { announce }: { announce: boolean }): void {
    this.#assessment = alignResponses(result.assessment);
    this.#savedJson = assessmentToJson(this.#assessment);
    this.#pending = undefined;
    if (this.#kept) this.#keepOnDevice();
    if (announce) {
      const { service, date } = result.assessment.details;
      const unknown = result.unknownCriteria;
      const migrated = result.migratedFrom !== undefined;
      this.#say('status', () =>
        [
          msg(str`Opened the assessment of "${service || '—'}" from ${date}.`),
          migrated ? msg('It was saved by an earlier version of this tool and has been brought up to date.') : '',
          unknown.length ? msg(str`It rates ${unknown.length} criteria this version does not know; they are kept, shown at the end and saved with the file: ${unknown.join(', ')}.`) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
    this.#announceChange();
  }

  /** Starts a new assessment, once the reader agrees if there is unsaved work. */
  startNew(): void {
    if (this.unsaved || this.#kept) {
      this.#pending = { kind: 'new' };
      this.#notice = undefined;
      this.requestUpdate();
      return;
    }
    this.#confirmNew();
  }

  #confirmNew(): void {
    this.#pending = undefined;
    this.#startAfresh(this.#assessment.framework, this.#resolvedSetting());
    if (this.#kept) this.#keepOnDevice();
    this.#say('status', () => msg('Started a new assessment.'));
  }

  #confirm(): void {
    const pending = this.#pending;
    if (pending?.kind === 'open') this.#load(pending.result, { announce: true });
    else if (pending?.kind === 'new') this.#confirmNew();
  }

  #cancel(): void {
    this.#pending = undefined;
    this.#say('status', () => msg('Kept the work on screen as it was.'));
  }

  // ── Keep on this device ────────────────────────────────────────────────────────────────────

  get #deviceKey(): string {
    return deviceKey(this.#assessment.framework);
  }

  /** Work the reader chose to keep on an earlier visit: read once, on arrival. */
  #restoreKept(): void {
    const text = readKept(deviceKey(this.#resolvedFramework()));
    if (text === undefined) return;
    const result = importAssessment(text);
    if (!result.ok) {
      this.#say('alert', () => msg('Work kept on this device could not be opened, so it was left as it was. Switch on "Keep this work on this device" to replace it.'));
      return;
    }
    this.#kept = true;
    this.#load(result, { announce: false });
    this.#say('status', () => msg('Opened the work kept on this device.'));
  }

  #keepOnDevice(): void {
    if (keep(this.#deviceKey, assessmentToJson(this.#assessment))) return;
    this.#kept = false;
    this.#say('alert', () => msg('This browser did not let the work be kept on this device. Save it to a file instead.'));
  }

  /** Switches "keep this work on this device" on or off; off deletes what was kept. */
  keepOnDevice(on: boolean): void {
    if (on) {
      this.#kept = true;
      this.#keepOnDevice();
      if (this.#kept) this.#say('status', () => msg('Kept on this device. Switch it off, or delete it, when you no longer need it here.'));
    } else {
      this.#kept = false;
      forget(this.#deviceKey);
      this.#say('status', () => msg('Deleted from this device. The work stays on screen until you leave the page.'));
    }
  }

  // ── Unsaved work ───────────────────────────────────────────────────────────────────────────

  readonly #beforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };

  /** Listens for leaving only while there is unsaved work, so a page with none leaves without a question. */
  #warnBeforeLeaving(on: boolean): void {
    if (on === this.#warning || isServer) return;
    this.#warning = on;
    if (on) window.addEventListener('beforeunload', this.#beforeUnload);
    else window.removeEventListener('beforeunload', this.#beforeUnload);
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────

  protected override renderContent(): TemplateResult {
    const framework = this.locale.localize(frameworkOf(this.#assessment));
    const level = this.#level;
    const intro = html`${heading(level, framework.title, 'heading')}
      <p part="intro" class="intro">${framework.description}</p>
      ${translationNotice(this.locale)}`;
    let body: TemplateResult;
    if (isServer) body = html`${this.#privacy()} ${checklist(framework, level)}`;
    else if (this.#printing) body = printableReport(this.locale.localize(assessmentReport(this.#assessment)), framework.setting, subLevel(level));
    else body = this.#form(framework);
    return html`<section part="base" class="base shg-self-assessment" aria-labelledby="heading" data-framework=${framework.framework} lang=${this.locale.locale}>
      ${intro} ${body}
      ${framework.qualityStatementsNotice ? html`<p class="attribution">${framework.qualityStatementsNotice}</p>` : nothing}
      ${
        // Self-harm is the subject of every criterion: whoever reads the form has a route to help.
        helpRoute(subLevel(level), 'section-get-help')
      }
    </section>`;
  }

  #privacy(): TemplateResult {
    return html`<p id="privacy" class="privacy" part="privacy">
      <strong>${msg('Write about the service, never about a person who uses it.')}</strong>
      ${msg('No names, dates of birth, NHS numbers or stories that could identify someone. Nothing you type leaves this page unless you save a file.')}
    </p>`;
  }

  #form(framework: ReturnType<typeof frameworkOf>): TemplateResult {
    const sub = subLevel(this.#level);
    const summary = this.locale.localize(summarise(this.#assessment));
    const responses = new Map(this.#assessment.responses.map((r) => [r.criterion, r]));
    return html`${this.#privacy()} ${this.#toolbar()} ${this.#notices()} ${this.#keepChoice()} ${this.#detailsFields(framework.framework)} ${this.#progress()}
      <section class="summary" part="summary" aria-labelledby="summary-heading">
        ${heading(sub, msg('Summary'), 'summary-heading', 'group-heading')} ${summaryChart(summary.groups, summary.overall)}
      </section>
      ${this.#comparison(sub)}
      ${framework.groups.map(
        (group) => html`<section class="group" part="group" aria-labelledby=${`group-${group.id}`} data-group=${group.id}>
          ${heading(sub, groupTitle(group), `group-${group.id}`, 'group-heading')} ${group.intro ? html`<p class="lead">${group.intro.text}</p>` : nothing}
          ${group.lead ? html`<p class="lead">${group.lead}</p>` : nothing}
          <ol class="criteria" role="list">
            ${group.criteria.map((criterion) => this.#row(group, criterion, responses.get(criterion.id) ?? blankResponse(criterion.id)))}
          </ol>
        </section>`,
      )}
      ${this.#keptResponses(sub, [...summary.unknownCriteria, ...summary.notInSetting], responses)}`;
  }

  /**
   * A criterion's template, made again only when its group, criterion, response or language
   * changed: a change re-renders the one criterion it touched (the others' responses are the same
   * objects), and Lit skips a template it has already committed. Made here rather than in Lit's
   * `guard`, whose callback runs after render, outside the element's language.
   */
  #row(group: CriteriaGroup, criterion: Criterion, response: AssessmentResponse): TemplateResult {
    const key = [group, criterion, response, this.locale.locale] as const;
    const cached = this.#rows.get(criterion.id);
    if (cached && cached.key.every((part, i) => part === key[i])) return cached.row;
    const row = criterionItem(group, criterion, response, this.#onResponse);
    this.#rows.set(criterion.id, { key, row });
    return row;
  }

  #toolbar(): TemplateResult {
    const chooser = (onFile: (file: File) => unknown) => (event: Event) => {
      const input = event.target as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) void onFile(file);
    };
    const pick = (id: string) => () => this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.click();
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${msg('Save, open and print')}>
      <button type="button" part="button" data-action="save" @click=${() => this.saveFile()}>${msg('Save to a file')}</button>
      <button type="button" part="button" data-action="open" @click=${pick('open-file')}>${msg('Open a saved file')}</button>
      <button type="button" part="button" data-action="csv" @click=${() => this.saveSpreadsheet()}>${msg('Download as a spreadsheet (CSV)')}</button>
      <button type="button" part="button" data-action="print" @click=${() => void this.printReport()}>${msg('Print the report')}</button>
      ${this.#earlier
        ? html`<button type="button" part="button" data-action="stop-comparing" @click=${() => ((this.#earlier = undefined), this.requestUpdate())}>${msg('Stop comparing')}</button>`
        : html`<button type="button" part="button" data-action="compare" @click=${pick('compare-file')}>${msg('Compare with an earlier file')}</button>`}
      <button type="button" part="button" data-action="new" @click=${() => this.startNew()}>${msg('Start a new assessment')}</button>
      <input type="file" id="open-file" accept=".json,application/json" hidden tabindex="-1" @change=${chooser((file) => this.openFile(file))} />
      <input type="file" id="compare-file" accept=".json,application/json" hidden tabindex="-1" @change=${chooser((file) => this.compareWith(file))} />
    </div>`;
  }

  #notices(): TemplateResult {
    const notice = this.#notice;
    const pending = this.#pending;
    return html`<div class="alert" part="alert" role="alert">${notice?.kind === 'alert' ? notice.say() : nothing}</div>
      <div class="status" part="status" role="status">${notice?.kind === 'status' ? notice.say() : nothing}</div>
      ${pending
        ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-question">
            <p id="confirm-question">
              ${pending.kind === 'open'
                ? msg('The work on screen will be replaced by the file you chose. Save it to a file first if you may need it.')
                : msg('Starting again clears the work on screen. Save it to a file first if you may need it.')}
              ${this.#kept ? msg('The copy kept on this device will be replaced too.') : nothing}
            </p>
            <button type="button" part="button" data-action="confirm" @click=${() => this.#confirm()}>
              ${pending.kind === 'open' ? msg('Replace it with the file') : msg('Clear it and start again')}
            </button>
            <button type="button" part="button" data-action="cancel" @click=${() => this.#cancel()}>${msg('Keep the work on screen')}</button>
          </div>`
        : nothing}`;
  }

  #keepChoice(): TemplateResult {
    return html`<div class="keep" part="keep">
      <label class="choice">
        <input type="checkbox" id="keep" aria-describedby="keep-hint" .checked=${this.#kept} @change=${(event: Event) => this.keepOnDevice((event.target as HTMLInputElement).checked)} />
        ${msg('Keep this work on this device')}
      </label>
      <p class="hint" id="keep-hint">
        ${msg('Off unless you switch it on. When on, your work is kept in this browser on this device until you delete it, and anyone who uses this browser could open it.')}
      </p>
      ${this.#kept ? html`<button type="button" part="button" data-action="forget" @click=${() => this.keepOnDevice(false)}>${msg('Delete it from this device')}</button>` : nothing}
    </div>`;
  }

  #detailsFields(framework: AssessmentFrameworkId): TemplateResult {
    const details = this.#assessment.details;
    const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
    return html`<fieldset class="details" part="details">
      <legend>${msg('About this assessment')}</legend>
      <div class="details-fields">
      <div class="field" part="field">
        <label for="service">${framework === 'policy' ? msg('Policy checked') : msg('Service assessed')}</label>
        <input id="service" type="text" maxlength="200" autocomplete="off" .value=${details.service} @input=${(e: Event) => this.#onDetails({ service: value(e) })} />
      </div>
      ${framework === 'service'
        ? html`<div class="field field-select" part="field">
            <label for="setting">${msg('Setting')}</label>
            <select id="setting" @change=${(e: Event) => this.#onDetails({ setting: isSettingId(value(e)) ? (value(e) as SettingId) : undefined })}>
              <option value="" ?selected=${details.setting === undefined}>${msg('Not set: every criterion')}</option>
              ${this.locale.localize(settings()).map((s) => html`<option value=${s.id} ?selected=${details.setting === s.id}>${s.name}</option>`)}
            </select>
          </div>`
        : nothing}
      <div class="field" part="field">
        <label for="date">${msg('Date of the assessment')}</label>
        <input id="date" type="date" required .value=${details.date} @change=${(e: Event) => value(e) && this.#onDetails({ date: value(e) })} />
      </div>
      <div class="field" part="field">
        <label for="role">${msg('Your role (not your name)')}</label>
        <input id="role" type="text" maxlength="200" autocomplete="organization-title" .value=${details.assessorRole} @input=${(e: Event) => this.#onDetails({ assessorRole: value(e) })} />
      </div>
      </div>
    </fieldset>`;
  }

  #progress(): TemplateResult {
    const { assessed, total } = progressOf(this.#assessment);
    return html`<p class="progress" part="progress">
      <label for="progress-bar">${msg('Progress')}</label>
      <progress id="progress-bar" max=${total} .value=${assessed}></progress>
      <span>${msg(str`${assessed} of ${total} criteria assessed`)}</span>
    </p>`;
  }

  #comparison(level: HeadingLevel): TemplateResult | typeof nothing {
    if (this.#earlier === undefined) return nothing;
    const comparison = this.locale.localize(compare(this.#earlier, this.#assessment));
    const framework = this.locale.localize(frameworkOf(this.#assessment));
    const groupOf = new Map(framework.groups.flatMap((g) => g.criteria.map((c) => [c.id, { group: g, criterion: c }] as const)));
    const moved = comparison.criteria.filter((c) => c.change !== 'unchanged');
    return html`<section class="comparison" part="comparison" aria-labelledby="comparison-heading">
      ${heading(level, msg(str`Compared with the earlier file (${comparison.earlier.date})`), 'comparison-heading', 'group-heading')}
      <p>
        ${msg(str`${comparison.changes.improved} improved, ${comparison.changes.declined} declined, ${comparison.changes.unchanged} unchanged, ${comparison.changes.changed + comparison.changes.added + comparison.changes.removed} otherwise changed.`)}
      </p>
      ${comparisonChart(comparison)}
      ${moved.length
        ? html`<ul class="changes">
            ${moved.map((c) => {
              const found = groupOf.get(c.criterion);
              const name = found ? criterionLabel(found.group, found.criterion.number) : c.criterion;
              const from = c.earlier ? ratingLabel(c.earlier) : '—';
              const to = c.later ? ratingLabel(c.later) : '—';
              return html`<li data-criterion=${c.criterion} data-change=${c.change}><strong>${changeLabel(c.change)}:</strong> ${name} (${from} → ${to})</li>`;
            })}
          </ul>`
        : nothing}
    </section>`;
  }

  /** Responses outside the framework on screen: never dropped, shown so the reader knows they are there. */
  #keptResponses(level: HeadingLevel, ids: readonly string[], responses: ReadonlyMap<string, AssessmentResponse>): TemplateResult | typeof nothing {
    if (ids.length === 0) return nothing;
    const known = new Map(criteriaOf(assessmentFramework(this.#assessment.framework)).map((c) => [c.id, c]));
    return html`<section class="kept" part="kept" aria-labelledby="kept-heading">
      ${heading(level, msg('Kept from the file'), 'kept-heading', 'group-heading')}
      <p>${msg('Responses for criteria this version does not know, or that do not apply in the setting chosen. They are kept, and saved with the file.')}</p>
      <ul>
        ${ids.map((id) => {
          const response = responses.get(id) ?? blankResponse(id);
          const criterion = known.get(id);
          return html`<li data-criterion=${id}>
            <code>${id}</code> ${criterion ? this.locale.localize(criterion).text : nothing}: <strong>${ratingLabel(response.rating)}</strong>
            ${response.evidence ? html`<br />${msg('Evidence:')} ${response.evidence}` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shg-self-assessment': ShgSelfAssessment;
  }
  interface HTMLElementEventMap {
    'shg-assessment-change': ShgAssessmentChangeEvent;
  }
}
