/**
 * A plan as CSV, one row per action, for a spreadsheet. The column headings and the words for
 * statuses and age groups come from the caller (an element passes them in the reader's language);
 * the plan's own text is written as it is.
 * Cells are written by the core's `toCsv`, which never writes a formula.
 */
import type { ActionPlan, ActionState, PlanAgeGroup } from '../../../schema/action-plan.js';
import { toCsv } from '../csv.js';

export const PLAN_CSV_COLUMNS = ['priorityArea', 'outcome', 'action', 'text', 'status', 'ageGroup', 'links', 'lead', 'due', 'qs34', 'statement'] as const;
export type CsvColumn = (typeof PLAN_CSV_COLUMNS)[number];

export interface CsvWords {
  readonly headings: Readonly<Record<CsvColumn, string>>;
  /** The name of a status, when the plan gives no words of its own for it. */
  readonly status: (state: ActionState) => string;
  readonly ageGroup: (group: PlanAgeGroup | undefined) => string;
  /** "2, 3 (2013 wording)": a citation of QS34 statement numbers in a wording. */
  readonly qs34: (numbers: readonly number[], wording: string) => string;
}

const statementNumber = (id: string) => Number(id.slice(id.lastIndexOf('.') + 1));

/** The plan as CSV: a heading row, then one row per action in plan order. */
export function planCsv(plan: ActionPlan, words: CsvWords): string {
  const rows: string[][] = [PLAN_CSV_COLUMNS.map((column) => words.headings[column])];
  for (const area of plan.priorityAreas) {
    for (const outcome of area.outcomes) {
      for (const action of outcome.actions) {
        const links = action.links?.text ?? action.links?.to.map((link) => (link.type === 'workstream' ? link.name : link.id)).join('; ') ?? '';
        const cells: Record<CsvColumn, string> = {
          priorityArea: `${area.id} ${area.title}`,
          outcome: `${outcome.id} ${outcome.text}`,
          action: action.id,
          text: action.text,
          status: action.status.text ?? words.status(action.status.state),
          ageGroup: words.ageGroup(action.ageGroup),
          links,
          lead: action.lead ?? '',
          due: action.due ?? '',
          qs34: (action.qs34 ?? []).map((c) => words.qs34(c.statements.map(statementNumber), c.wording)).join('; '),
          statement: action.statementMapping?.ids.join(' ') ?? '',
        };
        rows.push(PLAN_CSV_COLUMNS.map((column) => cells[column]));
      }
    }
  }
  return toCsv(rows);
}

/** A file name for the plan's CSV from its area: "gloucestershire-action-plan.csv". */
export function csvFileName(plan: ActionPlan): string {
  const slug = plan.area
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'local'}-action-plan.csv`;
}
