/**
 * The word lists of local action plans, as plain values: browser code uses them without zod. Kept
 * apart from vocabulary.ts so that the script-tag embed, which uses that module, does not carry them.
 */

/** Where a local action plan's action stands, in the order work moves through them. */
export const ACTION_STATUSES = ['idea', 'initial-meeting', 'underway', 'awaiting', 'complete'] as const;

/** Who a local action plan's action is for: children and young people (CYP), adults, or both. */
export const PLAN_AGE_GROUPS = ['children-and-young-people', 'adults', 'both'] as const;
