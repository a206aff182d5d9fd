import { html, type TemplateResult } from 'lit';
import { hrefFor } from '../../core/links.js';
import type { Channel } from '../../../schema/services.js';

/**
 * A channel's action with its link where the number sits in the sentence ("Call [111] and press
 * 2"), or after it ("Call Samaritans: [116 123]"). The link's text and its `href` both come from
 * the channel's `display`, so what is shown is what is dialled.
 */
export function channelLink(channel: Channel): TemplateResult {
  const link = html`<a href=${hrefFor(channel)} part="link">${channel.display}</a>`;
  const { action, display } = channel;
  if (!action) return link;
  const at = action.indexOf(display);
  if (at < 0) return html`${action}: ${link}`;
  return html`${action.slice(0, at)}${link}${action.slice(at + display.length)}`;
}
