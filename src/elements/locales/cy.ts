/**
 * Everything Welsh in one chunk, loaded only when an element resolves to Welsh: the interface
 * strings (generated from xliff/cy.xlf by lit-localize), the lookup that finds them (with
 * @lit/localize's message-id hashing, which English never needs), the content translations, and
 * the notice that says the translation is not yet reviewed.
 */
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { templates } from '../../generated/locales/cy.js';
import type { MsgImplementation } from '../shared/locale.js';

export const msg: MsgImplementation = (template, options) => runtimeMsg(templates, template, options);
export { WELSH_CONTENT as content } from '../../core/welsh-content.js';
export { translate } from '../../core/translation.js';
export { translationNotice as notice } from './translation-notice.js';
