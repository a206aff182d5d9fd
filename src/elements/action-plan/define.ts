/** Registers `<shg-action-plan>`. Importing this module is its only side effect. */
import { defineElement } from '../shared/define.js';
import { ShgActionPlan } from './action-plan.js';

defineElement('shg-action-plan', ShgActionPlan);

export { ShgActionPlan };
