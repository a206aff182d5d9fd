/**
 * One criterion in the form: its text (a `<legend>` for its ratings), the question its group asks,
 * the five ratings as native radio buttons (arrow keys move between them), its source, NICE's
 * example measures where it has them, and the evidence, action, owner and due date.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CriteriaGroup, Criterion, ResponseChange } from '../../core/self-assessment/index.js';
import type { AssessmentResponse, Rating } from '../../../schema/self-assessment.js';
import { RATINGS } from '../../../schema/assessment-vocabulary.js';
import { msg, str } from '../shared/msg.js';
import { sourceBody, sourceDetails } from '../shared/source-ref.js';
import { criterionLabel, ratingLabel } from './labels.js';

/** What the form does when a reader changes a response. */
export type OnResponseChange = (criterion: string, change: ResponseChange) => void;

type TextField = 'evidence' | 'action' | 'owner';

const valueOf = (event: Event): string => (event.target as HTMLInputElement | HTMLTextAreaElement).value;

const ARROW_STEPS: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

/**
 * The arrow keys move to the next or previous rating and choose it, wrapping round, as in any
 * radio group. Browsers do this themselves, but WebKit did not for these radios (inside a shadow
 * root) in our tests, so the group does it the same way in every engine.
 */
function moveRating(event: KeyboardEvent): void {
  const step = ARROW_STEPS[event.key];
  if (step === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
  const radios = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const at = radios.indexOf(event.target as HTMLInputElement);
  if (at === -1) return;
  event.preventDefault();
  const next = radios[(at + step + radios.length) % radios.length]!;
  next.focus();
  // A click checks it and fires `change`, as choosing it with the arrow keys would.
  next.click();
}

/** NICE's example measures for a QS34 statement, folded away: how you might measure this. */
function measures(criterion: Criterion, label: string): TemplateResult | typeof nothing {
  if (criterion.measures.length === 0) return nothing;
  return html`<details class="measures" part="measures">
    <summary>${msg('How you might measure this (NICE’s examples)')}<span class="visually-hidden">${msg(str`, ${label}`)}</span></summary>
    <ul>
      ${criterion.measures.map((m) => html`<li data-measure=${m.id}><span lang="en">${m.text}</span></li>`)}
    </ul>
  </details>`;
}

/** Further sources that ask for the same thing (policy checks). */
function furtherSources(criterion: Criterion, label: string): TemplateResult | typeof nothing {
  if (criterion.also.length === 0) return nothing;
  return html`<details class="source" part="source" data-source-for=${`${criterion.id}.also`}>
    <summary part="source-summary">${msg('Also asked for by')}<span class="visually-hidden">${msg(str`, ${label}`)}</span></summary>
    ${criterion.also.map((ref) => sourceBody(ref, criterion.id))}
  </details>`;
}

export function criterionItem(group: CriteriaGroup, criterion: Criterion, response: AssessmentResponse, onChange: OnResponseChange): TemplateResult {
  const label = criterionLabel(group, criterion.number);
  const id = criterion.id;
  const text = (field: TextField) => (event: Event) => onChange(id, { [field]: valueOf(event) });
  const hintId = `hint-${id}`;
  return html`<li class="criterion" part="criterion" data-criterion=${id}>
    <fieldset class="rating" part="rating" aria-describedby=${group.prompt ? hintId : nothing}>
      <legend>
        <span class="criterion-label">${label}${criterion.title ? html`: ${criterion.title}` : nothing}</span>
        <span class="criterion-text">${criterion.text}</span>
      </legend>
      ${group.prompt ? html`<p class="hint" id=${hintId}>${group.prompt}</p>` : nothing}
      <div class="ratings" @keydown=${moveRating}>
        ${RATINGS.map(
          (rating: Rating) => html`<label class="choice">
            <input type="radio" name=${`rating-${id}`} value=${rating} .checked=${response.rating === rating} @change=${() => onChange(id, { rating })} />
            ${ratingLabel(rating)}
          </label>`,
        )}
      </div>
    </fieldset>
    ${sourceDetails(criterion.source, id, { label })} ${furtherSources(criterion, label)} ${measures(criterion, label)}
    <div class="fields">
      <div class="field" part="field">
        <label for=${`evidence-${id}`}>${msg('Evidence')}</label>
        <textarea id=${`evidence-${id}`} rows="2" maxlength="10000" aria-describedby="privacy" .value=${response.evidence} @input=${text('evidence')}></textarea>
      </div>
      <div class="field" part="field">
        <label for=${`action-${id}`}>${msg('Action')}</label>
        <textarea id=${`action-${id}`} rows="2" maxlength="10000" aria-describedby="privacy" .value=${response.action} @input=${text('action')}></textarea>
      </div>
      <div class="field field-short" part="field">
        <label for=${`owner-${id}`}>${msg('Owner (a role or team)')}</label>
        <input id=${`owner-${id}`} type="text" maxlength="200" autocomplete="off" .value=${response.owner} @input=${text('owner')} />
      </div>
      <div class="field field-short" part="field">
        <label for=${`due-${id}`}>${msg('Due')}</label>
        <input
          id=${`due-${id}`}
          type="date"
          .value=${response.due ?? ''}
          @change=${(event: Event) => {
            const due = valueOf(event);
            onChange(id, { due: due === '' ? undefined : due });
          }}
        />
      </div>
    </div>
  </li>`;
}
