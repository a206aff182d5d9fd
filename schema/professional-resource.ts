/** Resource categories for professionals, from NCISH's community self-harm care programme. */
import * as z from 'zod/mini';
import { Id } from './primitives.js';
import { EditorialTitle, SourceRef } from './source.js';
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
  /** The heading or name the source gives the resource (or ours, marked by `editorialTitle`). */
  title: Text,
  editorialTitle: EditorialTitle,
  /**
   * What the source says about it, verbatim, except where `linkLost` says otherwise: then only the
   * debris of the lost link is left out (a closing ":" that led to it becomes ".", and a "(PDF)"
   * label goes), so nothing shown points at a link that is not there.
   */
  text: Text,
  /** Set where the source's link was lost in extraction and the text was trimmed to match; says what was lost. */
  linkLost: z.optional(Text),
  /**
   * Set where the source offers this only to some services, not to every reader; says to whom.
   * Such a resource is kept in the data but never shown as guidance for everyone.
   */
  offeredOnlyTo: z.optional(Text),
  /** Set where what the source describes has since been replaced: one line saying so, shown beside it. */
  note: z.optional(Text),
  /** With `note`: the documents (ids in sources.json) that hold the current version, shown as links. */
  current: z.optional(z.array(Id).check(z.minLength(1))),
  source: SourceRef,
}).check(
  z.refine((resource) => resource.current === undefined || resource.note !== undefined, {
    message: 'a resource that names current documents must say why in its note',
  }),
);
export type ProfessionalResource = z.infer<typeof ProfessionalResource>;

export const ProfessionalResourcesFile = z.object({
  $schema: z.optional(z.string()),
  review: ContentReview,
  resources: z.array(ProfessionalResource).check(z.minLength(1)),
});
export type ProfessionalResourcesFile = z.infer<typeof ProfessionalResourcesFile>;
