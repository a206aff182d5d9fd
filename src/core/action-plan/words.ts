/** What a plan's statuses and age groups are called, and which actions a filter keeps. */
import type { ActionState, ActionStatus, PlanAction, PlanAgeGroup } from '../../../schema/action-plan.js';
import { ACTION_STATUSES } from '../../../schema/action-plan-vocabulary.js';

export { ACTION_STATUSES };

/** True when `value` names one of the five statuses. */
export const isActionState = (value: unknown): value is ActionState => typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);

/** The English name of each status, as plans write them (the Gloucestershire plan's own words). */
export const ACTION_STATE_NAMES: Readonly<Record<ActionState, string>> = {
  idea: 'Idea',
  'initial-meeting': 'Initial meeting',
  underway: 'Underway',
  awaiting: 'Awaiting',
  complete: 'Complete',
};

/**
 * The plan's own words for a status when they say more than its name ("Awaiting result of
 * 2.3.1"), else `undefined`: "Underway" for `underway` adds nothing to the name.
 */
export function statusNote(status: ActionStatus): string | undefined {
  const text = status.text?.trim();
  if (!text) return undefined;
  return text.toLowerCase() === ACTION_STATE_NAMES[status.state].toLowerCase() ? undefined : text;
}

/**
 * The age filter: `children-and-young-people` and `adults` each keep the actions for both as well
 * (an action for both is for adults too); `not-stated` keeps the actions whose plan gives no age group.
 */
export type AgeFilter = 'children-and-young-people' | 'adults' | 'not-stated';
export const AGE_FILTERS: readonly AgeFilter[] = ['children-and-young-people', 'adults', 'not-stated'];

/** True when `value` names an age filter. */
export const isAgeFilter = (value: unknown): value is AgeFilter => typeof value === 'string' && (AGE_FILTERS as readonly string[]).includes(value);

export interface ActionFilter {
  /** Keep only actions in this state; absent keeps every state. */
  readonly status?: ActionState | undefined;
  /** Keep only actions for this age group; absent keeps every action. */
  readonly age?: AgeFilter | undefined;
}

/**
 * The age filters an action passes: an action for both passes "children and young people" and
 * "adults"; one with no age group passes "not stated". Elements mark each action with these, so a
 * filter can be applied by the page's styles without looking at every action again.
 */
export function ageFilterKeys(group: PlanAgeGroup | undefined): readonly AgeFilter[] {
  switch (group) {
    case undefined:
      return ['not-stated'];
    case 'both':
      return ['children-and-young-people', 'adults'];
    default:
      return [group];
  }
}

/** Whether `action` passes `filter`. */
export function matchesFilter(action: PlanAction, filter: ActionFilter): boolean {
  if (filter.status !== undefined && action.status.state !== filter.status) return false;
  return filter.age === undefined || ageFilterKeys(action.ageGroup).includes(filter.age);
}
