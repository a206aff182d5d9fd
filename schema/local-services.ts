/**
 * Services a host page adds for its own area (a local crisis team, a drop-in). They are validated
 * at run time and rendered apart from the verified national routes, marked as added by the site.
 * Links are built from the channel type, so the only schemes that can ever be rendered are
 * `tel:`, `sms:`, `mailto:` and `https:`.
 */
import * as z from 'zod/mini';
import { EmailAddress, HttpsUrl, TextKeyword } from './primitives.js';

const DialledNumber = z.string().check(
  z.regex(/^\+?[0-9][0-9 ]{2,19}$/, 'a phone or text number holds only digits and spaces, e.g. "01234 567890"'),
);

export const LocalChannel = z.discriminatedUnion('type', [
  z.object({ type: z.literal('phone'), value: DialledNumber, hours: z.optional(z.string().check(z.maxLength(120))) }),
  z.object({
    type: z.literal('text'),
    value: DialledNumber,
    keyword: z.optional(TextKeyword),
    hours: z.optional(z.string().check(z.maxLength(120))),
  }),
  z.object({ type: z.literal('web'), value: HttpsUrl }),
  z.object({ type: z.literal('email'), value: EmailAddress }),
]);
export type LocalChannel = z.infer<typeof LocalChannel>;

export const LocalService = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  summary: z.optional(z.string().check(z.maxLength(300))),
  /** A host may add urgent, talk-now or information routes; the emergency tier is 999's alone. */
  urgency: z._default(z.enum(['urgent', 'talk-now', 'information']), 'information'),
  channels: z.array(LocalChannel).check(z.minLength(1), z.maxLength(6)),
});
export type LocalService = z.infer<typeof LocalService>;
export type LocalServiceInput = z.input<typeof LocalService>;

export const LocalServiceList = z.array(LocalService).check(z.maxLength(20));
