import * as React from 'react';
import { createComponent } from '@lit/react';
import type { ShgReactComponent } from './peer.js';
import { ShgExpectations as ShgExpectationsElement } from '../elements/expectations/define.js';

/** `<shg-expectations>` as a React component: what you can expect when you ask for help, in plain words. */
export const ShgExpectations: ShgReactComponent<ShgExpectationsElement> = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-expectations',
  elementClass: ShgExpectationsElement,
  displayName: 'ShgExpectations',
});
