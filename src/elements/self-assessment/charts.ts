/**
 * The summary as a picture: one bar per domain, theme or group, split by rating, with the numbers
 * written beside it. The bar is decoration (hidden from assistive technology); the numbers carry
 * the meaning, so nothing is said by colour alone. Each rating also has its own fill pattern.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { AssessmentComparison, GroupSummary, Tally } from '../../core/self-assessment/index.js';
import type { Rating } from '../../../schema/self-assessment.js';
import { RATINGS } from '../../../schema/assessment-vocabulary.js';
import { msg, str } from '../shared/msg.js';
import { groupTitle, ratingLabel } from './labels.js';

/**
 * Sets an element's width through the CSSOM on every render, first render included. Lit's
 * `styleMap` writes a `style` attribute the first time, which a strict `style-src` blocks (one
 * violation per segment, and a bar without widths); a property set through the CSSOM is allowed.
 */
class WidthDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('width() belongs in an element’s tag');
  }

  render(_width: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [width]: [string]): typeof noChange {
    (part.element as HTMLElement).style.width = width;
    return noChange;
  }
}
const width = directive(WidthDirective);

/** A bar of `tally`, split by rating; widths are shares of the group's criteria. */
function bar(tally: Tally): TemplateResult {
  return html`<span class="bar" part="bar" aria-hidden="true"
    >${RATINGS.map((rating) =>
      tally.counts[rating] === 0
        ? nothing
        : html`<span class="segment" data-rating=${rating} ${width(`${(100 * tally.counts[rating]) / Math.max(tally.total, 1)}%`)}></span>`,
    )}</span
  >`;
}

/** "3 met, 2 partly met, …", every rating named, zeros included, so rows read alike. */
export function countsText(tally: Tally): string {
  return RATINGS.map((rating) => `${tally.counts[rating]} ${ratingLabel(rating).toLowerCase()}`).join(', ');
}

/** The key to the bars' patterns: each rating's swatch and name. */
function legend(): TemplateResult {
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${RATINGS.map((rating: Rating) => html`<li><span class="swatch segment" data-rating=${rating}></span>${ratingLabel(rating)}</li>`)}
  </ul>`;
}

/** Every group's bar and counts, then the total. */
export function summaryChart(groups: readonly GroupSummary[], overall: Tally): TemplateResult {
  return html`<div class="chart" part="chart">
    ${legend()}
    <ul class="chart-rows" role="list">
      ${groups.map(
        (group) => html`<li class="chart-row" data-group=${group.id}>
          <span class="chart-name">${groupTitle(group)}</span>
          ${bar(group)}
          <span class="chart-counts">${msg(str`${group.assessed} of ${group.total} assessed: ${countsText(group)}`)}</span>
        </li>`,
      )}
      <li class="chart-row chart-total" data-group="overall">
        <span class="chart-name">${msg('All criteria')}</span>
        ${bar(overall)}
        <span class="chart-counts">${msg(str`${overall.assessed} of ${overall.total} assessed: ${countsText(overall)}`)}</span>
      </li>
    </ul>
  </div>`;
}

/** Earlier and now, group by group: two bars each, with their numbers and dates. */
export function comparisonChart(comparison: AssessmentComparison): TemplateResult {
  const earlierDate = comparison.earlier.date;
  const laterDate = comparison.later.date;
  const rows = [...comparison.groups.map((g) => ({ id: g.id, title: groupTitle(g), earlier: g.earlier, later: g.later })), { id: 'overall', title: msg('All criteria'), ...comparison.overall }];
  return html`<div class="chart" part="chart">
    ${legend()}
    <ul class="chart-rows" role="list">
      ${rows.map(
        (row) => html`<li class="chart-row compare-row" data-group=${row.id}>
          <span class="chart-name">${row.title}</span>
          <span class="compare-line">
            <span class="compare-when">${msg(str`Earlier (${earlierDate}):`)}</span> ${bar(row.earlier)}
            <span class="chart-counts">${countsText(row.earlier)}</span>
          </span>
          <span class="compare-line">
            <span class="compare-when">${msg(str`Now (${laterDate}):`)}</span> ${bar(row.later)}
            <span class="chart-counts">${countsText(row.later)}</span>
          </span>
        </li>`,
      )}
    </ul>
  </div>`;
}
