import { html, type TemplateResult } from 'lit';
import { hrefFor } from '../../core/links.js';
import type { Channel } from '../../../schema/services.js';

/** A channel's sentence split around its link: `before` + link(`display` → `href`) + `after`. */
export interface ChannelLinkParts {
  readonly before: string;
  readonly display: string;
  readonly href: string;
  readonly after: string;
}

/**
 * Where the link sits in a channel's action: inside the sentence ("Call [111] and press 2"), or
 * after it ("Call Samaritans: [116 123]"). The link's text and its `href` both come from the
 * channel's `display`, so what is shown is what is dialled.
 */
export function channelLinkParts(channel: Channel): ChannelLinkParts {
  const { action, display } = channel;
  const at = action ? action.indexOf(display) : -1;
  const before = !action ? '' : at < 0 ? `${action}: ` : action.slice(0, at);
  const after = action && at >= 0 ? action.slice(at + display.length) : '';
  return { before, display, href: hrefFor(channel), after };
}

/** A channel's action with its link (see `channelLinkParts`). */
export function channelLink(channel: Channel): TemplateResult {
  const { before, display, href, after } = channelLinkParts(channel);
  // One template, not a link inside a sentence template: the panel renders twenty of these.
  return html`${before}<a href=${href} part="link">${display}</a>${after}`;
}
