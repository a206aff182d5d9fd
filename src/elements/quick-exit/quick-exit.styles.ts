import { css } from 'lit';

export const quickExitStyles = css`
  :host([sticky]) {
    position: sticky;
    top: 0;
    z-index: 1000;
    /* The page scrolls under it: an opaque strip, so its help line never sits over the page's own
       text. The strip is the same surface as the content (.base): hosts match theirs with
       --shg-color-surface and --shg-color-text. */
    padding-block-end: calc(var(--shg-space, 1rem) * 0.25);
    background: var(--shg-color-surface, Canvas);
    color: var(--shg-color-text, CanvasText);
  }
  [hidden] {
    display: none !important;
  }
  .base {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--shg-space, 1rem) * 0.25);
  }
  .button {
    /* A real button with a target of at least 44px for thumbs (WCAG 2.5.5). */
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    margin: 0;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: bold;
    line-height: 1.25;
    color: var(--shg-color-exit-text, #fff);
    background: var(--shg-color-exit, #d4351c);
    /* Transparent, so forced-colours mode draws a visible edge. */
    border: 2px solid transparent;
    border-radius: var(--shg-radius, 4px);
    cursor: pointer;
    touch-action: manipulation;
    /* The link form (without JavaScript, or after a render error) looks the same as the button. */
    text-decoration: none;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button:focus-visible {
    outline: var(--shg-focus-width, 3px) solid var(--shg-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  .indicator {
    display: flex;
    gap: 0.25em;
    padding-top: 0.25em;
  }
  /* Shape, not colour, shows progress: a ring fills in to a solid dot. */
  .mark {
    width: 0.75em;
    height: 0.75em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .mark.on {
    border-width: 0.375em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .mark {
      transition: border-width 0.1s ease-out;
    }
  }
  .status {
    margin: 0;
  }
  .help summary {
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .help summary:focus-visible {
    outline: var(--shg-focus-width, 3px) solid var(--shg-color-focus, #1d70b8);
    outline-offset: 2px;
  }
  .help ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  .overlay {
    /* Covers the whole viewport, opaque, above everything (and in the top layer where supported). */
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: var(--shg-space, 1rem);
    border: 0;
    /* As legible as .base, whatever the page sets on the element. */
    visibility: visible;
    font-size: max(1em, 14px);
    color: CanvasText;
    -webkit-text-fill-color: currentColor;
    background: var(--shg-color-overlay, Canvas);
    opacity: 1;
  }
  .overlay::backdrop {
    background: var(--shg-color-overlay, Canvas);
  }
  .overlay p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button:focus-visible,
    .help summary:focus-visible {
      outline-color: Highlight;
    }
    .overlay {
      background: Canvas;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
