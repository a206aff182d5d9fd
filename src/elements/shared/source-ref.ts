/**
 * "Where this comes from": one render function for the source of any guidance item (document,
 * section, the verbatim quote, and whether the document has been superseded). `shg-guidance`,
 * `shg-expectations` and `shg-statement` all show sources the same way, so readers learn it once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from './msg.js';
import { getSource as getEnglishSource } from '../../core/statement.js';
import { localizeContent } from './locale.js';
import type { SourceDocument, SourceRef } from '../../../schema/source.js';

/** A source document in the language rendering: its title may be translated, never its quotes. */
const getSource = (id: string): SourceDocument | undefined => localizeContent(getEnglishSource(id));

/** The document line: title, publisher and year, with a link where the data gives one. */
function documentLine(doc: SourceDocument): TemplateResult {
  const title = doc.url ? html`<a href=${doc.url} part="link"><cite>${doc.title}</cite></a>` : html`<cite>${doc.title}</cite>`;
  return html`${title}. ${doc.publisher}${doc.year ? html`, ${doc.year}` : nothing}.`;
}

/**
 * Words that a document has been replaced, and by what. Superseded guidance is never shown
 * without them; the colour of the label only echoes the word "Superseded".
 */
export function supersededNotice(doc: SourceDocument): TemplateResult | typeof nothing {
  if (doc.status !== 'superseded') return nothing;
  const successor = doc.supersededBy === undefined ? undefined : getSource(doc.supersededBy);
  return html`<p class="superseded" part="superseded">
    <strong class="superseded-label">${msg('Superseded.')}</strong>
    ${successor
      ? html`${msg('Replaced by')} ${documentLine(successor)}`
      : nothing}
    ${doc.statusNote ? html`<span class="superseded-note">${doc.statusNote}</span>` : nothing}
  </p>`;
}

/**
 * The body of a source: document, section and the quote, verbatim. Sources are English documents,
 * so the section and quote are marked `lang="en"` whatever language is around them. `itemId` marks the quote with
 * the item it belongs to (`data-item`), so tests and hosts can find it.
 */
export function sourceBody(ref: SourceRef, itemId: string, before: unknown = nothing): TemplateResult {
  const doc = getSource(ref.source);
  return html`<div class="source-body" part="source-body">
    <p class="source-doc">
      <span class="source-label">${msg('Document:')}</span>
      ${doc ? documentLine(doc) : ref.source}
    </p>
    <p class="source-section"><span class="source-label">${msg('Section:')}</span> <span lang="en">${ref.section}</span></p>
    ${before}
    <blockquote class="quote" part="quote" data-item=${itemId} lang="en">${ref.quote}</blockquote>
    ${doc ? supersededNotice(doc) : nothing}
  </div>`;
}

export interface SourceDetailsOptions {
  /** The item the source belongs to, e.g. "outcome 3", read after the summary by screen readers. */
  readonly label: string;
  /** Visible summary text; "Source" by default. */
  readonly summary?: string;
  /** Shown just before the quote, e.g. the sentence an outcome completes. */
  readonly before?: unknown;
}

/**
 * A closed `<details>` holding the source. Its summary says "Source" visibly and names the item
 * for screen readers, so a list of many sources does not read as many identical controls.
 */
export function sourceDetails(ref: SourceRef, itemId: string, { label, summary, before }: SourceDetailsOptions): TemplateResult {
  return html`<details class="source" part="source" data-source-for=${itemId}>
    <summary part="source-summary">${summary ?? msg('Source')}<span class="visually-hidden">${msg(str`, ${label}`)}</span></summary>
    ${sourceBody(ref, itemId, before)}
  </details>`;
}
