import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
// Registers the tag: a wrapper that renders an undefined tag would show nothing.
import { ShgActionPlan as ShgActionPlanElement } from '../elements/action-plan/define.js';

/** `<shg-action-plan>` as a React component: pass the plan as the `plan` prop; `onShgPlanReady` fires once it is checked. */
export const ShgActionPlan = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-action-plan',
  elementClass: ShgActionPlanElement,
  events: { onShgPlanReady: 'shg-plan-ready' as EventName<Event> },
  displayName: 'ShgActionPlan',
});
