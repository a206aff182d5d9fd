/**
 * A local action plan: how an area turns guidance into work. Priority areas hold outcomes, and
 * outcomes hold numbered actions, each with where it stands, what it links to, who it is for, the
 * NICE QS34 statements it cites and the statement's outcomes and commitments it serves.
 *
 * Plans come from hosts (a council's or a health board's own plan), so every text is plain text:
 * markup and control characters are refused, not escaped, and every list and text has a ceiling.
 * The Gloucestershire plan (content/en/examples/gloucestershire-action-plan.json) is the worked
 * example; docs/action-plans.md describes the format.
 */
import * as z from 'zod/mini';
import { ACTION_STATUSES, PLAN_AGE_GROUPS } from './action-plan-vocabulary.js';
import { Id } from './primitives.js';
import { Qs34Wording } from './quality-standard.js';
import { ContentReview } from './statement.js';

/** The most characters any one text in a plan may hold (the longest Gloucestershire text is under 400). */
export const PLAN_TEXT_MAX = 2000;

/**
 * Plain text: not empty or blank, not longer than `PLAN_TEXT_MAX`, and holding no markup (a `<` that starts
 * a tag, comment or declaration) and no control characters but tab and line breaks. A `<` before a
 * space or digit ("< 18") is plain text.
 */
export const PlanText = z.string().check(
  z.minLength(1, 'must not be empty'),
  z.regex(/\S/, 'must not be only spaces'),
  z.maxLength(PLAN_TEXT_MAX, `must be at most ${PLAN_TEXT_MAX} characters`),
  z.regex(/^(?:[^<]|<(?![A-Za-z!/?]))*$/, 'holds markup (a "<" starting a tag); a plan holds plain text only'),
  z.regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'holds a control character; a plan holds plain text only'),
);

/**
 * A plan's own id for a priority area, outcome or action, as the plan numbers it: "2", "2.2",
 * "2.2.4", "A1". Letters, digits, and dots or dashes between them. One plan uses each id once.
 */
export const PlanItemId = z.string().check(
  z.maxLength(32, 'must be at most 32 characters'),
  z.regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/, 'must be letters and digits joined by "." or "-", as "2.2.4"'),
);

/** An outcome or commitment of the Integrated Quality Statement, by its stable id. */
export const StatementItemId = z.string().check(
  z.regex(
    /^iqs\.(?:outcome|domain\.(?:safe|timely|effective|efficient|equitable|person-centred)|theme\.(?:workforce|culture|information|learning|whole-systems|leadership))\.\d{1,2}$/,
    'must be an outcome or commitment id of the statement, as "iqs.outcome.3" or "iqs.domain.safe.2"',
  ),
);

/** A month or a day: `YYYY-MM` or `YYYY-MM-DD`. */
export const PlanDate = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/, 'must be a date written YYYY-MM or YYYY-MM-DD'));

/** A language tag for the plan's own text, as `lang` takes it: "en", "cy", "en-GB". */
export const PlanLanguage = z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en" or "cy"'));

/** Where the plan's words come from: a document in `content/sources/`, the section, and a verbatim quote. */
export const PlanSourceRef = z.strictObject({
  source: Id,
  section: PlanText,
  quote: PlanText,
  safeMessagingException: z.optional(PlanText),
});
export type PlanSourceRef = z.infer<typeof PlanSourceRef>;

export const ActionState = z.enum(ACTION_STATUSES);
export type ActionState = z.infer<typeof ActionState>;

/**
 * Where an action stands: one of the five states, and the plan's own words for it when it has them
 * ("Awaiting result of 2.3.1"), kept exactly as the plan gives them.
 */
export const ActionStatus = z.strictObject({
  state: ActionState,
  text: z.optional(PlanText),
});
export type ActionStatus = z.infer<typeof ActionStatus>;

export const PlanAgeGroup = z.enum(PLAN_AGE_GROUPS);
export type PlanAgeGroup = z.infer<typeof PlanAgeGroup>;

/**
 * Something an action links to: another action of the plan, an outcome of the plan, or a named
 * workstream outside it ("Future in Mind Action 1.09"). An action that cannot finish before
 * another does `depends-on` it ("Reliant on delivery of Action 2.3.1"); other links are `related`.
 * Related links may go both ways; dependencies may not go round in a circle.
 */
export const ActionLink = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('action'), id: PlanItemId, relation: z.optional(z.enum(['related', 'depends-on'])) }),
  z.strictObject({ type: z.literal('outcome'), id: PlanItemId }),
  z.strictObject({ type: z.literal('workstream'), name: PlanText }),
]);
export type ActionLink = z.infer<typeof ActionLink>;

