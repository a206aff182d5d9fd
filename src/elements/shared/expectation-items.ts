/**
 * The outcomes in plain words, each with "What the statement says" one click away, and the
 * statement's own words of hope. Shared by `shg-expectations` and the person and carer views of
 * `shg-guidance`, so both say it the same way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from './msg.js';
import { getItem, getSource, getStatement } from '../../core/statement.js';
import { localizeContent } from './locale.js';
import type { Outcome } from '../../../schema/statement.js';
import { sourceDetails, sourceSectionName } from './source-ref.js';

/** The statement's paragraph that most people who self-harm do not go on to die by suicide. */
export const HOPE_ITEM_ID = 'iqs.understanding.5';

/**
 * One outcome: the plain version, and the statement's own words with their source. `after` goes
 * under the plain words (guidance's "why here"); `label` names the source for screen readers where
 * the same outcome is listed twice.
 */
export function expectationItem(outcome: Outcome, options: { readonly after?: unknown; readonly label?: string } = {}): TemplateResult {
  const stem = getStatement().outcomes.lead;
  return html`<li class="expectation" part="item" value=${outcome.number} data-item=${outcome.id}>
    <p class="plain">${localizeContent(outcome).plain}</p>
    ${options.after ?? nothing}
    ${sourceDetails(outcome.source, outcome.id, {
      summary: msg('What the statement says'),
      label: options.label ?? msg(str`outcome ${outcome.number}`),
      // The outcome completes this sentence; without it the quote reads as a fragment. Both are
      // the English original, so the stem stays English beside it.
      before: html`<p class="stem">${msg('It completes the sentence:')} <q lang="en">${stem.text}</q></p>`,
    })}
  </li>`;
}

export function expectationList(outcomes: readonly Outcome[]): TemplateResult {
  return html`<ol class="expectations" part="list">
    ${outcomes.map((outcome) => expectationItem(outcome))}
  </ol>`;
}

/**
 * Hope, in the statement's own words, quoted whole and attributed (in translation too, with the
 * English quote after it). Renders nothing if the
 * paragraph ever leaves the content, rather than words the statement does not say.
 */
export function hopeQuote(): TemplateResult | typeof nothing {
  const entry = getItem(HOPE_ITEM_ID);
  if (entry?.kind !== 'paragraph') return nothing;
  const doc = localizeContent(getSource(entry.item.source.source));
  const translated = localizeContent(entry.item);
  return html`<figure class="hope" part="hope">
    <figcaption>${msg('The statement also says:')}</figcaption>
    ${translated.translation ? html`<p class="hope-translation">${translated.text}</p>` : nothing}
    <blockquote class="quote" part="quote" data-item=${entry.id} lang="en">${entry.item.source.quote}</blockquote>
    <p class="hope-source">${doc ? html`<cite>${doc.title}</cite>, ` : nothing}${sourceSectionName(entry.item.source)}.</p>
  </figure>`;
}
