// Two builds from one source tree:
//  - the library: one ES module per source module under dist/, with lit, @lit/localize and zod
//    left as imports so an app's bundler de-duplicates them (types come from `tsc`, see `build`);
//  - dist/embed.js: one self-contained, minified module that a web page loads with a single
//    <script type="module"> tag, with everything (Lit included) inside it.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/rollup-minify-templates.mjs';
import { pruneContentForBrowsers } from './scripts/rollup-prune-content.mjs';
import { pruneServicesForBrowsers } from './scripts/rollup-prune-services.mjs';
import { oneCopyPerVersion, thirdPartyLicences } from './scripts/rollup-vendor.mjs';
import { trustedTypesPolicy } from './scripts/rollup-trusted-types-policy.mjs';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['schema/**/*.ts', 'src/**/*.ts'],
    noEmit: false,
    declaration: false,
    outDir: undefined,
  });

// JSON content becomes an ES module with named exports tree-shaken away; `compact` keeps it small.
const content = () => json({ compact: true, preferConst: true });

/** Plugins for code that ships to browsers as one bundle (the embed; the size benchmark reuses them). */
export const browserBundlePlugins = () => [
  resolve({ browser: true }),
  // Its own Trusted Types policy name, so a page that runs its own Lit (policy `lit-html`) can allow both.
  trustedTypesPolicy(),
  pruneServicesForBrowsers(),
  pruneContentForBrowsers(),
  content(),
  ts(),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** zod's sources carry annotations rollup cannot use and an internal import cycle: not ours to fix. */
function onwarn(warning, warn) {
  const inDependency = (warning.id ?? warning.ids?.[0] ?? '').includes('node_modules');
  if (inDependency && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code)) return;
  warn(warning);
}

// React (an optional peer, for the ./react entry only) stays an import like Lit: the app brings its own copy.
const isDependency = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/ssr-dom-shim|zod|react|react-dom)(\/|$)/.test(id);

// Lit SSR, which renderToHTML and the shg-static CLI use in Node, is bundled into
// dist/src/static/lit-ssr.js by the last build below (with parse5, its HTML parser), so the
// installed package needs no @lit-labs/ssr: 178 kB (54 kB gzipped) in the package instead of 14 packages and
// 13 MB in every app's node_modules. The library build leaves that module to it.
const LIT_SSR = 'src/static/lit-ssr.ts';
const isLitSsr = (id, importer) => id === './lit-ssr.js' && importer?.endsWith('src/static/render-to-html.ts');
const isExternal = (id, importer) => isDependency(id) || isLitSsr(id, importer);

/** Modules that register tags; they are the package's only side effects. */
const defineModules = readdirSync('src/elements', { withFileTypes: true })
  .map((entry) => `src/elements/${entry.name}/define.ts`)
  .filter((file) => existsSync(file));

/**
 * Chunks that several on-demand parts share get rollup's name for one of their modules (the
 * statement's text was called `live`, after a Lit directive inside it). Name them after what they
 * hold instead, so a file's name, and its size budget in bench/sizes.mjs, stay put as code moves.
 */
const SHARED_CHUNKS = [
  ['/content/en/statement.json', 'statement-content'],
  ['/node_modules/zod/', 'zod'],
  ['/src/core/action-plan/parse.ts', 'action-plan-parser'],
  ['/src/elements/shared/print-expander.ts', 'element-helpers'],
];
const chunkName = (chunk) => SHARED_CHUNKS.find(([path]) => chunk.moduleIds.some((id) => id.includes(path)))?.[1] ?? chunk.name;

export default [
  {
    input: ['src/core/index.ts', 'schema/index.ts', 'src/elements/index.ts', 'src/define.ts', 'src/react/index.ts', 'src/static/index.ts', 'src/static/cli.ts', ...defineModules],
    external: isExternal,
    onwarn,
    plugins: [content(), ts()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: '.',
      entryFileNames: '[name].js',
      sourcemap: true,
    },
  },
  {
    input: 'src/embed.ts',
    onwarn,
    // Chunks may import what they share with embed.js from embed.js itself (it gains exports with
    // minified names), rather than from an extra chunk that every page would then have to fetch.
    preserveEntrySignatures: 'allow-extension',
    // Chunks carry a content hash, so a stale one from an earlier build would linger unseen.
    plugins: [{ name: 'shg-clean-chunks', buildStart: () => rmSync('dist/embed-chunks', { recursive: true, force: true }) }, ...browserBundlePlugins()],
    // What a page may never need (the guidance, expectations and statement elements, the Welsh,
    // the local-services validator) is split into chunks that load on demand from beside embed.js.
    output: { dir: 'dist', entryFileNames: 'embed.js', chunkFileNames: (chunk) => `embed-chunks/${chunkName(chunk)}-[hash].js`, format: 'es', sourcemap: true },
  },
  {
    input: { 'src/static/lit-ssr': LIT_SSR },
    // Lit and the DOM shim stay imports: the renderer must drive the very Lit that defines the elements.
    external: isDependency,
    onwarn,
    plugins: [
      oneCopyPerVersion(),
      // Node's own `buffer`, not the npm package of that name.
      resolve({ exportConditions: ['node'], preferBuiltins: true }),
      ts(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
      thirdPartyLicences('src/static/lit-ssr.licences.txt'),
    ],
    // No source map: it would be the package's largest file, for code that is not ours.
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
  },
];
