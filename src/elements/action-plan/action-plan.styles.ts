import { css } from 'lit';

/**
 * What the action plan adds to the shared disclosure styles: the controls, the action cards and
 * their status badges (an icon and a word, in the text colour: nothing rests on colour), and a
 * print layout without the controls. Colours come from the host or the system, so dark pages and
 * forced colours keep every edge.
 */
export const actionPlanStyles = css`
  [hidden] {
    display: none !important;
  }
  /* The filters: the section names the filter, each action its state and the age filters it passes
     (from the core's ageFilterKeys), so a filter change is one attribute, not 2,000 updates. A test
     holds every status and age filter here to the core's matchesFilter. */
  .plan[data-status-filter='idea'] .action:not([data-state='idea']),
  .plan[data-status-filter='initial-meeting'] .action:not([data-state='initial-meeting']),
  .plan[data-status-filter='underway'] .action:not([data-state='underway']),
  .plan[data-status-filter='awaiting'] .action:not([data-state='awaiting']),
  .plan[data-status-filter='complete'] .action:not([data-state='complete']),
  .plan[data-age-filter='children-and-young-people'] .action:not([data-ages~='children-and-young-people']),
  .plan[data-age-filter='adults'] .action:not([data-ages~='adults']),
  .plan[data-age-filter='not-stated'] .action:not([data-ages~='not-stated']) {
    display: none;
  }
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0 0 0.75em;
  }
  .details dt,
  .facts dt {
    font-weight: bold;
  }
  .details dt::after,
  .facts dt::after {
    content: ':';
  }
  .details div,
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  dd {
    margin: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 0.75em 1.5em;
    margin-block: var(--shg-space, 1rem) 0.25em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5em 1em;
    min-width: 0;
    max-width: 100%;
  }
  .filters-label {
    flex-basis: 100%;
    margin: 0;
    font-weight: bold;
  }
  label {
    display: flex;
    flex-direction: column;
    /* A flex item is never narrower than its content by default (here and .filters): the select's
       longest option ("For children and young people") pushed a 320px screen sideways (WCAG 1.4.10). */
    min-width: 0;
    max-width: 100%;
  }
  select,
  button {
    font: inherit;
    color: inherit;
    min-height: 2.5em;
    max-width: 100%;
    border: 2px solid var(--shg-color-border, currentColor);
    border-radius: var(--shg-radius, 4px);
    background: var(--shg-color-surface, Canvas);
    padding: 0.25em 0.5em;
  }
  button {
    cursor: pointer;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  select:focus-visible,
  .action:focus,
  .outcome:focus {
    outline: var(--shg-focus-width, 3px) solid var(--shg-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  .count {
    min-height: calc(1em * var(--shg-line-height, 1.5));
  }
  .warnings,
  .error {
    border-left: 4px solid var(--shg-color-border, currentColor);
    padding-left: calc(var(--shg-space, 1rem) * 0.5);
  }
  .error-detail {
    display: block;
    margin-top: 0.25em;
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .area {
    border-top: var(--shg-border-width, 1px) solid var(--shg-color-border, currentColor);
    padding-top: calc(var(--shg-space, 1rem) * 0.5);
    margin-top: var(--shg-space, 1rem);
  }
  .outcome {
    margin: var(--shg-space, 1rem) 0;
    /* Off-screen outcomes of a long plan are not laid out until they scroll near. */
    content-visibility: auto;
    contain-intrinsic-size: auto 40em;
  }
  .outcome-text {
    font-weight: bold;
  }
  .actions {
    list-style: none;
    padding-left: 0;
  }
  .action {
    /* Each action off screen skips layout and paint until it scrolls near (and is still found by
       the browser's find in page): a long plan shows or re-shows after a filter quickly. */
    content-visibility: auto;
    contain-intrinsic-size: auto 9em;
    border: var(--shg-border-width, 1px) solid var(--shg-color-border, currentColor);
    border-radius: var(--shg-radius, 4px);
    padding: calc(var(--shg-space, 1rem) * 0.5) calc(var(--shg-space, 1rem) * 0.75);
  }
  .action-id {
    font-weight: bold;
    margin-right: 0.25em;
  }
  .facts {
    display: grid;
    gap: 0.2em;
    margin: 0.25em 0;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .status-icon {
    flex: none;
  }
  .status-note {
    margin-left: 0.4em;
  }
  .link-targets {
    display: inline;
    margin: 0;
  }
  .link-targets li {
    display: inline;
    margin: 0;
  }
  .link-targets li + li::before {
    content: ', ';
  }
  .link-targets a {
    display: inline-block;
    min-height: 24px;
  }
  .judgement,
  .missing {
    font-style: italic;
  }
  .coverage {
    border-top: var(--shg-border-width, 1px) solid var(--shg-color-border, currentColor);
    padding-block: calc(var(--shg-space, 1rem) * 0.5);
    margin-top: var(--shg-space, 1rem);
  }
  .coverage-body {
    padding-top: 0.5em;
  }
  .coverage-list li + li {
    margin-top: 0.35em;
  }
  .coverage-list a {
    display: inline-block;
    min-height: 24px;
  }
  @media (forced-colors: active) {
    select,
    button {
      border-color: ButtonText;
    }
    .status-icon path[stroke='Canvas'] {
      stroke: Canvas;
    }
  }
  @media print {
    /* The routes to help print too: a printed plan still discusses self-harm. */
    .controls {
      display: none;
    }
    .outcome,
    .action {
      content-visibility: visible;
    }
    .action {
      break-inside: avoid;
    }
  }
`;
