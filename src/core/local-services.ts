/** Reads services a host page adds, keeping only what validates and saying clearly what did not. */
import type { core } from 'zod/mini';
import { LocalServiceList, type LocalService } from '../../schema/local-services.js';

export interface LocalServicesResult {
  readonly services: readonly LocalService[];
  /** Empty when the input was valid; otherwise one readable line per problem. */
  readonly problems: readonly string[];
}

/** At most this many problems are named; a long list of the same mistake helps no one. */
const MAX_PROBLEMS = 5;

type Path = readonly PropertyKey[];

function describePath(path: Path): string {
  return path.length === 0 ? 'the list' : path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}

/** The value the host gave at `path` (zod's issues say what was wrong, not what was there). */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** What a list at `path` holds: `services` for the whole list, else its key (`channels`). */
function itemsAt(path: Path): string {
  const last = path.at(-1);
  return typeof last === 'string' ? last : 'services';
}

const KINDS: Readonly<Record<string, string>> = {
  string: 'text (a string)',
  array: 'a list (an array)',
  object: 'an object',
  number: 'a number',
  boolean: 'true or false',
};

/** What the host gave instead, briefly (a long string is cut: the message is for finding it). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

const quoted = (values: readonly unknown[]): string => values.map((value) => JSON.stringify(value)).join(', ');

/** One issue in words: what is wrong, and what is allowed. */
function describeIssue(issue: core.$ZodIssue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? `at most ${issue.maximum} allowed` : `at least ${issue.minimum} needed`;
      const length = (value as { length?: number } | undefined)?.length ?? 0;
      if (issue.origin === 'array') return `holds ${length} ${itemsAt(issue.path)}; ${limit}`;
      if (issue.origin === 'string') return length === 0 ? `is empty; ${limit.replace(/ (needed|allowed)$/, ' character $1')}` : `is ${length} characters long; ${limit}`;
      return limit;
    }
    case 'invalid_value': {
      const emergency = value === 'emergency' ? ' (the emergency tier is 999’s alone)' : '';
      return `${JSON.stringify(value)} is not allowed${emergency}; use one of ${quoted(issue.values)}`;
    }
    case 'invalid_type': {
      const expected = KINDS[issue.expected] ?? issue.expected;
      return value === undefined ? `is missing; it must be ${expected}` : `must be ${expected}, not ${kindOf(value)}`;
    }
    case 'invalid_union': {
      // A channel's `type` that matches none of the channel kinds.
      const options = (issue as { options?: readonly unknown[] }).options;
      if (!options) return issue.message;
      return value === undefined ? `is missing; use one of ${quoted(options)}` : `${JSON.stringify(value)} is not allowed; use one of ${quoted(options)}`;
    }
    default:
      // Our own checks (links, numbers, keywords) carry their own words.
      return issue.message;
  }
}

/** zod's issues as readable lines, at most MAX_PROBLEMS of them, then how many more. */
function describeIssues(issues: readonly core.$ZodIssue[], input: unknown): string[] {
  const lines = issues.slice(0, MAX_PROBLEMS).map((issue) => `${describePath(issue.path)}: ${describeIssue(issue, input)}`);
  if (issues.length > MAX_PROBLEMS) lines.push(`and ${issues.length - MAX_PROBLEMS} more problems`);
  return lines;
}

/**
 * Validates host-supplied local services. All or nothing: if anything is wrong, none are used,
 * because a half-checked list could show a reader a wrong number.
 */
export function parseLocalServices(input: unknown): LocalServicesResult {
  const result = LocalServiceList.safeParse(input);
  if (result.success) return { services: result.data, problems: [] };
  return { services: [], problems: describeIssues(result.error.issues, input) };
}

/** Parses the JSON text of a `<script type="application/json">` block, then validates it. */
export function parseLocalServicesJson(text: string): LocalServicesResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { services: [], problems: [`the JSON could not be read (${(error as Error).message})`] };
  }
  return parseLocalServices(data);
}
