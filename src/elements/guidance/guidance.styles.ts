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
  .resource-title {
    margin-bottom: 0.25em;
  }
  .point-section,
  .resource-title {
    font-weight: bold;
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
