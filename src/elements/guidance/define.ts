/** Registers `<shg-guidance>`. Importing this module is its only side effect. */
import { defineElement } from '../shared/define.js';
import { ShgGuidance } from './guidance.js';

defineElement('shg-guidance', ShgGuidance);

export { ShgGuidance };
