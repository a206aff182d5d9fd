/** A plan's items by id, with where each sits, so links and coverage never walk the plan twice. */
import type { ActionPlan, PlanAction, PlanOutcome, PriorityArea } from '../../../schema/action-plan.js';

/** An action with the outcome and priority area it sits under. */
export interface PlacedAction {
  readonly action: PlanAction;
  readonly outcome: PlanOutcome;
  readonly area: PriorityArea;
}

export interface PlanIndex {
  /** Every action in plan order. */
  readonly actions: ReadonlyMap<string, PlacedAction>;
  readonly outcomes: ReadonlyMap<string, { readonly outcome: PlanOutcome; readonly area: PriorityArea }>;
  /** The first id used twice, with the two places (as JSON paths), if any. */
  readonly duplicate: { readonly id: string; readonly first: string; readonly second: string } | undefined;
}

export function planIndex(plan: ActionPlan): PlanIndex {
  const actions = new Map<string, PlacedAction>();
  const outcomes = new Map<string, { outcome: PlanOutcome; area: PriorityArea }>();
  const seen = new Map<string, string>();
  let duplicate: PlanIndex['duplicate'];
  const claim = (id: string, at: string) => {
    const first = seen.get(id);
    if (first !== undefined) duplicate ??= { id, first, second: at };
    else seen.set(id, at);
  };
  plan.priorityAreas.forEach((area, a) => {
    claim(area.id, `priorityAreas[${a}]`);
    area.outcomes.forEach((outcome, o) => {
      claim(outcome.id, `priorityAreas[${a}].outcomes[${o}]`);
      outcomes.set(outcome.id, { outcome, area });
      outcome.actions.forEach((action, i) => {
        claim(action.id, `priorityAreas[${a}].outcomes[${o}].actions[${i}]`);
        actions.set(action.id, { action, outcome, area });
      });
    });
  });
  return { actions, outcomes, duplicate };
}

/**
 * A circle of `depends-on` links (`["2.3.2", "2.3.1", "2.3.2"]`), or `undefined`. Depth-first,
 * without recursion, so a long chain of 5,000 actions cannot overflow the stack.
 */
export function dependencyCycle(index: PlanIndex): string[] | undefined {
  const dependsOn = (id: string): string[] =>
    (index.actions.get(id)?.action.links?.to ?? []).flatMap((link) =>
      link.type === 'action' && link.relation === 'depends-on' && index.actions.has(link.id) ? [link.id] : [],
    );
  const done = new Set<string>();
  for (const start of index.actions.keys()) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    const stack: { id: string; next: string[] }[] = [{ id: start, next: dependsOn(start) }];
    path.push(start);
    onPath.add(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = top.next.pop();
      if (next === undefined) {
        stack.pop();
        path.pop();
        onPath.delete(top.id);
        done.add(top.id);
        continue;
      }
      if (onPath.has(next)) return [...path.slice(path.indexOf(next)), next];
      if (done.has(next)) continue;
      stack.push({ id: next, next: dependsOn(next) });
      path.push(next);
      onPath.add(next);
    }
  }
  return undefined;
}
