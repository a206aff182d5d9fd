/**
 * Generates what demo/configurator.html needs, from the build (run after rollup, by `npm run build`;
 * the output is not committed):
 *  - demo/configurator-data.json: the version, Subresource Integrity hashes of dist/embed.js and
 *    dist/static.css, each element's options (values from the core, so they cannot drift), and
 *    an index of the static snippets;
 *  - demo/configurator-static/*.json: renderToHTML() for every element × option × language, so the
 *    configurator can offer the static snippet without a server (renderToHTML needs Node). Stored
 *    as JSON strings, like the content they render: the content tests check that text (source
 *    quotes may carry a source's own words, marked in the data), while the lint's prose check is
 *    for pages people write by hand.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AGE_GROUPS, AUDIENCE_IDS, DEFAULT_GUIDANCE_QUERY, DEFAULT_NATION, NATIONS, audiences, settings } from '../src/core/index.js';
import { EXPECTATIONS_AUDIENCES } from '../src/elements/expectations/expectations.js';
import { renderToHTML } from '../src/static/render-to-html.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEMO = path.join(ROOT, 'demo');
const STATIC_DIR = 'configurator-static';
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** `sha384-…` as the `integrity` attribute wants it. */
const sri = (file: string) => `sha384-${createHash('sha384').update(readFileSync(path.join(ROOT, file))).digest('base64')}`;

interface Choice {
  readonly value: string;
  readonly label: string;
}
interface OptionSpec {
  readonly attribute: string;
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly default: string;
}
interface ElementSpec {
  readonly tag: string;
  readonly label: string;
  readonly options: readonly OptionSpec[];
}

// Words for the demo's menus; the values themselves come from the core.
const NATION_NAMES: Record<string, string> = { wales: 'Wales', england: 'England', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };
const AGE_NAMES: Record<string, string> = { child: 'Children', 'young-person': 'Young people', adult: 'Adults' };
const named = (names: Record<string, string>) => (value: string): Choice => ({ value, label: names[value] ?? value });
// An empty value leaves the attribute off: the neutral view for any service responding to self-harm.
const settingChoices = [{ value: '', label: 'Any service (no setting)' }, ...settings().map((s) => ({ value: s.id, label: s.name }))];
const audienceName = new Map(audiences().map((a) => [a.id as string, a.name]));
const audienceChoice = (value: string): Choice => ({ value, label: audienceName.get(value) ?? value });

const ELEMENTS: readonly ElementSpec[] = [
  {
    tag: 'shg-help-panel',
    label: 'Get help now (help panel)',
    options: [
      { attribute: 'nation', label: 'Nation', choices: NATIONS.map(named(NATION_NAMES)), default: DEFAULT_NATION },
      // An empty value leaves the attribute off: routes for every age.
      { attribute: 'age', label: 'Age group', choices: [{ value: '', label: 'Every age' }, ...AGE_GROUPS.map(named(AGE_NAMES))], default: '' },
    ],
  },
  {
    tag: 'shg-guidance',
    label: 'What good looks like (guidance)',
    options: [
      { attribute: 'setting', label: 'Setting', choices: settingChoices, default: '' },
      { attribute: 'audience', label: 'Audience', choices: AUDIENCE_IDS.map(audienceChoice), default: DEFAULT_GUIDANCE_QUERY.audience },
    ],
  },
  {
    tag: 'shg-expectations',
    label: 'What you can expect (expectations)',
    options: [
      { attribute: 'audience', label: 'Audience', choices: EXPECTATIONS_AUDIENCES.map(audienceChoice), default: 'person' },
      { attribute: 'setting', label: 'Setting', choices: settingChoices, default: '' },
    ],
  },
  { tag: 'shg-statement', label: 'The whole statement', options: [] },
  { tag: 'shg-quick-exit', label: 'Quick exit', options: [] },
];

const LANGUAGES: readonly Choice[] = [
  { value: 'en', label: 'English' },
  { value: 'cy', label: 'Cymraeg' },
];

/** Every combination of an element's options, as attribute maps (empty values left off). */
function combinations(options: readonly OptionSpec[]): Record<string, string>[] {
  return options.reduce<Record<string, string>[]>(
    (sets, option) => sets.flatMap((set) => option.choices.map((choice) => (choice.value ? { ...set, [option.attribute]: choice.value } : set))),
    [{}],
  );
}

/** The key the configurator looks a snippet up by: tag and attributes, sorted. Mirrored in demo/configurator.js. */
const snippetKey = (tag: string, attributes: Readonly<Record<string, string>>) =>
  `${tag}?${new URLSearchParams(Object.entries(attributes).sort(([a], [b]) => a.localeCompare(b))).toString()}`;

rmSync(path.join(DEMO, STATIC_DIR), { recursive: true, force: true });
mkdirSync(path.join(DEMO, STATIC_DIR), { recursive: true });
/** Snippet key → its file, and the attributes it was rendered with (in the order written). */
const snippets: Record<string, { file: string; attributes: [string, string][] }> = {};
for (const element of ELEMENTS) {
  for (const options of combinations(element.options)) {
    for (const { value: lang } of LANGUAGES) {
      const attributes = { ...options, lang, 'heading-level': '2' };
      if (element.tag === 'shg-quick-exit') delete (attributes as Record<string, string>)['heading-level'];
      const key = snippetKey(element.tag, attributes);
      const file = `${STATIC_DIR}/${createHash('sha256').update(key).digest('hex').slice(0, 16)}.json`;
      writeFileSync(path.join(DEMO, file), `${JSON.stringify(renderToHTML(element.tag, attributes))}\n`);
      snippets[key] = { file, attributes: Object.entries(attributes) };
    }
  }
}

const data = {
  generated: 'by scripts/build-configurator-data.ts; do not edit',
  name: pkg.name,
  version: pkg.version,
  cdn: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`,
  files: {
    'embed.js': { integrity: sri('dist/embed.js') },
    'static.css': { integrity: sri('dist/static.css') },
  },
  elements: ELEMENTS,
  languages: LANGUAGES,
  snippets,
};
writeFileSync(path.join(DEMO, 'configurator-data.json'), `${JSON.stringify(data, null, 2)}\n`);
console.log(`wrote demo/configurator-data.json and ${Object.keys(snippets).length} static snippets in demo/${STATIC_DIR}/`);
