/** Reads services a host page adds, keeping only what validates and saying clearly what did not. */
import { LocalServiceList, type LocalService } from '../../schema/local-services.js';

export interface LocalServicesResult {
  readonly services: readonly LocalService[];
  /** Empty when the input was valid; otherwise one readable line per problem. */
  readonly problems: readonly string[];
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the list' : path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
}

/**
 * Validates host-supplied local services. All or nothing: if anything is wrong, none are used,
 * because a half-checked list could show a reader a wrong number.
 */
export function parseLocalServices(input: unknown): LocalServicesResult {
  const result = LocalServiceList.safeParse(input);
  if (result.success) return { services: result.data, problems: [] };
  return { services: [], problems: result.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`) };
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
