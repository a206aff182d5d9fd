/**
 * Static HTML for any element configuration, for hosts that cannot run scripts (CMSs that strip
 * them, email, print) and to avoid layout shift before the script loads.
 *
 * Why light DOM and not declarative shadow DOM: a declarative shadow root carries its styles in
 * an inline `<style>`, which a strict `style-src 'self'` policy blocks, and many CMS sanitisers
 * drop `<template>`. Plain light-DOM HTML survives both, is read by every browser and screen
 * reader without JavaScript, and, when the script does load, becomes the element's no-JS fallback,
 * which the upgraded element hides. The markup is the element's own, rendered with Lit SSR, so it
 * is never written twice; `dist/static.css` (generated from the elements' styles) makes it look
 * the same, so the page does not move when the element upgrades.
 *
 * Node only. Lit SSR is bundled into the build (see lit-ssr.ts): an installed package needs nothing else.
 */
import { LitElementRenderer, collectResultSync, type RenderInfo } from './lit-ssr.js';
import '../define.js';
import '../elements/self-assessment/define.js';
import { loadAllLocales } from '../elements/shared/locale.js';

// A static snippet is rendered in one synchronous pass, with no chance to wait for a translation,
// so every language is loaded before the first (`lang="cy"` gives Welsh).
await loadAllLocales();

/** Attributes for the rendered element, as they would be written in HTML. */
export type StaticAttributes = Readonly<Record<string, string | number | undefined>>;

export interface RenderToHTMLOptions {
  /** Prefix for ids inside the snippet, so two snippets on one page never clash. Default: the tag name. */
  readonly idPrefix?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;', "'": '&#39;' };
const escapeAttribute = (value: string) => value.replace(/[&"<>']/g, (c) => ESCAPES[c]!);

/** The tags this package defines. */
export function staticTags(): string[] {
  return STATIC_TAGS.filter((tag) => customElements.get(tag) !== undefined);
}
const STATIC_TAGS = ['shg-help-panel', 'shg-guidance', 'shg-expectations', 'shg-statement', 'shg-quick-exit', 'shg-self-assessment'];

// Lit's SSR output marks template parts with comments and processing instructions for hydration;
// a static snippet never hydrates, so they go, as do the shadow root's styles (see static.css).
const LIT_MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?lit\$[^>]*\?>|<\?>/g;
const SHADOW_STYLES = /<style>[\s\S]*?<\/style>/g;
// An attribute bound to `nothing` is left out, but the space before it stays: `lang="cy"  >`.
const SPACE_BEFORE_TAG_END = /(<[a-z][a-z0-9-]*(?:\s[^<>]*?)?)\s+>/g;
const ID_REFERENCES = /\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g;

/**
 * Element-internal ids ("heading", "tier-urgent") get the prefix; content ids such as
 * `iqs.domain.safe.3` are unique on a page already and must stay as they are for deep links.
 */
const prefixed = (prefix: string, id: string) => (id.includes('.') ? id : `${prefix}-${id}`);

/**
 * Renders `<tag attributes…>` with the element's own markup inside it as light DOM.
 * Throws for a tag this package does not define.
 */
export function renderToHTML(tag: string, attributes: StaticAttributes = {}, options: RenderToHTMLOptions = {}): string {
  if (!staticTags().includes(tag)) throw new Error(`Unknown element <${tag}>. Use one of: ${staticTags().join(', ')}.`);
  const renderer = new LitElementRenderer(tag);
  const hostAttributes: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`"${name}" is not an attribute name.`);
    // The snippet goes into pages as it is: an event handler here would run the host's script
    // (or an attacker's) from markup that promises to need none.
    if (name.startsWith('on')) throw new Error(`"${name}" is an event handler attribute: a static snippet carries no script. Leave it out.`);
    renderer.setAttribute(name, String(value));
    hostAttributes.push(` ${name}="${escapeAttribute(String(value))}"`);
  }
  renderer.connectedCallback();
  const renderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  } as unknown as RenderInfo;
  const shadow = renderer.renderShadow(renderInfo);
  const prefix = options.idPrefix ?? tag;
  const markup = collectResultSync(shadow ?? [])
    .replace(SHADOW_STYLES, '')
    .replace(LIT_MARKERS, '')
    .replace(SPACE_BEFORE_TAG_END, '$1>')
    .replace(ID_REFERENCES, (_, attribute: string, ids: string) => `${attribute}="${ids.split(/\s+/).map((id) => prefixed(prefix, id)).join(' ')}"`)
    .trim();
  return `<${tag}${hostAttributes.join('')} data-shg-static="">${markup}</${tag}>`;
}
