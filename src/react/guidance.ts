import * as React from 'react';
import { createComponent } from '@lit/react';
import type { ShgReactComponent } from './peer.js';
import { ShgGuidance as ShgGuidanceElement } from '../elements/guidance/define.js';

/** `<shg-guidance>` as a React component: what good looks like for a `setting` and `audience`, with sources. */
export const ShgGuidance: ShgReactComponent<ShgGuidanceElement> = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-guidance',
  elementClass: ShgGuidanceElement,
  displayName: 'ShgGuidance',
});
