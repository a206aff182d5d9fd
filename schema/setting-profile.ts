/**
 * Setting profiles: what guidance brings forward ("Start here") in each setting, for each age
 * group, and for professionals in front-line practice. Emphasis, never exclusion: every item a
 * profile names is also shown in its place below, with everything else the statement asks of all
 * services. Each entry says why in one line that quotes the item's own words (or the statement's
 * "Who is this for?" or Purpose); a test proves the quoted words are there.
 */
import * as z from 'zod/mini';
import { Id } from './primitives.js';
import { SourceRef } from './source.js';
import { ContentReview, SettingId } from './statement.js';
import { ANY_SERVICE } from './vocabulary.js';
import { AgeGroup } from './services.js';

const Text = z.string().check(z.minLength(1));

/** A setting guidance can be asked for: one of the statement's settings, or the neutral view. */
export const GuidanceSettingId = z.union([SettingId, z.literal(ANY_SERVICE)]);
export type GuidanceSettingId = z.infer<typeof GuidanceSettingId>;

/**
 * One item brought forward. `item` is the id of an outcome, commitment, NICE QS34 statement, NICE
 * CG133 point (continuing care only) or, for an age group, a paragraph or NCISH resource.
 */
export const FocusEntry = z.object({
  /** Its own id, under which translations of `why` are filed. */
  id: Id,
  item: Id,
  /** One line on why it matters here, quoting (in “curly quotes”) the words that tie it to the setting or group. */
  why: Text.check(z.maxLength(220), z.regex(/“[^”]+”/, 'a why quotes the words that tie the item to the setting, in “curly quotes”')),
});
export type FocusEntry = z.infer<typeof FocusEntry>;

const StartHere = z.array(FocusEntry).check(z.minLength(3), z.maxLength(8));

/** The neutral view: what every service responding to self-harm is asked for, when no setting is named. */
export const AnyServiceSetting = z.object({
  id: z.literal(ANY_SERVICE),
  name: Text,
  /** Never a healthcare or continuing-care setting: only what applies everywhere is shown. */
  healthcare: z.literal(false),
  continuingCare: z.literal(false),
  source: SourceRef,
  startHere: StartHere,
});
export type AnyServiceSetting = z.infer<typeof AnyServiceSetting>;

/** What one setting brings forward. */
export const SettingProfile = z.object({
  setting: SettingId,
  startHere: StartHere,
});
export type SettingProfile = z.infer<typeof SettingProfile>;

/** What guidance brings forward for readers of one age group: items that name that group. */
export const AgeProfile = z.object({
  age: AgeGroup,
  items: z.array(FocusEntry).check(z.minLength(1)),
});
export type AgeProfile = z.infer<typeof AgeProfile>;

export const SettingProfilesFile = z.object({
  $schema: z.optional(z.string()),
  review: ContentReview,
  anyService: AnyServiceSetting,
  /** One profile for each of the statement's settings, in its order (a test holds it to settings.json). */
  profiles: z.array(SettingProfile).check(z.minLength(1)),
  /** Theme commitments that speak to front-line practice: professionals see them, each with its reason. */
  frontLineThemes: z.array(FocusEntry).check(z.minLength(1)),
  ages: z.array(AgeProfile),
});
export type SettingProfilesFile = z.infer<typeof SettingProfilesFile>;
