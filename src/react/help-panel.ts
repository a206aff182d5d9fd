import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ShgReactComponent } from './peer.js';
// Registers the tag: a wrapper that renders an undefined tag would show nothing.
import { ShgHelpPanel as ShgHelpPanelElement } from '../elements/help-panel/define.js';

/**
 * The wrapper's event props, each with the event it listens for. (A type alias, not an interface:
 * `@lit/react` takes a map of names, which an interface is not assignable to.)
 */
export type ShgHelpPanelEvents = {
  onShgLocalServicesReady: EventName<Event>;
};
const events: ShgHelpPanelEvents = { onShgLocalServicesReady: 'shg-local-services-ready' as EventName<Event> };

/**
 * `<shg-help-panel>` as a React component: get help now, in urgency order. Props are the
 * element's properties (`label`, `nation`, `age`, `headingLevel`, `localServices`);
 * `onShgLocalServicesReady` fires once host-added local services have settled and rendered.
 */
export const ShgHelpPanel: ShgReactComponent<ShgHelpPanelElement, ShgHelpPanelEvents> = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-help-panel',
  elementClass: ShgHelpPanelElement,
  events,
  displayName: 'ShgHelpPanel',
});
