/** Registers `<shg-self-assessment>`. Importing this module is its only side effect. */
import { defineElement } from '../shared/define.js';
import { ShgSelfAssessment } from './self-assessment.js';

defineElement('shg-self-assessment', ShgSelfAssessment);

export { ShgSelfAssessment };
export type { ShgAssessmentChangeEvent } from './self-assessment.js';
