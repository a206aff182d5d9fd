/**
 * Draft actions from a self-assessment: every criterion rated not met or partly met becomes an
 * action at `idea`, carrying the assessor's own action text, owner and due date, and mapped to the
 * criterion it answers (a statement item, a QS34 statement in its current wording, or a policy
 * criterion named in the text). The result is checked like any other plan.
 *
 * This takes plain rated criteria, not the self-assessment type itself, so it does not depend on
 * that schema; `draftPlanFrom(assessment)` maps an assessment's responses to these rows.
 */
import type { ActionPlanInput, PlanAction, PlanOutcome } from '../../../schema/action-plan.js';
import { parseActionPlan, type ActionPlanResult } from './parse.js';

/** The ratings a self-assessment gives a criterion. */
export type CriterionRating = 'met' | 'partly-met' | 'not-met' | 'not-applicable' | 'not-assessed';

/** One assessed criterion: its id (`iqs.outcome.3`, `nice.qs34.2`, `policy.<slug>`), rating and the assessor's plan. */
export interface RatedCriterion {
  readonly criterion: string;
  readonly rating: CriterionRating;
  readonly action?: string | undefined;
  readonly owner?: string | undefined;
  readonly due?: string | undefined;
}

/** The ratings that call for an action. */
const NEEDS_ACTION: ReadonlySet<CriterionRating> = new Set(['not-met', 'partly-met']);

/** The outcome of the draft plan that a criterion's action goes under, by the family of its id. */
const FAMILIES: readonly { readonly prefix: string; readonly text: string }[] = [
  { prefix: 'iqs.outcome.', text: "The statement's outcomes for people who self-harm" },
  { prefix: 'iqs.domain.', text: "The statement's domains of quality" },
  { prefix: 'iqs.theme.', text: "The statement's themes" },
  { prefix: 'nice.qs34.', text: 'NICE quality standard QS34' },
  { prefix: 'policy.', text: 'Policy' },
];

const RATING_WORDS: Readonly<Record<CriterionRating, string>> = {
  met: 'met',
  'partly-met': 'partly met',
  'not-met': 'not met',
  'not-applicable': 'not applicable',
  'not-assessed': 'not assessed',
};

function draftAction(row: RatedCriterion, id: string): PlanAction {
  const given = row.action?.trim();
  const action: PlanAction = {
    id,
    text: given || `Decide an action for ${row.criterion}, rated ${RATING_WORDS[row.rating]} in the self-assessment.`,
    status: { state: 'idea' },
  };
  if (row.owner?.trim()) action.lead = row.owner.trim();
  if (row.due?.trim()) action.due = row.due.trim();
  if (row.criterion.startsWith('iqs.')) action.statementMapping = { ids: [row.criterion], by: 'plan' };
  if (row.criterion.startsWith('nice.qs34.')) action.qs34 = [{ statements: [row.criterion], wording: '2022' }];
  return action;
}

/**
 * A draft plan from rated criteria, in one priority area, with one outcome per family of criteria
 * (statement outcomes, domains, themes, QS34, policy) that needs action. Refused like any plan if
 * what the assessor wrote is not valid in a plan (markup, a malformed date); with nothing to act
 * on, refused with a message that says so.
 */
export function draftPlanFromRatings(rows: readonly RatedCriterion[], details: { readonly title: string; readonly area: string }): ActionPlanResult {
  const outcomes: PlanOutcome[] = [];
  FAMILIES.forEach((family, f) => {
    const needing = rows.filter((row) => NEEDS_ACTION.has(row.rating) && row.criterion.startsWith(family.prefix));
    if (needing.length === 0) return;
    const outcomeId = `D.${f + 1}`;
    outcomes.push({ id: outcomeId, text: family.text, actions: needing.map((row, i) => draftAction(row, `${outcomeId}.${i + 1}`)) });
  });
  if (outcomes.length === 0) return { ok: false, error: 'no criterion is rated not met or partly met, so there is nothing to draft.' };
  const plan: ActionPlanInput = {
    title: details.title,
    area: details.area,
    priorityAreas: [{ id: 'D', title: 'Draft actions from the self-assessment', outcomes }],
  };
  return parseActionPlan(plan);
}
