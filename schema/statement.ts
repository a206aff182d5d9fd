/**
 * The Integrated Quality Statement for Self-Harm as data: settings, audiences, outcomes,
 * commitments (domains and themes), and the statement's other parts. Every item that carries
 * guidance text also carries a `SourceRef` whose `quote` a test finds verbatim in the source.
 */
import * as z from 'zod/mini';
import { HttpsUrl, Id, IsoDate } from './primitives.js';
import { SettingId } from './setting-id.js';
import { EditorialTitle, SourceRef } from './source.js';

const Text = z.string().check(z.minLength(1));

export { SettingId } from './setting-id.js';

/** Who the guidance is shown to. People and carers get plain language; the others, the statement's own words. */
export const AudienceId = z.enum(['person', 'carer', 'professional', 'service-lead']);
export type AudienceId = z.infer<typeof AudienceId>;

/** When a content file was last reviewed and when it must be reviewed again (a test fails once passed). */
export const ContentReview = z.object({
  lastReviewed: IsoDate,
  nextReview: IsoDate,
  reviewedBy: Text,
});
export type ContentReview = z.infer<typeof ContentReview>;

export const Setting = z.object({
  id: SettingId,
  name: Text,
  /**
   * True for a healthcare setting in NICE QS34's sense: its statements 2 to 5 (initial and
   * psychosocial assessment, observation and a safe environment "while in the healthcare setting")
   * apply here.
   */
  healthcare: z.boolean(),
  /**
   * True where continuing support for self-harm is given, so NICE QS34's statements 6 to 8 ("People
   * receiving continuing support for self-harm") apply, and the NICE CG133 points on long-term
   * management are shown (marked as superseded). Nowhere else: CG133 never reaches a setting that
   * gives only immediate care.
   */
  continuingCare: z.boolean(),
  /** One line on why `healthcare` and `continuingCare` are set as they are, where that is a judgement. */
  careRationale: z.optional(Text),
  source: SourceRef,
});
export type Setting = z.infer<typeof Setting>;

export const Audience = z.object({
  id: AudienceId,
  name: Text,
  description: Text,
  /** True when this audience reads the plain-language versions of outcomes. */
  plainLanguage: z.boolean(),
  source: SourceRef,
});
export type Audience = z.infer<typeof Audience>;

/**
 * Which settings an item applies to. Absent means every setting; a narrowed list must say why in
 * one line, because narrowing is an editorial choice the statement itself does not make.
 */
const settingsFields = {
  settings: z.optional(z.array(SettingId).check(z.minLength(1))),
  settingsRationale: z.optional(Text),
};
type Narrowable = { settings?: readonly string[] | undefined; settingsRationale?: string | undefined };
const narrowingExplained = z.refine<Narrowable>(
  (item) => item.settings === undefined || item.settingsRationale !== undefined,
  { message: 'an item narrowed to some settings must give a one-line settingsRationale' },
);

/** A paragraph or list entry of the statement kept whole, e.g. the Purpose or Introduction. */
export const Paragraph = z.object({
  id: Id,
  text: Text,
  source: SourceRef,
});
export type Paragraph = z.infer<typeof Paragraph>;

/** One of the 12 outcomes: what a person who self-harms experiences after the right response. */
export const Outcome = z.object({
  id: z.string().check(z.regex(/^iqs\.outcome\.\d+$/, 'outcome ids are iqs.outcome.N')),
  number: z.number().check(z.int(), z.gte(1)),
  /** The statement's own words (completes "…and receives the right response, they will:"). */
  text: Text,
  /**
   * The same outcome in plain words for people and carers (reading age 11 or under). Shown beside
   * `text`, never instead of it; it rephrases only what the outcome says.
   */
  plain: Text,
  ...settingsFields,
  source: SourceRef,
}).check(narrowingExplained);
export type Outcome = z.infer<typeof Outcome>;

export const DomainKey = z.enum(['safe', 'timely', 'effective', 'efficient', 'equitable', 'person-centred']);
export type DomainKey = z.infer<typeof DomainKey>;
export const ThemeKey = z.enum(['workforce', 'culture', 'information', 'learning', 'whole-systems', 'leadership']);
export type ThemeKey = z.infer<typeof ThemeKey>;

