import * as React from 'react';
import { createComponent } from '@lit/react';
import type { ShgReactComponent } from './peer.js';
import { ShgStatement as ShgStatementElement } from '../elements/statement/define.js';

/** `<shg-statement>` as a React component: the whole statement, searchable, with deep links. */
export const ShgStatement: ShgReactComponent<ShgStatementElement> = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'shg-statement',
  elementClass: ShgStatementElement,
  displayName: 'ShgStatement',
});
