import { css } from 'lit';

/** What the statement adds to the shared disclosure styles: the search box, item links and deep-link focus. */
export const statementStyles = css`
  [hidden] {
    display: none !important;
  }
  .search {
    margin-bottom: var(--shg-space, 1rem);
  }
  .search label {
    display: block;
    font-weight: bold;
    margin-bottom: 0.25em;
  }
  input[type='search'] {
    font: inherit;
    color: inherit;
    background: transparent;
    width: 100%;
    max-width: 30em;
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 2px solid var(--shg-color-border, currentColor);
    border-radius: var(--shg-radius, 4px);
  }
  /* Always one line tall, so a count appearing never pushes the statement down. */
  .search-status {
    min-height: calc(1em * var(--shg-line-height, 1.5));
    margin: 0.25em 0 0;
  }
  .group + .group {
    margin-top: var(--shg-space, 1rem);
  }
  .items {
    list-style: none;
    padding-left: 0;
  }
  .item {
    padding-left: calc(var(--shg-space, 1rem) * 0.5);
    border-left: 4px solid transparent;
  }
  .anchor {
    display: inline-block;
    min-height: 24px;
    font-weight: bold;
    margin-right: 0.25em;
  }
  .definition {
    border-left: 4px solid var(--shg-color-border, currentColor);
    padding-left: calc(var(--shg-space, 1rem) * 0.5);
  }
  input:focus-visible,
  .target[data-landed]:focus {
    /* Outlines survive forced colours. A deep link's target shows where focus went. */
    outline: var(--shg-focus-width, 3px) solid var(--shg-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  .item[data-landed]:focus {
    border-left-color: var(--shg-color-highlight, var(--shg-color-focus, #1d70b8));
  }
  @media (forced-colors: active) {
    input[type='search'] {
      border-color: CanvasText;
    }
    .item[data-landed]:focus {
      border-left-color: Highlight;
    }
  }
  @media print {
    .search {
      display: none;
    }
  }
`;
