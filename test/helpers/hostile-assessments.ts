/**
 * Assessment files, good and hostile, for the core's import tests (Node) and the element's (three
 * browsers). Hostile files are what a wrong pick in a file dialog, a damaged download, a newer
 * version or a crafted file can give: each must be refused with one clear message and change
 * nothing. No DOM here: this module runs in Node and in browsers.
 */
import * as fc from 'fast-check';
import { ASSESSMENT_FORMAT, ASSESSMENT_VERSION, type Assessment } from '../../schema/self-assessment.js';
import { RATINGS } from '../../schema/assessment-vocabulary.js';
import { MARKUP, TRICKY_WORDS } from './fuzz.js';

/** A small valid assessment: two rated criteria of the policy framework. */
export function validAssessment(): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    framework: 'policy',
    details: { service: 'Example Trust self-harm policy', date: '2026-11-01', assessorRole: 'Policy lead' },
    responses: [
      { criterion: 'policy.defines-self-harm', rating: 'met', evidence: 'Section 2 quotes the definition.', action: '', owner: '' },
      { criterion: 'policy.harm-reduction', rating: 'not-met', evidence: '', action: 'Add a harm-reduction section.', owner: 'Policy lead', due: '2027-03-31' },
    ],
  };
}

export interface HostileFile {
  /** What is wrong with it, for the test's name. */
  readonly name: string;
  readonly text: string;
}

const json = (value: unknown): string => JSON.stringify(value);
const withField = (path: readonly (string | number)[], value: unknown): string => {
  const copy = structuredClone(validAssessment()) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return json(copy);
};
const without = (key: string): string => {
  const copy = structuredClone(validAssessment()) as unknown as Record<string, unknown>;
  delete copy[key];
  return json(copy);
};

/**
 * 100 files that must each be refused: malformed, of another kind, of a wrong or newer version,
 * 10 MB, with prototype keys, with markup and script where ids, ratings and dates belong, with
 * criterion ids that are not ids (hostile text, duplicates), and wrong types. Deterministic, so a
 * failure names the same file on every run.
 */
