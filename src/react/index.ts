/**
 * React components for every element, made with `@lit/react`: props set properties, and custom
 * events have `on…` props (`onShgExit`, `onShgLocalServicesReady`, `onShgAssessmentChange`). Importing a component
 * registers its tag. React and `@lit/react` are optional peer dependencies: only this entry needs
 * them (without `@lit/react`, using a component fails type-checking with a message saying so).
 *
 * Also brings in JSX types for the raw tags (`<shg-help-panel>` in TSX, for React 19).
 * @packageDocumentation
 */
export { ShgActionPlan, type ShgActionPlanEvents } from './action-plan.js';
export { ShgExpectations } from './expectations.js';
export { ShgGuidance } from './guidance.js';
export { ShgHelpPanel, type ShgHelpPanelEvents } from './help-panel.js';
export { ShgQuickExit, type ShgQuickExitEvents } from './quick-exit.js';
export { ShgSelfAssessment, type ShgSelfAssessmentEvents } from './self-assessment.js';
export { ShgStatement } from './statement.js';
export type { ShgExitDetail, ShgExitEvent } from '../elements/index.js';
export type { LitReactIsMissing, ShgReactComponent } from './peer.js';
export type { ShgAssessmentChangeEvent } from '../elements/self-assessment/self-assessment.js';
export type {
  HeadingLevelAttribute,
  ShgActionPlanProps,
  ShgElementProps,
  ShgExpectationsProps,
  ShgGuidanceProps,
  ShgHelpPanelProps,
  ShgIntrinsicElements,
  ShgQuickExitProps,
  ShgSelfAssessmentProps,
  ShgStatementProps,
} from './jsx.js';
