/**
 * Static HTML for hosts that cannot run scripts: `renderToHTML(tag, attributes)`. Node only.
 * @packageDocumentation
 */
export { renderToHTML, staticTags, type RenderToHTMLOptions, type StaticAttributes } from './render-to-html.js';
