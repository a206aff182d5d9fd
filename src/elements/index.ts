/**
 * The reader-facing element classes, without registering any tag. Import `self-harm-guidance/define`
 * to register them all. The self-assessment form's class comes with its own registration, from
 * `self-harm-guidance/elements/self-assessment/define.js`.
 */
export { ShgActionPlan } from './action-plan/action-plan.js';
export { ShgExpectations } from './expectations/expectations.js';
export { ShgGuidance } from './guidance/guidance.js';
export { ShgHelpPanel } from './help-panel/help-panel.js';
export { ShgQuickExit, type FrameView, type ShgExitDetail, type ShgExitEvent } from './quick-exit/quick-exit.js';
export { ShgStatement } from './statement/statement.js';
