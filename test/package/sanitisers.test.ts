/**
 * Static HTML through sanitize-html with its default settings, as CMSs run it on pasted HTML: it
 * drops the unknown `<shg-*>` wrapper, every class, id and `lang`, `<details>` and `<summary>`, and
 * the href of every `sms:` link. What is left must read correctly with no stylesheet at all (see
 * test/helpers/unstyled-lines.ts for the checks; DOMPurify gets the same ones in the browsers, in
 * test/pages/static-sanitised.test.ts).
 *
 * Every snippet the configurator offers (every element and option, English and Welsh): the files
 * `npm run build` writes, which test/package/configurator-data.test.ts checks are today's
 * renderToHTML() output. Needs a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import sanitizeHtml from 'sanitize-html';
import { REPO_ROOT } from '../helpers/paths.js';
import { readUnstyled, unstyledProblems, type TreeAdapter, type UnstyledReading } from '../helpers/unstyled-lines.js';

const dataFile = join(REPO_ROOT, 'demo/configurator-data.json');
assert.ok(existsSync(dataFile), 'demo/configurator-data.json is missing: run `npm run build`');
const { snippets } = JSON.parse(readFileSync(dataFile, 'utf8')) as { snippets: Record<string, { file: string }> };
const SNIPPETS = Object.entries(snippets).map(([key, { file }]) => ({ key, html: JSON.parse(readFileSync(join(REPO_ROOT, 'demo', file), 'utf8')) as string }));

/** htmlparser2's tree, as the reading wants it. */
const parsed: TreeAdapter<AnyNode> = {
  text: (node) => (node.type === 'text' ? node.data : undefined),
  name: (node) => ('name' in node ? node.name : undefined),
  attribute: (node, name) => ('attribs' in node ? (node.attribs[name] ?? null) : null),
  children: (node) => ('children' in node ? node.children : []),
};
const read = (html: string): UnstyledReading => readUnstyled<AnyNode>(parseDocument(html), parsed);

describe('static HTML through sanitize-html (default settings)', () => {
  it('covers every snippet the configurator offers, every element in English and Welsh', () => {
    for (const tag of ['shg-help-panel', 'shg-guidance', 'shg-expectations', 'shg-statement', 'shg-quick-exit']) {
      for (const lang of ['en', 'cy']) assert.ok(SNIPPETS.some(({ key }) => key.startsWith(`${tag}?`) && key.includes(`lang=${lang}`)), `${tag} ${lang}`);
    }
    assert.ok(SNIPPETS.length >= 100, `${SNIPPETS.length} snippets`);
  });

  it('reads right with no CSS: numbers dialled and visible, keywords beside text numbers, a line for each route and its hours, no hidden word that reads wrongly', () => {
    const problems = SNIPPETS.flatMap(({ key, html }) => unstyledProblems(key, read(html), read(sanitizeHtml(html))));
    assert.deepEqual(problems, []);
  });

  it('drops what the docs say it drops (so docs/static-html.md stays true): classes, sms: links, lang, details', () => {
    const { html } = SNIPPETS.find(({ key }) => key.startsWith('shg-help-panel?') && key.includes('lang=cy') && key.includes('nation=wales'))!;
    const clean = sanitizeHtml(html);
    assert.doesNotMatch(clean, /<shg-|class=|lang=|sms:/);
    assert.match(clean, /<a>85258<\/a>/, 'the text number stays as words in a dead <a>');
    assert.doesNotMatch(sanitizeHtml(SNIPPETS.find(({ key }) => key.startsWith('shg-guidance?'))!.html), /<details|<summary/);
  });

  it('catches what reads wrongly (the checks are not empty)', () => {
    const written = read(
      '<section><h3><span class="visually-hidden">Urgent: </span>Urgent help</h3><ul><li>Call <a href="tel:111">111</a> and press 2 <span class="meta">Free. Open 24 hours.</span></li><li><a href="tel:999">999</a> <a href="sms:85258?body=SHOUT">85258</a></li></ul></section>',
    );
    const problems = unstyledProblems('made-up', written, written);
    for (const expected of ['"Free. Open 24 hours." runs on from "Call 111 and press 2"', 'one line holds 2 links', 'hidden "Urgent:"', 'does not say to send SHOUT', 'no tel:116123']) {
      assert.ok(problems.some((p) => p.includes(expected)), `${expected} in ${JSON.stringify(problems)}`);
    }
  });
});

describe('sanitize-html with the allow-list docs/static-html.md gives hosts', () => {
  // As docs/static-html.md shows it: the defaults, plus what the static HTML needs.
  const TAGS = ['shg-help-panel', 'shg-guidance', 'shg-expectations', 'shg-statement', 'shg-quick-exit', 'shg-self-assessment'];
  const ELEMENT_ATTRIBUTES = ['nation', 'age', 'heading-level', 'setting', 'audience', 'href', 'sticky', 'expanded', 'query', 'framework', 'lang', 'data-shg-static'];
  const options: sanitizeHtml.IOptions = {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'details', 'summary', ...TAGS],
    allowedAttributes: {
      '*': ['class', 'id', 'lang', 'role', 'aria-labelledby', 'aria-describedby', 'data-*'],
      a: ['href', 'rel'],
      ...Object.fromEntries(TAGS.map((tag) => [tag, ELEMENT_ATTRIBUTES])),
    },
    allowedSchemes: [...sanitizeHtml.defaults.allowedSchemes, 'sms'],
  };
  const wrapperAttributes = (html: string) => {
    const wrapper = parseDocument(html).children.find((node) => 'name' in node && node.name.startsWith('shg-'));
    return wrapper && 'attribs' in wrapper ? Object.keys(wrapper.attribs).sort() : [];
  };

  it('keeps the wrapper, classes, lang, details and sms: links: the snippet looks and upgrades as written', () => {
    for (const { key, html } of SNIPPETS.filter((s) => /^shg-(help-panel|guidance|quick-exit)\?/.test(s.key) && s.key.includes('lang=cy')).slice(0, 12)) {
      const clean = sanitizeHtml(html, options);
      assert.deepEqual(wrapperAttributes(clean), wrapperAttributes(html), key);
      assert.ok(wrapperAttributes(html).length > 1, key);
      assert.match(clean, /class="base shg-[a-z-]+"[^>]*lang="cy"/, key);
      if (html.includes('sms:')) assert.match(clean, /href="sms:/, key);
      if (html.includes('<details')) assert.match(clean, /<details/, key);
      assert.deepEqual(unstyledProblems(key, read(html), read(clean)), []);
    }
  });

  it('keeps the self-assessment checklist as written (renderToHTML gives it; the configurator does not offer it)', async () => {
    const { renderToHTML } = (await import(join(REPO_ROOT, 'dist/src/static/index.js'))) as { renderToHTML(tag: string, attributes: Record<string, string>): string };
    for (const attributes of [{ framework: 'service', setting: 'mental-health', 'heading-level': '3' }, { framework: 'policy', lang: 'cy' }] as Record<string, string>[]) {
      const key = `shg-self-assessment ${JSON.stringify(attributes)}`;
      const html = renderToHTML('shg-self-assessment', attributes);
      const clean = sanitizeHtml(html, options);
      assert.deepEqual(wrapperAttributes(clean), wrapperAttributes(html), key);
      assert.match(clean, /class="base shg-self-assessment"/, key);
      assert.equal(clean.match(/data-criterion="/g)?.length, html.match(/data-criterion="/g)?.length, key);
      assert.deepEqual(unstyledProblems(key, read(html), read(clean)), []);
    }
  });
});
