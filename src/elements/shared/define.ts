import { adoptStyles } from 'lit';
import { baseStyles, panelStyles } from './base.styles.js';
import { helpRouteStyles } from './help-route.styles.js';
import { plainHelpRoute } from './plain-help-route.js';

/** Marks this library's element classes, in any copy of it: a tag another copy defined is no clash. */
export const SHG_ELEMENT = Symbol.for('self-harm-guidance.element');

/** Whether `constructor` is one of this library's elements (from any copy of it). */
export function isShgElement(constructor: CustomElementConstructor | undefined): boolean {
  return constructor !== undefined && SHG_ELEMENT in constructor;
}

/**
 * Registers a tag once. A page that loads the script twice (a CMS plugin and a theme, say) must
 * not throw, so a tag another copy of this library defined is left as it is. A tag another script
 * took first cannot be ours: the site owner is told, and its elements keep a route to help.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
    return;
  }
  if (isShgElement(existing)) return;
  console.error(`self-harm-guidance: another script defined <${tag}> first, so this library cannot show it (it adds routes to help where one shows none). Remove that definition, or load this script first.`);
  afterPageLoads(() => {
    for (const element of document.querySelectorAll(tag)) keepRouteToHelp(element);
  });
}

/** Runs `then` once the page has been parsed and its scripts have had a turn (the other element's too). */
function afterPageLoads(then: () => void): void {
  const later = () => setTimeout(then);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later, { once: true });
  else later();
}

/**
 * Puts the routes to help into an element of a taken tag that shows none (neither the host's own
 * fallback text nor the other script's rendering holds a 999 link), in a shadow root of its own.
 * An element that already has a shadow root is the other script's to render: left alone.
 */
function keepRouteToHelp(element: Element): void {
  const call999 = 'a[href="tel:999"]';
  if (element.querySelector(call999) || element.shadowRoot) return;
  try {
    const root = element.attachShadow({ mode: 'open' });
    adoptStyles(root, [baseStyles, panelStyles, helpRouteStyles]);
    const box = document.createElement('div');
    box.className = 'base fallback';
    box.setAttribute('part', 'base');
    box.append(plainHelpRoute(document, 'shg-fallback-help'));
    root.append(box);
  } catch {
    // The other element refuses a shadow root (a closed one, or disabled): nothing more we can do.
  }
}
