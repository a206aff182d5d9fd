/**
 * NICE practice points. They come from NICE CG133 (2011), which NICE NG225 (2022) superseded: the
 * file says so once, at the top, and the core repeats it beside every point it returns, so a
 * superseded recommendation is never shown as if it were current.
 */
import * as z from 'zod/mini';
import { Id } from './primitives.js';
import { SourceRef, SourceStatus } from './source.js';
import { ContentReview } from './statement.js';

const Text = z.string().check(z.minLength(1));

/** One key priority for implementation, kept as NICE wrote it: a lead sentence and its list. */
export const NicePracticePoint = z.object({
  id: z.string().check(z.regex(/^nice\.cg133\.\d+$/, 'NICE CG133 point ids are nice.cg133.N')),
  number: z.number().check(z.int(), z.gte(1)),
  /** The heading NICE files the point under, e.g. "Psychosocial assessment". */
  section: Text,
  text: Text,
  /** The list that completes `text`, each entry verbatim. */
  items: z.optional(z.array(Text)),
  /** A footnote NICE attaches to the point, verbatim. */
  note: z.optional(Text),
  source: SourceRef,
});
export type NicePracticePoint = z.infer<typeof NicePracticePoint>;

/** A heading of the source with nothing encoded under it, and why. */
export const KnownGap = z.object({
  id: Id,
  /** The heading, verbatim from the source copy. */
  section: Text,
  /** Shown to readers: what is missing and why. */
  note: Text,
});
export type KnownGap = z.infer<typeof KnownGap>;

export const NicePracticePointsFile = z.object({
  $schema: z.optional(z.string()),
  /** `nice.cg133`: the key translations of the file's own text (`statusNotice`) are filed under. */
  id: z.literal('nice.cg133'),
  review: ContentReview,
  /** Id of the guideline in `sources.json` the points come from. */
  source: Id,
  /** Repeated from `sources.json` so this file cannot be read without its status; a test keeps them equal. */
  status: SourceStatus,
  supersededBy: z.optional(Id),
  /** Shown beside the points wherever they appear. */
  statusNotice: Text,
  points: z.array(NicePracticePoint).check(z.minLength(1)),
  /**
   * Headings of the source that no point encodes, because the source copy has no text under them:
   * recorded, and shown beside the points, so a gap is never a silent omission.
   */
  knownGaps: z.optional(z.array(KnownGap)),
}).check(
  z.refine((file) => file.status !== 'superseded' || file.supersededBy !== undefined, {
    message: 'points from a superseded guideline must name what supersedes it (supersededBy)',
  }),
);
export type NicePracticePointsFile = z.infer<typeof NicePracticePointsFile>;