export function hostileAssessmentFiles(): HostileFile[] {
  const good = json(validAssessment());
  const files: HostileFile[] = [
    // Malformed or not JSON.
    { name: 'empty', text: '' },
    { name: 'white space', text: '   \n\t ' },
    { name: 'cut short', text: good.slice(0, good.length / 2) },
    { name: 'last brace missing', text: good.slice(0, -1) },
    { name: 'trailing comma', text: good.replace(/}$/, ',}') },
    { name: 'single quotes', text: good.replace(/"/g, "'") },
    { name: 'a comment', text: `// saved\n${good}` },
    { name: 'two documents', text: `${good}${good}` },
    { name: 'NaN', text: good.replace('"version":1', '"version":NaN') },
    { name: 'HTML page', text: '<!doctype html><html><body><script>window.__shgInjected=1</script></body></html>' },
    { name: 'CSV', text: 'id,text,source,rating\npolicy.harm-reduction,x,y,met\n' },
    { name: 'binary', text: '\u0000\u0001\u0002PK\u0003\u0004' },
    { name: 'unpaired surrogate', text: '\ud800' },
    { name: 'deeply nested', text: `${'['.repeat(20_000)}${']'.repeat(20_000)}` },
    // JSON, but not an assessment.
    { name: 'null', text: 'null' },
    { name: 'a number', text: '1' },
    { name: 'a string', text: '"self-harm-guidance/self-assessment"' },
    { name: 'true', text: 'true' },
    { name: 'an array', text: `[${good}]` },
    { name: 'an empty object', text: '{}' },
    { name: 'no format', text: without('format') },
    { name: 'another format', text: withField(['format'], 'wcag-em-report') },
    { name: 'format in capitals', text: withField(['format'], ASSESSMENT_FORMAT.toUpperCase()) },
    { name: 'format as markup', text: withField(['format'], MARKUP[0]) },
    { name: 'local services list', text: '[{"name":"Crisis café","channels":[]}]' },
    // Versions.
    { name: 'no version', text: without('version') },
    { name: 'version 2 (newer)', text: withField(['version'], 2) },
    { name: 'version 99 (newer)', text: withField(['version'], 99) },
    { name: 'version -1', text: withField(['version'], -1) },
    { name: 'version 1.5', text: withField(['version'], 1.5) },
    { name: 'version "1"', text: withField(['version'], '1') },
    { name: 'version null', text: withField(['version'], null) },
    { name: 'version huge', text: withField(['version'], 1e308) },
    { name: 'version 0 in the version-1 shape', text: withField(['version'], 0) },
    { name: 'version 1 in the version-0 shape', text: json({ format: ASSESSMENT_FORMAT, version: 1, framework: 'policy', service: 'x', date: '2026-01-01', role: 'x', answers: {} }) },
    // Size.
    { name: '10 MB of evidence', text: withField(['responses', 0, 'evidence'], 'x'.repeat(10_000_000)) },
    { name: '10 MB of white space', text: `${' '.repeat(10_000_000)}${good}` },
    { name: 'one field over its limit', text: withField(['responses', 0, 'evidence'], 'x'.repeat(10_001)) },
    { name: 'service name over its limit', text: withField(['details', 'service'], 'x'.repeat(201)) },
    { name: 'too many responses', text: withField(['responses'], Array.from({ length: 1_001 }, (_, i) => ({ criterion: `policy.x${i}`, rating: 'met', evidence: '', action: '', owner: '' }))) },
    // Prototype keys.
    { name: '__proto__ at the top', text: good.replace('{', '{"__proto__":{"polluted":true},') },
    { name: '__proto__ in details', text: good.replace('"details":{', '"details":{"__proto__":{"polluted":true},') },
    { name: '__proto__ in a response', text: good.replace('"responses":[{', '"responses":[{"__proto__":{"rating":"met"},') },
    { name: 'constructor.prototype', text: good.replace('{', '{"constructor":{"prototype":{"polluted":true}},') },
    { name: 'prototype', text: good.replace('{', '{"prototype":{"polluted":true},') },
    // Unknown fields (a field this version cannot keep is refused rather than silently dropped).
    { name: 'an unknown field', text: withField(['notes'], 'kept?') },
    { name: 'an unknown field in details', text: withField(['details', 'name'], 'A person') },
    { name: 'an unknown field in a response', text: withField(['responses', 0, 'patient'], 'A person') },
    // Frameworks.
    { name: 'framework missing', text: without('framework') },
    { name: 'framework unknown', text: withField(['framework'], 'hospital') },
    { name: 'framework as markup', text: withField(['framework'], MARKUP[1]) },
    { name: 'framework __proto__', text: withField(['framework'], '__proto__') },
    // Details.
    { name: 'details missing', text: without('details') },
    { name: 'details an array', text: withField(['details'], []) },
    { name: 'date missing', text: json({ ...validAssessment(), details: { service: 'x', assessorRole: 'x' } }) },
    { name: 'date in words', text: withField(['details', 'date'], '1 November 2026') },
    { name: 'date as markup', text: withField(['details', 'date'], MARKUP[2]) },
    { name: 'date a number', text: withField(['details', 'date'], 20261101) },
    { name: 'setting unknown', text: withField(['details', 'setting'], 'hospital') },
    { name: 'setting as markup', text: withField(['details', 'setting'], MARKUP[3]) },
    { name: 'service a number', text: withField(['details', 'service'], 1) },
    { name: 'role null', text: withField(['details', 'assessorRole'], null) },
    // Responses.
    { name: 'responses missing', text: without('responses') },
    { name: 'responses an object', text: withField(['responses'], { 'policy.harm-reduction': 'met' }) },
    { name: 'a response null', text: withField(['responses', 0], null) },
    { name: 'a response a string', text: withField(['responses', 0], 'met') },
    { name: 'rating unknown', text: withField(['responses', 0, 'rating'], 'excellent') },
    { name: 'rating in capitals', text: withField(['responses', 0, 'rating'], 'MET') },
    { name: 'rating as markup', text: withField(['responses', 0, 'rating'], MARKUP[4]) },
    { name: 'rating a number', text: withField(['responses', 0, 'rating'], 3) },
    { name: 'rating a v0 word', text: withField(['responses', 0, 'rating'], 'partial') },
    { name: 'rating missing', text: json({ ...validAssessment(), responses: [{ criterion: 'policy.harm-reduction', evidence: '', action: '', owner: '' }] }) },
    { name: 'evidence a number', text: withField(['responses', 0, 'evidence'], 42) },
    { name: 'evidence an object', text: withField(['responses', 0, 'evidence'], { html: MARKUP[0] }) },
    { name: 'action null', text: withField(['responses', 1, 'action'], null) },
    { name: 'owner an array', text: withField(['responses', 1, 'owner'], ['a', 'b']) },
    { name: 'due in words', text: withField(['responses', 1, 'due'], 'next March') },
    { name: 'due as markup', text: withField(['responses', 1, 'due'], MARKUP[5]) },
    { name: 'due null', text: withField(['responses', 1, 'due'], null) },
    // Criterion ids that are not ids: refused (an unknown but well-formed id is kept, not refused).
    { name: 'criterion missing', text: json({ ...validAssessment(), responses: [{ rating: 'met', evidence: '', action: '', owner: '' }] }) },
    { name: 'criterion empty', text: withField(['responses', 0, 'criterion'], '') },
    { name: 'criterion as markup', text: withField(['responses', 0, 'criterion'], MARKUP[0]) },
    { name: 'criterion as script', text: withField(['responses', 0, 'criterion'], MARKUP[1]) },
    { name: 'criterion a javascript: URL', text: withField(['responses', 0, 'criterion'], 'javascript:alert(1)') },
    { name: 'criterion with spaces', text: withField(['responses', 0, 'criterion'], 'policy harm reduction') },
    { name: 'criterion in capitals', text: withField(['responses', 0, 'criterion'], 'POLICY.HARM-REDUCTION') },
    { name: 'criterion a number', text: withField(['responses', 0, 'criterion'], 7) },
    { name: 'criterion twice', text: withField(['responses', 1, 'criterion'], 'policy.defines-self-harm') },
    // The version-0 draft, damaged.
    { name: 'v0: answers an array', text: json({ format: ASSESSMENT_FORMAT, version: 0, framework: 'service', service: 'x', date: '2026-01-01', role: 'x', answers: [] }) },
    { name: 'v0: status unknown', text: json({ format: ASSESSMENT_FORMAT, version: 0, framework: 'service', service: 'x', date: '2026-01-01', role: 'x', answers: { 'iqs.outcome.1': { status: 'great' } } }) },
    { name: 'v0: answer id as markup', text: json({ format: ASSESSMENT_FORMAT, version: 0, framework: 'service', service: 'x', date: '2026-01-01', role: 'x', answers: { [MARKUP[0]]: { status: 'met' } } }) },
    { name: 'v0: __proto__ answer', text: `{"format":"${ASSESSMENT_FORMAT}","version":0,"framework":"service","service":"x","date":"2026-01-01","role":"x","answers":{"__proto__":{"status":"met"}}}` },
    { name: 'v0: role missing', text: json({ format: ASSESSMENT_FORMAT, version: 0, framework: 'service', service: 'x', date: '2026-01-01', answers: {} }) },
  ];
  // Tricky words where an id, a rating and a framework belong, until there are 100.
  const words = TRICKY_WORDS.filter((word) => !/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(word));
  for (let i = 0; files.length < 100; i += 1) {
    const word = words[i % words.length]!;
    const field = (['rating', 'framework', 'criterion'] as const)[i % 3]!;
    const text = field === 'framework' ? withField(['framework'], word) : withField(['responses', 0, field], word);
    files.push({ name: `${field} ${JSON.stringify(word)}`, text });
  }
  return files;
}

/** A criterion id: the framework's own, or any well-formed id this version does not know. */
function criterionId(known: readonly string[]): fc.Arbitrary<string> {
  const unknown = fc.stringMatching(/^[a-z0-9]{1,8}(?:[.-][a-z0-9]{1,8}){0,3}$/);
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: unknown });
}

