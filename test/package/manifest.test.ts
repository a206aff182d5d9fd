/**
 * custom-elements.json is what editors, Storybook and framework tooling read: it must describe
 * everything each element's class declares (JSDoc tags, properties, attributes, events) and every
 * part the element really renders. Reads the built manifest and dist/ (run `npm run build`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT } from '../helpers/paths.js';

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
  readonly modules: readonly { path: string; declarations?: readonly Declaration[] }[];
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'custom-elements.json'), 'utf8')) as Manifest;
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((d) => d.customElement).map((declaration) => ({ path: module.path, declaration })),
);

/** What the class's own source declares, read straight from it. */
function declared(path: string) {
  const source = readFileSync(join(REPO_ROOT, path), 'utf8');
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
  it('describes the six elements', () => {
    assert.deepEqual(elements.map((e) => e.declaration.tagName).sort(), ['shg-expectations', 'shg-guidance', 'shg-help-panel', 'shg-quick-exit', 'shg-self-assessment', 'shg-statement']);
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

      it('lists every slot, part and CSS custom property the JSDoc declares', () => {
        assert.deepEqual(names(declaration.slots), sorted(source.slots));
        assert.deepEqual(names(declaration.cssParts), sorted(source.parts));
        assert.deepEqual(names(declaration.cssProperties), sorted(source.cssProperties));
        assert.ok(source.parts.length > 0 && source.cssProperties.length > 0);
        for (const item of [...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? [])]) assert.ok(item.description, item.name);
      });
    });
  }

  it('documents every part the elements render, in every configuration', async () => {
    // The static renderer runs each element's own template (Lit SSR), so its output carries the
    // same part attributes as the live shadow DOM.
    const { renderToHTML } = (await import(join(REPO_ROOT, 'dist/src/static/index.js'))) as typeof import('../../src/static/index.js');
    const core = (await import(join(REPO_ROOT, 'dist/src/core/index.js'))) as typeof import('../../src/core/index.js');
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
    for (const { declaration } of elements) {
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
