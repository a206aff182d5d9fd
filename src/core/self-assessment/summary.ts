/**
 * How an assessment adds up, per domain, theme or group (`summarise`), and how one assessment
 * compares with an earlier one of the same framework (`compare`), for year-on-year change.
 */
import type { Assessment, AssessmentDetails, AssessmentFrameworkId, Rating } from '../../../schema/self-assessment.js';
import { RATINGS } from '../../../schema/assessment-vocabulary.js';
import { frameworkOf } from './assessment.js';
import { knownCriterionIds, type CriteriaGroup, type CriteriaGroupKind } from './frameworks.js';

/** How many responses have each rating. */
export type RatingCounts = Readonly<Record<Rating, number>>;

/** The counts for one group, or for the whole assessment. */
export interface Tally {
  readonly counts: RatingCounts;
  /** Criteria in the group. */
  readonly total: number;
  /** Criteria with any rating but `not-assessed`. */
  readonly assessed: number;
}

export interface GroupSummary extends Tally {
  /** The group's content id, so `translate()` finds its name. */
  readonly id: string;
  readonly kind: CriteriaGroupKind;
  readonly name: string;
}

export interface AssessmentSummary {
  readonly framework: AssessmentFrameworkId;
  readonly groups: readonly GroupSummary[];
  readonly overall: Tally;
  /** Responses kept for criteria this version does not know. */
  readonly unknownCriteria: readonly string[];
  /** Responses kept for known criteria that do not apply in the assessment's setting. */
  readonly notInSetting: readonly string[];
}

const zeroCounts = (): Record<Rating, number> => Object.fromEntries(RATINGS.map((r) => [r, 0])) as Record<Rating, number>;

function tally(ratings: readonly Rating[]): Tally {
  const counts = zeroCounts();
  for (const rating of ratings) counts[rating] += 1;
  return { counts, total: ratings.length, assessed: ratings.length - counts['not-assessed'] };
}

/** The rating of each criterion of a group: the response's, else `not-assessed`. */
function groupRatings(group: CriteriaGroup, ratings: ReadonlyMap<string, Rating>): Rating[] {
  return group.criteria.map((c) => ratings.get(c.id) ?? 'not-assessed');
}

/** The ratings per domain, theme or group, and overall, with any responses that lie outside the framework. */
export function summarise(assessment: Assessment): AssessmentSummary {
  const framework = frameworkOf(assessment);
  const ratings = new Map(assessment.responses.map((r) => [r.criterion, r.rating]));
  const groups = framework.groups.map((group) => ({ id: group.id, kind: group.kind, name: group.name, ...tally(groupRatings(group, ratings)) }));
  const inFramework = new Set(framework.groups.flatMap((g) => g.criteria.map((c) => c.id)));
  const known = knownCriterionIds(assessment.framework);
  const outside = assessment.responses.filter((r) => !inFramework.has(r.criterion)).map((r) => r.criterion);
  return {
    framework: assessment.framework,
    groups,
    overall: tally(framework.groups.flatMap((group) => groupRatings(group, ratings))),
    unknownCriteria: outside.filter((id) => !known.has(id)),
    notInSetting: outside.filter((id) => known.has(id)),
  };
}

/**
 * Where each rating stands: met above partly met above not met. `not-applicable` and
 * `not-assessed` say nothing about how well a criterion is met, so they have no place.
 */
export const RATING_ORDER: Readonly<Partial<Record<Rating, number>>> = { met: 2, 'partly-met': 1, 'not-met': 0 };

/**
 * How a criterion's rating moved: `improved` or `declined` between ratings that have an order,
 * `unchanged`, `changed` when either side is not applicable or not assessed, `added` when only the
 * later assessment has it, `removed` when only the earlier one does.
 */
export type RatingChange = 'improved' | 'declined' | 'unchanged' | 'changed' | 'added' | 'removed';
export const RATING_CHANGES: readonly RatingChange[] = ['improved', 'declined', 'unchanged', 'changed', 'added', 'removed'];

export interface CriterionComparison {
  readonly criterion: string;
  readonly earlier: Rating | undefined;
  readonly later: Rating | undefined;
  readonly change: RatingChange;
}

export interface GroupComparison {
  readonly id: string;
  readonly kind: CriteriaGroupKind;
  readonly name: string;
  readonly earlier: Tally;
  readonly later: Tally;
}

export interface AssessmentComparison {
  readonly framework: AssessmentFrameworkId;
  readonly earlier: AssessmentDetails;
  readonly later: AssessmentDetails;
  /** Per group of the later assessment's framework. */
  readonly groups: readonly GroupComparison[];
  readonly overall: { readonly earlier: Tally; readonly later: Tally };
  /** Every criterion either assessment has, in the later one's order, then any only the earlier has. */
  readonly criteria: readonly CriterionComparison[];
  /** How many criteria moved each way. */
  readonly changes: Readonly<Record<RatingChange, number>>;
}

/** Thrown when two assessments of different frameworks are compared. */
export class FrameworkMismatchError extends Error {
  override readonly name = 'FrameworkMismatchError';
  constructor(readonly earlier: AssessmentFrameworkId, readonly later: AssessmentFrameworkId) {
    super(`Cannot compare a ${earlier} assessment with a ${later} assessment: both must be of the same framework.`);
  }
}

function changeBetween(earlier: Rating | undefined, later: Rating | undefined): RatingChange {
  if (earlier === undefined) return 'added';
  if (later === undefined) return 'removed';
  if (earlier === later) return 'unchanged';
  const [from, to] = [RATING_ORDER[earlier], RATING_ORDER[later]];
  if (from === undefined || to === undefined) return 'changed';
  return to > from ? 'improved' : 'declined';
}

/**
 * How `later` compares with `earlier`, criterion by criterion and group by group. Groups follow
 * the later assessment's framework (its setting decides which criteria count).
 * @throws {FrameworkMismatchError} when the two are of different frameworks.
 */
export function compare(earlier: Assessment, later: Assessment): AssessmentComparison {
  if (earlier.framework !== later.framework) throw new FrameworkMismatchError(earlier.framework, later.framework);
  const framework = frameworkOf(later);
  const before = new Map(earlier.responses.map((r) => [r.criterion, r.rating]));
  const after = new Map(later.responses.map((r) => [r.criterion, r.rating]));
  const groups = framework.groups.map((group) => ({
    id: group.id,
    kind: group.kind,
    name: group.name,
    earlier: tally(groupRatings(group, before)),
    later: tally(groupRatings(group, after)),
  }));
  const ids = [...new Set([...later.responses.map((r) => r.criterion), ...earlier.responses.map((r) => r.criterion)])];
  const criteria = ids.map((criterion) => {
    const [from, to] = [before.get(criterion), after.get(criterion)];
    return { criterion, earlier: from, later: to, change: changeBetween(from, to) };
  });
  const changes = Object.fromEntries(RATING_CHANGES.map((c) => [c, 0])) as Record<RatingChange, number>;
  for (const { change } of criteria) changes[change] += 1;
  return {
    framework: later.framework,
    earlier: earlier.details,
    later: later.details,
    groups,
    overall: {
      earlier: tally(framework.groups.flatMap((g) => groupRatings(g, before))),
      later: tally(framework.groups.flatMap((g) => groupRatings(g, after))),
    },
    criteria,
    changes,
  };
}
