import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../shared/msg.js';
import type { ActionPlanResult } from '../../core/action-plan/parse.js';
import { planCoverage, type PlanCoverage } from '../../core/action-plan/coverage.js';
import { csvFileName, planCsv } from '../../core/action-plan/csv.js';
import { planIndex, type PlanIndex } from '../../core/action-plan/plan-index.js';
import { ACTION_STATUSES, AGE_FILTERS, ageFilterKeys, isActionState as isState, isAgeFilter, matchesFilter, statusNote, type ActionFilter } from '../../core/action-plan/words.js';
import type { ActionLink, ActionPlan, PlanAction, PlanOutcome, PriorityArea } from '../../../schema/action-plan.js';
import { baseStyles } from '../shared/base.styles.js';
import { disclosureStyles } from '../shared/disclosure.styles.js';
import { heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { helpRoute } from '../shared/help-route.js';
import { helpRouteStyles } from '../shared/help-route.styles.js';
import { PrintExpander } from '../shared/print-expander.js';
import { ShgElement } from '../shared/shg-element.js';
import { sourceDetails } from '../shared/source-ref.js';
import { translationNotice } from '../shared/translation-notice.js';
import { actionPlanStyles } from './action-plan.styles.js';
import { coverageView } from './coverage-view.js';
import { statementLabel } from './statement-labels.js';
import { ageFilterName, ageGroupName, citationWords, csvWords, statusIcon, statusName } from './words.js';

const TAG = 'shg-action-plan';

/**
 * A large plan renders in slices, one task each, so no task holds the page for long: the first
 * slice is this many actions, and each next one is sized from how long the last took, aiming at
 * `SLICE_MS` of rendering (the browser's layout and paint come on top).
 */
const FIRST_SLICE = 40;
const SLICE_MS = 25;
const SLICE_LIMITS = { min: 10, max: 120 };
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Checks a plan with the core's parser, which comes (with zod) in a chunk of its own. A chunk that
 * cannot load (a host that copied embed.js without embed-chunks/) is a refusal that says so, so
 * the element never stays at "Checking the plan…" and its route to help stays.
 */
async function checkPlan(input: unknown): Promise<ActionPlanResult> {
  let parser: typeof import('../../core/action-plan/parse.js');
  try {
    parser = await import('../../core/action-plan/parse.js');
  } catch (error) {
    return { ok: false, error: `its plan checker could not load from embed-chunks/ (${String(error)}). Serve that folder beside embed.js.` };
  }
  return parser.parseActionPlanInSlices(input);
}

/** What the element holds: nothing yet, a plan being checked, a checked plan, or a refusal. */
type PlanState =
  | { readonly kind: 'none' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'shown'; readonly plan: ActionPlan; readonly index: PlanIndex; readonly coverage: PlanCoverage; readonly warnings: readonly string[] }
  | { readonly kind: 'refused'; readonly error: string };


/**
 * A local action plan: priority areas, their outcomes and numbered actions, each with its status
 * (in words and an icon), links, age group, lead, due date, the NICE QS34 statements it cites and
 * the statement's outcomes and commitments it serves. Readers filter by status and age group,
 * follow links between actions, see the plan's coverage against the statement, print it, and
 * download it as CSV (built in the page: nothing is sent or stored).
 *
 * The plan comes from a child `<script type="application/json">` or the `plan` property, and is
 * checked whole: a plan with any problem is not shown at all, and one message (in the element and
 * the console) says what is wrong and where. A link to an action the plan does not have is shown
 * as plain text, with a console warning. The routes to help are always shown.
 *
 * The interface follows `lang` (English or Welsh); the plan's own text keeps the plan's `lang`.
 *
 * @tagname shg-action-plan
 * @summary A local self-harm action plan, with filters, links, coverage, print and CSV.
 *
 * @slot - Fallback for readers without JavaScript, shown until the element renders and hidden after: write a short summary of the plan, or a link to it, here. A `<script type="application/json">` here holds the plan (see `plan`); it is read, never shown.
 *
 * @fires {Event} shg-plan-ready - The plan has been checked, and shown or refused.
 *
 * @csspart base - The element's outer section.
 * @csspart heading - The plan's title.
 * @csspart details - The plan's area, organisations, period and last update.
 * @csspart help - The "Get help now" box: 999, 111 press 2 and Samaritans, always visible.
 * @csspart help-heading - Its heading.
 * @csspart controls - The filters and the print and download buttons.
 * @csspart count - How many actions the filters show, announced politely.
 * @csspart warnings - The note of links to actions the plan does not have.
 * @csspart error - Why a plan was not shown.
 * @csspart area - Each priority area.
 * @csspart area-heading - Its heading.
 * @csspart outcome - Each outcome of the plan.
 * @csspart outcome-heading - Its heading.
 * @csspart action - Each action.
 * @csspart status - An action's status: icon and words.
 * @csspart link - Every link.
 * @csspart coverage - The coverage view (a `<details>`).
 * @csspart coverage-summary - Its summary.
 * @csspart coverage-heading - Its headings.
 * @csspart source - The "Source" disclosure under an action from a documented plan.
 * @csspart source-summary - Its summary.
 * @csspart source-body - What it holds: document, section and quote.
 * @csspart quote - The verbatim quote from the source document.
 * @csspart superseded - The notice on a superseded source.
 * @csspart translation-notice - In a translation, the notice that it is not yet reviewed (in that language).
 * @csspart translation-toggle - The notice's button that shows the English original, and back.
 *
 * @cssprop --shg-color-link - Link colour (default the system link colour).
 * @cssprop --shg-color-focus - Focus outline colour.
 * @cssprop --shg-focus-width - Focus outline width.
 * @cssprop --shg-color-border - Borders (default the text colour).
 * @cssprop --shg-color-surface - Background (default transparent).
 * @cssprop --shg-color-emergency - Edge of the "Get help now" box.
 * @cssprop --shg-space - Spacing unit.
 * @cssprop --shg-radius - Corner radius.
 * @cssprop --shg-line-height - Line height.
 */
export class ShgActionPlan extends ShgElement {
  static override styles = [baseStyles, disclosureStyles, helpRouteStyles, actionPlanStyles];

  static override properties = {
    plan: { attribute: false },
    headingLevel: { attribute: 'heading-level' },
    statusFilter: { attribute: 'status-filter', reflect: true },
    ageFilter: { attribute: 'age-filter', reflect: true },
  };

  /**
   * Saves the CSV. Builds a file in the page and hands it to the browser's download: no request.
   * Tests replace it to see what would be saved without a download.
   */
  static save(fileName: string, text: string, root: ParentNode): void {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    root.append(link);
    link.click();
    link.remove();
    // After the click has been handled, the file no longer needs to stay in memory.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * The plan (see docs/action-plans.md): an object, or its JSON text. Checked whole before anything
   * of it is shown. Or put the same JSON in a child `<script type="application/json">`.
   */
  declare plan: unknown;

  /** The level of the plan's title, 2 to 6 (default 2); priority areas sit one below, outcomes two below. */
  declare headingLevel: number | string;

  /** Shows only actions in this status (`idea`, `initial-meeting`, `underway`, `awaiting`, `complete`); empty shows all. */
  declare statusFilter: string | undefined;

  /** Shows only actions for `children-and-young-people` or `adults` (each with those for both), or `not-stated`; empty shows all. */
  declare ageFilter: string | undefined;

  #state: PlanState = { kind: 'none' };
  #level: HeadingLevel = 2;
  /** How many actions, in plan order, are rendered so far (large plans render in slices). */
  #rendered = 0;
  /** Whether the coverage section's body is rendered (coverage-view.ts): once opened, or printed. */
  #coverageExpanded = false;
  #slice = FIRST_SLICE;
  #lastUpdateMs = 0;
  #sliceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts each check, so a plan replaced while it was being checked never shows. */
  #checks = 0;
  /** Printing shows the coverage and every source, not only what happens to be open. */
  readonly #print = new PrintExpander(this);

  constructor() {
    super(TAG);
    this.headingLevel = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#renderAll);
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script && this.plan === undefined) void this.#check(script.textContent ?? '');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#renderAll);
    clearTimeout(this.#sliceTimer);
  }

  /** Printing happens at once, so every action not yet rendered, and the coverage, render now, in one go. */
  #renderAll = (): void => {
    if (this.#state.kind !== 'shown' || (this.#rendered >= this.#state.index.actions.size && this.#coverageExpanded)) return;
    this.#rendered = this.#state.index.actions.size;
    this.#coverageExpanded = true;
    this.requestUpdate();
    this.performUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan !== undefined) void this.#check(this.plan);
    if (changed.has('headingLevel')) this.#level = this.headingLevelOf(this.headingLevel);
    if (changed.has('statusFilter') && this.statusFilter && !isState(this.statusFilter)) {
      this.problems.report(`status-filter "${this.statusFilter}" is not a status. Use one of: ${ACTION_STATUSES.join(', ')}. Showing every status.`);
    }
    if (changed.has('ageFilter') && this.ageFilter && !isAgeFilter(this.ageFilter)) {
      this.problems.report(`age-filter "${this.ageFilter}" is not known. Use one of: ${AGE_FILTERS.join(', ')}. Showing every age group.`);
    }
  }

  protected override firstUpdated(): void {
    if (this.#state.kind === 'none' && this.plan === undefined) {
      this.problems.report('has no plan: set its plan property, or put the plan’s JSON in a child <script type="application/json">.');
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    const start = performance.now();
    super.update(changed);
    this.#lastUpdateMs = performance.now() - start;
  }

  protected override updated(): void {
    // Render the next slice in a task of its own, sized from how long this one took.
    if (this.#state.kind !== 'shown' || this.#rendered >= this.#state.index.actions.size || this.#sliceTimer !== undefined) return;
    // At most double each time: a quick slice is no promise that a bigger one will be quick.
    const scaled = Math.min(this.#slice * 2, Math.round((this.#slice * SLICE_MS) / Math.max(this.#lastUpdateMs, 1)));
    this.#slice = Math.min(SLICE_LIMITS.max, Math.max(SLICE_LIMITS.min, scaled));
    this.#sliceTimer = setTimeout(() => {
      this.#sliceTimer = undefined;
      this.#rendered += this.#slice;
      this.requestUpdate();
    }, 0);
  }

  /**
   * Checks a plan with the core's parser (with zod, loaded only when a plan is given), an outcome
   * at a time so a large plan never holds the page, and shows it whole, or says why not. Resolves
   * once the result has rendered.
   */
  async #check(input: unknown): Promise<void> {
    const check = ++this.#checks;
    this.#state = { kind: 'checking' };
    clearTimeout(this.#sliceTimer);
    this.#sliceTimer = undefined;
    this.requestUpdate();
    const result = await checkPlan(input);
    // The first render starts a task of its own, after the checking's last slice.
    await nextTask();
    if (check !== this.#checks) return;
    if (result.ok) {
      this.#state = { kind: 'shown', plan: result.plan, index: planIndex(result.plan), coverage: planCoverage(result.plan), warnings: result.warnings };
      this.#rendered = FIRST_SLICE;
      this.#slice = FIRST_SLICE;
      if (result.warnings.length) console.warn(`<${TAG}>: ${result.warnings.join(' ')} Those links are shown as plain text.`);
    } else {
      this.#state = { kind: 'refused', error: result.error };
      this.problems.report(`did not show the plan, because ${result.error}`);
    }
    this.requestUpdate();
    await this.updateComplete;
    this.dispatchEvent(new Event('shg-plan-ready'));
  }

  get #filter(): ActionFilter {
    return {
      status: isState(this.statusFilter) ? this.statusFilter : undefined,
      age: isAgeFilter(this.ageFilter) ? this.ageFilter : undefined,
    };
  }

  #onCoverageToggle = (event: Event): void => {
    if (this.#coverageExpanded || !(event.currentTarget as HTMLDetailsElement).open) return;
    this.#coverageExpanded = true;
    this.requestUpdate();
  };

  #onStatusFilter = (event: Event): void => {
    this.statusFilter = (event.target as HTMLSelectElement).value || undefined;
  };

  #onAgeFilter = (event: Event): void => {
    this.ageFilter = (event.target as HTMLSelectElement).value || undefined;
  };

  #onPrint = (): void => {
    window.print();
  };

  #onDownload = (): void => {
    if (this.#state.kind !== 'shown') return;
    const { plan } = this.#state;
    const text = this.locale.render(() => planCsv(plan, csvWords()));
    (this.constructor as typeof ShgActionPlan).save(csvFileName(plan), text, this.renderRoot);
  };

  /** Follows a link to an action or outcome within the plan: shows it (clearing filters that hide it) and moves focus to it. */
  #onPlanLink = async (event: Event): Promise<void> => {
    event.preventDefault();
    const target = (event.currentTarget as HTMLAnchorElement).dataset.target!;
    if (this.#state.kind !== 'shown') return;
    const placed = this.#state.index.actions.get(target.replace(/^action-/, ''));
    if (placed && !matchesFilter(placed.action, this.#filter)) {
      this.statusFilter = undefined;
      this.ageFilter = undefined;
    }
    this.#rendered = this.#state.index.actions.size;
    this.requestUpdate();
    await this.updateComplete;
    const element = this.shadowRoot?.getElementById(target);
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  };

  protected override renderContent(): TemplateResult {
    const state = this.#state;
    if (state.kind !== 'shown') return this.#renderWithoutPlan(state);
    const { plan } = state;
    const lang = plan.lang ?? 'en';
    const filter = this.#filter;
    // The filters hide actions through the styles (each action carries its state and the age
    // filters it passes), so changing one never re-renders 2,000 actions.
    return html`
      <section
        part="base"
        class="base plan"
        aria-labelledby="heading"
        lang=${this.locale.locale}
        data-status-filter=${filter.status ?? nothing}
        data-age-filter=${filter.age ?? nothing}
      >
        ${heading(this.#level, html`<span lang=${lang}>${plan.title}</span>`, 'heading')} ${this.#renderDetails(plan)}
        ${translationNotice(this.locale)} ${helpRoute(subLevel(this.#level), 'help-heading')} ${this.#renderControls(state)}
        ${state.warnings.length ? this.#renderWarnings(state.warnings) : nothing} ${this.#renderAreas(state)}
        ${guard([state, this.locale.locale, this.#level, this.#coverageExpanded], () =>
          this.locale.render(() =>
            coverageView(state.coverage, {
              level: subLevel(this.#level),
              planLang: lang,
              mappingNote: plan.mappingNote,
              actionLink: (id) => this.#planLink(`action-${id}`, id),
              expanded: this.#coverageExpanded,
              onToggle: this.#onCoverageToggle,
            }),
          ),
        )}
      </section>
    `;
  }

  #renderWithoutPlan(state: Exclude<PlanState, { kind: 'shown' }>): TemplateResult {
    return html`
      <section part="base" class="base plan" aria-labelledby="heading" lang=${this.locale.locale}>
        ${heading(this.#level, msg('Local action plan'), 'heading')} ${translationNotice(this.locale)}
        ${state.kind === 'refused'
          ? html`<p class="error" part="error">
              ${msg('This action plan cannot be shown, because it has a problem. The site that shows it can fix it:')}
              <span class="error-detail" lang="en">${state.error}</span>
            </p>`
          : html`<p part="count" role="status">${state.kind === 'checking' ? msg('Checking the plan…') : msg('No action plan has been given.')}</p>`}
        ${helpRoute(subLevel(this.#level), 'help-heading')}
      </section>
    `;
  }

  #renderDetails(plan: ActionPlan): TemplateResult {
    const lang = plan.lang ?? 'en';
    const row = (term: string, value: unknown) => html`<div><dt>${term}</dt><dd lang=${lang}>${value}</dd></div>`;
    const period = plan.period && (plan.period.from || plan.period.to) ? [plan.period.from, plan.period.to].filter(Boolean).join(' – ') : undefined;
    return html`<dl class="details" part="details">
      ${row(msg('Area'), plan.area)} ${plan.organisations?.length ? row(msg('Organisations'), plan.organisations.join(', ')) : nothing}
      ${period ? row(msg('Period'), period) : nothing} ${plan.lastUpdated ? row(msg('Last updated'), plan.lastUpdated) : nothing}
    </dl>`;
  }

  #renderControls(state: Extract<PlanState, { kind: 'shown' }>): TemplateResult {
    const filter = this.#filter;
    let shown = 0;
    for (const { action } of state.index.actions.values()) if (matchesFilter(action, filter)) shown += 1;
    const total = state.index.actions.size;
    return html`<div class="controls" part="controls">
        <div class="filters" role="group" aria-labelledby="filters-label">
          <p id="filters-label" class="filters-label">${msg('Show actions')}</p>
          <label>
            <span>${msg('Status')}</span>
            <select @change=${this.#onStatusFilter} .value=${live(filter.status ?? '')}>
              <option value="">${msg('Every status')}</option>
              ${ACTION_STATUSES.map((s) => html`<option value=${s} ?selected=${filter.status === s}>${statusName(s)}</option>`)}
            </select>
          </label>
          <label>
            <span>${msg('Age group')}</span>
            <select @change=${this.#onAgeFilter} .value=${live(filter.age ?? '')}>
              <option value="">${msg('Every age group')}</option>
              ${AGE_FILTERS.map((a) => html`<option value=${a} ?selected=${filter.age === a}>${ageFilterName(a)}</option>`)}
            </select>
          </label>
        </div>
        <div class="buttons">
          <button type="button" @click=${this.#onPrint}>${msg('Print the plan')}</button>
          <button type="button" @click=${this.#onDownload}>${msg('Download as CSV (spreadsheet)')}</button>
        </div>
      </div>
      <p class="count" part="count" role="status">
        ${shown === total ? msg(str`Showing all ${total} actions.`) : msg(str`Showing ${shown} of ${total} actions.`)}
      </p>`;
  }

  #renderWarnings(warnings: readonly string[]): TemplateResult {
    return html`<div class="warnings" part="warnings">
      <p>${msg('Some links in this plan go to actions or outcomes it does not have. They are shown as plain text:')}</p>
      <ul>
        ${warnings.map((w) => html`<li lang="en">${w}</li>`)}
      </ul>
    </div>`;
  }

  #renderAreas(state: Extract<PlanState, { kind: 'shown' }>): TemplateResult {
    const filter = this.#filter;
    const filtering = filter.status !== undefined || filter.age !== undefined;
    const lang = state.plan.lang ?? 'en';
    let budget = this.#rendered;
    return html`${state.plan.priorityAreas.map((area) => {
      if (budget <= 0) return nothing;
      let areaShows = !filtering;
      const outcomes = area.outcomes.map((outcome) => {
        if (budget <= 0) return nothing;
        const shown = Math.min(budget, outcome.actions.length);
        budget -= outcome.actions.length;
        const outcomeShows = !filtering || outcome.actions.some((action) => matchesFilter(action, filter));
        areaShows ||= outcomeShows;
        return this.#renderOutcome(state, outcome, shown, !outcomeShows, lang);
      });
      return this.#renderArea(area, outcomes, !areaShows, lang);
    })}`;
  }

  #renderArea(area: PriorityArea, outcomes: unknown, hidden: boolean, lang: string): TemplateResult {
    const id = `area-${area.id}`;
    return html`<section class="area" part="area" id=${id} aria-labelledby="${id}-heading" ?hidden=${hidden}>
      ${heading(subLevel(this.#level), html`<span lang=${lang}>${area.id}. ${area.title}</span>`, `${id}-heading`, 'area-heading')} ${outcomes}
    </section>`;
  }

  #renderOutcome(state: Extract<PlanState, { kind: 'shown' }>, outcome: PlanOutcome, shown: number, hidden: boolean, lang: string): TemplateResult {
    const id = `outcome-${outcome.id}`;
    // Only an outcome whose rendered actions changed (a new slice, a new language) renders again.
    // Lit runs the guard's function after render() returns, so it sets the language itself.
    return html`<section class="outcome" part="outcome" id=${id} tabindex="-1" aria-labelledby="${id}-heading" ?hidden=${hidden}>
      ${guard([outcome, shown, this.locale.locale, this.#level, state], () =>
        this.locale.render(
          () => html`${heading(subLevel(subLevel(this.#level)), msg(str`Outcome ${outcome.id}`), `${id}-heading`, 'outcome-heading')}
            <p class="outcome-text" lang=${lang}>${outcome.text}</p>
            ${outcome.qs34?.length ? html`<p class="cites">${msg('Cites NICE QS34:')} ${outcome.qs34.map(citationWords).join('; ')}</p>` : nothing}
            ${shown
              ? html`<ol role="list" class="actions" aria-label=${msg(str`Actions for outcome ${outcome.id}`)}>
                  ${outcome.actions.slice(0, shown).map(
                    (action) =>
                      html`<li class="action" part="action" id="action-${action.id}" tabindex="-1" data-state=${action.status.state} data-ages=${ageFilterKeys(action.ageGroup).join(' ')}>
                        ${this.#actionBody(state, action, lang)}
                      </li>`,
                  )}
                </ol>`
              : nothing}`,
        ),
      )}
    </section>`;
  }

  #actionBody(state: Extract<PlanState, { kind: 'shown' }>, action: PlanAction, lang: string): TemplateResult {
    const note = statusNote(action.status);
    const row = (term: string, value: unknown, valueLang?: string) => html`<div><dt>${term}</dt><dd lang=${valueLang ?? nothing}>${value}</dd></div>`;
    return html`<p class="action-text"><span class="action-id">${msg(str`Action ${action.id}`)}</span> <span lang=${lang}>${action.text}</span></p>
      <dl class="facts">
        <div>
          <dt>${msg('Status')}</dt>
          <dd>
            <span class="status" part="status">${statusIcon(action.status.state)} ${statusName(action.status.state)}</span>
            ${note ? html`<q class="status-note" lang=${lang}>${note}</q>` : nothing}
          </dd>
        </div>
        ${row(msg('Age group'), ageGroupName(action.ageGroup))}
        ${action.links && (action.links.text || action.links.to.length) ? row(msg('Links'), this.#renderLinks(state, action.links.text, action.links.to, lang)) : nothing}
        ${action.lead ? row(msg('Lead'), action.lead, lang) : nothing} ${action.due ? row(msg('Due'), action.due) : nothing}
        ${action.qs34?.length ? row(msg('NICE QS34'), action.qs34.map(citationWords).join('; ')) : nothing}
        ${action.statementMapping?.ids.length
          ? row(
              msg('Serves in the statement'),
              html`${action.statementMapping.ids.map(statementLabel).join(', ')}${action.statementMapping.by === 'editorial'
                ? html` <span class="judgement">${msg('(an editorial judgement, not the plan’s own)')}</span>`
                : nothing}`,
            )
          : nothing}
      </dl>
      ${action.source ? sourceDetails(action.source, action.id, { label: msg(str`Action ${action.id}`) }) : nothing}`;
  }

  #renderLinks(state: Extract<PlanState, { kind: 'shown' }>, text: string | undefined, to: readonly ActionLink[], lang: string): TemplateResult {
    const targets = to.map((link) => {
      if (link.type === 'workstream') return html`<li class="workstream" lang=${lang}>${link.name}</li>`;
      const exists = link.type === 'action' ? state.index.actions.has(link.id) : state.index.outcomes.has(link.id);
      const label = link.type === 'action' ? msg(str`Action ${link.id}`) : msg(str`Outcome ${link.id}`);
      if (!exists) return html`<li class="missing">${label} ${msg('(not in this plan)')}</li>`;
      const prefix = link.type === 'action' && link.relation === 'depends-on' ? html`${msg('Waits for')} ` : nothing;
      return html`<li>${prefix}${this.#planLink(`${link.type}-${link.id}`, label)}</li>`;
    });
    return html`${text ? html`<span lang=${lang}>${text}</span>` : nothing}
      ${targets.length ? html`<ul role="list" class="link-targets">${targets}</ul>` : nothing}`;
  }

  #planLink(target: string, label: string): TemplateResult {
    return html`<a href="#${target}" part="link" data-target=${target} @click=${this.#onPlanLink}>${label}</a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shg-action-plan': ShgActionPlan;
  }
}
