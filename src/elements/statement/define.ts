/** Registers `<shg-statement>`. Importing this module is its only side effect. */
import { defineElement } from '../shared/define.js';
import { ShgStatement } from './statement.js';

defineElement('shg-statement', ShgStatement);

export { ShgStatement };
