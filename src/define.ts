/** Registers every element. Safe to import more than once. */
import './elements/help-panel/define.js';
export * from './elements/index.js';
