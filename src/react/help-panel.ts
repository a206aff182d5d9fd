import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// Registers the tag: a wrapper that renders an undefined tag would show nothing.
import { ShgHelpPanel as ShgHelpPanelElement } from '../elements/help-panel/define.js';

/**
 * `<shg-help-panel>` as a React component: get help now, in urgency order. Props are the
 * element's properties (`label`, `nation`, `age`, `headingLevel`, `localServices`);
 * `onShgLocalServicesReady` fires once host-added local services have settled and rendered.
 */
export const ShgHelpPanel = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-help-panel',
  elementClass: ShgHelpPanelElement,
  events: { onShgLocalServicesReady: 'shg-local-services-ready' as EventName<Event> },
  displayName: 'ShgHelpPanel',
});
