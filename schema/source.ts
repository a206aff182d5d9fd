/** Where guidance comes from: the documents in `content/sources/`, and references into them. */
import * as z from 'zod/mini';
import { HttpsUrl, Id } from './primitives.js';

export const SourceStatus = z.enum(['current', 'superseded']);

/** A source document. A superseded one names what replaced it, so readers are never misled. */
export const SourceDocument = z.object({
  id: Id,
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  /** Publication year, only where the source copy or its publisher states it: never guessed. */
  year: z.optional(z.number().check(z.int(), z.gte(1990), z.lte(2100))),
  /** File name of the plain-text copy in `content/sources/` that quotes are checked against. */
  file: z.optional(z.string()),
  url: z.optional(HttpsUrl),
  status: SourceStatus,
  /** Id of the document that replaced this one; required when `status` is `superseded`. */
  supersededBy: z.optional(Id),
  /** A short note shown beside a superseded source, e.g. what replaced it and when. */
  statusNote: z.optional(z.string()),
  /**
   * The document's section names that items cite (`SourceRef.section`), each once, so the label
   * "Section: …" can be shown in the reader's language: a translation gives the same list in its
   * language, in the same order. A test holds this list to the sections the content cites.
   */
  sections: z.optional(z.array(z.string().check(z.minLength(1)))),
}).check(
  z.refine((doc) => doc.status !== 'superseded' || doc.supersededBy !== undefined, {
    message: 'a superseded source must name what supersedes it (supersededBy)',
  }),
);
export type SourceDocument = z.infer<typeof SourceDocument>;

/**
 * A reference from one content item into a source document. `quote` must appear verbatim in the
 * source file (whitespace, curly quotes and footnote markers normalised); a test proves it.
 */
export const SourceRef = z.object({
  source: Id,
  section: z.string().check(z.minLength(1)),
  quote: z.string().check(z.minLength(1)),
  /**
   * Set only when the quoted source itself uses a term the safe-messaging check forbids; says why
   * the exact words are kept. The exemption lives in the data, never in the test.
   */
  safeMessagingException: z.optional(z.string()),
  /**
   * Set only where the source copy's extraction broke one list entry over two bullets and the
   * quote joins them again; says where. Without it, a quote that runs from one bullet into the
   * next is refused, so two separate entries can never be spliced into one quote.
   */
  extractionJoin: z.optional(z.string()),
});
export type SourceRef = z.infer<typeof SourceRef>;

/**
 * Set on an item whose `title` is the project's words, not the source's (the source gives the item
 * no title of its own, or only an address): one line saying so. A test holds every other title to
 * words found in its source.
 */
export const EditorialTitle = z.optional(z.string().check(z.minLength(1)));
