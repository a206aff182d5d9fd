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
export function documentLine(doc: SourceDocument): TemplateResult {
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
 * The section's name in the language rendering: a translation of the document lists its section
 * names in the same order as the English (`SourceDocument.sections`). A section it does not list
 * is shown as the English document names it, marked `lang="en"`.
 */
export function sectionNameText(ref: SourceRef): { readonly text: string; readonly translated: boolean } {
  const index = getEnglishSource(ref.source)?.sections?.indexOf(ref.section) ?? -1;
  const shown = index < 0 ? undefined : getSource(ref.source)?.sections?.[index];
  return shown === undefined || shown === ref.section ? { text: ref.section, translated: false } : { text: shown, translated: true };
}

/** `sectionNameText` as markup: the English original is marked `lang="en"`. */
export function sourceSectionName(ref: SourceRef): TemplateResult {
  const { text, translated } = sectionNameText(ref);
  return translated ? html`${text}` : html`<span lang="en">${text}</span>`;
}

/**
 * The body of a source: document, section and the quote, verbatim. Sources are English documents,
 * so the quote is marked `lang="en"` whatever language is around it; the section's name is shown
 * in the reader's language. `itemId` marks the quote with the item it belongs to (`data-item`), so
 * tests and hosts can find it.
 */
export function sourceBody(ref: SourceRef, itemId: string, before: unknown = nothing): TemplateResult {
  const doc = getSource(ref.source);
  return html`<div class="source-body" part="source-body">
    <p class="source-doc">
      <span class="source-label">${msg('Document:')}</span>
      ${doc ? documentLine(doc) : ref.source}
    </p>
    <p class="source-section"><span class="source-label">${msg('Section:')}</span> ${sourceSectionName(ref)}</p>
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
