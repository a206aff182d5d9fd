import { html, isServer, nothing, type TemplateResult } from 'lit';
import { msg } from '../shared/msg.js';
import { inLocale, type LocaleController } from '../shared/locale.js';

/**
 * Under the heading of a translated element: says the translation is not yet reviewed, in that
 * language, with a button that shows the English original (and back). Nothing in English.
 *
 * Every Welsh string and most Welsh content are the project's own translation until a Welsh
 * speaker reviews them (see docs/welsh.md), so the notice shows whenever Welsh could be shown.
 * Static HTML (rendered on a server) has no script to switch languages, so no button.
 *
 * It comes with each translation's chunk (`notice` in cy.ts): English pages never load it.
 */
export function translationNotice(locale: LocaleController): TemplateResult {
  const translated = locale.translatedLocale;
  const original = locale.showingOriginal;
  // The notice is always in the translated language, even while the English original shows.
  return inLocale(
    translated,
    () =>
      html`<p class="translation-notice" part="translation-notice" lang=${translated}>
        ${original ? msg('You are reading the English original.') : msg('This translation has not been reviewed yet.')}
        ${isServer
          ? nothing
          : html`<button type="button" part="translation-toggle" aria-pressed=${original ? 'true' : 'false'} @click=${() => locale.showOriginal(!original)}>
              ${msg('Show the English original')}
            </button>`}
      </p>`,
  );
}
