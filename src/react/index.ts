/**
 * React components for every element, made with `@lit/react`: props set properties, and custom
 * events have `on…` props (`onShgExit`, `onShgLocalServicesReady`, `onShgAssessmentChange`). Importing a component
 * registers its tag. React is an optional peer dependency: only this entry needs it.
 *
 * Also brings in JSX types for the raw tags (`<shg-help-panel>` in TSX, for React 19).
 * @packageDocumentation
 */
export { ShgExpectations } from './expectations.js';
export { ShgGuidance } from './guidance.js';
export { ShgHelpPanel } from './help-panel.js';
export { ShgQuickExit } from './quick-exit.js';
export { ShgSelfAssessment } from './self-assessment.js';
export { ShgStatement } from './statement.js';
export type { ShgExitDetail, ShgExitEvent } from '../elements/index.js';
export type { ShgAssessmentChangeEvent } from '../elements/self-assessment/self-assessment.js';
export type {
  HeadingLevelAttribute,
  ShgElementProps,
  ShgExpectationsProps,
  ShgGuidanceProps,
  ShgHelpPanelProps,
  ShgIntrinsicElements,
  ShgQuickExitProps,
  ShgSelfAssessmentProps,
  ShgStatementProps,
} from './jsx.js';
