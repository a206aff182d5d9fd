/**
 * The closed word lists the schemas are built from, as plain values. They live apart from the
 * zod schemas so that code shipped to browsers can use them without bundling zod itself.
 */

export const NATIONS = ['wales', 'england', 'scotland', 'northern-ireland'] as const;

/** Coarse age groups: child (under 13), young person (13 to 25), adult (over 25). */
export const AGE_GROUPS = ['child', 'young-person', 'adult'] as const;

/** The setting id of guidance's neutral view: any service responding to self-harm, when no setting is named. */
export const ANY_SERVICE = 'any-service' as const;

/** Urgency tiers, most urgent first. The order here is the order readers see. */
export const URGENCIES = ['emergency', 'urgent', 'talk-now', 'information'] as const;

/** How sure we are of a value, as defined in the facts table. Only the first two are rendered. */
export const CONFIDENCES = ['confirmed', 'corroborated', 'conflicting', 'unverified'] as const;

export const CHANNEL_TYPES = ['phone', 'text', 'textphone', 'sms-emergency', 'video-relay', 'web', 'email', 'app'] as const;

/** Channel types whose value is a number that is dialled or texted. */
export const DIALLED_CHANNEL_TYPES: readonly string[] = ['phone', 'text', 'textphone', 'sms-emergency'];

/** Languages a channel is offered in (BSL counts as a language). */
export const CHANNEL_LANGUAGES = ['en', 'cy', 'bsl'] as const;

/** The languages this project ships, content and interface alike. */
export const LOCALES = ['en', 'cy'] as const;

/** Digits only: what a phone actually dials, whatever spacing a display uses. */
export const dialString = (display: string): string => display.replace(/[^0-9+]/g, '');

/**
 * Field names that carry readable text and so must be translated wherever they occur outside a
 * `source` reference. Anything not named here (ids, phone values and displays, keywords, URLs,
 * dates, enums, internal rationales) is never translated.
 */
export const TRANSLATABLE_FIELDS = [
  'title',
  'name',
  'summary',
  'description',
  'text',
  'plain',
  'lead',
  'section',
  'items',
  'action',
  'note',
  'ageNote',
  'statusNotice',
  'statusNote',
  'publisher',
  'citation',
  'hours.text',
  'wording2013.text',
  'wording2013Notice',
  'why',
  'sections',
  'prompt',
] as const;

/**
 * Nested objects whose fields are never translated: source references quote the English original
 * verbatim (so `source.section` stays English), and review records are for maintainers.
 */
export const UNTRANSLATED_OBJECTS = ['source', 'review'] as const;

/**
 * An email address as a `mailto:` link needs it, and nothing more: letters, digits and `. _ + -`
 * before one `@`, then a dotted domain. Everything that could add to the link is refused: `?` and
 * `&` (headers such as `bcc` or `body`), `,` and `;` (more recipients), `%` (encoded versions of
 * those), `#`, spaces, quotes and angle brackets.
 */
export const EMAIL_ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;
