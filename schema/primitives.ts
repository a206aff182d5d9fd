/** Small shapes shared by every schema: ids, dates, locales. */
import * as z from 'zod/mini';
import { LOCALES } from './vocabulary.js';

/** A stable, lowercase, dot- or dash-separated id such as `iqs.domain.safe.3` or `samaritans`. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lowercase words joined by "." or "-"'));

/** A calendar date as `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD'));

/** The locales this project ships. */
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** An `https:` URL: the only web scheme content may link to. */
export const HttpsUrl = z.string().check(z.regex(/^https:\/\/[^\s]+$/, 'web links must start with https://'));
