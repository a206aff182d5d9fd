/**
 * Turns channels into links. The `href` of a phone or text link is built from the very string
 * the reader sees (`display`), so what is shown is what is dialled; the schema and a test also
 * hold that string against the stored `value` and the facts table.
 */
import type { Channel } from '../../schema/services.js';
import { EMAIL_ADDRESS, dialString } from '../../schema/vocabulary.js';
import type { LocalChannel } from '../../schema/local-services.js';

/** The schemes a rendered link may use. Anything else is never rendered. */
export const SAFE_SCHEMES = ['https:', 'tel:', 'sms:', 'mailto:'] as const;

export function isSafeHref(href: string): boolean {
  if (/^mailto:/i.test(href)) return EMAIL_ADDRESS.test(href.slice('mailto:'.length));
  return SAFE_SCHEMES.some((scheme) => href.toLowerCase().startsWith(scheme)) && !/[\s<>"']/.test(href);
}

/**
 * A `mailto:` link to one address and nothing else. The schema already refuses anything more;
 * this holds the link to it even for data that skipped the schema, since `?bcc=` or `&body=`
 * would send the reader's message somewhere they cannot see.
 */
function mailtoHref(address: string): string {
  if (!EMAIL_ADDRESS.test(address)) throw new Error(`not one plain email address: ${JSON.stringify(address)}`);
  return `mailto:${address}`;
}

function smsHref(number: string, keyword: string | undefined): string {
  return keyword ? `sms:${number}?body=${encodeURIComponent(keyword)}` : `sms:${number}`;
}

/** The link for a verified channel. */
export function hrefFor(channel: Channel): string {
  switch (channel.type) {
    case 'phone':
    case 'textphone':
      return `tel:${dialString(channel.display)}`;
    case 'text':
    case 'sms-emergency':
      return smsHref(dialString(channel.display), channel.keyword);
    case 'email':
      return mailtoHref(channel.value);
    case 'web':
    case 'app':
    case 'video-relay':
      return channel.value;
  }
}

/** The link for a host-added channel; its scheme follows from its type, never from the input. */
export function localHrefFor(channel: LocalChannel): string {
  switch (channel.type) {
    case 'phone':
      return `tel:${dialString(channel.value)}`;
    case 'text':
      return smsHref(dialString(channel.value), channel.keyword);
    case 'email':
      return mailtoHref(channel.value);
    case 'web':
      return channel.value;
  }
}
