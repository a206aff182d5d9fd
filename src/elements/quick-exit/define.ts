/** Registers `<shg-quick-exit>`. Importing this module is its only side effect. */
import { defineElement } from '../shared/define.js';
import { ShgQuickExit } from './quick-exit.js';

defineElement('shg-quick-exit', ShgQuickExit);

export { ShgQuickExit };
