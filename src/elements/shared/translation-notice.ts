import { nothing, type TemplateResult } from 'lit';
import type { LocaleController } from './locale.js';

/**
 * Under the heading of a translated element: says the translation is not yet reviewed, in that
 * language, with a button that shows the English original (and back). Nothing in English. The
 * notice itself comes with the translation's chunk (see `LocaleController.notice`).
 */
export const translationNotice = (locale: LocaleController): TemplateResult | typeof nothing => locale.notice();
