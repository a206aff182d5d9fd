/**
 * The package as a user gets it: `npm pack`, installed from the tarball into a throwaway app,
 * then every `exports` entry imported in Node, bundled for browsers, and type-checked.
 * Needs a build (`npm run build`); npm fetches the dependencies (from its cache when it can).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT } from '../helpers/paths.js';
import { bundle } from './support/bundle.js';
import { createTempProject, type TempProject } from './support/temp-project.js';

interface ExportConditions {
  readonly types?: string;
  readonly default?: string;
  readonly node?: string;
}
/** `null` closes a path a wildcard would otherwise open (`./elements/shared/define.js`). */
type ExportsMap = Readonly<Record<string, string | ExportConditions | null>>;

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string; exports: ExportsMap };
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: { tagName?: string; customElement?: boolean }[] }[];
};

/** Element folders, from the manifest: `dist/src/elements/help-panel/help-panel.js` → `help-panel`. */
const elementDirs = manifest.modules
  .filter((module) => module.declarations?.some((declaration) => declaration.customElement))
  .map((module) => /\/elements\/([^/]+)\//.exec(module.path)![1]!);
const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : [])));

/** Subpaths users import: wildcard entries expanded once per element. */
function subpaths(): string[] {
  return Object.entries(pkg.exports).flatMap(([key, value]) => (value === null ? [] : key.includes('*') ? elementDirs.map((dir) => key.replace('*', dir)) : [key]));
}

/** Subpaths the exports map closes on purpose. */
const closed = Object.keys(pkg.exports).filter((key) => pkg.exports[key] === null);

/** The files an entry points to (types and code), wildcards expanded. */
function targets(key: string): string[] {
  const value = pkg.exports[key];
  if (value === null || value === undefined) return [];
  const files = typeof value === 'string' ? [value] : Object.values(value);
  return key.includes('*') ? elementDirs.flatMap((dir) => files.map((file) => file.replace('*', dir))) : files;
}

const specifier = (subpath: string) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);

let project: TempProject;

