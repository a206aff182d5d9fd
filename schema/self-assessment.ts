/**
 * A self-assessment: a service measured against the Integrated Quality Statement (and NICE QS34),
 * or a local self-harm policy against the guidance. One response per criterion, saved and opened
 * as a versioned JSON file (`schema/json/self-assessment.schema.json`).
 *
 * Nothing here holds personal data about people who use the service: the details name the
 * service and the assessor's role, never a person, and the form says so beside every free-text
 * field.
 *
 * Version history (the core migrates older files on import, see `src/core/self-assessment/`):
 *  - 0: the pre-release draft shape (`AssessmentV0`): details at the top level, answers keyed by
 *    criterion id with a shorter rating word.
 *  - 1: this shape.
 */
import * as z from 'zod/mini';
import { Id, IsoDate } from './primitives.js';
import { SettingId } from './setting-id.js';
import { ASSESSMENT_FRAMEWORKS, RATINGS } from './assessment-vocabulary.js';

/** The `format` every assessment file carries, so a file of some other kind is recognised at once. */
export const ASSESSMENT_FORMAT = 'self-harm-guidance/self-assessment';
/** The version this library writes. Files of a lower version are migrated on import; higher ones refused. */
export const ASSESSMENT_VERSION = 1;

/** Most characters one free-text field (evidence, action) may hold: about four pages of text. */
export const MAX_FREE_TEXT = 10_000;
/** Most characters a short field (service name, role, owner) may hold. */
export const MAX_SHORT_TEXT = 200;
/** Most responses one file may hold: far more than any framework has, far fewer than a hostile file might. */
export const MAX_RESPONSES = 1_000;

const FreeText = z.string().check(z.maxLength(MAX_FREE_TEXT));
const ShortText = z.string().check(z.maxLength(MAX_SHORT_TEXT));

export const AssessmentFrameworkId = z.enum(ASSESSMENT_FRAMEWORKS);
export type AssessmentFrameworkId = z.infer<typeof AssessmentFrameworkId>;

export const Rating = z.enum(RATINGS);
export type Rating = z.infer<typeof Rating>;

/** One criterion's answer. `criterion` may name a criterion this version does not know: it is kept. */
export const AssessmentResponse = z.strictObject({
  /** The criterion's id: `iqs.outcome.3`, `iqs.domain.safe.2`, `nice.qs34.4`, `policy.harm-reduction`. */
  criterion: Id,
  rating: Rating,
  /** What shows the rating is right: documents, audits, feedback. Never about an identifiable person. */
  evidence: FreeText,
  /** What will be done to improve. */
  action: FreeText,
  /** Who will do it: a role or team, such as "ward manager". */
  owner: ShortText,
  /** When the action is due. */
  due: z.optional(IsoDate),
});
export type AssessmentResponse = z.infer<typeof AssessmentResponse>;

/** Who assessed what, and when: the service and the assessor's role, never a person who uses it. */
export const AssessmentDetails = z.strictObject({
  /** The service or policy assessed, e.g. "Ysbyty Example emergency department". */
  service: ShortText,
  /** Where the service sits; narrows the service framework to what applies there. */
  setting: z.optional(SettingId),
  /** The day of the assessment. */
  date: IsoDate,
  /** The assessor's role, such as "Service lead" (not their name). */
  assessorRole: ShortText,
});
export type AssessmentDetails = z.infer<typeof AssessmentDetails>;

/** A whole assessment, as saved to a file (version 1). */
export const Assessment = z.strictObject({
  format: z.literal(ASSESSMENT_FORMAT),
  version: z.literal(ASSESSMENT_VERSION),
  framework: AssessmentFrameworkId,
  details: AssessmentDetails,
  /** One per criterion, in the framework's order; criteria this version does not know come last. */
  responses: z.array(AssessmentResponse).check(
    z.maxLength(MAX_RESPONSES),
    z.refine((responses) => new Set(responses.map((r) => r.criterion)).size === responses.length, {
      message: 'each criterion has one response',
    }),
  ),
});
export type Assessment = z.infer<typeof Assessment>;

/** The rating words of the version-0 draft. */
export const RATINGS_V0 = ['met', 'partial', 'not-met', 'n/a', ''] as const;

/** The pre-release draft shape (version 0), read only to migrate it. */
export const AssessmentV0 = z.strictObject({
  format: z.literal(ASSESSMENT_FORMAT),
  version: z.literal(0),
  framework: AssessmentFrameworkId,
  service: ShortText,
  setting: z.optional(SettingId),
  date: IsoDate,
  role: ShortText,
  answers: z.record(
    Id,
    z.strictObject({
      status: z.enum(RATINGS_V0),
      evidence: z.optional(FreeText),
      action: z.optional(FreeText),
      owner: z.optional(ShortText),
      due: z.optional(IsoDate),
    }),
  ),
});
export type AssessmentV0 = z.infer<typeof AssessmentV0>;
