/**
 * The framework-agnostic core: queries over the verified content. No DOM, no Lit: it runs in
 * Node, a browser, a worker or a build step alike.
 * @packageDocumentation
 */
export * from './action-plan/index.js';
export { csvCell, toCsv } from './csv.js';
export { UnknownOptionError, assertOption } from './errors.js';
export { SAFE_SCHEMES, hrefFor, isSafeHref, localHrefFor } from './links.js';
export { parseLocalServices, parseLocalServicesJson, type LocalServicesResult } from './local-services.js';
export {
  AGE_GROUPS,
  ALWAYS_SHOWN_SERVICES,
  DEFAULT_NATION,
  NATIONS,
  URGENCY_ORDER,
  allServices,
  isRenderable,
  servicesFor,
  shortRoutes,
  type Route,
  type RouteTier,
  type ShortRoute,
} from './services.js';
export type { AgeGroup, Channel, Nation, Service, ServicesQuery, Urgency } from '../../schema/services.js';
export type { LocalChannel, LocalService, LocalServiceInput } from '../../schema/local-services.js';
export * from './statement-index.js';
export { translate, translationTable, translationCounts, type TranslationTable, type Translated } from './translation.js';
export * from './self-assessment/index.js';
