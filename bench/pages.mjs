// The pages the timing benchmark compares, for one element configuration:
//  (a) static HTML: the element's own markup (renderToHTML) and dist/static.css, no script: the
//      physical limit for getting this content on screen;
//  (b) the script-tag embed: an empty element and dist/embed.js, rendered on the client;
//  (c) the static snippet and the embed: (a) plus the script, which upgrades it in place.
// Every page carries the same probe (first in <head>) and the same host content around the element.
import { renderToHTML } from '../dist/src/static/index.js';

/**
 * Records, relative to navigation start: when all the element's links are in the DOM (light or
 * shadow), when they are all in a shadow root (the element has rendered), first contentful paint,
 * and the layout shift the page sees. Shadow roots are observed as they are attached.
 */
const probe = (links) => `<script>
(() => {
  const t = (window.__shg = { content: undefined, upgraded: undefined, fcp: undefined, shift: 0 });
  const shadows = new Set();
  const check = () => {
    const now = performance.now();
    let shadow = 0;
    for (const root of shadows) shadow += root.querySelectorAll('a[href]').length;
    const light = document.querySelectorAll('a[href]').length;
    if (t.content === undefined && (light >= ${links} || shadow >= ${links})) t.content = now;
    if (t.upgraded === undefined && shadow >= ${links}) t.upgraded = now;
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    shadows.add(root);
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') t.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) t.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})();
</script>`;

const page = ({ links, head = '', body }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>benchmark</title>
${probe(links)}
${head}
</head>
<body style="font-family: system-ui, sans-serif; max-width: 44rem; margin: 0 auto; padding: 1rem">
<h1>Support</h1>
<p>The host page's own words come first. They hold no links, so the probe counts only the element's.</p>
${body}
<p>Host content after the element: a layout shift moves this.</p>
</body>
</html>
`;

export const VARIANTS = ['static', 'embed', 'snippet'];
export const VARIANT_NAMES = { static: '(a) static HTML', embed: '(b) script-tag embed', snippet: '(c) static snippet + embed' };

/** The three pages for `tag` with `attributes`, and how many links the element renders. */
export function pages(tag, attributes) {
  const snippet = renderToHTML(tag, attributes);
  const links = (snippet.match(/<a\s[^>]*href=/g) ?? []).length;
  if (links === 0) throw new Error(`<${tag}> renders no links to time`);
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const css = '<link rel="stylesheet" href="/dist/static.css">';
  const script = '<script type="module" src="/dist/embed.js"></script>';
  return {
    links,
    html: {
      static: page({ links, head: css, body: snippet }),
      embed: page({ links, head: script, body: `<${tag}${attributeText}></${tag}>` }),
      snippet: page({ links, head: css, body: `${snippet}\n${script}` }),
    },
  };
}
