/**
 * Help-seeking services and the ways to reach them. Every value a reader can dial or text is held
 * against `content/facts/crisis-contacts.md` by a test; anything marked conflicting or unverified
 * is kept for reviewers but never rendered.
 */
import * as z from 'zod/mini';
import { EmailAddress, HttpsUrl, Id, IsoDate, Locale, TextKeyword } from './primitives.js';
import { AGE_GROUPS, CHANNEL_LANGUAGES, CHANNEL_TYPES, CONFIDENCES, DIALLED_CHANNEL_TYPES, NATIONS, URGENCIES, dialString } from './vocabulary.js';

export { dialString } from './vocabulary.js';

export const Nation = z.enum(NATIONS);
export type Nation = z.infer<typeof Nation>;

export const AgeGroup = z.enum(AGE_GROUPS);
export type AgeGroup = z.infer<typeof AgeGroup>;

export const Urgency = z.enum(URGENCIES);
export type Urgency = z.infer<typeof Urgency>;

export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

export const ChannelType = z.enum(CHANNEL_TYPES);
export type ChannelType = z.infer<typeof ChannelType>;

export const ChannelLanguage = z.enum(CHANNEL_LANGUAGES);

export const Hours = z.object({
  /** Open every hour of every day. */
  always: z.boolean(),
  /** The opening times in words when not always open, e.g. "8am to midnight, every day". */
  text: z.optional(z.string()),
});

/** One way to reach a service. */
export const Channel = z.object({
  id: Id,
  type: ChannelType,
  /**
   * For phone and text channels, exactly what is dialled or texted (digits only); for web, app
   * and video-relay, an https URL; for email, the address.
   */
  value: z.string().check(z.minLength(1)),
  /** How the value is shown, e.g. "116 123". For dialled channels its digits must equal `value`. */
  display: z.string().check(z.minLength(1)),
  /** A word to text, e.g. "SHOUT". */
  keyword: z.optional(TextKeyword),
  /** What to do, in words, e.g. "Call 111 and press 2". Shown beside the link, never instead. */
  action: z.optional(z.string()),
  /** A short note, e.g. "You need to register first". */
  note: z.optional(z.string()),
  /** Absent when the hours are not confirmed: then no hours are shown. */
  hours: z.optional(Hours),
  free: z.optional(z.boolean()),
  urgency: Urgency,
  confidence: Confidence,
  lastVerified: IsoDate,
  nextReview: IsoDate,
  /** Where the value was checked, as given in the facts table. */
  source: z.string().check(z.minLength(1)),
}).check(
  z.refine((c) => !DIALLED_CHANNEL_TYPES.includes(c.type) || /^\+?[0-9]+$/.test(c.value), {
    message: 'a phone or text value holds only the digits that are dialled',
  }),
  z.refine((c) => !DIALLED_CHANNEL_TYPES.includes(c.type) || /^\+?[0-9][0-9 ]*$/.test(c.display), {
    message: 'a phone or text display holds only digits and spaces, so what is shown is what is dialled',
  }),
  z.refine((c) => !DIALLED_CHANNEL_TYPES.includes(c.type) || dialString(c.display) === c.value, {
    message: 'the displayed number must dial exactly the stored value',
  }),
  z.refine((c) => !['web', 'app', 'video-relay'].includes(c.type) || HttpsUrl.safeParse(c.value).success, {
    message: 'web, app and video-relay values must be https:// URLs',
  }),
  z.refine((c) => c.type !== 'email' || EmailAddress.safeParse(c.value).success, {
    message: 'an email value must be an address',
  }),
  z.refine((c) => c.nextReview > c.lastVerified, { message: 'nextReview must come after lastVerified' }),
);
export type Channel = z.infer<typeof Channel>;

/** A service a reader can turn to, with its channels. */
export const Service = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  /** What it offers, in one plain sentence. */
  summary: z.string().check(z.minLength(1)),
  nations: z.array(Nation).check(z.minLength(1)),
  ages: z.array(AgeGroup).check(z.minLength(1)),
  /** The exact age limit in words when narrower than the groups say, e.g. "under 35". */
  ageNote: z.optional(z.string()),
  languages: z.array(ChannelLanguage).check(z.minLength(1)),
  /** Lower comes first within an urgency tier. */
  order: z.number(),
  channels: z.array(Channel).check(z.minLength(1)),
});
export type Service = z.infer<typeof Service>;

export const ServiceList = z.object({
  $schema: z.optional(z.string()),
  services: z.array(Service),
});
export type ServiceList = z.infer<typeof ServiceList>;

/** What a reader asks the help panel for. Both are optional: Wales and every age by default. */
export const ServicesQuery = z.object({
  nation: z.optional(Nation),
  age: z.optional(AgeGroup),
  /** The reader's language: in Welsh, routes in Welsh are added wherever the reader is. */
  language: z.optional(Locale),
});
export type ServicesQuery = z.infer<typeof ServicesQuery>;
