// The host page's own component code, with its own copy of Lit (the one in node_modules, not the
// copy inside dist/embed.js): it creates the Trusted Types policy `lit-html`.
import { html, render } from '/node_modules/lit-html/lit-html.js';

render(html`<p id="host-lit">Rendered by the page's own Lit</p>`, document.getElementById('host-app'));
