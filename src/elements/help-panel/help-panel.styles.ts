import { css } from 'lit';

export const helpPanelStyles = css`
  /* On a page with many panels (a directory of services) the browser lays out and paints only
     those near the screen, each keeping its size once shown; their text is still found by
     find-in-page and read by screen readers. A page with a few panels, or a static snippet, never
     uses a placeholder size, so nothing moves when one upgrades. */
  .base.many {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 60em;
  }
  @media print {
    .base.many {
      content-visibility: visible;
    }
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tier {
    margin-top: var(--shg-space, 1rem);
    padding-left: calc(var(--shg-space, 1rem) * 0.75);
    /* The colour only echoes the heading's words; it never carries meaning alone. */
    border-left: 6px solid var(--tier-color);
  }
  .tier[data-urgency='emergency'] { --tier-color: var(--shg-color-emergency, #d5281b); }
  .tier[data-urgency='urgent'] { --tier-color: var(--shg-color-urgent, #ffb81c); }
  .tier[data-urgency='talk-now'] { --tier-color: var(--shg-color-talk-now, #005eb8); }
  .tier[data-urgency='information'] { --tier-color: var(--shg-color-information, #768692); }
  .route + .route {
    margin-top: 0.75em;
  }
  .name {
    font-weight: bold;
    margin: 0;
  }
  .channels li {
    margin-top: 0.25em;
  }
  .channel a {
    font-weight: bold;
    /* A generous target for thumbs (WCAG 2.5.8). */
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  .meta,
  .local-badge {
    display: block;
    margin: 0;
    font-size: 0.9em;
  }
  .local-badge {
    font-style: italic;
  }
  @media (forced-colors: active) {
    .tier {
      border-left-color: CanvasText;
    }
  }
  @media print {
    .base {
      border-color: #000;
    }
    .channel a::after {
      content: ' (' attr(href) ')';
      font-weight: normal;
    }
  }
`;