/** One commitment under a domain or theme; completes "Services responding to self-harm will:". */
export const Commitment = z.object({
  id: z.string().check(
    z.regex(
      /^iqs\.(domain\.(safe|timely|effective|efficient|equitable|person-centred)|theme\.(workforce|culture|information|learning|whole-systems|leadership))\.\d+$/,
      'commitment ids are iqs.domain.<domain>.N or iqs.theme.<theme>.N',
    ),
  ),
  number: z.number().check(z.int(), z.gte(1)),
  text: Text,
  ...settingsFields,
  source: SourceRef,
}).check(narrowingExplained);
export type Commitment = z.infer<typeof Commitment>;

/** A domain of quality (Safe, Timely, …) and its commitments. */
export const Domain = z.object({
  id: z.string().check(z.regex(/^iqs\.domain\.[a-z-]+$/)),
  key: DomainKey,
  name: Text,
  /** The stem every commitment completes: "Services responding to self-harm will:". */
  lead: Text,
  commitments: z.array(Commitment).check(z.minLength(1)),
});
export type Domain = z.infer<typeof Domain>;

/** A theme (Workforce, Culture, …) and its commitments. */
export const Theme = z.object({
  id: z.string().check(z.regex(/^iqs\.theme\.[a-z-]+$/)),
  key: ThemeKey,
  name: Text,
  lead: Text,
  commitments: z.array(Commitment).check(z.minLength(1)),
});
export type Theme = z.infer<typeof Theme>;

/** The statement's definition of self-harm, with the citation the statement gives for it. */
export const Definition = z.object({
  id: z.literal('iqs.definition'),
  text: Text,
  citation: Text,
  source: SourceRef,
});
export type Definition = z.infer<typeof Definition>;

/** A strategy, guidance document, law or learning resource the statement lists, or one of its footnotes. */
export const Reference = z.object({
  id: Id,
  title: Text,
  /** Only where the source itself gives the address (its other links were lost in extraction). */
  url: z.optional(HttpsUrl),
  editorialTitle: EditorialTitle,
  source: SourceRef,
});
export type Reference = z.infer<typeof Reference>;

export const Statement = z.object({
  $schema: z.optional(z.string()),
  id: z.literal('iqs'),
  title: Text,
  /** Id of the source document in `sources.json`. */
  sourceDocument: Id,
  locale: z.literal('en'),
  review: ContentReview,
  purpose: z.array(Paragraph).check(z.minLength(1)),
  introduction: z.array(Paragraph),
  understanding: z.object({
    paragraphs: z.array(Paragraph),
    definition: Definition,
  }),
  whoIsThisFor: z.object({
    lead: Paragraph,
    groups: z.array(Paragraph).check(z.minLength(1)),
    professionalsLead: Paragraph,
    professionalGroups: z.array(Paragraph).check(z.minLength(1)),
    terminology: z.array(Paragraph),
  }),
  outcomes: z.object({
    /** "If a person who self-harms seeks help, …, they will:" — the stem every outcome completes. */
    lead: Paragraph,
    items: z.array(Outcome).check(z.minLength(1)),
  }),
  domains: z.array(Domain).check(z.minLength(1)),
  themes: z.array(Theme).check(z.minLength(1)),
  references: z.object({
    strategies: z.array(Reference),
    guidance: z.array(Reference),
    legislation: z.array(Reference),
    learning: z.array(Reference),
    footnotes: z.array(Reference),
  }),
  development: z.object({
    paragraphs: z.array(Paragraph),
    contributorsLead: Paragraph,
    contributors: z.array(Paragraph),
  }),
});
export type Statement = z.infer<typeof Statement>;

export const SettingsFile = z.object({
  $schema: z.optional(z.string()),
  review: ContentReview,
  settings: z.array(Setting).check(z.minLength(1)),
});
export type SettingsFile = z.infer<typeof SettingsFile>;

export const AudiencesFile = z.object({
  $schema: z.optional(z.string()),
  review: ContentReview,
  audiences: z.array(Audience).check(z.minLength(1)),
});
export type AudiencesFile = z.infer<typeof AudiencesFile>;
