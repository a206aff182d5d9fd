/** Local action plans: read and check one, filter it, map it against the statement, write it as CSV. */
export { MAX_PLAN_ACTIONS, MAX_PLAN_BYTES, parseActionPlan, parseActionPlanInSlices, type ActionPlanResult, type SliceOptions } from './parse.js';
export { planCoverage, type CoveredGroup, type CoveredItem, type PlanCoverage } from './coverage.js';
export { ACTION_STATE_NAMES, ACTION_STATUSES, AGE_FILTERS, ageFilterKeys, isActionState, isAgeFilter, matchesFilter, statusNote, type ActionFilter, type AgeFilter } from './words.js';
export { PLAN_CSV_COLUMNS, csvFileName, planCsv, type CsvColumn, type CsvWords } from './csv.js';
export { draftPlanFrom, type DraftPlanDetails } from './drafts.js';
export { planIndex, type PlacedAction, type PlanIndex } from './plan-index.js';
export type {
  ActionLink,
  ActionLinks,
  ActionPlan,
  ActionPlanInput,
  ActionState,
  ActionStatus,
  PlanAction,
  PlanAgeGroup,
  PlanOutcome,
  PlanSourceRef,
  PriorityArea,
  Qs34Citation,
  StatementMapping,
} from '../../../schema/action-plan.js';
