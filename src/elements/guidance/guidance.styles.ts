import { css } from 'lit';

export const guidanceStyles = css`
  .intro {
    font-size: 0.95em;
  }
  .section-body > ol > li,
  .section-body > ul > li {
    padding-left: 0.25em;
  }
  .notice {
    padding: calc(var(--shg-space, 1rem) * 0.5);
    border: 2px solid var(--shg-color-border, currentColor);
    font-weight: bold;
  }
  .point-status,
  .point-section,
  .item-title,
  .item-label {
    margin-bottom: 0.25em;
  }
  .point-section,
  .item-title,
  .item-label {
    font-weight: bold;
  }
  .focus > li + li {
    margin-top: var(--shg-space, 1rem);
  }
  .why {
    padding-left: 0.5em;
    border-left: var(--shg-border-width, 1px) solid var(--shg-color-border, currentColor);
  }
  .status {
    margin-right: 0.35em;
  }
  summary .status {
    margin-left: 0.5em;
    vertical-align: middle;
  }
  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
  }
`;
