import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ShgReactComponent } from './peer.js';
// Registers the tag: a wrapper that renders an undefined tag would show nothing.
import { ShgSelfAssessment as ShgSelfAssessmentElement } from '../elements/self-assessment/define.js';
import type { ShgAssessmentChangeEvent } from '../elements/self-assessment/self-assessment.js';

/** The wrapper's event props, each with the event it listens for (a type alias: see help-panel.ts). */
export type ShgSelfAssessmentEvents = {
  onShgAssessmentChange: EventName<ShgAssessmentChangeEvent>;
};
const events: ShgSelfAssessmentEvents = { onShgAssessmentChange: 'shg-assessment-change' as EventName<ShgAssessmentChangeEvent> };

/**
 * `<shg-self-assessment>` as a React component: a service against the statement (`framework="service"`)
 * or a policy against the guidance (`framework="policy"`). `onShgAssessmentChange` receives every change.
 */
export const ShgSelfAssessment: ShgReactComponent<ShgSelfAssessmentElement, ShgSelfAssessmentEvents> = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-self-assessment',
  elementClass: ShgSelfAssessmentElement,
  events,
  displayName: 'ShgSelfAssessment',
});
