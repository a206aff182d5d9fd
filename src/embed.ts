/**
 * The script-tag entry, for pages that load `<script type="module" src=".../embed.js"></script>`
 * and nothing else.
 *
 * The help panel and quick exit are inside this file: a route to help and the way out never wait
 * for a second download. The guidance, expectations and statement elements, and the statement's
 * text they share, load as one chunk from `embed-chunks/` beside this file when the page first
 * uses one of their tags; the self-assessment form loads as its own chunk, only where it is used.
 * If one cannot load, its tag shows the compact route to help instead, and the site owner gets
 * one console message.
 */
import './elements/help-panel/define.js';
import './elements/quick-exit/define.js';
import { defineElement } from './elements/shared/define.js';
import { helpOnlyElement } from './elements/shared/help-only.js';
import { autoload } from './embed/autoload.js';

function loadStatementElements(): Promise<unknown> {
  return import('./embed/statement-elements.js');
}

/** The self-assessment form: a tool for service leads, in a chunk of its own that no other element's page loads. */
function loadSelfAssessment(): Promise<unknown> {
  return import('./embed/self-assessment.js');
}

/**
 * Loads the elements used under `root`. The embed watches the page itself; call this only for
 * elements inside another component's shadow root, which it cannot see.
 */
export const discover = autoload(
  {
    'shg-guidance': loadStatementElements,
    'shg-expectations': loadStatementElements,
    'shg-statement': loadStatementElements,
    'shg-self-assessment': loadSelfAssessment,
  },
  (tag, error) => {
    console.error(`self-harm-guidance: could not load <${tag}> from embed-chunks/ beside embed.js, so it shows only the routes to help. Serve that folder with embed.js.`, error);
    defineElement(tag, helpOnlyElement(tag));
  },
);
