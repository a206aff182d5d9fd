/**
 * What both ways of building the compact route to help share (the template, help-route.ts, and
 * the plain DOM one, plain-help-route.ts): which lines it shows and the words around each number.
 * The core chooses the lines (`shortRoutes`) from the verified services data, never typed in here.
 * A module of its own so that the script-tag embed, which builds the route only without templates,
 * carries none of the template.
 */
import { msg } from './msg.js';
import { shortRoutes, type ShortRoute } from '../../core/services.js';
import type { AgeGroup, Channel, Urgency } from '../../../schema/services.js';

const routesByAge = new Map<AgeGroup | undefined, readonly ShortRoute[]>();

/** The short route for an age group (every age when `undefined`), worked out once per page. */
export function routesFor(age: AgeGroup | undefined): readonly ShortRoute[] {
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
