/**
 * Draft actions from a self-assessment: every criterion rated not met or partly met becomes an
 * action at `idea`, carrying the assessor's own action text, owner and due date, and mapped to the
 * criterion it answers (a statement item, a QS34 statement in its current wording, or a policy
 * criterion named in the text). The result is checked like any other plan.
 */
import type { ActionPlanInput, PlanAction, PlanOutcome } from '../../../schema/action-plan.js';
import type { Assessment, AssessmentResponse, Rating } from '../../../schema/self-assessment.js';
import { parseActionPlan, type ActionPlanResult } from './parse.js';

/** The ratings that call for an action. */
const NEEDS_ACTION: ReadonlySet<Rating> = new Set(['not-met', 'partly-met']);

/** The outcome of the draft plan that a criterion's action goes under, by the family of its id. */
const FAMILIES: readonly { readonly prefix: string; readonly text: string }[] = [
  { prefix: 'iqs.outcome.', text: "The statement's outcomes for people who self-harm" },
  { prefix: 'iqs.domain.', text: "The statement's domains of quality" },
  { prefix: 'iqs.theme.', text: "The statement's themes" },
  { prefix: 'nice.qs34.', text: 'NICE quality standard QS34' },
  { prefix: 'policy.', text: 'Policy' },
];

const RATING_WORDS: Readonly<Record<Rating, string>> = {
  met: 'met',
  'partly-met': 'partly met',
  'not-met': 'not met',
  'not-applicable': 'not applicable',
  'not-assessed': 'not assessed',
};

function draftAction(row: AssessmentResponse, id: string): PlanAction {
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

/** What the draft plan is called and where it is for; by default, from the assessment's details. */
export interface DraftPlanDetails {
  readonly title?: string;
  readonly area?: string;
}

/**
 * A draft action plan from a self-assessment, in one priority area, with one outcome per family of
 * criteria (statement outcomes, domains, themes, QS34, policy) that needs action. Refused like any
 * plan if what the assessor wrote is not valid in a plan (markup, a malformed date); with nothing to
 * act on, refused with a message that says so.
 */
export function draftPlanFrom(assessment: Assessment, details: DraftPlanDetails = {}): ActionPlanResult {
  const service = assessment.details.service.trim();
  const outcomes: PlanOutcome[] = [];
  FAMILIES.forEach((family, f) => {
    const needing = assessment.responses.filter((row) => NEEDS_ACTION.has(row.rating) && row.criterion.startsWith(family.prefix));
    if (needing.length === 0) return;
    const outcomeId = `D.${f + 1}`;
    outcomes.push({ id: outcomeId, text: family.text, actions: needing.map((row, i) => draftAction(row, `${outcomeId}.${i + 1}`)) });
  });
  if (outcomes.length === 0) return { ok: false, error: 'no criterion is rated not met or partly met, so there is nothing to draft.' };
  const plan: ActionPlanInput = {
    title: details.title ?? `Draft action plan from the self-assessment of ${assessment.details.date}`,
    area: details.area ?? (service || 'Not given'),
    priorityAreas: [{ id: 'D', title: 'Draft actions from the self-assessment', outcomes }],
  };
  return parseActionPlan(plan);
}
