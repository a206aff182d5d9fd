/**
 * Opening an assessment file. Whatever the file holds, the answer is either the assessment (older
 * versions migrated to this one, criteria this version does not know kept and listed) or one
 * problem, with a code an element can word in its reader's language and an English message for
 * everyone else. Nothing is thrown, and nothing from the file is ever run or treated as markup.
 */
import * as z from 'zod/mini';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
  Assessment,
  AssessmentV0,
  type Assessment as AssessmentType,
  type AssessmentResponse,
  type Rating,
} from '../../../schema/self-assessment.js';
import { RATINGS_V0 } from '../../../schema/self-assessment.js';
import { knownCriterionIds } from './frameworks.js';

/** The largest file opened, in characters (4 million: about a thousand pages). A bigger one is refused unread. */
export const MAX_FILE_CHARACTERS = 4_000_000;

/** Why a file could not be opened. */
export type ImportProblemCode =
  /** Bigger than `MAX_FILE_CHARACTERS`. */
  | 'too-large'
  /** Empty, or not JSON at all. */
  | 'not-json'
  /** JSON, but not a self-assessment from this library (no or another `format`). */
  | 'not-an-assessment'
  /** Made by a newer version of this library, which this one cannot read safely. */
  | 'newer-version'
  /** A `version` that never existed. */
  | 'unknown-version'
  /** A key such as `__proto__` that no assessment has and that could tamper with objects. */
  | 'forbidden-key'
  /** An assessment, but a field is missing or wrong; `path` says which. */
  | 'invalid';

export interface ImportProblem {
  readonly ok: false;
  readonly code: ImportProblemCode;
  /** Where in the file the problem is, for `invalid` and `forbidden-key` (`responses[3].rating`). */
  readonly path: string | undefined;
  /** One clear sentence, in English. */
  readonly message: string;
}

export interface ImportedAssessment {
  readonly ok: true;
  readonly assessment: AssessmentType;
  /** The file's version when it was older and has been migrated; `undefined` when it was current. */
  readonly migratedFrom: number | undefined;
  /** Criteria the file rates that this version does not know: kept in the assessment, never dropped. */
  readonly unknownCriteria: readonly string[];
}

export type ImportResult = ImportedAssessment | ImportProblem;

/** Keys JSON may hold that would change an object's prototype if code ever copied them naively. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const problem = (code: ImportProblemCode, message: string, path?: string): ImportProblem => ({ ok: false, code, path, message });

const pathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}${text ? '.' : ''}${String(key)}`), '');

/** JSON.parse, refusing prototype keys anywhere. */
function parseJson(text: string): { value: unknown } | ImportProblem {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, function (key, child: unknown) {
      if (forbidden === undefined && FORBIDDEN_KEYS.has(key) && !Array.isArray(this)) forbidden = key;
      return child;
    });
  } catch {
    return problem('not-json', 'This is not an assessment file: it is not JSON.');
  }
  if (forbidden !== undefined) return problem('forbidden-key', `This file has a field named "${forbidden}", which no assessment has, so it was not opened.`, forbidden);
  return { value };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const V0_RATINGS: Readonly<Record<(typeof RATINGS_V0)[number], Rating>> = {
  met: 'met',
  partial: 'partly-met',
  'not-met': 'not-met',
  'n/a': 'not-applicable',
  '': 'not-assessed',
};

/** Version 0 (the pre-release draft) → version 1: details gathered, answers listed, rating words in full. */
export function migrateV0(file: z.infer<typeof AssessmentV0>): AssessmentType {
  const responses: AssessmentResponse[] = Object.entries(file.answers).map(([criterion, answer]) => ({
    criterion,
    rating: V0_RATINGS[answer.status],
    evidence: answer.evidence ?? '',
    action: answer.action ?? '',
    owner: answer.owner ?? '',
    ...(answer.due === undefined ? {} : { due: answer.due }),
  }));
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    framework: file.framework,
    details: { service: file.service, ...(file.setting === undefined ? {} : { setting: file.setting }), date: file.date, assessorRole: file.role },
    responses,
  };
}

/** Migrations by the version they read; each returns the next version up (here, the current one). */
const MIGRATIONS: Readonly<Record<number, { schema: z.ZodMiniType; migrate: (file: never) => unknown }>> = {
  0: { schema: AssessmentV0, migrate: migrateV0 },
};

function invalid(error: z.core.$ZodError): ImportProblem {
  const issue = error.issues[0];
  const path = issue ? pathText(issue.path) : '';
  return problem('invalid', `This assessment file has a problem${path ? ` at ${path}` : ''}: ${issue?.message ?? 'it does not match the schema'}. Nothing was changed.`, path || undefined);
}

/**
 * Opens an assessment file's text. Returns the assessment (migrated if older, with any unknown
 * criteria listed) or one problem. Never throws.
 */
export function importAssessment(text: string): ImportResult {
  if (typeof text !== 'string') return problem('not-json', 'This is not an assessment file: it is not text.');
  // Before anything else reads it: a huge file is refused without being scanned.
  if (text.length > MAX_FILE_CHARACTERS) return problem('too-large', `This file is too large to be an assessment (over ${MAX_FILE_CHARACTERS / 1_000_000} million characters).`);
  if (text.trim() === '') return problem('not-json', 'This file is empty.');
  const parsed = parseJson(text.replace(/^\ufeff/, ''));
  if ('ok' in parsed) return parsed;
  const raw = parsed.value;
  if (!isRecord(raw) || raw['format'] !== ASSESSMENT_FORMAT) return problem('not-an-assessment', 'This is not a self-assessment file from self-harm-guidance.');
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return problem('unknown-version', `This file's version (${JSON.stringify(version) ?? 'missing'}) is not one this library has written.`, 'version');
  if (version > ASSESSMENT_VERSION) return problem('newer-version', `This file was made by a newer version of the tool (file version ${version}; this one reads up to ${ASSESSMENT_VERSION}). Open it with the newer version.`, 'version');

  let current: unknown = raw;
  for (let from = version; from < ASSESSMENT_VERSION; from += 1) {
    const migration = MIGRATIONS[from];
    if (migration === undefined) return problem('unknown-version', `This file's version (${version}) is not one this library has written.`, 'version');
    const old = migration.schema.safeParse(current);
    if (!old.success) return invalid(old.error);
    current = migration.migrate(old.data as never);
  }
  const result = Assessment.safeParse(current);
  if (!result.success) return invalid(result.error);
  const known = knownCriterionIds(result.data.framework);
  return {
    ok: true,
    assessment: result.data,
    migratedFrom: version === ASSESSMENT_VERSION ? undefined : version,
    unknownCriteria: result.data.responses.map((r) => r.criterion).filter((id) => !known.has(id)),
  };
}
