/** Registers every element. Safe to import more than once. */
import './elements/action-plan/define.js';
import './elements/expectations/define.js';
import './elements/guidance/define.js';
import './elements/help-panel/define.js';
import './elements/quick-exit/define.js';
import './elements/statement/define.js';
export * from './elements/index.js';
