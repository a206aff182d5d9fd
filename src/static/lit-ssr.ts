/**
 * The parts of Lit SSR that `renderToHTML` uses, in one module so the build can bundle them.
 *
 * `@lit-labs/ssr` is a build-time dependency, not an install-time one: `npm run build` bundles this
 * module, with the SSR code and its HTML parser (parse5), into `dist/src/static/lit-ssr.js`, so
 * `npx shg-static` and `self-harm-guidance/static` work from an installed package with nothing
 * else to add. Lit itself is not bundled: the renderer must drive the very `lit` that defines the
 * elements. See rollup.config.mjs and docs/static-html.md.
 */
export { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
export { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