/** An action's links: the plan's own words for them, and what they point to. */
export const ActionLinks = z.strictObject({
  text: z.optional(PlanText),
  to: z.array(ActionLink).check(z.maxLength(50, 'must list at most 50 links')),
});
export type ActionLinks = z.infer<typeof ActionLinks>;

/**
 * NICE QS34 statements a plan cites, by id, with the wording it cites (a plan written before
 * September 2022 cites the 2013 wording) and the plan's own words for the citation ("(NICE QS34
 * 2-5)"), a range written out as its statements.
 */
export const Qs34Citation = z.strictObject({
  statements: z.array(z.string().check(z.regex(/^nice\.qs34\.[1-8]$/, 'must be a QS34 statement id, nice.qs34.1 to nice.qs34.8'))).check(
    z.minLength(1, 'must name at least one statement'),
    z.maxLength(8, 'must name at most 8 statements'),
  ),
  wording: Qs34Wording,
  cited: z.optional(PlanText),
});
export type Qs34Citation = z.infer<typeof Qs34Citation>;

/**
 * The statement's outcomes and commitments an action serves. `by` says whose judgement that is:
 * `plan` when the plan's authors made it, `editorial` when someone else read the plan against the
 * statement (as this project did for the Gloucestershire plan, which predates the statement).
 */
export const StatementMapping = z.strictObject({
  ids: z.array(StatementItemId).check(z.maxLength(63, 'must list at most 63 ids')),
  by: z.enum(['plan', 'editorial']),
});
export type StatementMapping = z.infer<typeof StatementMapping>;

export const PlanAction = z.strictObject({
  id: PlanItemId,
  text: PlanText,
  status: ActionStatus,
  links: z.optional(ActionLinks),
  /** Absent when the plan does not say (Gloucestershire's 3.1.6 gives none). */
  ageGroup: z.optional(PlanAgeGroup),
  /** Who leads it: an organisation, team or role (never a person's private details). */
  lead: z.optional(PlanText),
  due: z.optional(PlanDate),
  qs34: z.optional(z.array(Qs34Citation).check(z.maxLength(8, 'must list at most 8 citations'))),
  statementMapping: z.optional(StatementMapping),
  source: z.optional(PlanSourceRef),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const PlanOutcome = z.strictObject({
  id: PlanItemId,
  text: PlanText,
  qs34: z.optional(z.array(Qs34Citation).check(z.maxLength(8, 'must list at most 8 citations'))),
  source: z.optional(PlanSourceRef),
  actions: z.array(PlanAction),
});
export type PlanOutcome = z.infer<typeof PlanOutcome>;

const priorityAreaFields = {
  id: PlanItemId,
  title: PlanText,
  source: z.optional(PlanSourceRef),
};
const atLeastOneOutcome = z.minLength(1, 'must have at least one outcome');

export const PriorityArea = z.strictObject({
  ...priorityAreaFields,
  outcomes: z.array(PlanOutcome).check(atLeastOneOutcome),
});
export type PriorityArea = z.infer<typeof PriorityArea>;

const planFields = {
  $schema: z.optional(z.string().check(z.maxLength(300))),
  title: PlanText,
  /** The area the plan covers, e.g. "Gloucestershire". */
  area: PlanText,
  /** The language of the plan's own text (default `en`); elements mark the text with it. */
  lang: z.optional(PlanLanguage),
  organisations: z.optional(z.array(PlanText).check(z.maxLength(50, 'must list at most 50 organisations'))),
  period: z.optional(z.strictObject({ from: z.optional(PlanDate), to: z.optional(PlanDate) })),
  lastUpdated: z.optional(PlanDate),
  /** Who mapped the actions to the statement, and how: shown beside the coverage. */
  mappingNote: z.optional(PlanText),
  source: z.optional(PlanSourceRef),
  /** For a plan kept as content (the worked example): when it was last checked against its source. */
  review: z.optional(ContentReview),
};
const priorityAreasCount = [z.minLength(1, 'must have at least one priority area'), z.maxLength(100, 'must have at most 100 priority areas')] as const;

export const ActionPlan = z.strictObject({
  ...planFields,
  priorityAreas: z.array(PriorityArea).check(...priorityAreasCount),
});
export type ActionPlan = z.infer<typeof ActionPlan>;
export type ActionPlanInput = z.input<typeof ActionPlan>;

/**
 * A plan with its outcomes not yet looked into: everything else as `ActionPlan` has it. A large
 * plan is checked as this outline and then an outcome (`PlanOutcome`) at a time, so the checking
 * can pause between outcomes (the core's `parseActionPlanInSlices`).
 */
export const ActionPlanOutline = z.strictObject({
  ...planFields,
  priorityAreas: z.array(z.strictObject({ ...priorityAreaFields, outcomes: z.array(z.unknown()).check(atLeastOneOutcome) })).check(...priorityAreasCount),
});
export type ActionPlanOutline = z.infer<typeof ActionPlanOutline>;
