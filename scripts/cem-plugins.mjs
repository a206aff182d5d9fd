// Plugins for @custom-elements-manifest/analyzer (see custom-elements-manifest.config.mjs). The
// analyzer reads one file at a time, without TypeScript's type checker and without running
// anything, so on its own it writes what the source says literally: `Nation` for a type,
// `DEFAULT_NATION` for a default, `src/…/help-panel.ts` for a file that is not in the package.
// Editors and Storybook need values. These plugins give them, each from the thing itself:
//  - literalTypes: attribute and property types as TypeScript's checker resolves them, so a type
//    named after a schema list (`Nation`) becomes that list's values (`'wales' | 'england' | …`);
//  - runtimeDefaults: defaults read from a freshly constructed element, in Node;
//  - definitions: which module registers which tag (our define.ts files call `defineElement`);
//  - shippedPaths: module paths of the files the package ships (`dist/src/…/….js`);
//  - vscodeCustomData: VS Code's HTML custom data, from the finished manifest.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import ts from 'typescript';

const isElement = (declaration) => declaration.kind === 'class' && declaration.customElement;
const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter(isElement).map((declaration) => ({ module, declaration })));
/** The public, instance fields of an element: the properties users set. */
const fieldsOf = (declaration) => (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');

/** A TypeScript type as manifest text, with literal values spelled out (`'a' | 'b' | undefined`). */
function typeText(type, checker) {
  const parts = type.isUnion() ? type.types : [type];
  const literals = parts.filter((t) => t.isStringLiteral() || t.isNumberLiteral()).map((t) => (t.isStringLiteral() ? `'${t.value}'` : String(t.value)));
  if (literals.length === 0) return undefined;
  const booleans = parts.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral);
  const others = parts.filter((t) => !(t.isStringLiteral() || t.isNumberLiteral() || t.flags & ts.TypeFlags.BooleanLiteral));
  const rest = [...(booleans.length === 2 ? ['boolean'] : booleans.map((t) => checker.typeToString(t))), ...others.map((t) => checker.typeToString(t))];
  // `undefined` reads best last: "one of these, or unset".
  rest.sort((a, b) => Number(a === 'undefined') - Number(b === 'undefined'));
  return [...literals, ...rest].join(' | ');
}

/**
 * Types that name a set of values (`Nation`, `SettingId`, `AgeGroup | undefined`) become the
 * values, so an editor can suggest them. Resolved by TypeScript's checker over the element
 * sources with the project's tsconfig, so the values are the schema's own lists.
 */
export function literalTypes({ tsconfig = 'tsconfig.json' } = {}) {
  return {
    name: 'shg-literal-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      const { config } = ts.readConfigFile(tsconfig, ts.sys.readFile);
      const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(tsconfig));
      const program = ts.createProgram([...new Set(elements.map(({ module }) => module.path))], { ...options, noEmit: true });
      const checker = program.getTypeChecker();
      for (const { module, declaration } of elements) {
        const source = program.getSourceFile(module.path);
        const node = source?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
        if (!node) throw new Error(`shg-literal-types: class ${declaration.name} not found in ${module.path}`);
        const instance = checker.getTypeAtLocation(node);
        for (const item of [...fieldsOf(declaration), ...(declaration.attributes ?? [])]) {
          const property = instance.getProperty(item.fieldName ?? item.name);
          if (!property) continue;
          const text = typeText(checker.getTypeOfSymbol(property), checker);
          if (text) item.type = { text };
        }
      }
    },
  };
}

/**
 * Each element's reactive properties as a new element has them, read in a child Node process
 * from the built modules (`dist/…`), under Lit SSR's DOM shim: the value, or null for one that
 * starts unset (or as an object), which then has no default.
 */
function readRuntimeDefaults(elements, outDir) {
  const built = elements.map(({ module, declaration }) => ({
    tag: declaration.tagName,
    name: declaration.name,
    url: new URL(`${outDir}/${module.path.replace(/\.ts$/, '.js')}`, `file://${process.cwd()}/`).href,
  }));
  const script = `
    await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
    const defaults = {};
    for (const { tag, name, url } of ${JSON.stringify(built)}) {
      const Element = (await import(url))[name];
      if (!customElements.get(tag)) customElements.define(tag, Element);
      const element = new Element();
      defaults[tag] = {};
      for (const property of Element.elementProperties.keys()) {
        const value = element[property];
        defaults[tag][property] = ['string', 'number', 'boolean'].includes(typeof value) ? value : null;
      }
    }
    console.log(JSON.stringify(defaults));
  `;
  try {
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
  } catch (error) {
    throw new Error(`shg-runtime-defaults: could not construct the elements from ${outDir}/ (run the rest of \`npm run build\` first): ${error.message}`);
  }
}

