import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ShgReactComponent } from './peer.js';
// Registers the tag: a wrapper that renders an undefined tag would show nothing.
import { ShgActionPlan as ShgActionPlanElement } from '../elements/action-plan/define.js';

/** The wrapper's event props, each with the event it listens for (a type alias: see help-panel.ts). */
export type ShgActionPlanEvents = {
  onShgPlanReady: EventName<Event>;
};
const events: ShgActionPlanEvents = { onShgPlanReady: 'shg-plan-ready' as EventName<Event> };

/** `<shg-action-plan>` as a React component: pass the plan as the `plan` prop; `onShgPlanReady` fires once it is checked. */
export const ShgActionPlan: ShgReactComponent<ShgActionPlanElement, ShgActionPlanEvents> = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-action-plan',
  elementClass: ShgActionPlanElement,
  events,
  displayName: 'ShgActionPlan',
});
