/**
 * NICE quality standard QS34 (self-harm): eight quality statements. The 2022 wording is current;
 * the 2013 wording it replaced is kept beside it, marked as superseded, because local plans written
 * before September 2022 (the Gloucestershire action plan among them) cite it. Measures are NICE's
 * own examples of how a statement can be measured, for self-assessment.
 */
import * as z from 'zod/mini';
import { Id } from './primitives.js';
import { SourceRef, SourceStatus } from './source.js';
import { ContentReview } from './statement.js';

const Text = z.string().check(z.minLength(1));

/** The two wordings a QS34 statement has had: `2022` is current, `2013` superseded. */
export const QS34_WORDINGS = ['2022', '2013'] as const;
export const Qs34Wording = z.enum(QS34_WORDINGS);
export type Qs34Wording = z.infer<typeof Qs34Wording>;

/** The superseded 2013 wording of a statement, verbatim. */
export const SupersededWording = z.object({
  text: Text,
  source: SourceRef,
});
export type SupersededWording = z.infer<typeof SupersededWording>;

/**
 * Where a statement applies, in NICE's own terms: every service (statement 1), a healthcare setting
 * (statements 2 to 5: "while in the healthcare setting"), or wherever continuing support for
 * self-harm is given (statements 6 to 8). Settings say which they are (`healthcare`,
 * `continuingCare` in settings.json), so the mapping to settings is worked out, never listed twice.
 */
export const QS34_SCOPES = ['every-setting', 'healthcare-setting', 'continuing-support'] as const;
export const QualityStatementScope = z.enum(QS34_SCOPES);
export type QualityStatementScope = z.infer<typeof QualityStatementScope>;

export const QualityStatement = z.object({
  id: z.string().check(z.regex(/^nice\.qs34\.[1-8]$/, 'QS34 statement ids are nice.qs34.1 to nice.qs34.8')),
  number: z.number().check(z.int(), z.gte(1), z.lte(8)),
  /** NICE's short title, e.g. "Compassion, respect and dignity". */
  title: Text,
  /** The current (2022) wording, verbatim. */
  text: Text,
  source: SourceRef,
  wording2013: SupersededWording,
  /** Where the statement applies: which settings show it in guidance. */
  scope: QualityStatementScope,
  /** One line on why: NICE's words where the statement says it, otherwise the judgement made. */
  scopeRationale: Text,
});
export type QualityStatement = z.infer<typeof QualityStatement>;

/** What a measure is: NICE's own kinds, plus the rationale NICE gives for a statement. */
export const QualityMeasureKind = z.enum(['rationale', 'structure', 'process', 'outcome']);
export type QualityMeasureKind = z.infer<typeof QualityMeasureKind>;

/** One of NICE's example measures (or a statement's rationale), for the statements it names. */
export const QualityMeasure = z.object({
  id: z.string().check(z.regex(/^nice\.qs34\.measure\.[a-z0-9-]+$/, 'QS34 measure ids are nice.qs34.measure.<slug>')),
  /** The statement numbers the source files it under ("Statement 4 and 5 Outcome" names two). */
  statements: z.array(z.number().check(z.int(), z.gte(1), z.lte(8))).check(z.minLength(1)),
  kind: QualityMeasureKind,
  text: Text,
  source: SourceRef,
});
export type QualityMeasure = z.infer<typeof QualityMeasure>;

export const QualityStandardFile = z.object({
  $schema: z.optional(z.string()),
  /** `nice.qs34`: the key translations of the file's own text are filed under. */
  id: z.literal('nice.qs34'),
  review: ContentReview,
  /** Id of the quality standard in `sources.json`. */
  source: Id,
  /** Repeated from `sources.json` so this file cannot be read without its status; a test keeps them equal. */
  status: SourceStatus,
  /** Shown beside the statements wherever they appear: where they come from, with NICE's copyright. */
  statusNotice: Text,
  /** Shown beside a 2013 wording wherever one appears: it was replaced in September 2022. */
  wording2013Notice: Text,
  statements: z.array(QualityStatement).check(z.length(8)),
  measures: z.array(QualityMeasure),
});
export type QualityStandardFile = z.infer<typeof QualityStandardFile>;