/** A value as the manifest writes defaults: the JavaScript literal (`'wales'`, `2`, `false`). */
const literal = (value) => (typeof value === 'string' ? `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'` : String(value));

export function runtimeDefaults({ outDir = 'dist' } = {}) {
  return {
    name: 'shg-runtime-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      const defaults = readRuntimeDefaults(elements, outDir);
      for (const { declaration } of elements) {
        const values = defaults[declaration.tagName];
        for (const item of [...fieldsOf(declaration), ...(declaration.attributes ?? [])]) {
          const name = item.fieldName ?? item.name;
          if (!Object.hasOwn(values, name)) continue; // not a reactive property: the analyzer's reading stands
          if (values[name] === null) delete item.default;
          else item.default = literal(values[name]);
        }
      }
    },
  };
}

/**
 * Module paths as the package ships them: `src/elements/x/x.ts` → `dist/src/elements/x/x.js`.
 * The analyzer writes source paths, relative references (`./x/x.js`) and rooted ones
 * (`/src/elements/shared/shg-element.js`); every one becomes a path inside the package.
 * References to other packages (`lit`) stay as they are.
 */
export function shippedPaths({ outDir = 'dist', sourceRoots = ['src', 'schema'] } = {}) {
  const shipped = (path) => {
    const normal = posix.normalize(path.replace(/^\//, ''));
    const root = normal.split('/')[0];
    return sourceRoots.includes(root) ? `${outDir}/${normal.replace(/\.ts$/, '.js')}` : normal;
  };
  const reference = (from, module) => {
    if (module.startsWith('./') || module.startsWith('../')) return shipped(posix.join(posix.dirname(from), module));
    if (module.startsWith('/') || sourceRoots.some((root) => module.startsWith(`${root}/`))) return shipped(module);
    return module;
  };
  const rewrite = (node, from) => {
    if (Array.isArray(node)) for (const item of node) rewrite(item, from);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        // `package` marks a reference to another package: its `module` is that package's own path.
        if (key === 'module' && typeof value === 'string' && !('package' in node)) node.module = reference(from, value);
        else rewrite(value, from);
      }
    }
  };
  return {
    name: 'shg-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        rewrite(module.declarations, from);
        rewrite(module.exports, from);
        module.path = shipped(from);
      }
    },
  };
}

/**
 * The modules that register tags (`defineElement('shg-x', ShgX)` in each element's define.ts,
 * which re-exports the class). The analyzer points such a re-export at the define module itself
 * and does not see the call, as it only knows `customElements.define`; here the re-export points
 * at the class's own module and the module gains its `custom-element-definition` export, which
 * tools use to map a tag to its class.
 */
export function definitions() {
  return {
    name: 'shg-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const home = new Map(elementsOf(customElementsManifest).map(({ module, declaration }) => [declaration.name, module.path]));
      for (const module of customElementsManifest.modules) {
        for (const entry of module.exports ?? []) {
          const declared = home.get(entry.declaration?.name);
          if (entry.kind === 'js' && declared && entry.declaration.module === module.path) entry.declaration.module = declared;
        }
        const source = readFileSync(module.path, 'utf8');
        for (const [, tag, name] of source.matchAll(/\bdefineElement\(\s*'([a-z][a-z0-9]*-[a-z0-9-]*)'\s*,\s*(\w+)\s*\)/g)) {
          if (!home.has(name)) throw new Error(`shg-definitions: ${module.path} registers <${tag}> with ${name}, which is not an element the manifest describes`);
          (module.exports ??= []).push({ kind: 'custom-element-definition', name: tag, declaration: { name, module: home.get(name) } });
        }
      }
    },
  };
}

/** A manifest type's values for VS Code: the literal strings of `'a' | 'b' | undefined`. */
const valuesOf = (typeText = '') => [...typeText.matchAll(/'([^']*)'/g)].map((m) => m[1]);

/**
 * VS Code's HTML custom data (https://github.com/microsoft/vscode-custom-data): the tags, their
 * attributes and the values each takes, from the finished manifest. Point `html.customData` at
 * the file (docs/getting-started.md says how).
 */
export function vscodeCustomData({ file }) {
  return {
    name: 'shg-vscode-custom-data',
    packageLinkPhase({ customElementsManifest }) {
      const tags = elementsOf(customElementsManifest).map(({ declaration }) => ({
        name: declaration.tagName,
        description: declaration.summary ?? declaration.description,
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const values = valuesOf(attribute.type?.text);
          return {
            name: attribute.name,
            description: attribute.description,
            ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : values.length ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
      }));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
    },
  };
}
