/** Small shapes shared by every schema: ids, dates, locales, links. */
import * as z from 'zod/mini';
import { EMAIL_ADDRESS, LOCALES } from './vocabulary.js';

/** A stable, lowercase, dot- or dash-separated id such as `iqs.domain.safe.3` or `samaritans`. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lowercase words joined by "." or "-"'));

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD'));

/** The locales this project ships. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

// Links hold no white space (browsers strip or split on it) and none of the quotes and angle
// brackets that could end an attribute in hand-written HTML: the core's `isSafeHref` rule, so a
// link can be built from whatever the schema accepts.

/** An `https:` URL: the only web scheme content may link to. */
export const HttpsUrl = z.string().check(z.regex(/^https:\/\/[^\s<>"']+$/, 'web links must start with https:// and hold no spaces, quotes or angle brackets'));

/** An email address as a `mailto:` link needs it, and nothing more (see `EMAIL_ADDRESS`). */
export const EmailAddress = z.string().check(
  z.regex(EMAIL_ADDRESS, 'an email value is one plain address, such as name@example.org: letters, digits and . _ + - before the @, and nothing after the domain (no ?, &, commas or spaces)'),
);

/** The word to text to a number ("SHOUT"): one short word, so it can never add to the link. */
export const TextKeyword = z.string().check(z.regex(/^[A-Za-z0-9]{1,20}$/, 'a text keyword is one short word'));
