/**
 * Registers every element a reader sees: help panel, quick exit, guidance, expectations, the
 * statement and the action plan. Safe to import more than once. The self-assessment form, a tool
 * for service leads, is not among them (it would add about 20 kB to every page that imports this):
 * register it with `self-harm-guidance/elements/self-assessment/define.js`.
 */
import './elements/action-plan/define.js';
import './elements/expectations/define.js';
import './elements/guidance/define.js';
import './elements/help-panel/define.js';
import './elements/quick-exit/define.js';
import './elements/statement/define.js';
export * from './elements/index.js';
