/**
 * Coverage: which of the statement's outcomes, domains and themes a plan's actions address, and
 * which none does. An action addresses what its `statementMapping` names; a domain or theme is
 * addressed when any of its commitments is. Coverage is only as good as the mapping, which for the
 * worked example is an editorial judgement (the plan's `mappingNote` says so): show it beside.
 */
import type { ActionPlan } from '../../../schema/action-plan.js';
import type { Commitment, Domain, Outcome, Theme } from '../../../schema/statement.js';
import { getStatement } from '../statement.js';

/** A statement item and the ids of the plan's actions that address it (none: a gap). */
export interface CoveredItem<T> {
  readonly item: T;
  readonly actions: readonly string[];
}

/** A domain or theme, each of its commitments with the actions addressing it. */
export interface CoveredGroup<G> {
  readonly group: G;
  readonly commitments: readonly CoveredItem<Commitment>[];
  /** True when any commitment in the group is addressed. */
  readonly addressed: boolean;
}

export interface PlanCoverage {
  readonly outcomes: readonly CoveredItem<Outcome>[];
  readonly domains: readonly CoveredGroup<Domain>[];
  readonly themes: readonly CoveredGroup<Theme>[];
  /** What no action addresses, in the statement's order. */
  readonly unaddressed: {
    readonly outcomes: readonly Outcome[];
    readonly commitments: readonly Commitment[];
    readonly domains: readonly Domain[];
    readonly themes: readonly Theme[];
  };
  /** Actions with a mapping to the statement, of all the plan's actions. */
  readonly mappedActions: number;
  readonly totalActions: number;
}

/** The statement's outcomes, domains and themes, each with the plan's actions that address it. */
export function planCoverage(plan: ActionPlan): PlanCoverage {
  const statement = getStatement();
  const addressedBy = new Map<string, string[]>();
  let mappedActions = 0;
  let totalActions = 0;
  for (const area of plan.priorityAreas) {
    for (const outcome of area.outcomes) {
      for (const action of outcome.actions) {
        totalActions += 1;
        if (action.statementMapping === undefined) continue;
        mappedActions += 1;
        for (const id of new Set(action.statementMapping.ids)) {
          const list = addressedBy.get(id);
          if (list) list.push(action.id);
          else addressedBy.set(id, [action.id]);
        }
      }
    }
  }
  const cover = <T extends { id: string }>(item: T): CoveredItem<T> => ({ item, actions: addressedBy.get(item.id) ?? [] });
  const coverGroup = <G extends Domain | Theme>(group: G): CoveredGroup<G> => {
    const commitments = group.commitments.map(cover);
    return { group, commitments, addressed: commitments.some((c) => c.actions.length > 0) };
  };
  const outcomes = statement.outcomes.items.map(cover);
  const domains = statement.domains.map(coverGroup);
  const themes = statement.themes.map(coverGroup);
  const gaps = <T>(list: readonly CoveredItem<T>[]) => list.filter((c) => c.actions.length === 0).map((c) => c.item);
  return {
    outcomes,
    domains,
    themes,
    unaddressed: {
      outcomes: gaps(outcomes),
      commitments: gaps([...domains, ...themes].flatMap((g) => g.commitments)),
      domains: domains.filter((g) => !g.addressed).map((g) => g.group),
      themes: themes.filter((g) => !g.addressed).map((g) => g.group),
    },
    mappedActions,
    totalActions,
  };
}
