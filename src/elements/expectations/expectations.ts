import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '../shared/msg.js';
import { UnknownOptionError } from '../../core/errors.js';
import { DEFAULT_GUIDANCE_QUERY, guidanceFor, type ExpectationsSection } from '../../core/guidance.js';
import { getSource, getStatement } from '../../core/statement.js';
import type { GuidanceSettingId } from '../../../schema/setting-profile.js';
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
import { expectationsStyles } from './expectations.styles.js';

const TAG = 'shg-expectations';

/** The audiences this element speaks to; staff read `shg-guidance`. */
export const EXPECTATIONS_AUDIENCES = ['person', 'carer'] as const;
export type ExpectationsAudience = (typeof EXPECTATIONS_AUDIENCES)[number];

const isExpectationsAudience = (value: unknown): value is ExpectationsAudience =>
  typeof value === 'string' && (EXPECTATIONS_AUDIENCES as readonly string[]).includes(value);

/**
 * "What you can expect when you ask for help": the statement's outcomes in plain words, for a
 * person who self-harms or someone who cares for them. Each has "What the statement says" (the
 * original words and their source) one click away. It ends with the statement's words of hope
 * and a route to help: 999, 111 press 2 in Wales, and Samaritans.
 *
 * Its language follows `lang`: its own, else the nearest ancestor's, else the page's. English
 * and Welsh (`cy`) are built in; Welsh loads only when used (see docs/welsh.md).
 *
 * @tagname shg-expectations
 * @summary What you can expect when you ask for help, in plain words.
 *
 * @slot - Fallback for readers without JavaScript, shown until the element renders and hidden after: write the essentials here, or paste the static snippet (`shg-static`, `renderToHTML`).
 *
 * @csspart base - The box around everything.
 * @csspart heading - The element's heading.
 * @csspart intro - The sentence the outcomes complete.
 * @csspart list - The list of outcomes.
 * @csspart item - Each outcome.
 * @csspart source - Each "What the statement says" `<details>`.
 * @csspart source-summary - Its summary.
 * @csspart source-body - Document, section and the statement's words.
 * @csspart quote - Each verbatim quote.
 * @csspart hope - The statement's words of hope.
 * @csspart help - The route to help (999, 111 press 2, Samaritans).
 * @csspart help-heading - Its heading.
 * @csspart link - Every link.
 * @csspart attribution - The line naming the statement as the source.
 * @csspart translation-notice - In a translation, the notice that it is not yet reviewed (in that language).
 * @csspart translation-toggle - The notice's button that shows the English original, and back.
 *
 * @cssprop --shg-color-link - Link and "What the statement says" colour (default the system link colour).
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
export class ShgExpectations extends ShgElement {
  static override styles = [baseStyles, disclosureStyles, helpRouteStyles, expectationsStyles];

  static override properties = {
    audience: { reflect: true },
    setting: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  /** `person` (default) speaks to the person; `carer` to someone who cares for them. */
  declare audience: ExpectationsAudience;

  /**
   * Narrows the outcomes to a setting, e.g. `emergency-department` leaves out the one that does
   * not apply where urgent medical treatment is given. Default `any-service`: all 12 outcomes.
   */
  declare setting: GuidanceSettingId;

  /** The level of the element's heading, 2 to 6 (default 2); the help heading sits one below. */
  declare headingLevel: number | string;

  #section!: ExpectationsSection;
  #level: HeadingLevel = 2;
  /** Printing shows everything, sources included. */
  readonly #print = new PrintExpander(this);

  constructor() {
    super(TAG);
    this.audience = 'person';
    this.setting = DEFAULT_GUIDANCE_QUERY.setting;
    this.headingLevel = 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('audience') || changed.has('setting')) this.#section = this.#resolve();
    if (changed.has('headingLevel')) this.#level = this.headingLevelOf(this.headingLevel);
  }

  #resolve(): ExpectationsSection {
    let audience: ExpectationsAudience = 'person';
    // A removed attribute (null) means the default, silently; anything else unknown is reported.
    if (isExpectationsAudience(this.audience)) audience = this.audience;
    else if (this.audience !== null && this.audience !== undefined) {
      this.problems.report(
        `audience "${this.audience}" is not known here. Use one of: ${EXPECTATIONS_AUDIENCES.join(', ')}. Showing what a person can expect.`,
      );
    }
    let setting: unknown = this.setting ?? DEFAULT_GUIDANCE_QUERY.setting;
    let guidance;
    try {
      guidance = guidanceFor({ setting, audience });
    } catch (error) {
      if (!(error instanceof UnknownOptionError)) throw error;
      setting = DEFAULT_GUIDANCE_QUERY.setting;
      // Never another named setting: the outcomes that apply to any service.
      this.problems.report(`${error.message} Showing the outcomes for any service responding to self-harm.`);
      guidance = guidanceFor({ setting, audience });
    }
    const section = guidance.sections.find((s): s is ExpectationsSection => s.kind === 'expectations');
    // The core gives people and carers this section for every setting; a broken build would show a bare help route.
    if (!section) throw new Error('guidanceFor() returned no expectations section for a person or carer');
    return section;
  }

  protected override renderContent(): TemplateResult {
    const statementSource = this.locale.localize(getSource(getStatement().sourceDocument));
    const { audience } = this.#section;
    return html`
      <section part="base" class="base shg-expectations" aria-labelledby="heading" data-audience=${audience} lang=${this.locale.locale}>
        ${heading(this.#level, expectationsTitle(audience), 'heading')}
        <p part="intro" class="lead">${expectationsIntro(audience)}</p>
        ${translationNotice(this.locale)}
        ${audience === 'carer' ? html`<p class="carer-note">${msg('Each point is written to the person you care for.')}</p>` : nothing}
        ${expectationList(this.#section.items)} ${hopeQuote()} ${helpRoute(subLevel(this.#level), 'get-help')}
        ${statementSource
          ? html`<p part="attribution" class="attribution">
              ${msg('Source:')} <cite>${statementSource.title}</cite>, ${statementSource.publisher}.
            </p>`
          : nothing}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'shg-expectations': ShgExpectations;
  }
}
