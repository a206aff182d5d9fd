import { css } from 'lit';

/**
 * What every element shares: it inherits the host page's font, shows its content on a surface of
 * its own (see `.base`), keeps focus visible in forced-colours mode (outline, not box-shadow),
 * and hides words meant only for assistive technology.
 */
export const baseStyles = css`
  :host {
    display: block;
    font: inherit;
    color: inherit;
    line-height: var(--shg-line-height, 1.5);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Each element's own surface, whatever the page sets on the element or lets it inherit (a dark
     page without color-scheme, white or transparent text, visibility: hidden, font-size: 0, a
     zero line height). The page reaches in only through the --shg-* properties and ::part, so
     these hold against a rule on the element itself. The system colours come in pairs: text,
     links and surface follow the page's color-scheme together, and forced colours. Hosts restyle
     with --shg-color-surface, --shg-color-text and --shg-color-link, set together (theming.md). */
  .base {
    visibility: visible;
    font-size: max(1em, 14px);
    line-height: max(1.2, var(--shg-line-height, 1.5));
    color: var(--shg-color-text, CanvasText);
    -webkit-text-fill-color: currentColor;
    text-indent: 0;
    background: var(--shg-color-surface, Canvas);
  }
  a {
    color: var(--shg-color-link, LinkText);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible {
    outline: var(--shg-focus-width, 3px) solid var(--shg-color-focus, #1d70b8);
    outline-offset: 2px;
    text-decoration: none;
  }
  /* The translation notice's toggle: in the page's font, not the browser's small button font, and
     at least 24px tall (WCAG 2.5.8). Its colours stay the system's, for dark and forced colours. */
  .translation-notice button {
    font: inherit;
    min-height: 24px;
    margin-inline-start: 0.25em;
    padding: 0 0.5em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/** The bordered box and text rhythm the content elements share (their root has `class="base"`). */
export const panelStyles = css`
  .base {
    border: var(--shg-border-width, 1px) solid var(--shg-color-border, currentColor);
    border-radius: var(--shg-radius, 4px);
    padding: var(--shg-space, 1rem);
  }
  h2, h3, h4, h5, h6 {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  p {
    margin: 0 0 0.5em;
  }
`;
