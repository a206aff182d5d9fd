import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ShgReactComponent } from './peer.js';
// Registers the tag: a wrapper that renders an undefined tag would show nothing.
import { ShgHelpPanel as ShgHelpPanelElement } from '../elements/help-panel/define.js';

const events = { onShgLocalServicesReady: 'shg-local-services-ready' as EventName<Event> };

/**
 * `<shg-help-panel>` as a React component: get help now, in urgency order. Props are the
 * element's properties (`nation`, `age`, `headingLevel`, `localServices`); `onShgLocalServicesReady`
 * fires once host-added local services have been checked and rendered.
 */
export const ShgHelpPanel: ShgReactComponent<ShgHelpPanelElement, typeof events> = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-help-panel',
  elementClass: ShgHelpPanelElement,
  events,
  displayName: 'ShgHelpPanel',
});
