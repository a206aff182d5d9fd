/**
 * One list item of `shg-guidance` for each kind of content it shows: outcome, commitment, NICE
 * QS34 statement, NICE CG133 point (always marked as superseded), NCISH resource and paragraph.
 * The same item renders the same way in its own section and where a profile brings it forward
 * ("Start here"), where it adds its reason. Items arrive already in the reader's language.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../shared/msg.js';
import type { FocusItem } from '../../core/guidance.js';
import { getSource, nicePracticePoints } from '../../core/statement.js';
import { qualityStatements } from '../../core/quality-standard.js';
import type { NicePracticePoint } from '../../../schema/nice.js';
import type { ProfessionalResource } from '../../../schema/professional-resource.js';
import type { QualityStatement } from '../../../schema/quality-standard.js';
import type { SourceDocument, SourceRef } from '../../../schema/source.js';
import type { Commitment, Domain, Outcome, Paragraph, Theme } from '../../../schema/statement.js';
import { expectationItem } from '../shared/expectation-items.js';
import { localizeContent } from '../shared/locale.js';
import { documentLine, sectionNameText, sourceDetails } from '../shared/source-ref.js';

/** "NICE CG133 (2011)" from a NICE document's title and year, so a point always says where it is from. */
export function guidelineName(doc: SourceDocument): string {
  const code = /\(([A-Z]{2,3}\d+)\)/.exec(doc.title)?.[1];
  const name = code ? `NICE ${code}` : doc.title;
  return doc.year ? `${name} (${doc.year})` : name;
}

/** What a brought-forward item adds: its reason, and a name for its source that differs from the same item's below. */
export interface Focus {
  /** The line under the item: "Why here: …". */
  readonly why: TemplateResult;
  /** Added to the item's source label for screen readers, e.g. "start here". */
  readonly where: string;
}

const label = (name: string, focus: Focus | undefined) => (focus ? `${name}, ${focus.where}` : name);

/**
 * `<li>` for one item: `body`, then its source. Brought forward, out of its own numbered list, it
 * starts with its name ("Safe 3") and ends with its reason.
 */
function item(id: string, number: number | undefined, body: unknown, source: SourceRef, name: string, focus: Focus | undefined): TemplateResult {
  return html`<li part="item" value=${focus || number === undefined ? nothing : number} data-item=${id}>
    ${focus ? html`<p class="item-label">${name}</p>` : nothing} ${body} ${focus?.why ?? nothing}
    ${sourceDetails(source, id, { label: label(name, focus) })}
  </li>`;
}

export function outcomeItem(outcome: Outcome, focus?: Focus): TemplateResult {
  return item(outcome.id, outcome.number, outcome.text, outcome.source, msg(str`Outcome ${outcome.number}`), focus);
}

export function commitmentItem(commitment: Commitment, group: Domain | Theme, focus?: Focus): TemplateResult {
  return item(commitment.id, commitment.number, commitment.text, commitment.source, `${group.name} ${commitment.number}`, focus);
}

/** A paragraph of the statement (an age group's view brings some forward), named by its section. */
export function paragraphItem(paragraph: Paragraph, focus?: Focus): TemplateResult {
  return item(paragraph.id, undefined, paragraph.text, paragraph.source, sectionNameText(paragraph.source).text, focus);
}

/**
 * A QS34 statement in its current (2022) wording, with the 2013 wording one click away and marked
 * as replaced. Brought forward, it carries NICE's attribution line itself, as NICE asks.
 */
export function qualityStatementItem(statement: QualityStatement, focus?: Focus): TemplateResult {
  const standard = localizeContent(qualityStatements());
  const name = msg(str`NICE QS34 statement ${statement.number}`);
  const body = html`<p class="item-title">${msg(str`Statement ${statement.number}: ${statement.title}`)}</p>
    <p>${statement.text}</p>
    ${focus ? html`<p class="note">${standard.statusNotice}</p>` : nothing}
    <details class="source wording-2013" part="source">
      <summary part="source-summary">${msg('2013 wording')}<span class="visually-hidden">${msg(str`, ${label(name, focus)}`)}</span></summary>
      <div class="source-body" part="source-body">
        <p><strong class="superseded-label">${msg('Replaced.')}</strong> ${standard.wording2013Notice}</p>
        <p>${statement.wording2013.text}</p>
      </div>
    </details>`;
  return item(statement.id, statement.number, body, statement.source, name, focus);
}

/** A CG133 point, every time with "Superseded" and what replaced it. */
export function nicePointItem(point: NicePracticePoint, focus?: Focus): TemplateResult {
  const guideline = nicePracticePoints();
  const from = localizeContent(getSource(guideline.source));
  const by = guideline.supersededBy === undefined ? undefined : localizeContent(getSource(guideline.supersededBy));
  const fromName = from ? guidelineName(from) : guideline.source;
  const status = by ? msg(str`From ${fromName}, superseded by ${guidelineName(by)}.`) : msg(str`From ${fromName}, superseded.`);
  const body = html`<p class="point-status"><span class="status" part="status">${msg('Superseded')}</span> ${status}</p>
    <p class="point-section">${point.section}</p>
    <p>${point.text}</p>
    ${point.items ? html`<ul>${point.items.map((entry) => html`<li>${entry}</li>`)}</ul>` : nothing}
    ${point.note ? html`<p class="note">${point.note}</p>` : nothing}`;
  return item(point.id, point.number, body, point.source, msg(str`NICE practice point ${point.number}`), focus);
}

/**
 * An NCISH resource: what the source says, a line where its link was lost (so nothing points at a
 * link that is not there), and, where NICE has replaced what it names, the current documents.
 */
export function resourceItem(resource: ProfessionalResource, focus?: Focus): TemplateResult {
  const current = (resource.current ?? []).flatMap((id) => {
    const doc = localizeContent(getSource(id));
    return doc ? [doc] : [];
  });
  const body = html`<p class="item-title">${resource.title}</p>
    <p>${resource.text}</p>
    ${resource.linkLost ? html`<p class="note">${msg('The source links to this, but our copy of it does not keep the link.')}</p>` : nothing}
    ${resource.note
      ? html`<div class="notice" part="superseded">
          <p>${resource.note}</p>
          ${current.length ? html`<ul>${current.map((doc) => html`<li>${documentLine(doc)}</li>`)}</ul>` : nothing}
        </div>`
      : nothing}`;
  return item(resource.id, undefined, body, resource.source, resource.title, focus);
}

/**
 * A brought-forward item in its own kind's form, with its reason. People and carers (`plain`) read
 * outcomes in plain words; the core gives them no other kind.
 */
export function focusItem(focused: FocusItem, whyLabel: string, where: string, plain: boolean): TemplateResult | typeof nothing {
  const focus: Focus = { why: html`<p class="why" part="why"><strong>${whyLabel}</strong> ${focused.focus.why}</p>`, where };
  const { entry } = focused;
  switch (entry.kind) {
    case 'outcome':
      return plain ? expectationItem(entry.item, { after: focus.why, label: label(msg(str`outcome ${entry.item.number}`), focus) }) : outcomeItem(entry.item, focus);
    case 'commitment':
      return commitmentItem(entry.item, entry.group, focus);
    case 'quality-statement':
      return qualityStatementItem(entry.item, focus);
    case 'nice-practice-point':
      return nicePointItem(entry.item, focus);
    case 'professional-resource':
      return resourceItem(entry.item, focus);
    case 'paragraph':
      return paragraphItem(entry.item, focus);
    default:
      // Profiles name only the kinds above (a content test proves it).
      return nothing;
  }
}
