/** Registers `<shg-help-panel>`. Importing this module is its only side effect. */
import { defineElement } from '../shared/define.js';
import { ShgHelpPanel } from './help-panel.js';

defineElement('shg-help-panel', ShgHelpPanel);

export { ShgHelpPanel };
