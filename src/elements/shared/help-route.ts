/**
 * The compact route to help that ends every page about self-harm: 999, 111 press 2 (Wales) and
 * Samaritans, and for children and young people the lines meant for them. The core chooses the
 * lines (`shortRoutes`) from the verified services data, never typed in here, so the number shown
 * is the number the help panel shows and the facts table vouches for.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from './msg.js';
import type { AgeGroup, Channel } from '../../../schema/services.js';
import { channelLink } from './channel-link.js';
import { heading, type HeadingLevel } from './heading.js';
import { routeMeta, routesFor, routeWhen } from './help-route-lines.js';
import { localizeContent } from './locale.js';

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
