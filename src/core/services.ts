/** Which help routes a reader sees, in which order. */
import servicesJson from '../../content/en/services.json';
import type { AgeGroup, Channel, Nation, Service, ServicesQuery, Urgency } from '../../schema/services.js';
import { AGE_GROUPS, LOCALES, NATIONS, URGENCIES } from '../../schema/vocabulary.js';
import { assertOption } from './errors.js';

// The JSON's inferred type widens every union to `string`. The content test validates this file
// against `ServiceList` on every run, so the narrowing here is checked, not assumed.
const SERVICES = servicesJson.services as readonly Service[];

/** 999 and a free 24/7 line (Samaritans, 116 123): shown whatever the query says. */
export const ALWAYS_SHOWN_SERVICES: readonly string[] = ['emergency-999', 'samaritans'];

/**
 * Added for Welsh readers in any nation: the Samaritans Welsh Language Line is a UK-wide free
 * number. (Meic, for young people, is Wales's own service, so it follows the nation like others.)
 */
export const ALWAYS_SHOWN_IN_WELSH: readonly string[] = ['samaritans-welsh-language-line'];

export const DEFAULT_NATION: Nation = 'wales';
export { AGE_GROUPS, NATIONS };
export const URGENCY_ORDER: readonly Urgency[] = URGENCIES;

/** One service and the channels it offers at one urgency tier. */
export interface Route {
  readonly service: Service;
  readonly channels: readonly Channel[];
}

/** The routes at one urgency tier, in the order readers see them. */
export interface RouteTier {
  readonly urgency: Urgency;
  readonly routes: readonly Route[];
}

/** Only confirmed or corroborated values are ever shown; conflicting or unverified ones stay in the data for reviewers. */
export function isRenderable(channel: Channel): boolean {
  return channel.confidence === 'confirmed' || channel.confidence === 'corroborated';
}

/** Every service in the verified data, including channels that are never rendered. */
export function allServices(): readonly Service[] {
  return SERVICES;
}

function serves(service: Service, nation: Nation, age: AgeGroup | undefined, language: string | undefined): boolean {
  if (ALWAYS_SHOWN_SERVICES.includes(service.id)) return true;
  if (language === 'cy' && ALWAYS_SHOWN_IN_WELSH.includes(service.id)) return true;
  return service.nations.includes(nation) && (age === undefined || service.ages.includes(age));
}

/**
 * The help routes for a nation, age group and language, grouped into urgency tiers from most to
 * least urgent. Throws `UnknownOptionError` for a nation, age or language it does not know.
 */
export function servicesFor(query: ServicesQuery = {}): RouteTier[] {
  const nation = assertOption('nation', query.nation ?? DEFAULT_NATION, NATIONS);
  const age = query.age === undefined ? undefined : assertOption('age', query.age, AGE_GROUPS);
  const language = query.language === undefined ? undefined : assertOption('language', query.language, LOCALES);
  const services = SERVICES.filter((service) => serves(service, nation, age, language)).sort((a, b) => a.order - b.order);

  return URGENCY_ORDER.map((urgency) => ({
    urgency,
    routes: services
      .map((service) => ({
        service,
        channels: service.channels.filter((channel) => channel.urgency === urgency && isRenderable(channel)),
      }))
      .filter((route) => route.channels.length > 0),
  })).filter((tier) => tier.routes.length > 0);
}

/** One line of the short route to help: a service's first phone line at one urgency tier. */
export interface ShortRoute {
  readonly urgency: Urgency;
  readonly service: Service;
  readonly channel: Channel;
}

/** The tiers the short route keeps: the full help panel adds the rest. */
const SHORT_TIERS: readonly Urgency[] = ['emergency', 'urgent', 'talk-now'];

/** A service for some ages only (Childline, Meic), rather than for everyone. */
const forSomeAgesOnly = (service: Service): boolean => service.ages.length < AGE_GROUPS.length;

/**
 * The short route to help that ends every page about self-harm, for Wales (the statement is Welsh
 * Government guidance): for each of the three most urgent tiers, the first service's first phone
 * line, in the order the help panel shows them (999, 111 press 2, Samaritans). For an age group,
 * the talk-now tier adds the phone lines of services for that age only (for children and young
 * people: Childline, Meic), so a young reader sees a line meant for them.
 */
export function shortRoutes(query: { readonly age?: AgeGroup | undefined } = {}): ShortRoute[] {
  return servicesFor({ nation: DEFAULT_NATION, age: query.age }).flatMap((tier) => {
    if (!SHORT_TIERS.includes(tier.urgency)) return [];
    const lines: ShortRoute[] = [];
    for (const route of tier.routes) {
      const isFirst = lines.length === 0;
      if (!isFirst && !(query.age !== undefined && forSomeAgesOnly(route.service))) continue;
      const channel = route.channels.find((c) => c.type === 'phone');
      if (channel) lines.push({ urgency: tier.urgency, service: route.service, channel });
    }
    return lines;
  });
}
