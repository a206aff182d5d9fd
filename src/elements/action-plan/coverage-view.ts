/**
 * The coverage view of `<shg-action-plan>`: the statement's outcomes, domains and themes that no
 * action addresses, then what each addressed item is addressed by. The core works coverage out
 * (`planCoverage`); this only shows it, in the reader's language, with the plan's note on whose
 * judgement the mapping is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import { localizeContent } from '../shared/locale.js';
import { heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import type { CoveredGroup, CoveredItem, PlanCoverage } from '../../core/action-plan/coverage.js';
import type { Commitment, Domain, Outcome, Theme } from '../../../schema/statement.js';
import { itemLabel } from './statement-labels.js';

export interface CoverageViewOptions {
  readonly level: HeadingLevel;
  readonly planLang: string;
  readonly mappingNote: string | undefined;
  /** An in-page link to an action of the plan. */
  readonly actionLink: (id: string) => TemplateResult;
  /**
   * Whether the body is rendered: once the reader has opened the section, or to print. A plan of
   * thousands of actions links each from here, which would lengthen its first render for a
   * section that starts closed.
   */
  readonly expanded: boolean;
  /** The section's `toggle` event. */
  readonly onToggle: (event: Event) => void;
}

function itemLine(item: Outcome | Commitment, group?: Domain | Theme): TemplateResult {
  const text = localizeContent(item).text;
  return html`<strong>${itemLabel(item, group)}:</strong> ${text}`;
}

function gaps(coverage: PlanCoverage): TemplateResult {
  const { unaddressed } = coverage;
  const groupNames = (groups: readonly (Domain | Theme)[]) => groups.map((g) => localizeContent(g).name).join(', ');
  const uncoveredIn = (groups: readonly CoveredGroup<Domain | Theme>[]) =>
    groups.flatMap(({ group, commitments }) => commitments.filter((c) => c.actions.length === 0).map((c) => html`<li>${itemLine(c.item, group)}</li>`));
  return html`
    <p>
      ${unaddressed.outcomes.length === 0
        ? msg('Every outcome is addressed by at least one action.')
        : msg(str`Outcomes no action addresses: ${unaddressed.outcomes.length} of ${coverage.outcomes.length}.`)}
    </p>
    ${unaddressed.outcomes.length ? html`<ul class="coverage-list">${unaddressed.outcomes.map((o) => html`<li>${itemLine(o)}</li>`)}</ul>` : nothing}
    <p>
      ${unaddressed.domains.length === 0 ? msg('Every domain has a commitment addressed.') : msg(str`Domains with no commitment addressed: ${groupNames(unaddressed.domains)}.`)}
      ${unaddressed.themes.length === 0 ? msg('Every theme has a commitment addressed.') : msg(str`Themes with no commitment addressed: ${groupNames(unaddressed.themes)}.`)}
    </p>
    <p>${msg(str`Commitments no action addresses: ${unaddressed.commitments.length}.`)}</p>
    ${unaddressed.commitments.length ? html`<ul class="coverage-list">${uncoveredIn(coverage.domains)} ${uncoveredIn(coverage.themes)}</ul>` : nothing}
  `;
}

function addressed(coverage: PlanCoverage, actionLink: CoverageViewOptions['actionLink']): TemplateResult {
  const line = (covered: CoveredItem<Outcome | Commitment>, group?: Domain | Theme) =>
    html`<li>${itemLine(covered.item, group)} <span class="by">${msg('Actions:')} ${covered.actions.map((id, i) => html`${i ? ', ' : ''}${actionLink(id)}`)}</span></li>`;
  const items = [
    ...coverage.outcomes.filter((c) => c.actions.length).map((c) => line(c)),
    ...[...coverage.domains, ...coverage.themes].flatMap(({ group, commitments }) => commitments.filter((c) => c.actions.length).map((c) => line(c, group))),
  ];
  return html`<ul class="coverage-list">${items}</ul>`;
}

/** What the open section shows: the plan's mapping note, the gaps, then what addresses each item. */
function coverageBody(coverage: PlanCoverage, { level, planLang, mappingNote, actionLink }: CoverageViewOptions): TemplateResult {
  const inner = subLevel(level);
  return html`<div class="coverage-body">
    <p>${msg('Which outcomes and commitments of the Integrated Quality Statement for Self-Harm the actions address, by the mapping recorded in the plan.')}</p>
    ${mappingNote ? html`<p class="mapping-note" lang=${planLang}>${mappingNote}</p>` : nothing}
    <p>${msg(str`${coverage.mappedActions} of ${coverage.totalActions} actions are mapped to the statement.`)}</p>
    ${heading(inner, msg('Not addressed by any action'), 'coverage-gaps', 'coverage-heading')} ${gaps(coverage)}
    ${heading(inner, msg('Addressed, and by which actions'), 'coverage-addressed', 'coverage-heading')} ${addressed(coverage, actionLink)}
  </div>`;
}

/** The coverage section: closed until the reader opens it (printing opens it); its body is rendered from then on. */
export function coverageView(coverage: PlanCoverage, options: CoverageViewOptions): TemplateResult {
  return html`<details class="coverage" part="coverage" @toggle=${options.onToggle}>
    <summary part="coverage-summary">${heading(options.level, msg('Coverage against the statement'), 'coverage-heading', 'coverage-heading')}</summary>
    ${options.expanded ? coverageBody(coverage, options) : nothing}
  </details>`;
}
