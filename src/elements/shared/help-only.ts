import { html, type TemplateResult } from 'lit';
import { baseStyles, panelStyles } from './base.styles.js';
import { helpRouteStyles } from './help-route.styles.js';
import { plainHelpRoute } from './plain-help-route.js';
import { ShgElement } from './shg-element.js';

/**
 * A stand-in for an element whose code could not be loaded: it shows the compact route to help
 * (999, 111 press 2, Samaritans), in the reader's language, so a failed download never leaves a
 * reader without help. The script-tag embed defines one for each tag whose chunk fails to load.
 * It builds the route as the render-error fallback does (plain-help-route.ts): embed.js then
 * carries one way of building it, not that and the template too.
 * Each tag needs its own class, so this makes a new one per call.
 */
export function helpOnlyElement(tag: string): CustomElementConstructor {
  return class HelpOnly extends ShgElement {
    protected static override holdForTranslation = false;

    static override styles = [baseStyles, panelStyles, helpRouteStyles];

    constructor() {
      super(tag);
    }

    protected override renderContent(): TemplateResult {
      const level = this.headingLevelOf(this.getAttribute('heading-level'));
      return html`<div class="base" part="base">${plainHelpRoute(this.ownerDocument, 'help-only-heading', level)}</div>`;
    }
  };
}
