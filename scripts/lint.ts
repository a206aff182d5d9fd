/**
 * The project's own lint: rules no general linter knows, checked on every run of `npm test`.
 *  - shipped code builds no HTML or code from strings, and makes no requests or storage writes;
 *  - each layer imports only the layers below it (schema → content → core → elements → embed);
 *  - code shipped to browsers uses `zod/mini`, never classic zod;
 *  - TypeScript without `enum`, `namespace` or `any` (Lit's contributing rules);
 *  - no term the safe-messaging rules forbid, in code, demo pages, docs or the README;
 *  - nothing reads outside the repository (the sources and facts are in content/).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { forbiddenTermsIn } from '../test/helpers/safe-messaging-terms.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const problems: string[] = [];

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const full = path.join(ROOT, dir);
  try {
    statSync(full);
  } catch {
    return [];
  }
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((ext) => file.endsWith(ext)) && !file.includes('node_modules'))
    .map((file) => path.join(dir, file));
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** Code without comments, so a comment explaining a rule does not break it. */
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function forbid(files: string[], pattern: RegExp, why: string): void {
  for (const file of files) {
    code(file)
      .split('\n')
      .forEach((line, index) => {
        if (pattern.test(line)) problems.push(`${file}:${index + 1}: ${why}\n    ${line.trim()}`);
      });
  }
}

const shipped = [...filesUnder('src', ['.ts']), ...filesUnder('schema', ['.ts'])];
forbid(shipped, /unsafeHTML|unsafeSVG|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, 'builds HTML or code from a string (strict CSP and Trusted Types forbid it)');
forbid(shipped, /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket\(|EventSource\(/, 'makes a network request (none by default)');
// One exception: the self-assessment's "keep this work on this device", which the reader switches
// on (off by default). Only that module may touch storage, and only localStorage; a browser test
// proves storage stays empty until the reader opts in (test/elements/self-assessment.test.ts).
const DEVICE_STORE = path.join('src', 'elements', 'self-assessment', 'device-store.ts');
forbid(shipped.filter((file) => file !== DEVICE_STORE), /document\.cookie|localStorage|sessionStorage|indexedDB/, 'reads or writes storage (nothing about the reader is stored)');
forbid([DEVICE_STORE], /document\.cookie|sessionStorage|indexedDB|caches\.|cookieStore/, 'the device store may use localStorage only, when the reader opts in');
forbid(shipped, /from ['"]zod['"]|from ['"]zod\/v4['"]/, 'imports classic zod: use zod/mini (classic costs 22 kB or more in a browser)');
// `namespace JSX` is the one exception: adding tags to React's JSX types can only be written by
// merging into React's own namespace (src/react/jsx.ts); the project declares no namespace of its own.
forbid(shipped, /^\s*(export\s+)?(const\s+)?enum\s|\bnamespace\s+(?!JSX\s*\{)\w+\s*\{|:\s*any\b|<any>|as any\b/, 'uses enum, namespace or any');

// Layers: each imports only those below it.
const LAYERS: { dir: string; mayNotImport: RegExp; why: string }[] = [
  { dir: 'schema', mayNotImport: /from ['"](lit|@lit\/|\.\.\/src\/|\.\.\/content\/)/, why: 'schema/ imports only zod and other schemas' },
  { dir: 'src/core', mayNotImport: /from ['"](lit|@lit\/|\.\.\/elements\/|\.\.\/embed)/, why: 'core/ never imports Lit or the elements' },
  { dir: 'src/elements', mayNotImport: /from ['"](\.\.\/)+content\/|from ['"]\.\.\/\.\.\/embed/, why: 'elements get data through core/, never from content/ directly' },
];
for (const { dir, mayNotImport, why } of LAYERS) forbid(filesUnder(dir, ['.ts']), mayNotImport, why);
forbid([...filesUnder('schema', ['.ts']), ...filesUnder('src/core', ['.ts'])], /\b(document|window|customElements|HTMLElement)\./, 'schema/ and core/ never touch the DOM');

// Self-contained: a plain clone passes its tests, so nothing reads the reference folder that sits
// beside the repository on the project's own machines. (test/package/self-contained.test.ts also
// runs the Node tests in a copy with nothing beside it, failing on any read outside it.)
const repositoryCode = [
  ...filesUnder('src', ['.ts']),
  ...filesUnder('test', ['.ts', '.mjs', '.js', '.html']),
  ...filesUnder('scripts', ['.ts', '.mjs', '.sh']),
  ...filesUnder('bench', ['.mjs']),
  'web-test-runner.config.mjs',
  'rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
];
forbid(repositoryCode, /['"]\.\.['"],\s*['"]shared['"]|\/shared\/(facts|sources)\//, 'reads ../shared/, outside the repository: use content/sources/ and content/facts/');

// Safe-messaging language in everything a reader or a site owner may read.
// The demo pages people write are demo/src/*.html; demo/*.html are built from them with the elements'
// static HTML inside, whose content (source quotes in a source's own words) the content tests check.
const builtDemoPage = (file: string) => path.dirname(file) === 'demo' && file.endsWith('.html');
const demoProse = filesUnder('demo', ['.html', '.ts', '.js', '.css']).filter((file) => !builtDemoPage(file));
const prose = [...shipped, ...demoProse, ...filesUnder('docs', ['.md']), 'README.md', 'CHANGELOG.md'];
for (const file of prose) {
  let text: string;
  try {
    text = read(file);
  } catch {
    continue;
  }
  // `touch-action: manipulation` is a CSS keyword, not language about people.
  text = text.replace(/touch-action:\s*manipulation/g, '');
  for (const { term, why } of forbiddenTermsIn(text)) problems.push(`${file}: uses "${term}" (${why}; the never-list is in test/helpers/safe-messaging-terms.ts)`);
}

if (problems.length) {
  console.error(`lint: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`lint: ${shipped.length} source files and ${prose.length} prose files checked, no problems.`);