/** Text a person might type, odd Unicode and markup included. */
const freeText = (max: number) => fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: max > 1000 ? 60 : 15 }), fc.constantFrom(...MARKUP), fc.constant(''));

const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Any valid assessment of a framework whose criterion ids are `known` (unknown ones mixed in). */
export function anyAssessment(framework: 'service' | 'policy', known: readonly string[], settings: readonly string[]): fc.Arbitrary<Assessment> {
  const response = fc.record(
    {
      criterion: criterionId(known),
      rating: fc.constantFrom(...RATINGS),
      evidence: freeText(10_000),
      action: freeText(10_000),
      owner: freeText(200),
      due: isoDate,
    },
    { requiredKeys: ['criterion', 'rating', 'evidence', 'action', 'owner'] },
  );
  return fc.record({
    format: fc.constant(ASSESSMENT_FORMAT),
    version: fc.constant(ASSESSMENT_VERSION),
    framework: fc.constant(framework),
    details: fc.record(
      { service: freeText(200), setting: fc.constantFrom(...settings), date: isoDate, assessorRole: freeText(200) },
      { requiredKeys: ['service', 'date', 'assessorRole'] },
    ),
    responses: fc.uniqueArray(response, { maxLength: 80, selector: (r) => r.criterion }),
  }) as fc.Arbitrary<Assessment>;
}
