/** Resource categories for professionals, from NCISH's community self-harm care programme. */
import * as z from 'zod/mini';
import { SourceRef } from './source.js';
import { ContentReview } from './statement.js';

const Text = z.string().check(z.minLength(1));

export const ProfessionalResourceCategory = z.enum([
  'clinical-guidelines',
  'treatment-evidence',
  'awareness',
  'competencies',
  'training',
  'data-collection',
]);
export type ProfessionalResourceCategory = z.infer<typeof ProfessionalResourceCategory>;

export const ProfessionalResource = z.object({
  id: z.string().check(z.regex(/^ncish\.resource\.[a-z0-9-]+$/, 'resource ids are ncish.resource.<slug>')),
  category: ProfessionalResourceCategory,
  /** The heading or name the source gives the resource. */
  title: Text,
  /** What the source says about it, verbatim. */
  text: Text,
  source: SourceRef,
});
export type ProfessionalResource = z.infer<typeof ProfessionalResource>;

export const ProfessionalResourcesFile = z.object({
  $schema: z.optional(z.string()),
  review: ContentReview,
  resources: z.array(ProfessionalResource).check(z.minLength(1)),
});
export type ProfessionalResourcesFile = z.infer<typeof ProfessionalResourcesFile>;