describe('the packed package', () => {
  before(() => {
    // Peers an app adds for the entries that need them: React for ./react. Nothing for ./static or
    // the shg-static CLI: the build bundles Lit SSR into the package.
    project = createTempProject(['react', 'react-dom', '@lit/react', '@types/react', '@types/react-dom']);
  });
  after(() => project?.remove());

  it('holds every file the exports map points to', () => {
    const packed = new Set(project.files);
    const missing = Object.keys(pkg.exports).flatMap((key) => targets(key).filter((file) => !packed.has(file.replace(/^\.\//, ''))));
    assert.deepEqual(missing, []);
    assert.ok(elementDirs.length >= 5, `elements found in the manifest: ${elementDirs.join(', ')}`);
  });

  it("holds every module custom-elements.json names, and VS Code's custom data", () => {
    const packed = new Set(project.files);
    const named = manifest.modules.flatMap((module) => [module.path, ...Array.from(JSON.stringify(module).matchAll(/"module":"([^"]+)"/g), (m) => m[1]!)]);
    assert.deepEqual([...new Set(named)].filter((path) => !packed.has(path)), []);
    assert.ok(packed.has('dist/vscode.html-custom-data.json'));
  });

  it('imports every Node entry from the installed tarball', () => {
    // A child process in the app folder: resolution goes through the installed package's exports,
    // exactly as in a user's project, with no loader from this test runner in between.
    const script = `
      import * as core from 'self-harm-guidance';
      import * as schema from 'self-harm-guidance/schema';
      import { renderToHTML, staticTags } from 'self-harm-guidance/static';
      import * as elements from 'self-harm-guidance/elements';
      import 'self-harm-guidance/define';
      import * as wrappers from 'self-harm-guidance/react';
      import { createElement } from 'react';
      import { renderToString } from 'react-dom/server';
      import packageJson from 'self-harm-guidance/package.json' with { type: 'json' };
      import manifest from 'self-harm-guidance/custom-elements.json' with { type: 'json' };
      import example from 'self-harm-guidance/examples/gloucestershire-action-plan.json' with { type: 'json' };
      const service = core.allServices()[0];
      const tiers = core.servicesFor({ nation: 'wales' });
      console.log(JSON.stringify({
        firstTier: tiers[0].urgency,
        dialled: tiers.flatMap((t) => t.routes.flatMap((r) => r.service.channels.map((c) => c.value))),
        schemaAccepts: schema.Service.safeParse(service).success,
        schemaRejects: schema.Service.safeParse({ ...service, channels: 'none' }).success,
        staticTags: staticTags(),
        staticHtml: renderToHTML('shg-help-panel', { nation: 'wales' }),
        elementClasses: Object.entries(elements).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort(),
        wrappers: Object.keys(wrappers).sort(),
        ssr: renderToString(createElement(wrappers.ShgHelpPanel, { nation: 'england' })),
        version: packageJson.version,
        example: (({ ok, warnings }) => ({ ok, warnings }))(core.parseActionPlan(example)),
        manifestTags: manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName)).sort(),
      }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project.dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(result.firstTier, 'emergency');
    assert.ok((result.dialled as string[]).includes('999'), 'the core gives 999');
    assert.equal(result.schemaAccepts, true);
    assert.equal(result.schemaRejects, false);
    // Every element has static HTML but the action plan, whose plan is the host's own data.
    assert.deepEqual([...(result.staticTags as string[])].sort(), tags.filter((tag) => tag !== 'shg-action-plan').sort());
    assert.deepEqual(result.example, { ok: true, warnings: ['action 5.1.4 links to action 3.1.7, which is not in this plan.'] });
    assert.match(result.staticHtml as string, /<shg-help-panel nation="wales"[^>]*>[\s\S]*href="tel:999"/);
    assert.deepEqual(result.elementClasses, ['ShgActionPlan', 'ShgExpectations', 'ShgGuidance', 'ShgHelpPanel', 'ShgQuickExit', 'ShgStatement']);
    // The self-assessment's class comes with its own define module, not the ./elements index; its wrapper is in ./react.
    assert.deepEqual(result.wrappers, [...(result.elementClasses as string[]), 'ShgSelfAssessment'].sort(), 'one React component per element, named like its class');
    // Server rendering (Next.js and the like) imports the wrappers in Node: they must render the tag.
    assert.match(result.ssr as string, /^<shg-help-panel\b/);
    assert.equal(result.version, pkg.version);
    assert.deepEqual(result.manifestTags, [...tags].sort());
  });

  it('runs `npx shg-static` where it is installed, with no @lit-labs/ssr in the app', () => {
    assert.equal(existsSync(join(project.dir, 'node_modules', '@lit-labs', 'ssr')), false, 'the app must not have Lit SSR for this to prove anything');
    const run = spawnSync('npx', ['--no-install', 'shg-static', 'shg-help-panel', 'nation=wales'], { cwd: project.dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^<shg-help-panel nation="wales" data-shg-static="">/);
    assert.match(run.stdout, /href="tel:999"/);
    assert.match(run.stdout, /href="tel:116123"/);
    const welsh = spawnSync('npx', ['--no-install', 'shg-static', 'shg-help-panel', 'nation=wales', 'lang=cy'], { cwd: project.dir, encoding: 'utf8' });
    assert.equal(welsh.status, 0, welsh.stderr);
    assert.match(welsh.stdout, /Mynnwch help nawr[\s\S]*href="tel:999"/);
  });

  it('ships the licences of the Lit SSR code it bundles', () => {
    const licences = readFileSync(join(project.packageDir, 'dist/src/static/lit-ssr.licences.txt'), 'utf8');
    for (const name of ['@lit-labs/ssr', 'parse5']) assert.match(licences, new RegExp(`^${name}@\\d`, 'm'), name);
  });

  it('does not expose shared code that a wildcard entry would match', () => {
    assert.deepEqual(closed, ['./elements/shared/define.js']);
    for (const subpath of closed) {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import('${specifier(subpath)}');`], { cwd: project.dir, encoding: 'utf8' });
      assert.notEqual(run.status, 0);
      assert.match(run.stderr, /ERR_PACKAGE_PATH_NOT_EXPORTED/);
    }
  });

  describe('bundled for browsers from the installed tarball', () => {
    const bundled = (name: string, source: string) => bundle({ input: project.write(`${name}.entry.js`, source), rootDir: project.dir });

    // JSON subpaths (package.json, custom-elements.json, the example plan) are data, imported in Node above.
    for (const subpath of subpaths().filter((p) => p !== './static' && !p.endsWith('.json'))) {
      it(`${subpath} resolves and bundles`, async () => {
        const id = specifier(subpath);
        const registers = subpath === './define' || subpath === './embed.js' || subpath.endsWith('/define.js');
        const source = subpath === './embed.js' ? `import '${id}';\n` : `export * from '${id}';\nimport '${id}';\n`;
        const { code, modules } = await bundled(subpath.replace(/\W+/g, '_'), source);
        assert.ok(modules.some((module) => module.includes(join('node_modules', 'self-harm-guidance'))), 'the installed package is what was bundled');
        if (registers) {
          // ./define registers the reader-facing elements; the self-assessment registers from its own define module (and the embed loads it).
          const expected = subpath.endsWith('/define.js') ? [`shg-${subpath.split('/')[2]}`] : subpath === './define' ? tags.filter((tag) => tag !== 'shg-self-assessment') : tags;
          for (const tag of expected) assert.ok(code.includes(`"${tag}"`) || code.includes(`'${tag}'`), `${subpath} registers <${tag}>`);
        }
      });
    }

    it('the core entry pulls in no Lit and no element', async () => {
      const { modules } = await bundled('core-only', `export { servicesFor, guidanceFor, search } from 'self-harm-guidance';\n`);
      assert.deepEqual(modules.filter((m) => /[\\/](lit|lit-html|lit-element|@lit)[\\/]|[\\/]elements[\\/]/.test(m)), []);
    });

    it('one React wrapper brings in its own element only (sideEffects and tree-shaking hold)', async () => {
      const { code, modules } = await bundled('react-one', `export { ShgHelpPanel } from 'self-harm-guidance/react';\n`);
      // Folders of elements (from the manifest), not shared code such as shared/ or locales/.
      const included = elementDirs.filter((dir) => modules.some((m) => m.includes(join('dist', 'src', 'elements', dir, ''))));
      assert.deepEqual(included, ['help-panel']);
      assert.ok(code.includes('shg-help-panel'));
    });
  });

  it('type-checks an app that imports every entry (bundler, nodenext and node10 resolution)', () => {
    project.write(
      'check.tsx',
      `
import { servicesFor, UnknownOptionError, type Nation, type RouteTier } from 'self-harm-guidance';
import { Service } from 'self-harm-guidance/schema';
import { ShgHelpPanel, ShgQuickExit, type ShgExitEvent } from 'self-harm-guidance/elements';
import 'self-harm-guidance/define';
import { ShgGuidance } from 'self-harm-guidance/elements/guidance/define.js';
${elementDirs.map((dir) => `import 'self-harm-guidance/elements/${dir}/define.js';`).join('\n')}
import { ShgHelpPanel as HelpPanel, ShgQuickExit as QuickExit } from 'self-harm-guidance/react';
import { renderToHTML } from 'self-harm-guidance/static';
import { discover } from 'self-harm-guidance/embed.js';
import packageJson from 'self-harm-guidance/package.json' with { type: 'json' };
import manifest from 'self-harm-guidance/custom-elements.json' with { type: 'json' };

const nation: Nation = 'wales';
const tiers: RouteTier[] = servicesFor({ nation });
// @ts-expect-error not a nation the core knows
servicesFor({ nation: 'france' });
const error: unknown = new UnknownOptionError('nation', 'france', ['wales']);
const valid: boolean = Service.safeParse(tiers[0]).success;
const panel: ShgHelpPanel = document.createElement('shg-help-panel');
panel.nation = 'england';
// @ts-expect-error the element's nation is typed
panel.nation = 'france';
const guidance: ShgGuidance = document.createElement('shg-guidance');
document.createElement('shg-quick-exit').addEventListener('shg-exit', (event) => {
  const href: string = event.detail.href;
  return href;
});
const quickExit: typeof ShgQuickExit = ShgQuickExit;
const html: string = renderToHTML('shg-help-panel', { nation: 'wales' });
discover(document.createElement('div').attachShadow({ mode: 'open' }));
// @ts-expect-error discover() takes a root to search, not a tag name
discover('shg-guidance');
const version: string = packageJson.version;
const modules: unknown[] = manifest.modules;

export const wrapped = (
  <>
    <HelpPanel nation="wales" headingLevel={3} onShgLocalServicesReady={(event: Event) => event.type} />
    <QuickExit onShgExit={(event: ShgExitEvent) => event.detail.href} />
    {/* @ts-expect-error the wrapper's nation is typed */}
    <HelpPanel nation="france" />
  </>
);
export const raw = (
  <>
    <shg-help-panel nation="wales" heading-level="3" />
    <shg-quick-exit sticky onshg-exit={(event) => event.detail.href} />
    <shg-guidance setting="emergency-department" audience="professional" />
    <shg-expectations audience="carer" />
    <shg-statement expanded />
    {/* @ts-expect-error the raw tag's nation is typed too */}
    <shg-help-panel nation="france" />
  </>
);
export { error, valid, guidance, quickExit, html, version, modules };
`,
    );
    // node10 (the old `moduleResolution: "node"`) ignores `exports`: `types` and `typesVersions` serve it.
    for (const resolution of ['bundler', 'nodenext', 'node10'] as const) {
      const tsconfig = project.write(
        `tsconfig.${resolution}.json`,
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module: resolution === 'nodenext' ? 'NodeNext' : 'ESNext',
            moduleResolution: resolution,
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            resolveJsonModule: true,
            // As node10 apps (webpack 4, older create-react-app) set it; zod's and React's types need it there.
            ...(resolution === 'node10' ? { esModuleInterop: true } : {}),
            // Resolution of side-effect imports (./define, ./embed.js) is checked too.
            noUncheckedSideEffectImports: true,
            // The package's own declarations are checked, not only used.
            skipLibCheck: false,
            types: [],
          },
          files: ['check.tsx'],
        }),
      );
      try {
        execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { cwd: project.dir, encoding: 'utf8' });
      } catch (failure) {
        assert.fail(`tsc (${resolution}):\n${(failure as { stdout?: string }).stdout ?? String(failure)}`);
      }
    }
  });
});

