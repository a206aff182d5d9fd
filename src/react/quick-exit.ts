import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ShgQuickExit as ShgQuickExitElement } from '../elements/quick-exit/define.js';
import type { ShgExitEvent } from '../elements/quick-exit/quick-exit.js';

/**
 * `<shg-quick-exit>` as a React component. `onShgExit` receives the cancelable `shg-exit` event
 * before the page is left: call `preventDefault()` to route inside a single-page app instead.
 */
export const ShgQuickExit = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-quick-exit',
  elementClass: ShgQuickExitElement,
  events: { onShgExit: 'shg-exit' as EventName<ShgExitEvent> },
  displayName: 'ShgQuickExit',
});
