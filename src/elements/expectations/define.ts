/** Registers `<shg-expectations>`. Importing this module is its only side effect. */
import { defineElement } from '../shared/define.js';
import { ShgExpectations } from './expectations.js';

defineElement('shg-expectations', ShgExpectations);

export { ShgExpectations };
