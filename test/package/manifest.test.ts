/**
 * custom-elements.json is what editors, Storybook and framework tooling read: it must describe
 * everything each element's class declares (JSDoc tags, properties, attributes, events) and every
 * part the element really renders, name files the package ships, give attribute types as the
 * values an editor can suggest and defaults as values. Reads the built manifest and dist/ (run
 * `npm run build`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT } from '../helpers/paths.js';

// The static renderer runs each element under Lit SSR's DOM shim, so importing it first lets this
// test construct elements in Node, and read each element's own template.
const { renderToHTML, staticTags } = (await import(join(REPO_ROOT, 'dist/src/static/index.js'))) as typeof import('../../src/static/index.js');
const core = (await import(join(REPO_ROOT, 'dist/src/core/index.js'))) as typeof import('../../src/core/index.js');
const { EXPECTATIONS_AUDIENCES } = (await import(join(REPO_ROOT, 'dist/src/elements/expectations/expectations.js'))) as typeof import('../../src/elements/expectations/expectations.js');

interface Named {
  readonly name: string;
  readonly description?: string;
}
interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly customElement?: boolean;
  readonly tagName?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly attributes?: readonly (Named & { fieldName?: string; type?: { text: string } })[];
  readonly members?: readonly (Named & { kind: string; privacy?: string; static?: boolean; type?: { text: string } })[];
  readonly events?: readonly Named[];
  readonly slots?: readonly Named[];
  readonly cssParts?: readonly Named[];
  readonly cssProperties?: readonly Named[];
}
interface Manifest {
  readonly modules: readonly { path: string; declarations?: readonly Declaration[]; exports?: readonly { kind: string; name: string; declaration: { name: string; module?: string } }[] }[];
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'custom-elements.json'), 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement).map((declaration) => ({ path: module.path, declaration })),
);

/** The TypeScript source a shipped module is built from: `dist/src/x/y.js` → `src/x/y.ts`. */
const sourceOf = (shipped: string) => shipped.replace(/^dist\//, '').replace(/\.js$/, '.ts');

/** What the class's own source declares, read straight from it. */
function declared(path: string) {
  const source = readFileSync(join(REPO_ROOT, sourceOf(path)), 'utf8');
  const jsdoc = /\/\*\*((?:(?!\*\/)[\s\S])*@tagname[\s\S]*?)\*\/\s*export class/.exec(source)?.[1] ?? '';
  const tagged = (tag: string) => [...jsdoc.matchAll(new RegExp(String.raw`@${tag}\s+(?:\{[^}]*\}\s+)?([^\s]*)`, 'g'))].map((m) => (m[1] === '-' ? '' : m[1]!));
  const propertiesBlock = /static override properties = \{([\s\S]*?)\n {2}\};/.exec(source)?.[1] ?? '';
  const properties = [...propertiesBlock.matchAll(/^\s*(\w+): \{([^}]*)\}/gm)].map(([, name, options]) => ({
    name: name!,
    attribute: /attribute: false/.test(options!) ? undefined : (/attribute: '([^']+)'/.exec(options!)?.[1] ?? name!.toLowerCase()),
  }));
  return {
    tagName: tagged('tagname')[0],
    summary: tagged('summary')[0],
    fires: tagged('fires'),
    slots: tagged('slot'),
    parts: tagged('csspart'),
    cssProperties: tagged('cssprop'),
    properties,
    /** Public fields declared with `declare`, each of which users may set. */
    fields: [...source.matchAll(/^ {2}declare (\w+)/gm)].map((m) => m[1]!),
    dispatched: [...source.matchAll(/new (?:Custom)?Event(?:<[^>]*>)?\(\s*['"]([a-z-]+)['"]/g)].map((m) => m[1]!),
  };
}

const names = (list: readonly Named[] | undefined) => (list ?? []).map((item) => item.name).sort();
const sorted = (list: readonly string[]) => [...list].sort();

describe('custom-elements.json', () => {
  it('describes the seven elements', () => {
    assert.deepEqual(elements.map((e) => e.declaration.tagName).sort(), ['shg-action-plan', 'shg-expectations', 'shg-guidance', 'shg-help-panel', 'shg-quick-exit', 'shg-self-assessment', 'shg-statement']);
  });

  it('names only files the package ships, and every one exists', () => {
    const shippedRoots = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;
    const paths = manifest.modules.flatMap((module) => [
      module.path,
      ...Array.from(JSON.stringify(module).matchAll(/"module":"([^"]+)"/g), (m) => m[1]!),
    ]);
    const wrong = [...new Set(paths)].filter((path) => !shippedRoots.some((root) => path === root || path.startsWith(`${root}/`)) || !existsSync(join(REPO_ROOT, path)));
    assert.deepEqual(wrong, []);
  });

  it('says which module registers each tag', () => {
    const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ tag: e.name, from: module.path, declaration: e.declaration })));
    assert.deepEqual(definitions.map((d) => d.tag).sort(), elements.map((e) => e.declaration.tagName).sort());
    for (const { tag, from, declaration } of definitions) {
      assert.match(from, /^dist\/src\/elements\/[a-z-]+\/define\.js$/, tag);
      const element = elements.find((e) => e.declaration.tagName === tag)!;
      assert.deepEqual(declaration, { name: element.declaration.name, module: element.path }, tag);
    }
  });

  it("types the option attributes as the schema's own lists", () => {
    const values = (tag: string, attribute: string) => {
      const text = elements.find((e) => e.declaration.tagName === tag)?.declaration.attributes?.find((a) => a.name === attribute)?.type?.text ?? '';
      return text.split(' | ').map((part) => (part.startsWith("'") ? part.slice(1, -1) : part));
    };
    assert.deepEqual(values('shg-help-panel', 'nation'), [...core.NATIONS]);
    assert.deepEqual(values('shg-help-panel', 'age'), [...core.AGE_GROUPS, 'undefined']);
    // The guidance elements take the neutral view too (`any-service`, their default).
    assert.deepEqual(values('shg-guidance', 'setting'), [...core.GUIDANCE_SETTING_IDS]);
    assert.deepEqual(values('shg-guidance', 'audience'), [...core.AUDIENCE_IDS]);
    assert.deepEqual(values('shg-guidance', 'age'), [...core.AGE_GROUPS, 'undefined']);
    assert.deepEqual(values('shg-expectations', 'setting'), [...core.GUIDANCE_SETTING_IDS]);
    assert.deepEqual(values('shg-expectations', 'audience'), [...EXPECTATIONS_AUDIENCES]);
  });

  it("gives VS Code every tag, with each option attribute's values", () => {
    interface CustomData {
      tags: { name: string; description: string; attributes: { name: string; description?: string; values?: { name: string }[]; valueSet?: string }[] }[];
    }
    const data = JSON.parse(readFileSync(join(REPO_ROOT, 'dist/vscode.html-custom-data.json'), 'utf8')) as CustomData;
    assert.deepEqual(data.tags.map((t) => t.name).sort(), elements.map((e) => e.declaration.tagName).sort());
    const attribute = (tag: string, name: string) => data.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === name);
    assert.deepEqual(attribute('shg-help-panel', 'nation')?.values?.map((v) => v.name), [...core.NATIONS]);
    assert.deepEqual(attribute('shg-guidance', 'setting')?.values?.map((v) => v.name), [...core.GUIDANCE_SETTING_IDS]);
    assert.equal(attribute('shg-quick-exit', 'sticky')?.valueSet, 'v', 'a boolean attribute takes no value');
    for (const tag of data.tags) {
      assert.ok(tag.description, tag.name);
      for (const a of tag.attributes) assert.ok(a.description, `${tag.name} ${a.name}`);
    }
  });

  for (const { path, declaration } of elements) {
    describe(`<${declaration.tagName}>`, () => {
      const source = declared(path);

      it('has the tag name, summary and description the class gives', () => {
        assert.equal(declaration.tagName, source.tagName);
        assert.ok(declaration.summary && declaration.summary.length > 10, 'summary');
        assert.ok(declaration.description && declaration.description.length > 40, 'description');
      });

      it('lists every attribute and property, each described and typed', () => {
        const attributes = source.properties.flatMap((p) => (p.attribute ? [p.attribute] : []));
        assert.deepEqual(names(declaration.attributes), sorted(attributes));
        const fields = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private');
        for (const name of new Set([...source.properties.map((p) => p.name), ...source.fields])) {
          const field = fields.find((f) => f.name === name);
          assert.ok(field, `property ${name}`);
          assert.ok(field.description, `property ${name} is described`);
          assert.ok(field.type?.text, `property ${name} is typed`);
        }
        for (const attribute of declaration.attributes ?? []) assert.ok(attribute.description && attribute.type?.text, `attribute ${attribute.name}`);
      });

      it('lists every event it fires, each described', () => {
        assert.deepEqual(sorted(source.dispatched), sorted([...new Set(source.fires)]), '@fires matches what the class dispatches');
        assert.deepEqual(names(declaration.events), sorted(source.fires));
        for (const event of declaration.events ?? []) assert.ok(event.description, `event ${event.name}`);
      });

      it('documents the default slot: the fallback for readers without JavaScript', () => {
        const fallback = declaration.slots?.find((slot) => slot.name === '');
        assert.ok(fallback, 'a default slot');
        assert.match(fallback.description ?? '', /without JavaScript/);
        if (declaration.tagName === 'shg-help-panel') assert.match(fallback.description ?? '', /<script type="application\/json">/, 'the local-services JSON block');
      });

      it('gives each default as the value a new element has', () => {
        const element = new (customElements.get(declaration.tagName!)!)() as unknown as Record<string, unknown>;
        const properties = [...(customElements.get(declaration.tagName!) as unknown as { elementProperties: Map<string, unknown> }).elementProperties.keys()];
        assert.ok(properties.length > 0);
        const fields = (declaration.members ?? []).filter((m) => m.kind === 'field');
        for (const name of properties) {
          const value = element[name];
          const expected = ['string', 'number', 'boolean'].includes(typeof value) ? (typeof value === 'string' ? `'${value}'` : String(value)) : undefined;
          const entries = [...fields.filter((f) => f.name === name), ...(declaration.attributes ?? []).filter((a) => a.fieldName === name)];
          assert.ok(entries.length > 0, `${name} is in the manifest`);
          for (const entry of entries) assert.equal((entry as { default?: string }).default, expected, `default of ${entry.name}`);
        }
      });

      it('types attributes as the values they take, never as a type name', () => {
        for (const attribute of declaration.attributes ?? []) {
          // `Nation` tells an editor nothing; `'wales' | 'england' | …` lets it suggest values.
          assert.doesNotMatch(attribute.type?.text ?? '', /\b[A-Z]\w*/, `<${declaration.tagName} ${attribute.name}>: ${attribute.type?.text}`);
        }
      });

      it('lists every slot, part and CSS custom property the JSDoc declares', () => {
        assert.deepEqual(names(declaration.slots), sorted(source.slots));
        assert.deepEqual(names(declaration.cssParts), sorted(source.parts));
        assert.deepEqual(names(declaration.cssProperties), sorted(source.cssProperties));
        assert.ok(source.parts.length > 0 && source.cssProperties.length > 0);
        for (const item of [...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? [])]) assert.ok(item.description, item.name);
      });
    });
  }

  it('documents every part the elements render, in every configuration', () => {
    // The static renderer runs each element's own template (Lit SSR), so its output carries the
    // same part attributes as the live shadow DOM.
    // (<shg-action-plan> has no static rendering: a browser test checks its parts against this file.)
    const variants: Record<string, Record<string, string>[]> = {
      'shg-help-panel': core.NATIONS.flatMap((nation) => [{ nation }, ...core.AGE_GROUPS.map((age) => ({ nation, age }))]),
      'shg-guidance': core.SETTING_IDS.flatMap((setting) => core.AUDIENCE_IDS.map((audience) => ({ setting, audience }))),
      'shg-expectations': core.SETTING_IDS.flatMap((setting) => ['person', 'carer'].map((audience) => ({ setting, audience }))),
      'shg-statement': [{}, { expanded: '' }],
      'shg-quick-exit': [{}, { sticky: '' }],
      // Static HTML is its checklist; the form's own parts are checked in the browser (test/elements/self-assessment.test.ts).
      'shg-self-assessment': [{}, { framework: 'policy' }, { setting: 'housing-homelessness' }],
    };
    const undocumented: string[] = [];
    for (const { declaration } of elements.filter((e) => staticTags().includes(e.declaration.tagName!))) {
      // A part is documented by its own entry, or, for variants of one (`tier-emergency` of
      // `tier`), by being named in backticks in that entry's description.
      const documented = new Set(names(declaration.cssParts));
      for (const part of declaration.cssParts ?? []) for (const [, variant] of (part.description ?? '').matchAll(/`([a-z-]+)`/g)) documented.add(variant!);
      const rendered = new Set<string>();
      for (const attributes of variants[declaration.tagName!] ?? [{}]) {
        for (const [, value] of renderToHTML(declaration.tagName!, attributes).matchAll(/\spart="([^"]*)"/g)) {
          for (const part of value!.split(/\s+/).filter(Boolean)) rendered.add(part);
        }
      }
      assert.ok(rendered.size > 0, `<${declaration.tagName}> renders parts`);
      for (const part of rendered) if (!documented.has(part)) undocumented.push(`<${declaration.tagName}> part="${part}"`);
    }
    assert.deepEqual(undocumented, []);
  });
});
