/** The list of source documents (`content/en/sources.json`). */
import * as z from 'zod/mini';
import { SourceDocument } from './source.js';
import { ContentReview } from './statement.js';

export const SourcesFile = z.object({
  $schema: z.optional(z.string()),
  review: ContentReview,
  sources: z.array(SourceDocument).check(z.minLength(1)),
});
export type SourcesFile = z.infer<typeof SourcesFile>;
