import { css } from 'lit';
import { panelStyles } from './base.styles.js';

/**
 * Sections as native `<details>`, item sources, quotes, words of hope and the superseded label, as the guidance
 * elements share them. Colours come from the host (currentColor, system colours) so a dark host
 * page stays dark and forced-colours mode keeps every edge; nothing here moves, so there is
 * nothing for reduced motion to stop.
 */
export const disclosureStyles = [
  panelStyles,
  css`
  ol, ul {
    margin: 0 0 0.5em;
    padding-left: 1.75em;
  }
  ul[role='list'] {
    list-style: none;
    padding-left: 0;
  }
  li + li {
    margin-top: 0.75em;
  }
  details.section {
    border-top: var(--shg-border-width, 1px) solid var(--shg-color-border, currentColor);
    padding-block: calc(var(--shg-space, 1rem) * 0.5);
  }
  summary {
    cursor: pointer;
    /* A generous target (WCAG 2.5.8). */
    min-height: 24px;
    padding-block: 2px;
  }
  summary > :is(h2, h3, h4, h5, h6) {
    display: inline;
    margin: 0;
  }
  summary:focus-visible {
    /* An outline, not a box-shadow: it survives forced-colours mode. */
    outline: var(--shg-focus-width, 3px) solid var(--shg-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  .section-body {
    padding-top: 0.5em;
  }
  .lead {
    font-weight: bold;
  }
  details.source,
  details.says {
    margin-top: 0.25em;
    font-size: 0.95em;
  }
  details.source > summary,
  details.says > summary {
    color: var(--shg-color-link, LinkText);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .source-body {
    margin-top: 0.25em;
    padding-left: calc(var(--shg-space, 1rem) * 0.75);
    border-left: 4px solid var(--shg-color-border, currentColor);
  }
  .source-label {
    font-weight: bold;
  }
  .quote {
    margin: 0 0 0.5em;
    font-style: italic;
  }
  .quote::before {
    content: open-quote;
  }
  .quote::after {
    content: close-quote;
  }
  .superseded-label,
  .status {
    display: inline-block;
    padding: 0 0.35em;
    border: 2px solid currentColor;
    border-radius: 2px;
    font-weight: bold;
    font-size: 0.9em;
  }
  .superseded-note {
    display: block;
  }
  .expectations {
    margin-block: var(--shg-space, 1rem);
  }
  .plain {
    margin-bottom: 0.25em;
  }
  .hope {
    margin: var(--shg-space, 1rem) 0 0;
  }
  .hope figcaption {
    font-weight: bold;
  }
  .hope .quote {
    margin: 0.25em 0;
    padding-left: calc(var(--shg-space, 1rem) * 0.75);
    border-left: 4px solid var(--shg-color-border, currentColor);
  }
  .hope-source {
    font-size: 0.95em;
  }
  .attribution {
    margin-top: var(--shg-space, 1rem);
    font-size: 0.95em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .base,
    .hope .quote,
    details.section,
    .source-body,
    .superseded-label,
    .status {
      border-color: CanvasText;
    }
    details.source > summary,
    details.says > summary {
      color: LinkText;
    }
  }
  @media print {
    /* Everything prints: the element opens every section on beforeprint; this keeps it legible. */
    .base {
      border-color: #000;
    }
    details.section,
    details.source,
    details.says {
      break-inside: avoid-page;
    }
    summary {
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    details.source > summary,
    details.says > summary {
      color: inherit;
      text-decoration: none;
      font-weight: bold;
    }
    a[href^='https:']::after,
    a[href^='tel:']::after {
      content: ' (' attr(href) ')';
      font-weight: normal;
    }
  }
`,
];
