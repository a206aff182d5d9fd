import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import { UnknownOptionError } from '../../core/errors.js';
import {
  DEFAULT_GUIDANCE_QUERY,
  guidanceFor,
  type CommitmentsSection,
  type ExpectationsSection,
  type Guidance,
  type GuidanceSection,
  type NicePracticePointsSection,
  type OutcomesSection,
  type ProfessionalResourcesSection,
} from '../../core/guidance.js';
import { getSource, getStatement } from '../../core/statement.js';
import type { SourceDocument } from '../../../schema/source.js';
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
import { sourceDetails } from '../shared/source-ref.js';
import { guidanceStyles } from './guidance.styles.js';

const TAG = 'shg-guidance';

/** "NICE CG133 (2011)" from a NICE document's title and year, so a point always says where it is from. */
function guidelineName(doc: SourceDocument): string {
  const code = /\(([A-Z]{2,3}\d+)\)/.exec(doc.title)?.[1];
  const name = code ? `NICE ${code}` : doc.title;
  return doc.year ? `${name} (${doc.year})` : name;
}

/**
 * "What good looks like" for one setting and audience, from the Integrated Quality Statement
 * for Self-Harm (Welsh Government): the outcomes the person should experience, the commitments
 * that apply, themes for service leads, and NICE practice points (marked as superseded) where
 * they apply. Each section is a native `<details>`; each item can show its source. People and
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
 * @csspart base - The box around everything.
 * @csspart heading - The element's heading.
 * @csspart intro - The line naming the setting and audience.
 * @csspart section - Each section's `<details>`.
 * @csspart section-summary - Each section's `<summary>`.
 * @csspart section-heading - The heading inside each section's summary.
 * @csspart status - The "Superseded" marks on NICE practice points.
 * @csspart list - Each list of items.
 * @csspart item - Each outcome, commitment, practice point or resource.
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
    headingLevel: { attribute: 'heading-level' },
  };

  /**
   * Where help is sought, e.g. `emergency-department`, `primary-care`, `housing-homelessness`
   * (default `third-sector`). An unknown value shows the default and says so in the console.
   */
  declare setting: string;

  /** Who reads it: `person`, `carer`, `professional` or `service-lead` (default `person`). */
  declare audience: string;

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

  /** The guidance being shown: the resolved setting and audience, and its sections. */
  get guidance(): Guidance {
    return this.#guidance;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('setting') || changed.has('audience')) this.#guidance = this.#resolve();
    if (changed.has('headingLevel')) this.#level = this.headingLevelOf(this.headingLevel);
  }

  /** The guidance for the attributes; each unknown value falls back to its default, loudly. */
  #resolve(): Guidance {
    // A removed attribute (null) means the default, silently; anything else unknown is reported.
    const query: { setting: unknown; audience: unknown } = {
      setting: this.setting ?? DEFAULT_GUIDANCE_QUERY.setting,
      audience: this.audience ?? DEFAULT_GUIDANCE_QUERY.audience,
    };
    // At most one retry per option: the defaults are known values.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        return guidanceFor(query);
      } catch (error) {
        if (!(error instanceof UnknownOptionError) || (error.option !== 'setting' && error.option !== 'audience')) throw error;
        const fallback = DEFAULT_GUIDANCE_QUERY[error.option];
        this.problems.report(`${error.message} Showing the guidance for ${error.option} "${fallback}".`);
        query[error.option] = fallback;
      }
    }
    return guidanceFor(DEFAULT_GUIDANCE_QUERY);
  }

  protected override renderContent(): TemplateResult {
    const { setting, audience, sections } = this.locale.localize(this.#guidance);
    const plain = audience.plainLanguage;
    const title = plain ? msg(str`What good help looks like: ${setting.name}`) : msg(str`What good looks like: ${setting.name}`);
    const statementSource = this.locale.localize(getSource(getStatement().sourceDocument));
    return html`
      <section part="base" class="base" aria-labelledby="heading" data-setting=${setting.id} data-audience=${audience.id} lang=${this.locale.locale}>
        ${heading(this.#level, title, 'heading')}
        <p part="intro" class="intro">${msg(str`For: ${audience.name}. Setting: ${setting.name}.`)}</p>
        ${translationNotice(this.locale)} ${sections.map((section) => this.#renderSection(section))}
        ${statementSource
          ? html`<p part="attribution" class="attribution">
              ${msg('Source:')} <cite>${statementSource.title}</cite>, ${statementSource.publisher}.
            </p>`
          : nothing}
      </section>
    `;
  }

  #renderSection(section: GuidanceSection): TemplateResult {
    const level = subLevel(this.#level);
    switch (section.kind) {
      case 'get-help':
        // Never folded away: a route to help is always visible.
        return helpRoute(level, `section-${section.id}`);
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

  #expectations(section: ExpectationsSection): TemplateResult {
    return html`<p class="lead">${expectationsIntro(section.audience)}</p>
      ${section.audience === 'carer' ? html`<p>${msg('Each point is written to the person you care for.')}</p>` : nothing}
      ${expectationList(section.items)} ${hopeQuote()}`;
  }

  #outcomes(section: OutcomesSection): TemplateResult {
    return html`<p class="lead">${section.lead.text}</p>
      <ol part="list">
        ${section.items.map(
          (outcome) =>
            html`<li part="item" value=${outcome.number} data-item=${outcome.id}>
              ${outcome.text} ${sourceDetails(outcome.source, outcome.id, { label: msg(str`outcome ${outcome.number}`) })}
            </li>`,
        )}
      </ol>`;
  }

  #commitments(section: CommitmentsSection): TemplateResult {
    return html`<p class="lead">${section.group.lead}</p>
      <ol part="list">
        ${section.items.map(
          (commitment) =>
            html`<li part="item" value=${commitment.number} data-item=${commitment.id}>
              ${commitment.text}
              ${sourceDetails(commitment.source, commitment.id, { label: msg(str`${section.group.name} ${commitment.number}`) })}
            </li>`,
        )}
      </ol>`;
  }

  #nice(section: NicePracticePointsSection): TemplateResult {
    const from = guidelineName(section.source);
    const status = section.supersededBy
      ? msg(str`From ${from}, superseded by ${guidelineName(section.supersededBy)}.`)
      : msg(str`From ${from}, superseded.`);
    return html`<p class="notice" part="superseded">${section.guideline.statusNotice}</p>
      <ol part="list">
        ${section.items.map(
          (point) =>
            html`<li part="item" value=${point.number} data-item=${point.id}>
              <p class="point-status"><span class="status" part="status">${msg('Superseded')}</span> ${status}</p>
              <p class="point-section">${point.section}</p>
              <p>${point.text}</p>
              ${point.items ? html`<ul>${point.items.map((entry) => html`<li>${entry}</li>`)}</ul>` : nothing}
              ${point.note ? html`<p class="note">${point.note}</p>` : nothing}
              ${sourceDetails(point.source, point.id, { label: msg(str`NICE practice point ${point.number}`) })}
            </li>`,
        )}
      </ol>`;
  }

  #resources(section: ProfessionalResourcesSection): TemplateResult {
    return html`<ul part="list" role="list">
      ${section.items.map(
        (resource) =>
          html`<li part="item" data-item=${resource.id}>
            <p class="resource-title">${resource.title}</p>
            <p>${resource.text}</p>
            ${sourceDetails(resource.source, resource.id, { label: resource.title })}
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shg-guidance': ShgGuidance;
  }
}
