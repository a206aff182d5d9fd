import { css } from 'lit';

/** The compact route to help: always visible, its urgency in words, its numbers bold and easy to tap. */
export const helpRouteStyles = css`
  .help-route {
    margin-block: var(--shg-space, 1rem);
    padding-left: calc(var(--shg-space, 1rem) * 0.75);
    /* The edge only echoes the heading; the words before each number carry the urgency. */
    border-left: 6px solid var(--shg-color-emergency, #d5281b);
  }
  .help-lines {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .help-line + .help-line {
    margin-top: 0.35em;
  }
  .help-when {
    font-weight: bold;
  }
  .help-line a {
    font-weight: bold;
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
  .help-meta {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .help-route {
      border-left-color: CanvasText;
    }
  }
`;
