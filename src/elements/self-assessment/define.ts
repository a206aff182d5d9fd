/**
 * Registers `<shg-self-assessment>` (`self-harm-guidance/elements/self-assessment/define.js`).
 * Importing this module is its only side effect.
 * @packageDocumentation
 */
import { defineElement } from '../shared/define.js';
import { ShgSelfAssessment } from './self-assessment.js';

defineElement('shg-self-assessment', ShgSelfAssessment);

export { ShgSelfAssessment };
export type { ShgAssessmentChangeEvent } from './self-assessment.js';
export type { DownloadFile } from './files.js';