describe('the packed package without the optional peer @lit/react', () => {
  let bare: TempProject;
  before(() => {
    // React and its types, as a React app has them, but not @lit/react.
    bare = createTempProject(['react', 'react-dom', '@types/react', '@types/react-dom']);
  });
  after(() => bare?.remove());

  it('is really missing here, and the entries that do not need it still load', () => {
    assert.equal(existsSync(join(bare.dir, 'node_modules', '@lit', 'react')), false);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `import 'self-harm-guidance'; import 'self-harm-guidance/elements'; import 'self-harm-guidance/define';`], { cwd: bare.dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  });

  it('fails type-checking where a React wrapper is used, saying what to install (never `any`)', () => {
    bare.write(
      'app.tsx',
      `
import { servicesFor } from 'self-harm-guidance';
import { ShgHelpPanel } from 'self-harm-guidance/react';
servicesFor({ nation: 'wales' });
export const app = <ShgHelpPanel nation="wales" headingLevel={2} />;
`,
    );
    const tsconfig = bare.write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          // As Vite's and Next's templates set it: the case where a missing peer's types become `any`.
          skipLibCheck: true,
          types: [],
        },
        files: ['app.tsx'],
      }),
    );
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { cwd: bare.dir, encoding: 'utf8' });
    assert.notEqual(run.status, 0, 'tsc accepted a wrapper without @lit/react');
    assert.match(run.stdout, /app\.tsx\(5,\d+\)/, 'the error is at the wrapper, in the app');
    assert.match(run.stdout, /self-harm-guidance\/react needs its peer dependency @lit\/react: npm install @lit\/react/);
    assert.equal(run.stdout.match(/error TS/g)?.length, 1, `only the wrapper fails:\n${run.stdout}`);
  });

  it('fails to load or bundle the React entry with an error naming @lit/react', async () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `await import('self-harm-guidance/react');`], { cwd: bare.dir, encoding: 'utf8' });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /Cannot find package '@lit\/react'/);
    await assert.rejects(bundle({ input: bare.write('react.entry.js', `export * from 'self-harm-guidance/react';\n`), rootDir: bare.dir }), /"@lit\/react" is imported by/);
  });
});
