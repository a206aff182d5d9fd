/**
 * demo/configurator-data.json and the static snippets beside it (written by
 * scripts/build-configurator-data.ts during `npm run build`): the snippet a host copies must name
 * this version, carry the built files' real integrity hashes, and offer static HTML that is what
 * renderToHTML() gives today for every choice the configurator offers.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REPO_ROOT } from '../helpers/paths.js';

interface Data {
  readonly name: string;
  readonly version: string;
  readonly cdn: string;
  readonly files: Record<string, { integrity: string }>;
  readonly elements: readonly { tag: string; options: readonly { attribute: string; choices: readonly { value: string }[]; default: string }[] }[];
  readonly languages: readonly { value: string }[];
  readonly snippets: Record<string, { file: string; attributes: [string, string][] }>;
}

const dataFile = join(REPO_ROOT, 'demo/configurator-data.json');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const sha384 = (file: string) => `sha384-${createHash('sha384').update(readFileSync(join(REPO_ROOT, file))).digest('base64')}`;

describe('configurator data', () => {
  assert.ok(existsSync(dataFile), 'demo/configurator-data.json is missing: run `npm run build`');
  const data = JSON.parse(readFileSync(dataFile, 'utf8')) as Data;

  it('points at this version on the CDN', () => {
    assert.equal(data.name, pkg.name);
    assert.equal(data.version, pkg.version);
    assert.equal(data.cdn, `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`);
  });

  it('carries the integrity hashes of the built embed.js and static.css', () => {
    assert.equal(data.files['embed.js']?.integrity, sha384('dist/embed.js'));
    assert.equal(data.files['static.css']?.integrity, sha384('dist/static.css'));
  });

  it('offers every element, with the core’s values for each option', async () => {
    const core = (await import(join(REPO_ROOT, 'dist/src/core/index.js'))) as typeof import('../../src/core/index.js');
    assert.deepEqual(data.elements.map((e) => e.tag).sort(), ['shg-expectations', 'shg-guidance', 'shg-help-panel', 'shg-quick-exit', 'shg-statement']);
    const values = (tag: string, attribute: string) =>
      data.elements.find((e) => e.tag === tag)!.options.find((o) => o.attribute === attribute)!.choices.map((c) => c.value).filter(Boolean);
    assert.deepEqual(values('shg-help-panel', 'nation'), [...core.NATIONS]);
    assert.deepEqual(values('shg-help-panel', 'age'), [...core.AGE_GROUPS]);
    assert.deepEqual(values('shg-guidance', 'setting'), [...core.SETTING_IDS]);
    assert.deepEqual(values('shg-guidance', 'audience'), [...core.AUDIENCE_IDS]);
    for (const element of data.elements) {
      for (const option of element.options) assert.ok(option.choices.some((c) => c.value === option.default), `${element.tag} ${option.attribute} default`);
    }
  });

  it('has today’s static HTML for every combination of options and language', async () => {
    const { renderToHTML } = (await import(join(REPO_ROOT, 'dist/src/static/index.js'))) as typeof import('../../src/static/index.js');
    const expected = data.elements.reduce(
      (count, element) => count + element.options.reduce((n, option) => n * option.choices.length, 1) * data.languages.length,
      0,
    );
    assert.equal(Object.keys(data.snippets).length, expected);
    for (const [key, { file, attributes }] of Object.entries(data.snippets)) {
      const [tag, query] = key.split('?') as [string, string];
      // The key is what the page looks the snippet up by: the same attributes, sorted.
      assert.deepEqual([...new URLSearchParams(query)], [...attributes].sort(([a], [b]) => a.localeCompare(b)));
      const html = JSON.parse(readFileSync(join(REPO_ROOT, 'demo', file), 'utf8')) as string;
      assert.equal(html, renderToHTML(tag, Object.fromEntries(attributes)), `${key} (${file}) is stale: run \`npm run build\``);
    }
  });
});
