/**
 * Two views made for paper: the report of an assessment (what "Print the report" prints), and the
 * blank checklist of a framework's criteria (what the element renders as static HTML, for pages
 * without JavaScript: print it and fill it in by hand).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AssessmentFramework, AssessmentReport } from '../../core/self-assessment/index.js';
import type { Setting } from '../../../schema/statement.js';
import { RATINGS } from '../../../schema/assessment-vocabulary.js';
import { heading, subLevel, type HeadingLevel } from '../shared/heading.js';
import { msg } from '../shared/msg.js';
import { summaryChart } from './charts.js';
import { criterionLabel, groupTitle, ratingLabel } from './labels.js';

/** A labelled value, left out when empty. */
function line(label: string, value: string | undefined): TemplateResult | typeof nothing {
  return value ? html`<p class="report-line"><span class="report-label">${label}</span> ${value}</p>` : nothing;
}

/** The report: details, the summary picture, then every criterion with its rating and notes. */
export function printableReport(report: AssessmentReport, setting: Setting | undefined, level: HeadingLevel): TemplateResult {
  const sub = subLevel(level);
  return html`<div class="report" part="report">
    ${heading(level, report.framework.title, 'report-heading', 'report-heading')}
    <dl class="report-details">
      <dt>${msg('Service or policy')}</dt>
      <dd>${report.details.service || '—'}</dd>
      ${setting ? html`<dt>${msg('Setting')}</dt><dd>${setting.name}</dd>` : nothing}
      <dt>${msg('Date of the assessment')}</dt>
      <dd>${report.details.date}</dd>
      <dt>${msg('Assessor’s role')}</dt>
      <dd>${report.details.assessorRole || '—'}</dd>
    </dl>
    ${heading(sub, msg('Summary'), 'report-summary', 'report-heading')} ${summaryChart(report.summary.groups, report.summary.overall)}
    ${report.groups.map(
      ({ group, rows }) => html`<section class="report-group" aria-labelledby=${`report-${group.id}`}>
        ${heading(sub, groupTitle(group), `report-${group.id}`, 'report-heading')}
        <ol class="report-rows">
          ${rows.map(
            ({ criterion, response }) => html`<li data-criterion=${criterion.id}>
              <p><span class="criterion-label">${criterionLabel(group, criterion.number)}</span> ${criterion.text}</p>
              <p class="report-rating"><span class="report-label">${msg('Rating:')}</span> <strong>${ratingLabel(response.rating)}</strong></p>
              ${line(msg('Evidence:'), response.evidence)} ${line(msg('Action:'), response.action)} ${line(msg('Owner:'), response.owner)}
              ${line(msg('Due:'), response.due)}
            </li>`,
          )}
        </ol>
      </section>`,
    )}
    ${report.kept.length === 0
      ? nothing
      : html`<section class="report-group" aria-labelledby="report-kept">
          ${heading(sub, msg('Kept from the file'), 'report-kept', 'report-heading')}
          <ul class="report-rows">
            ${report.kept.map(
              ({ response, criterion }) => html`<li data-criterion=${response.criterion}>
                <p><code>${response.criterion}</code> ${criterion?.text ?? msg('(not known to this version)')}</p>
                <p class="report-rating"><span class="report-label">${msg('Rating:')}</span> <strong>${ratingLabel(response.rating)}</strong></p>
                ${line(msg('Evidence:'), response.evidence)} ${line(msg('Action:'), response.action)} ${line(msg('Owner:'), response.owner)}
                ${line(msg('Due:'), response.due)}
              </li>`,
            )}
          </ul>
        </section>`}
  </div>`;
}

/** The framework as a paper checklist: every criterion with boxes to tick and room for notes. */
export function checklist(framework: AssessmentFramework, level: HeadingLevel): TemplateResult {
  const sub = subLevel(level);
  return html`<div class="checklist" part="checklist">
    <p class="checklist-how">${msg('A checklist to print and fill in by hand. With JavaScript, this page offers the form instead, which can save a file.')}</p>
    ${framework.groups.map(
      (group) => html`<section class="group" part="group" aria-labelledby=${`group-${group.id}`}>
        ${heading(sub, groupTitle(group), `group-${group.id}`, 'group-heading')} ${group.lead ? html`<p class="lead">${group.lead}</p>` : nothing}
        ${group.intro ? html`<p class="lead">${group.intro.text}</p>` : nothing} ${group.prompt ? html`<p class="hint">${group.prompt}</p>` : nothing}
        <ol class="criteria" role="list">
          ${group.criteria.map(
            (criterion) => html`<li class="criterion" part="criterion" data-criterion=${criterion.id}>
              <p>
                <span class="criterion-label">${criterionLabel(group, criterion.number)}${criterion.title ? html`: ${criterion.title}` : nothing}</span>
                <span class="criterion-text">${criterion.text}</span>
              </p>
              <p class="checklist-boxes">${RATINGS.map((rating) => html`<span class="box"><span aria-hidden="true">☐</span> ${ratingLabel(rating)}</span> `)}</p>
              <p class="checklist-lines">${msg('Evidence, action, owner and due date:')}</p>
            </li>`,
          )}
        </ol>
      </section>`,
    )}
  </div>`;
}
