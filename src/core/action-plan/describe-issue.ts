/**
 * One zod issue as one readable line that names where it is: `priorityAreas[1].outcomes[0]
 * .actions[3] (action 2.2.4) status.state: is "started", which is not one of: idea, …`. zod/mini
 * carries no English messages of its own (they would cost every bundle), so this writes them.
 */
import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** At most this many characters of a value are quoted back, so a huge or hostile value stays short. */
const QUOTE_MAX = 40;

export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > QUOTE_MAX ? `${value.slice(0, QUOTE_MAX)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

const KINDS: Record<string, string> = { priorityAreas: 'priority area', outcomes: 'outcome', actions: 'action' };

/** `priorityAreas[1].outcomes[0].actions[3].status (in action 2.2.4)`: the path, and the innermost plan item with an id. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  if (path.length === 0) return 'the plan';
  let node = input;
  let text = '';
  let within = '';
  path.forEach((part, index) => {
    text += typeof part === 'number' ? `[${part}]` : `${text ? '.' : ''}${String(part)}`;
    node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined;
    const kind = KINDS[String(path[index - 1])];
    const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
    if (typeof part === 'number' && kind !== undefined && typeof id === 'string') within = ` (in ${kind} ${quoteValue(id)})`;
  });
  return text + within;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const part of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part] : undefined;
  return node;
}

function what(issue: Issue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = NOUNS[issue.expected] ?? issue.expected;
      if (value === undefined) return `is missing (it must be ${expected})`;
      return `must be ${expected}, not ${quoteValue(value)}`;
    }
    case 'invalid_value':
      if (value === undefined) return `is missing (it must be one of: ${issue.values.map(String).join(', ')})`;
      return `is ${quoteValue(value)}, which is not one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a field' : 'fields'} this format does not know: ${issue.keys.map((key) => quoteValue(key)).join(', ')}`;
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options.map(String).join(', ') : undefined;
      return options ? `is ${quoteValue(value)}, which is not one of: ${options}` : 'is not any of the shapes allowed here';
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
      // Every such check in schema/action-plan.ts carries its own words.
      return issue.message;
    default:
      return issue.message;
  }
}

/** The readable line for one issue found in `input`. */
export function describeIssue(issue: Issue, input: unknown): string {
  return `${describePath(issue.path, input)}: ${what(issue, input)}.`;
}
