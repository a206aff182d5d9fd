/**
 * Everything Welsh in one chunk, loaded only when an element resolves to Welsh: the interface
 * strings (generated from xliff/cy.xlf by lit-localize) and the content translations.
 */
export { templates } from '../../generated/locales/cy.js';
export { WELSH_CONTENT as content } from '../../core/welsh-content.js';
export { translate } from '../../core/translation.js';
