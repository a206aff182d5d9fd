/**
 * The compact route to help that ends every page about self-harm: 999, 111 press 2 (Wales) and
 * Samaritans. Built from the verified services data, never typed in here, so the number shown is
 * the number the help panel shows and the facts table vouches for.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './msg.js';
import { servicesFor } from '../../core/services.js';
import type { Channel, Service, Urgency } from '../../../schema/services.js';
import { channelLink } from './channel-link.js';
import { heading, type HeadingLevel } from './heading.js';

/** One line of the compact route: the first phone line of the first service in a tier. */
export interface CompactRoute {
  readonly urgency: Urgency;
  readonly service: Service;
  readonly channel: Channel;
}

/** The tiers the compact route keeps: the full help panel adds the rest. */
const COMPACT_TIERS: readonly Urgency[] = ['emergency', 'urgent', 'talk-now'];

let routes: readonly CompactRoute[] | undefined;

/**
 * Wales's routes (the statement is Welsh Government guidance): for each of the three most urgent
 * tiers, the first service's first phone line, in the order the help panel shows them.
 */
export function compactRoutes(): readonly CompactRoute[] {
  routes ??= servicesFor({ nation: 'wales' }).flatMap((tier) => {
    if (!COMPACT_TIERS.includes(tier.urgency)) return [];
    for (const route of tier.routes) {
      const channel = route.channels.find((c) => c.type === 'phone');
      if (channel) return [{ urgency: tier.urgency, service: route.service, channel }];
    }
    return [];
  });
  return routes;
}

/** The words before a compact route's number, saying when to use it. */
export function routeWhen(urgency: Urgency): string {
  switch (urgency) {
    case 'emergency':
      return msg('If a life is at risk now:');
    case 'urgent':
      return msg('Urgent help in Wales:');
    case 'talk-now':
      return msg('To talk to someone now:');
    case 'information':
      return msg('More support:');
  }
}

/** What a compact route says after its number ("Free. Open 24 hours, every day."), or ''. */
export function routeMeta(channel: Channel): string {
  return [channel.free ? msg('Free.') : undefined, channel.hours?.always ? msg('Open 24 hours, every day.') : undefined].filter(Boolean).join(' ');
}

function meta(channel: Channel): TemplateResult | typeof nothing {
  const words = routeMeta(channel);
  return words ? html` <span class="help-meta">${words}</span>` : nothing;
}

/**
 * A labelled section with a heading at `level` and one line per route. Never inside a closed
 * `<details>`: a route to help is always visible.
 */
export function helpRoute(level: HeadingLevel, id: string): TemplateResult {
  // A named group, not a landmark: the help panel on the same page is the "Get help now" landmark.
  return html`<section class="help-route" part="help" role="group" aria-labelledby=${id}>
    ${heading(level, msg('Get help now'), id, 'help-heading')}
    <p class="help-intro">${msg('You do not have to cope alone. Help is there, day and night.')}</p>
    <ul role="list" class="help-lines">
      ${compactRoutes().map(
        ({ urgency, channel }) =>
          html`<li class="help-line" data-urgency=${urgency} data-channel=${channel.id}>
            <span class="help-when">${routeWhen(urgency)}</span> ${channelLink(channel)}.${meta(channel)}
          </li>`,
      )}
    </ul>
  </section>`;
}
