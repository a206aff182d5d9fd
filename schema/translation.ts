/**
 * A translation of one content file: for each English item (by its `id`), the translated text of
 * its readable fields and how far that translation can be trusted. Everything else (ids, numbers,
 * links, source quotes, dates) comes from the English file, so a translation can never change a
 * phone number or a link.
 */
import * as z from 'zod/mini';

/**
 * How far a translated entry can be trusted:
 *  - `official`: every field is taken word for word from an official bilingual source (the
 *    organisation's own Welsh, or a term marked official in content/facts/welsh-terms.md);
 *  - `reviewed`: the project's translation, checked by a named Welsh-speaking reviewer;
 *  - `unreviewed`: the project's translation, not yet checked. Readers see a notice and can switch
 *    to the English original.
 */
export const TranslationStatus = z.enum(['official', 'reviewed', 'unreviewed']);
export type TranslationStatus = z.infer<typeof TranslationStatus>;

/** A translated field: a string, or a list of strings as long as the English list. */
export const TranslatedField = z.union([z.string().check(z.minLength(1)), z.array(z.string().check(z.minLength(1)))]);

export const TranslationEntry = z.object({
  status: TranslationStatus,
  /** Who reviewed it and when, for `reviewed` entries; the official source, for `official` ones. */
  by: z.optional(z.string()),
  /**
   * Field path within the item (`text`, `plain`, `items`, `hours.text`) → translated value. The
   * content tests check that each path exists in the English item with the same shape, and that
   * every translatable English field has one.
   */
  fields: z.record(z.string(), TranslatedField),
});
export type TranslationEntry = z.infer<typeof TranslationEntry>;

/** `content/<locale>/<file>.json`. A file's own text is filed under its root `id` (e.g. `nice.cg133`). */
export const TranslationFile = z.object({
  $schema: z.optional(z.string()),
  locale: z.literal('cy'),
  /** The English file this translates, e.g. `statement` for content/en/statement.json. */
  translates: z.string(),
  entries: z.record(z.string(), TranslationEntry),
});
export type TranslationFile = z.infer<typeof TranslationFile>;

