import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import { UnknownOptionError } from '../../core/errors.js';
import {
  DEFAULT_GUIDANCE_QUERY,
  guidanceFor,
  type AgeSection,
  type CommitmentsSection,
  type ExpectationsSection,
  type FocusItem,
  type Guidance,
  type GuidanceSection,
  type NicePracticePointsSection,
  type OutcomesSection,
  type ProfessionalResourcesSection,
  type QualityStatementsSection,
} from '../../core/guidance.js';
import { getSource, getStatement } from '../../core/statement.js';
import type { AgeGroup } from '../../../schema/services.js';
import type { GuidanceSettingId } from '../../../schema/setting-profile.js';
import type { AudienceId } from '../../../schema/statement.js';
import { baseStyles } from '../shared/base.styles.js';
import { disclosureStyles } from '../shared/disclosure.styles.js';
import { expectationList, hopeQuote } from '../shared/expectation-items.js';
import { heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { helpRoute } from '../shared/help-route.js';
import { helpRouteStyles } from '../shared/help-route.styles.js';
import { PrintExpander } from '../shared/print-expander.js';
import { expectationsIntro, expectationsTitle } from '../shared/section-titles.js';
import { ShgElement } from '../shared/shg-element.js';
import { translationNotice } from '../shared/translation-notice.js';
import { guidanceStyles } from './guidance.styles.js';
import { commitmentItem, focusItem, guidelineName, nicePointItem, outcomeItem, qualityStatementItem, resourceItem } from './items.js';

const TAG = 'shg-guidance';

/** An age group's name, and the heading of the section that brings forward what names it. */
function ageGroupWords(age: AgeGroup): { readonly name: string; readonly about: string } {
  switch (age) {
    case 'child':
      return { name: msg('Children'), about: msg('About children') };
    case 'young-person':
      return { name: msg('Young people'), about: msg('About young people') };
    case 'adult':
      return { name: msg('Adults'), about: msg('About adults') };
  }
}

/**
 * "What good looks like" for one setting and audience, from the Integrated Quality Statement
 * for Self-Harm (Welsh Government) and NICE. It opens with what matters most in the setting
 * ("Start here", each item with why), then, for an age group, what names that group; then the
 * rest by domain and theme, the outcomes, the NICE quality statements (QS34) that apply, the
 * superseded NICE CG133 points where continuing care is given (always marked as such), and
 * resources. Each section is a native `<details>`; each item can show its source. People and
 * carers see a route to help first; everyone sees one.
 *
 * Printing opens every section and source, and restores them afterwards.
 *
 * Its language follows `lang`: its own, else the nearest ancestor's, else the page's. English
 * and Welsh (`cy`) are built in; Welsh loads only when used (see docs/welsh.md).
 *
 * @tagname shg-guidance
 * @summary What good looks like in a setting, for an audience, with sources.
 *
 * @slot - Fallback for readers without JavaScript, shown until the element renders and hidden after: write the essentials here, or paste the static snippet (`shg-static`, `renderToHTML`).
 *
 * @csspart base - The box around everything.
 * @csspart heading - The element's heading.
 * @csspart intro - The line naming the setting and audience.
 * @csspart section - Each section's `<details>`.
 * @csspart section-summary - Each section's `<summary>`.
 * @csspart section-heading - The heading inside each section's summary.
 * @csspart status - The "Superseded" marks on NICE practice points.
 * @csspart list - Each list of items.
 * @csspart item - Each outcome, commitment, quality statement, practice point or resource.
 * @csspart why - Why a brought-forward item matters here ("Start here", an age group, front-line themes).
 * @csspart source - Each item's "Source" `<details>`.
 * @csspart source-summary - The summary of each source.
 * @csspart source-body - Document, section and quote of each source.
 * @csspart quote - Each verbatim quote.
 * @csspart superseded - The notice that a source document has been replaced.
 * @csspart help - The route to help (999, 111 press 2, Samaritans).
 * @csspart help-heading - Its heading.
 * @csspart hope - The statement's words of hope (person and carer views).
 * @csspart link - Every link.
 * @csspart attribution - The line naming the statement as the source.
 * @csspart translation-notice - In a translation, the notice that it is not yet reviewed (in that language).
 * @csspart translation-toggle - The notice's button that shows the English original, and back.
 *
 * @cssprop --shg-color-link - Link and "Source" colour (default the system link colour).
 * @cssprop --shg-color-focus - Focus outline colour.
 * @cssprop --shg-focus-width - Focus outline width (default 3px).
 * @cssprop --shg-color-border - Border colour (default the text colour).
 * @cssprop --shg-border-width - Border width (default 1px).
 * @cssprop --shg-color-surface - Its own opaque surface (default the system `Canvas`); set with `--shg-color-text` and `--shg-color-link`, keeping 4.5:1.
 * @cssprop --shg-color-text - Text on the surface (default the system `CanvasText`).
 * @cssprop --shg-color-emergency - Edge of the route to help.
 * @cssprop --shg-space - Spacing unit.
 * @cssprop --shg-radius - Corner radius.
 * @cssprop --shg-line-height - Line height (default 1.5).
 */
export class ShgGuidance extends ShgElement {
  static override styles = [baseStyles, disclosureStyles, helpRouteStyles, guidanceStyles];

  static override properties = {
    setting: { reflect: true },
    audience: { reflect: true },
    age: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  /**
   * Where help is sought, e.g. `emergency-department`, `primary-care`, `housing-homelessness`, or
   * `any-service` (the default): what every service responding to self-harm is asked for. An
   * unknown value shows `any-service` and says so in the console, never another setting.
   */
  declare setting: GuidanceSettingId;

  /** Who reads it: `person`, `carer`, `professional` or `service-lead` (default `person`). An unknown value shows the default and says so in the console. */
  declare audience: AudienceId;

  /**
   * The reader's age group, or the age group a service works with: `child`, `young-person` or
   * `adult`. Brings forward what names that group, and adds the lines for that age to the route to
   * help (Childline and Meic for children and young people). Unset: every age.
   */
  declare age: AgeGroup | undefined;

  /** The level of the element's heading, 2 to 6 (default 2); section headings sit one below. */
  declare headingLevel: number | string;

  #guidance: Guidance = guidanceFor(DEFAULT_GUIDANCE_QUERY);
  #level: HeadingLevel = 2;
  /** Printing shows everything, sources included. */
  readonly #print = new PrintExpander(this);

  constructor() {
    super(TAG);
    this.setting = DEFAULT_GUIDANCE_QUERY.setting;
    this.audience = DEFAULT_GUIDANCE_QUERY.audience;
    this.headingLevel = 2;
  }

  /** The guidance being shown: the resolved setting, audience and age, and its sections. */
  get guidance(): Guidance {
    return this.#guidance;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('setting') || changed.has('audience') || changed.has('age')) this.#guidance = this.#resolve();
    if (changed.has('headingLevel')) this.#level = this.headingLevelOf(this.headingLevel);
  }

  /** The guidance for the attributes; each unknown value falls back to its default, loudly. */
  #resolve(): Guidance {
    // A removed attribute (null) or an empty one means the default, silently; anything else unknown is reported.
    const query: { setting: unknown; audience: unknown; age: unknown } = {
      setting: this.setting ?? DEFAULT_GUIDANCE_QUERY.setting,
      audience: this.audience ?? DEFAULT_GUIDANCE_QUERY.audience,
      age: this.age || undefined,
    };
    // At most one retry per option: the defaults are known values.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      try {
        return guidanceFor(query);
      } catch (error) {
        if (!(error instanceof UnknownOptionError)) throw error;
        switch (error.option) {
          case 'setting':
            // Never another named setting: the neutral view, for any service.
            this.problems.report(`${error.message} Showing the guidance for any service responding to self-harm.`);
            query.setting = DEFAULT_GUIDANCE_QUERY.setting;
            break;
          case 'audience':
            this.problems.report(`${error.message} Showing the guidance for audience "${DEFAULT_GUIDANCE_QUERY.audience}".`);
            query.audience = DEFAULT_GUIDANCE_QUERY.audience;
            break;
          case 'age':
            this.problems.report(`${error.message} Showing the guidance for every age.`);
            query.age = undefined;
            break;
          default:
            throw error;
        }
      }
    }
    return guidanceFor(DEFAULT_GUIDANCE_QUERY);
  }

  protected override renderContent(): TemplateResult {
    const { setting, audience, age, sections } = this.locale.localize(this.#guidance);
    const plain = audience.plainLanguage;
    const title = plain ? msg(str`What good help looks like: ${setting.name}`) : msg(str`What good looks like: ${setting.name}`);
    const statementSource = this.locale.localize(getSource(getStatement().sourceDocument));
    return html`
      <section
        part="base"
        class="base shg-guidance"
        aria-labelledby="heading"
        data-setting=${setting.id}
        data-audience=${audience.id}
        data-age=${age ?? nothing}
        lang=${this.locale.locale}
      >
        ${heading(this.#level, title, 'heading')}
        <p part="intro" class="intro">
          ${msg(str`For: ${audience.name}. Setting: ${setting.name}.`)} ${age ? msg(str`Age group: ${ageGroupWords(age).name}.`) : nothing}
        </p>
        ${translationNotice(this.locale)} ${sections.map((section) => this.#renderSection(section, plain, setting.name))}
        ${statementSource
          ? html`<p part="attribution" class="attribution">
              ${msg('Source:')} <cite>${statementSource.title}</cite>, ${statementSource.publisher}.
            </p>`
          : nothing}
      </section>
    `;
  }

  #renderSection(section: GuidanceSection, plain: boolean, settingName: string): TemplateResult {
    switch (section.kind) {
      case 'get-help':
        // Never folded away: a route to help is always visible.
        return helpRoute(subLevel(this.#level), `section-${section.id}`, { age: this.#guidance.age });
      case 'start-here':
        return this.#details(
          section.id,
          msg(str`Start here: ${settingName}`),
          this.#focusList(section.items, msg('Why here:'), msg('start here'), plain),
          { open: true },
        );
      case 'age':
        return this.#details(section.id, ageGroupWords(section.age).about, this.#age(section, plain), { open: true });
      case 'expectations':
        return this.#details(section.id, expectationsTitle(section.audience), this.#expectations(section), { open: true });
      case 'outcomes':
        return this.#details(section.id, msg('Outcomes for the person'), this.#outcomes(section));
      case 'domain':
      case 'theme':
        return this.#details(
          section.id,
          section.kind === 'domain' ? msg(str`Domain: ${section.group.name}`) : msg(str`Theme: ${section.group.name}`),
          this.#commitments(section),
        );
      case 'front-line-themes':
        return this.#details(
          section.id,
          msg('Themes for front-line practice'),
          html`<p class="lead">${msg('From the themes services are asked to build in: the commitments that shape each contact.')}</p>
            ${this.#focusList(section.items, msg('Why at the front line:'), msg('front-line practice'), false)}`,
        );
      case 'quality-statements':
        return this.#details(section.id, msg('NICE quality standard (QS34)'), this.#qualityStatements(section));
      case 'nice-practice-points':
        return this.#details(section.id, msg('NICE practice points'), this.#nice(section), {
          status: html` <span class="status" part="status">${msg('Superseded')}</span>`,
        });
      case 'professional-resources':
        return this.#details(section.id, msg('Resources for professionals'), this.#resources(section));
    }
  }

  #details(id: string, title: string, body: TemplateResult, options: { open?: boolean; status?: TemplateResult } = {}): TemplateResult {
    return html`<details class="section" part="section" data-section=${id} ?open=${options.open ?? false}>
      <summary part="section-summary">${heading(subLevel(this.#level), title, `section-${id}`, 'section-heading')}${options.status ?? nothing}</summary>
      <div class="section-body">${body}</div>
    </details>`;
  }

  /** Items brought forward, each in its own form and with why; `where` tells their sources apart from the same items below. */
  #focusList(items: readonly FocusItem[], whyLabel: string, where: string, plain: boolean): TemplateResult {
    return html`<ul part="list" role="list" class="focus">
      ${items.map((item) => focusItem(item, whyLabel, where, plain))}
    </ul>`;
  }

  #age(section: AgeSection, plain: boolean): TemplateResult {
    return html`<p class="lead">${msg('What the guidance says that names this age group. Everything else below applies at every age.')}</p>
      ${this.#focusList(section.items, msg('Why for this age group:'), ageGroupWords(section.age).name, plain)}`;
  }

  #expectations(section: ExpectationsSection): TemplateResult {
    return html`<p class="lead">${expectationsIntro(section.audience)}</p>
      ${section.audience === 'carer' ? html`<p>${msg('Each point is written to the person you care for.')}</p>` : nothing}
      ${expectationList(section.items)} ${hopeQuote()}`;
  }

  #outcomes(section: OutcomesSection): TemplateResult {
    return html`<p class="lead">${section.lead.text}</p>
      <ol part="list">
        ${section.items.map((outcome) => outcomeItem(outcome))}
      </ol>`;
  }

  #commitments(section: CommitmentsSection): TemplateResult {
    return html`<p class="lead">${section.group.lead}</p>
      <ol part="list">
        ${section.items.map((commitment) => commitmentItem(commitment, section.group))}
      </ol>`;
  }

  #qualityStatements(section: QualityStatementsSection): TemplateResult {
    return html`<p class="lead">${section.standard.statusNotice}</p>
      <p>${msg('The current (2022) wording, for the statements that apply in this setting.')}</p>
      <ol part="list">
        ${section.items.map((statement) => qualityStatementItem(statement))}
      </ol>`;
  }

  #nice(section: NicePracticePointsSection): TemplateResult {
    const gaps = section.guideline.knownGaps ?? [];
    return html`<p class="notice" part="superseded">${section.guideline.statusNotice}</p>
      <ol part="list">
        ${section.items.map((point) => nicePointItem(point))}
      </ol>
      ${gaps.map((gap) => html`<p class="note known-gap" data-gap=${gap.id}>${gap.note}</p>`)}`;
  }

  #resources(section: ProfessionalResourcesSection): TemplateResult {
    return html`<ul part="list" role="list">
      ${section.items.map((resource) => resourceItem(resource))}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shg-guidance': ShgGuidance;
  }
}
