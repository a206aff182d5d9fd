import { css } from 'lit';

/** What only this element shows; the outcomes, sources, hope and help route are styled in shared/. */
export const expectationsStyles = css`
  .carer-note {
    font-style: italic;
  }
`;
