/**
 * The interface words of `<shg-action-plan>`, through `msg()` so each has its Welsh, and the icon
 * beside each status: a different shape for each, so status never rests on colour (or on the
 * icon alone: the word is always written beside it).
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import type { ActionState, PlanAgeGroup, Qs34Citation } from '../../../schema/action-plan.js';
import type { AgeFilter, CsvWords } from '../../core/action-plan/index.js';

export function statusName(state: ActionState): string {
  switch (state) {
    case 'idea':
      return msg('Idea');
    case 'initial-meeting':
      return msg('Initial meeting');
    case 'underway':
      return msg('Underway');
    case 'awaiting':
      return msg('Awaiting');
    case 'complete':
      return msg('Complete');
  }
}

export function ageGroupName(group: PlanAgeGroup | undefined): string {
  switch (group) {
    case 'children-and-young-people':
      return msg('Children and young people');
    case 'adults':
      return msg('Adults');
    case 'both':
      return msg('Children, young people and adults');
    case undefined:
      return msg('Not given in the plan');
  }
}

/** The age filter's options: "for children and young people" keeps the actions for both too. */
export function ageFilterName(filter: AgeFilter): string {
  switch (filter) {
    case 'children-and-young-people':
      return msg('For children and young people');
    case 'adults':
      return msg('For adults');
    case 'not-stated':
      return msg('Age group not given');
  }
}

const statementNumbers = (citation: Qs34Citation): number[] => citation.statements.map((id) => Number(id.slice(id.lastIndexOf('.') + 1)));

/** "Statements 2, 3 (2013 wording, since replaced)". */
export function qs34Words(numbers: readonly number[], wording: string): string {
  const list = numbers.join(', ');
  const which = numbers.length === 1 ? msg(str`Statement ${list}`) : msg(str`Statements ${list}`);
  return wording === '2013' ? msg(str`${which} (2013 wording, since replaced)`) : msg(str`${which} (current wording)`);
}

export const citationWords = (citation: Qs34Citation): string => qs34Words(statementNumbers(citation), citation.wording);

/** CSV headings and words in the reader's language; the plan's own text stays as written. */
export function csvWords(): CsvWords {
  return {
    headings: {
      priorityArea: msg('Priority area'),
      outcome: msg('Outcome'),
      action: msg('Action'),
      text: msg('What will be done'),
      status: msg('Status'),
      ageGroup: msg('Age group'),
      links: msg('Links'),
      lead: msg('Lead'),
      due: msg('Due'),
      qs34: msg('NICE QS34'),
      statement: msg('Serves in the statement'),
    },
    status: statusName,
    ageGroup: ageGroupName,
    qs34: qs34Words,
  };
}

/**
 * An icon for each status, in the text colour: a different shape for each. (An `html` template: the
 * parser puts a whole `<svg>` in the SVG namespace, so the `svg` tag, which embed.js would then
 * have to share, is not needed.)
 */
export function statusIcon(state: ActionState): TemplateResult {
  switch (state) {
    case 'idea':
      // An empty circle: nothing started.
      return html`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;
    case 'initial-meeting':
      // A quarter filled.
      return html`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2a6 6 0 0 1 6 6H8z" fill="currentColor"/></svg>`;
    case 'underway':
      // Half filled.
      return html`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/></svg>`;
    case 'awaiting':
      // A pause sign.
      return html`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><rect x="3" y="2" width="3.5" height="12" fill="currentColor"/><rect x="9.5" y="2" width="3.5" height="12" fill="currentColor"/></svg>`;
    case 'complete':
      // A tick in a filled circle.
      return html`<svg class="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="Canvas" stroke-width="2"/></svg>`;
  }
}
