/**
 * The compact route to help that ends every page about self-harm: 999, 111 press 2 (Wales) and
 * Samaritans, and for children and young people the lines meant for them. The core chooses the
 * lines (`shortRoutes`) from the verified services data, never typed in here, so the number shown
 * is the number the help panel shows and the facts table vouches for.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './msg.js';
import { shortRoutes, type ShortRoute } from '../../core/services.js';
import type { AgeGroup, Channel, Urgency } from '../../../schema/services.js';
import { channelLink } from './channel-link.js';
import { heading, type HeadingLevel } from './heading.js';
import { localizeContent } from './locale.js';

const routesByAge = new Map<AgeGroup | undefined, readonly ShortRoute[]>();

/** The short route for an age group (every age when `undefined`), worked out once per page. */
function routesFor(age: AgeGroup | undefined): readonly ShortRoute[] {
  let routes = routesByAge.get(age);
  if (routes === undefined) routesByAge.set(age, (routes = shortRoutes({ age })));
  return routes;
}

/** The compact route for every age: what the fallbacks show, built without templates. */
export const compactRoutes = (): readonly ShortRoute[] => routesFor(undefined);

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
 * A labelled section with a heading at `level` and one line per route, in the language rendering
 * (the action, "Ffoniwch 111 a phwyso 2", comes from the content translation; the number never
 * changes). Never inside a closed `<details>`: a route to help is always visible.
 */
export function helpRoute(level: HeadingLevel, id: string, options: { readonly age?: AgeGroup | undefined } = {}): TemplateResult {
  // A named group, not a landmark: the help panel on the same page is the "Get help now" landmark.
  return html`<section class="help-route" part="help" role="group" aria-labelledby=${id}>
    ${heading(level, msg('Get help now'), id, 'help-heading')}
    <p class="help-intro">${msg('You do not have to cope alone. Help is there, day and night.')}</p>
    <ul role="list" class="help-lines">
      ${routesFor(options.age).map(({ urgency, channel }) => {
        const shown = localizeContent(channel);
        return html`<li class="help-line" data-urgency=${urgency} data-channel=${channel.id}>
          <span class="help-when">${routeWhen(urgency)}</span> ${channelLink(shown)}.${meta(channel)}
        </li>`;
      })}
    </ul>
  </section>`;
}
