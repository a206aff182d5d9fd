import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { ShgSelfAssessment as ShgSelfAssessmentElement } from '../elements/self-assessment/define.js';
import type { ShgAssessmentChangeEvent } from '../elements/self-assessment/self-assessment.js';

/**
 * `<shg-self-assessment>` as a React component: a service against the statement (`framework="service"`)
 * or a policy against the guidance (`framework="policy"`). `onShgAssessmentChange` receives every change.
 */
export const ShgSelfAssessment = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-self-assessment',
  elementClass: ShgSelfAssessmentElement,
  displayName: 'ShgSelfAssessment',
  events: { onShgAssessmentChange: 'shg-assessment-change' as EventName<ShgAssessmentChangeEvent> },
});
