import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ShgReactComponent } from './peer.js';
import { ShgQuickExit as ShgQuickExitElement } from '../elements/quick-exit/define.js';
import type { ShgExitEvent } from '../elements/quick-exit/quick-exit.js';

/**
 * The wrapper's event props, each with the event it listens for. (A type alias, not an interface:
 * `@lit/react` takes a map of names, which an interface is not assignable to.)
 */
export type ShgQuickExitEvents = {
  onShgExit: EventName<ShgExitEvent>;
};
const events: ShgQuickExitEvents = { onShgExit: 'shg-exit' as EventName<ShgExitEvent> };

/**
 * `<shg-quick-exit>` as a React component. `onShgExit` receives the cancelable `shg-exit` event
 * before the page is left: call `preventDefault()` to route inside a single-page app instead.
 */
export const ShgQuickExit: ShgReactComponent<ShgQuickExitElement, ShgQuickExitEvents> = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-quick-exit',
  elementClass: ShgQuickExitElement,
  events,
  displayName: 'ShgQuickExit',
});
