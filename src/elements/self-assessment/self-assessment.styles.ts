import { css } from 'lit';

/**
 * The self-assessment form, its charts and its printed report. Colours come from the host
 * (currentColor, system colours), so dark pages stay dark and forced-colours mode keeps every
 * edge. Each rating's bar segment has its own pattern as well as its fill, and the numbers are
 * always written beside the bar, so nothing is said by colour alone.
 */
export const selfAssessmentStyles = css`
  .intro,
  .attribution {
    font-size: 0.95em;
  }
  .privacy,
  .confirm,
  .alert:not(:empty) {
    padding: calc(var(--shg-space, 1rem) * 0.5);
    border: 2px solid var(--shg-color-border, currentColor);
    border-radius: var(--shg-radius, 4px);
    margin-bottom: var(--shg-space, 1rem);
  }
  .alert:not(:empty) {
    border-width: 4px;
    font-weight: bold;
  }
  .status:not(:empty) {
    margin-bottom: var(--shg-space, 1rem);
    font-weight: bold;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-bottom: var(--shg-space, 1rem);
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border: 2px solid var(--shg-color-border, currentColor);
    border-radius: var(--shg-radius, 4px);
    background: Canvas;
    color: CanvasText;
    cursor: pointer;
  }
  .confirm button {
    margin: 0.5em 0.5em 0 0;
  }
  input,
  textarea,
  select {
    font: inherit;
    color: inherit;
    max-width: 100%;
  }
  input[type='text'],
  input[type='date'],
  textarea,
  select {
    min-height: 44px;
    padding: 0.25em 0.5em;
    border: 2px solid var(--shg-color-border, currentColor);
    border-radius: var(--shg-radius, 4px);
    background: Field;
    color: FieldText;
  }
  input[type='text'],
  textarea,
  select {
    width: 100%;
  }
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: var(--shg-focus-width, 3px) solid var(--shg-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0 0.4em 0 0;
    flex: none;
  }
  input[type='radio']:focus-visible,
  input[type='checkbox']:focus-visible {
    outline: var(--shg-focus-width, 3px) solid var(--shg-color-focus, #1d70b8);
  }
  .choice {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    margin-right: 1em;
    cursor: pointer;
  }
  .hint {
    font-size: 0.95em;
  }
  fieldset {
    margin: 0 0 var(--shg-space, 1rem);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
  .details {
    border: var(--shg-border-width, 1px) solid var(--shg-color-border, currentColor);
    border-radius: var(--shg-radius, 4px);
    padding: calc(var(--shg-space, 1rem) * 0.75);
  }
  .details legend {
    font-weight: bold;
    padding: 0 0.25em;
  }
  /* The grid is on a box inside the fieldset: WebKit sizes a fieldset that is itself a grid to its
     widest control, which made the form overflow a 320px screen. */
  .details-fields,
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.5em 1em;
  }
  .fields {
    margin-top: 0.5em;
  }
  .field label {
    display: block;
    font-weight: bold;
  }
  /* Grid items and controls may shrink below their content's width (a long setting name, a date
     control's own size), so the form fits a 320px screen (WCAG 1.4.10). */
  .field,
  .field > * {
    min-width: 0;
  }
  /* WebKit counts a select's longest option (a long setting name) in the page's scroll width even
     when the select is narrower, so its field clips it; the padding keeps the focus outline (3px,
     2px away) inside the clip. */
  .field-select {
    overflow: hidden;
    padding: 6px;
    margin: -6px;
  }
  .progress progress {
    width: min(100%, 20rem);
    height: 1em;
    margin: 0 0.5em;
    vertical-align: middle;
  }
  .group,
  .summary,
  .comparison,
  .kept {
    border-top: var(--shg-border-width, 1px) solid var(--shg-color-border, currentColor);
    padding-top: var(--shg-space, 1rem);
    margin-top: var(--shg-space, 1rem);
  }
  ol.criteria {
    list-style: none;
    padding-left: 0;
  }
  .criterion + .criterion {
    margin-top: calc(var(--shg-space, 1rem) * 1.5);
  }
  .criterion-label {
    display: block;
    font-weight: bold;
  }
  .ratings {
    display: flex;
    flex-wrap: wrap;
  }
  .measures > summary {
    color: var(--shg-color-link, LinkText);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .measures {
    margin-top: 0.25em;
    font-size: 0.95em;
  }

  /* Charts: a bar per group, each rating its own fill and pattern, with the numbers in words. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    list-style: none;
    padding: 0;
    margin: 0 0 0.5em;
    font-size: 0.95em;
  }
  .legend li {
    margin: 0;
    display: inline-flex;
    align-items: center;
  }
  .swatch {
    display: inline-block;
    width: 1.25em;
    height: 1em;
    margin-right: 0.35em;
    border: 1px solid currentColor;
  }
  .chart-rows {
    list-style: none;
    padding: 0;
  }
  .chart-row {
    display: grid;
    grid-template-columns: minmax(0, 12rem) minmax(0, 1fr);
    gap: 0.25em 0.75em;
    align-items: center;
  }
  .chart-row + .chart-row {
    margin-top: 0.5em;
  }
  .chart-counts,
  .compare-line {
    grid-column: 2;
    font-size: 0.95em;
  }
  .compare-line {
    display: block;
  }
  .chart-total {
    font-weight: bold;
  }
  .bar {
    display: flex;
    height: 1.25em;
    border: 1px solid var(--shg-color-border, currentColor);
    min-width: 4rem;
  }
  .compare-line .bar {
    margin: 0.15em 0;
  }
  .segment {
    display: inline-block;
    height: 100%;
  }
  .segment + .segment {
    border-left: 2px solid Canvas;
  }
  .segment[data-rating='met'] {
    background: var(--shg-color-met, #00703c);
  }
  .segment[data-rating='partly-met'] {
    background: repeating-linear-gradient(45deg, var(--shg-color-met, #00703c) 0 4px, Canvas 4px 8px);
  }
  .segment[data-rating='not-met'] {
    background: repeating-linear-gradient(-45deg, CanvasText 0 1px, Canvas 1px 5px);
  }
  .segment[data-rating='not-applicable'] {
    background: radial-gradient(CanvasText 1px, Canvas 1.5px) 0 0 / 6px 6px;
  }
  .segment[data-rating='not-assessed'] {
    background: Canvas;
  }
  @media (max-width: 30rem) {
    .chart-row {
      grid-template-columns: minmax(0, 1fr);
    }
    .chart-counts,
    .compare-line {
      grid-column: 1;
    }
  }
  @media (forced-colors: active) {
    .segment {
      forced-color-adjust: none;
    }
    .segment[data-rating='met'] {
      background: CanvasText;
    }
    .segment[data-rating='partly-met'] {
      background: repeating-linear-gradient(45deg, CanvasText 0 4px, Canvas 4px 8px);
    }
    .privacy,
    .confirm,
    .alert:not(:empty),
    button {
      border-color: CanvasText;
    }
  }

  /* The checklist and the report, made for paper. */
  .checklist-boxes .box {
    white-space: nowrap;
    margin-right: 1em;
  }
  .checklist-lines {
    min-height: 3em;
    border-bottom: 1px solid currentColor;
  }
  .report-details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }
  .report-details dt {
    font-weight: bold;
  }
  .report-details dd {
    margin: 0;
  }
  .report-label {
    font-weight: bold;
  }
  .report-rows li {
    break-inside: avoid;
  }
  @media print {
    .toolbar,
    .keep,
    .confirm {
      display: none;
    }
    .base {
      border: 0;
      padding: 0;
    }
    .segment {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
`;
