/**
 * The script-tag entry, for pages that load `<script type="module" src=".../embed.js"></script>`
 * and nothing else.
 *
 * The help panel and quick exit are inside this file: a route to help and the way out never wait
 * for a second download. The guidance, expectations and statement elements, and the statement's
 * text they share, load as one chunk from `embed-chunks/` beside this file when the page first
 * uses one of their tags; the action plan element loads as its own chunk (its plan checker, with
 * zod, as another) when its tag is used, and so does the self-assessment form.
 * If one cannot load, its tag shows the compact route to help instead, and the site owner gets
 * one console message.
 */
import './elements/help-panel/define.js';
import './elements/quick-exit/define.js';
import { defineElement } from './elements/shared/define.js';
import { helpOnlyElement } from './elements/shared/help-only.js';
import { anotherCopyHoldsPolicy } from './elements/shared/trusted-types.js';
import { autoload } from './embed/autoload.js';

function loadStatementElements(): Promise<unknown> {
  return import('./embed/statement-elements.js');
}

function loadActionPlan(): Promise<unknown> {
  return import('./embed/action-plan-element.js');
}

/** The self-assessment form: a tool for service leads, in a chunk of its own that no other element's page loads. */
function loadSelfAssessment(): Promise<unknown> {
  return import('./embed/self-assessment.js');
}

const LAZY_ELEMENTS = {
  'shg-guidance': loadStatementElements,
  'shg-expectations': loadStatementElements,
  'shg-statement': loadStatementElements,
  'shg-action-plan': loadActionPlan,
  'shg-self-assessment': loadSelfAssessment,
};

/**
 * Loads the elements used under `root`. The embed watches the page itself; call this only for
 * elements inside another component's shadow root, which it cannot see.
 *
 * A second copy of this script (loaded from another URL) whose Trusted Types policy the page
 * refused because the first copy holds it loads nothing: the first copy serves every tag, and
 * this one could only render routes to help.
 */
export const discover = anotherCopyHoldsPolicy()
  ? (_root: ParentNode): void => {}
  : autoload(LAZY_ELEMENTS, (tag, error) => {
      console.error(`self-harm-guidance: could not load <${tag}> from embed-chunks/ beside embed.js, so it shows only routes to help. Serve that folder too.`, error);
      defineElement(tag, helpOnlyElement(tag));
    });
