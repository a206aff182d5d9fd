/**
 * Reads a local action plan a host supplies, all or nothing: a plan is either valid and used
 * whole, or refused with one clear message naming where the problem is. A plan shown half-checked
 * could show a reader one action's status beside another's words.
 *
 * Beyond its shape (the schema), a plan must use each id once and must not have actions waiting
 * on each other in a circle. A link to an action or outcome the plan does not have is only a
 * warning: the source plans themselves do it (Gloucestershire's 5.1.4 links to a "3.1.7" it does
 * not contain), and the link is then shown as plain text.
 */
import type * as z from 'zod/mini';
import { ActionPlan, ActionPlanOutline, PlanOutcome, type ActionPlan as Plan } from '../../../schema/action-plan.js';
import { describeIssue, quoteValue } from './describe-issue.js';
import { dependencyCycle, planIndex } from './plan-index.js';
import { getItem } from '../statement.js';

/** The most a plan may weigh, as UTF-8 JSON: over three times a 2,000-action plan. */
export const MAX_PLAN_BYTES = 4_000_000;
/** The most actions one plan may hold. */
export const MAX_PLAN_ACTIONS = 5_000;

export type ActionPlanResult =
  | {
      readonly ok: true;
      readonly plan: Plan;
      /** One readable line per link to an action or outcome the plan does not have. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

const refuse = (error: string): ActionPlanResult => ({ ok: false, error });

/** The first of zod's issues as the one message, its path taken from `prefix` within `data`. */
function refuseIssue(issues: readonly z.core.$ZodIssue[], data: unknown, prefix: readonly PropertyKey[] = []): ActionPlanResult {
  const first = issues[0];
  return refuse(first ? describeIssue({ ...first, path: [...prefix, ...first.path] }, data) : 'the plan is not valid.');
}
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** UTF-8 length of `text`, counted without building the bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(text: string): string | undefined {
  // A string longer than the limit in characters is over it in bytes too; only a shorter one is counted.
  const bytes = text.length > MAX_PLAN_BYTES ? text.length : utf8Length(text);
  return bytes > MAX_PLAN_BYTES ? `the plan is ${megabytes(bytes)} or more; a plan may be at most ${megabytes(MAX_PLAN_BYTES)}.` : undefined;
}

/** The JSON text of `input`: the text itself, or a value written out (which is how its size is known). */
function jsonTextOf(input: unknown): { text: string } | { error: string } {
  if (typeof input === 'string') return { text: input };
  try {
    return { text: JSON.stringify(input) ?? '' };
  } catch (error) {
    // A value that refers to itself, or holds a BigInt, cannot be a JSON plan.
    return { error: `the plan cannot be written as JSON (${(error as Error).message.split('\n')[0]}).` };
  }
}

/** The plan's data once its size and JSON are known to be fine, or the one message why not. */
function readInput(input: unknown): { data: unknown } | { error: string } {
  if (input === undefined || input === null) return { error: 'no plan was given.' };
  const json = jsonTextOf(input);
  if ('error' in json) return json;
  const large = tooLarge(json.text);
  if (large) return { error: large };
  if (typeof input !== 'string') return { data: input };
  try {
    return { data: JSON.parse(input) };
  } catch (error) {
    return { error: `the JSON could not be read (${(error as Error).message}).` };
  }
}

/**
 * Checks a local action plan: JSON text (as in a `<script type="application/json">`) or a value
 * already parsed. Returns the plan and its warnings, or one message saying what is wrong and where.
 */
export function parseActionPlan(input: unknown): ActionPlanResult {
  const read = readInput(input);
  if ('error' in read) return refuse(read.error);
  const result = ActionPlan.safeParse(read.data);
  return result.success ? checkReferences(result.data) : refuseIssue(result.error.issues, read.data);
}

export interface SliceOptions {
  /** How long to check before pausing (default 25 ms). */
  readonly sliceMs?: number;
  /** Waits before the next slice; by default, until the next task (`setTimeout(…, 0)`). */
  readonly pause?: () => Promise<void>;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `parseActionPlan`, pausing between outcomes so that checking a large plan never holds a page for
 * long: the plan's outline first (everything but its outcomes), then each outcome, pausing once a
 * slice has run `sliceMs`. The same result, and the same messages, as `parseActionPlan`.
 */
export async function parseActionPlanInSlices(input: unknown, { sliceMs = 25, pause = nextTask }: SliceOptions = {}): Promise<ActionPlanResult> {
  const read = readInput(input);
  if ('error' in read) return refuse(read.error);
  const outline = ActionPlanOutline.safeParse(read.data);
  if (!outline.success) return refuseIssue(outline.error.issues, read.data);
  const rawOutcomes = outline.data.priorityAreas.map((area) => area.outcomes);
  const count = rawOutcomes.flat().reduce<number>((n, outcome) => n + (Array.isArray((outcome as { actions?: unknown })?.actions) ? (outcome as { actions: unknown[] }).actions.length : 0), 0);
  // Refused before the slow part, so a hostile plan cannot hold the page checking 100,000 actions.
  if (count > MAX_PLAN_ACTIONS) return refuse(`the plan has ${count} actions; a plan may have at most ${MAX_PLAN_ACTIONS}.`);
  let sliceStart = performance.now();
  const priorityAreas: Plan['priorityAreas'] = [];
  for (const [a, area] of outline.data.priorityAreas.entries()) {
    const outcomes: Plan['priorityAreas'][number]['outcomes'] = [];
    for (const [o, raw] of area.outcomes.entries()) {
      const outcome = PlanOutcome.safeParse(raw);
      if (!outcome.success) return refuseIssue(outcome.error.issues, read.data, ['priorityAreas', a, 'outcomes', o]);
      outcomes.push(outcome.data);
      if (performance.now() - sliceStart > sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
    priorityAreas.push({ ...area, outcomes });
  }
  return checkReferences({ ...outline.data, priorityAreas });
}

/** Ids used once, a ceiling on actions, mappings to ids the statement has, no circular dependency; missing link targets as warnings. */
function checkReferences(plan: Plan): ActionPlanResult {
  const index = planIndex(plan);
  if (index.duplicate) {
    const { id, first, second } = index.duplicate;
    return refuse(`the id ${quoteValue(id)} is used twice (${first} and ${second}); each priority area, outcome and action needs its own id.`);
  }
  if (index.actions.size > MAX_PLAN_ACTIONS) return refuse(`the plan has ${index.actions.size} actions; a plan may have at most ${MAX_PLAN_ACTIONS}.`);
  const warnings: string[] = [];
  for (const { action } of index.actions.values()) {
    const unknown = action.statementMapping?.ids.find((id) => getItem(id) === undefined);
    if (unknown) return refuse(`action ${quoteValue(action.id)} maps to ${unknown}, which the statement does not have.`);
    for (const link of action.links?.to ?? []) {
      if (link.type === 'workstream') continue;
      if (link.type === 'action' && link.id === action.id) return refuse(`action ${quoteValue(action.id)} links to itself.`);
      const target = link.type === 'action' ? index.actions.get(link.id) : index.outcomes.get(link.id);
      if (target === undefined) warnings.push(`action ${action.id} links to ${link.type} ${link.id}, which is not in this plan.`);
    }
  }
  const cycle = dependencyCycle(index);
  if (cycle) return refuse(`actions depend on each other in a circle (${cycle.join(' → ')}), so none of them could finish first.`);
  return { ok: true, plan, warnings };
}
