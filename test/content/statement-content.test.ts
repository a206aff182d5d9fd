/**
 * The statement's content files: valid against their schemas, complete, traceable (every quote is
 * in the source text), with stable ids and review dates not passed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod/mini';
import { ActionPlan } from '../../schema/action-plan.js';
import { NicePracticePointsFile } from '../../schema/nice.js';
import { ProfessionalResourcesFile } from '../../schema/professional-resource.js';
import { QualityStandardFile } from '../../schema/quality-standard.js';
import { SettingProfilesFile } from '../../schema/setting-profile.js';
import { AssessmentFrameworksFile } from '../../schema/assessment-framework.js';
import { SourcesFile } from '../../schema/sources-file.js';
import { AudiencesFile, SettingId, AudienceId, SettingsFile, Statement } from '../../schema/statement.js';
import { JSON_SCHEMAS, renderJsonSchema } from '../../scripts/generate-json-schema.js';
import {
  allItems,
  audiences,
  getStatement,
  nicePracticePoints,
  professionalResources,
  qualityStatements,
  settings,
  sources,
} from '../../src/core/statement-index.js';
import { REPO_ROOT, SOURCES_DIR } from '../helpers/paths.js';
import { normaliseForQuote, sourceText, walkStrings } from './_statement-sources.js';
import idsSnapshot from './ids.snapshot.json';

/** Content file (under content/en/) → the schema of the whole file. */
const FILES: Record<string, z.ZodMiniType> = {
  'statement.json': Statement,
  'settings.json': SettingsFile,
  'audiences.json': AudiencesFile,
  'nice-cg133.json': NicePracticePointsFile,
  'nice-qs34.json': QualityStandardFile,
  'ncish-resources.json': ProfessionalResourcesFile,
  'sources.json': SourcesFile,
  'setting-profiles.json': SettingProfilesFile,
  'self-assessment-frameworks.json': AssessmentFrameworksFile,
  /** The worked example of a local action plan (English only: it is an English local plan). */
  'examples/gloucestershire-action-plan.json': ActionPlan,
};
const readContent = (file: string): unknown => JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', 'en', file), 'utf8'));
/** The content files whose items quote a source, in a fixed order (JSON paths index into it). */
const QUOTED_FILES = [
  'statement.json',
  'settings.json',
  'audiences.json',
  'nice-cg133.json',
  'nice-qs34.json',
  'ncish-resources.json',
  'setting-profiles.json',
  'self-assessment-frameworks.json',
  'examples/gloucestershire-action-plan.json',
];
/** A quote's path: every SourceRef sits under a `source` key (a policy check's further sources too). */
const QUOTE_PATH = /\.source\.quote$/;
const SOURCE_PATH = /\.source\.source$/;
const quotedContent = (): unknown[] => QUOTED_FILES.map(readContent);

describe('statement content: schemas', () => {
  for (const [file, schema] of Object.entries(FILES)) {
    it(`content/en/${file} validates against its schema`, () => {
      const result = schema.safeParse(readContent(file));
      assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2));
    });
  }

  it('rejects a superseded source that does not name what supersedes it', () => {
    const bad = { review: { lastReviewed: '2026-01-01', nextReview: '2027-01-01', reviewedBy: 'x' }, sources: [{ id: 'x', title: 'x', publisher: 'x', year: 2011, status: 'superseded' }] };
    assert.equal(SourcesFile.safeParse(bad).success, false);
  });

  it('rejects a commitment narrowed to some settings without a rationale', () => {
    const statement = structuredClone(readContent('statement.json')) as { domains: { commitments: Record<string, unknown>[] }[] };
    const first = statement.domains[0]?.commitments[0];
    assert.ok(first);
    first['settings'] = ['primary-care'];
    delete first['settingsRationale'];
    assert.equal(Statement.safeParse(statement).success, false);
  });
});

describe('statement content: the whole statement is there', () => {
  const statement = getStatement();
  const count = (groups: readonly { commitments: readonly unknown[] }[]) => groups.reduce((n, g) => n + g.commitments.length, 0);

  it('has 12 outcomes, numbered 1 to 12', () => {
    assert.deepEqual(statement.outcomes.items.map((o) => o.id), Array.from({ length: 12 }, (_, i) => `iqs.outcome.${i + 1}`));
  });

  it('has the six domains with 29 commitments: Safe 7, Timely 4, Effective 7, Efficient 2, Equitable 3, Person-centred 6', () => {
    assert.deepEqual(
      statement.domains.map((d) => [d.name, d.commitments.length]),
      [['Safe', 7], ['Timely', 4], ['Effective', 7], ['Efficient', 2], ['Equitable', 3], ['Person-centred', 6]],
    );
    assert.equal(count(statement.domains), 29);
  });

  it('has the six themes with 22 commitments: Workforce 5, Culture 5, Information 3, Learning 2, Whole systems 3, Leadership 4', () => {
    assert.deepEqual(
      statement.themes.map((t) => [t.key, t.commitments.length]),
      [['workforce', 5], ['culture', 5], ['information', 3], ['learning', 2], ['whole-systems', 3], ['leadership', 4]],
    );
    assert.equal(count(statement.themes), 22);
  });

  it('has 63 outcomes and commitments in all', () => {
    assert.equal(statement.outcomes.items.length + count(statement.domains) + count(statement.themes), 63);
  });

  it('numbers and ids every commitment after its domain or theme', () => {
    for (const [kind, groups] of [['domain', statement.domains], ['theme', statement.themes]] as const) {
      for (const group of groups) {
        assert.equal(group.id, `iqs.${kind}.${group.key}`);
        group.commitments.forEach((c, i) => {
          assert.equal(c.number, i + 1);
          assert.equal(c.id, `iqs.${kind}.${group.key}.${i + 1}`);
        });
      }
    }
  });

  it('has the definition, word for word, with its citation', () => {
    const def = statement.understanding.definition;
    assert.equal(def.id, 'iqs.definition');
    assert.match(def.text, /an intentional act of self-poisoning or self-injury, irrespective of the motivation or apparent purpose of the act/);
    assert.equal(def.citation, 'NICE 2022');
  });

  it('names 111 press 2 in outcome 7, in the original and the plain version', () => {
    const seven = statement.outcomes.items[6];
    assert.ok(seven?.text.includes('111 press 2'));
    assert.ok(seven?.plain.includes('111 press 2'));
  });

  it('has every audience and every setting the brief requires', () => {
    assert.deepEqual(audiences().map((a) => a.id), AudienceId.options);
    assert.deepEqual(settings().map((s) => s.id), SettingId.options);
  });

  it('keeps each outcome\'s plain version beside, not instead of, the original', () => {
    for (const o of statement.outcomes.items) {
      assert.ok(o.text.length > 0 && o.plain.length > 0);
      assert.notEqual(o.plain, o.text);
    }
  });
});

describe('statement content: traceability', () => {
  const files = new Map(sources().map((doc) => [doc.id, doc.file]));
  const refs = walkStrings(quotedContent())
    .filter((found) => found.kind === 'value' && QUOTE_PATH.test(found.path));

  it(`finds quotes to check (${refs.length})`, () => {
    assert.ok(refs.length > 150, `only ${refs.length} quotes found`);
  });

  it('normalises only meaningless differences, so an altered quote is not found', () => {
    const iqs = sourceText('wales-integrated-quality-statement-self-harm.txt');
    assert.ok(iqs.includes(normaliseForQuote('feel that they’ve been heard, seen, and understood')));
    assert.ok(iqs.includes(normaliseForQuote('can be found here: The Quality Statement for Mental Health | GOV.WALES')), 'a lost Markdown link keeps its title');
    assert.equal(iqs.includes(normaliseForQuote('feel that they have been heard, seen, and understood')), false);
    assert.equal(iqs.includes(normaliseForQuote('Most people who self-harm go on to die by suicide.')), false);
  });

  it('refuses a quote spliced across two separate bullets, and joins only an entry the extraction broke', () => {
    const iqs = 'wales-integrated-quality-statement-self-harm.txt';
    // The end of outcome 9 and the start of outcome 10: two separate bullets.
    const spliced = normaliseForQuote('other trauma have been given access to a holistic psychosocial assessment');
    assert.equal(sourceText(iqs).includes(spliced), false);
    // Two outcomes' bullets, one after the other.
    assert.equal(sourceText(iqs).includes(normaliseForQuote('heard, seen, and understood feel that they have been taken seriously')), false);
    // Outcome 9, which the copy breaks over two bullets, is found only when joined on purpose.
    const nine = normaliseForQuote('the wider issues that might be underlying their self-harm');
    assert.equal(sourceText(iqs).includes(nine), false);
    assert.ok(sourceText(iqs, { joined: true }).includes(nine));
  });

  it('finds every quote verbatim in its source file (whitespace, quotes, footnote markers and bullets normalised)', () => {
    const missing: string[] = [];
    for (const found of refs) {
      const sourceRefPath = found.path.replace(/\.quote$/, '');
      const ref = sourceRefAt(sourceRefPath);
      const file = files.get(ref.source);
      if (file === undefined) {
        missing.push(`${sourceRefPath}: source ${ref.source} has no file in sources.json`);
        continue;
      }
      // A quote runs across bullets only where its `extractionJoin` says the copy broke one entry.
      const text = sourceText(file, { joined: ref.extractionJoin !== undefined });
      if (!text.includes(normaliseForQuote(found.value))) missing.push(`${sourceRefPath} (${file}): "${found.value}"`);
    }
    assert.deepEqual(missing, [], `quotes not found in the source text:\n${missing.join('\n')}`);
  });

  it('sets extractionJoin only where a quote needs the join', () => {
    const needless = refs.flatMap((found) => {
      const sourceRefPath = found.path.replace(/\.quote$/, '');
      const ref = sourceRefAt(sourceRefPath);
      const file = files.get(ref.source);
      return ref.extractionJoin !== undefined && file !== undefined && sourceText(file).includes(normaliseForQuote(found.value)) ? [sourceRefPath] : [];
    });
    assert.deepEqual(needless, []);
    assert.ok(refs.some((found) => sourceRefAt(found.path.replace(/\.quote$/, '')).extractionJoin !== undefined), 'outcome 9 needs one');
  });

  it('quotes the statement\'s own words as each statement item\'s text', () => {
    const statement = getStatement();
    const items = [
      ...statement.outcomes.items,
      ...statement.domains.flatMap((d) => d.commitments),
      ...statement.themes.flatMap((t) => t.commitments),
    ];
    for (const item of items) assert.equal(item.source.quote, item.text, item.id);
  });

  it('finds every NICE list entry and note verbatim in the NICE text', () => {
    const file = sources().find((doc) => doc.id === 'nice-cg133')?.file;
    assert.ok(file);
    for (const point of nicePracticePoints().points) {
      for (const text of [point.text, ...(point.items ?? []), ...(point.note ? [point.note] : [])]) {
        assert.ok(sourceText(file).includes(normaliseForQuote(text)), `${point.id}: "${text}"`);
      }
    }
  });

  it('finds every NCISH resource text verbatim, less only the debris of a lost link where linkLost says so', () => {
    for (const resource of professionalResources()) {
      if (resource.linkLost === undefined) {
        assert.equal(resource.text, resource.source.quote, resource.id);
        continue;
      }
      const trimmed = resource.source.quote.replace(' (PDF)', '').replace(/:$/, '.');
      assert.notEqual(trimmed, resource.source.quote, `${resource.id}: linkLost is set, but there is no lost link to trim`);
      assert.equal(resource.text, trimmed, resource.id);
    }
  });

  it('has a file in content/sources for every source that names one, and names every file there', () => {
    const named = sources().flatMap((doc) => (doc.file ? [doc.file] : []));
    for (const file of named) assert.ok(sourceText(file).length > 0, file);
    const onDisk = readdirSync(SOURCES_DIR).filter((file) => file.endsWith('.txt'));
    assert.ok(onDisk.length >= 7, `only ${onDisk.length} source files in content/sources`);
    assert.deepEqual([...named].sort(), onDisk.sort());
  });

  it('keeps NICE QS34 current in its 2022 wording, each statement with its 2013 wording marked as replaced', () => {
    const qs34 = sources().find((doc) => doc.id === 'nice-qs34');
    const file = qualityStatements();
    assert.equal(qs34?.status, 'current');
    assert.equal(qs34?.url, 'https://www.nice.org.uk/guidance/qs34');
    assert.equal(file.source, 'nice-qs34');
    assert.equal(file.status, qs34?.status);
    assert.match(file.statusNotice, /© NICE/);
    assert.match(file.wording2013Notice, /2013/);
    assert.deepEqual(file.statements.map((s) => s.id), Array.from({ length: 8 }, (_, i) => `nice.qs34.${i + 1}`));
    for (const statement of file.statements) {
      assert.equal(statement.source.quote, statement.text, statement.id);
      assert.equal(statement.wording2013.source.quote, statement.wording2013.text, statement.id);
      assert.match(statement.source.section, /current wording, 2022/, statement.id);
      assert.match(statement.wording2013.source.section, /2013 wording, superseded/, statement.id);
    }
    // The 2022 update changed statements 2 to 7 (NICE's update information says so).
    const changed = file.statements.filter((s) => s.text !== s.wording2013.text).map((s) => s.number);
    assert.deepEqual(changed, [2, 3, 4, 5, 6, 7]);
  });

  it('files every QS34 measure under statements that exist, quoting NICE', () => {
    const file = qualityStatements();
    assert.ok(file.measures.length >= 9);
    for (const measure of file.measures) {
      assert.equal(measure.source.quote, measure.text, measure.id);
      for (const n of measure.statements) assert.ok(file.statements.some((s) => s.number === n), `${measure.id}: statement ${n}`);
    }
  });

  it('marks NICE CG133 as superseded by NG225, in sources.json and on the points', () => {
    const cg133 = sources().find((doc) => doc.id === 'nice-cg133');
    const ng225 = sources().find((doc) => doc.id === 'nice-ng225');
    assert.equal(cg133?.status, 'superseded');
    assert.equal(cg133?.supersededBy, 'nice-ng225');
    assert.equal(ng225?.status, 'current');
    assert.equal(ng225?.url, 'https://www.nice.org.uk/guidance/ng225');
    const file = nicePracticePoints();
    assert.equal(file.source, 'nice-cg133');
    assert.equal(file.status, cg133?.status);
    assert.equal(file.supersededBy, cg133?.supersededBy);
    assert.match(file.statusNotice, /NG225/);
    for (const point of file.points) assert.equal(point.source.source, 'nice-cg133', point.id);
  });

  it('names only known sources', () => {
    const known = new Set(sources().map((doc) => doc.id));
    for (const found of walkStrings(quotedContent())) {
      if (found.kind === 'value' && SOURCE_PATH.test(found.path)) assert.ok(known.has(found.value), `${found.path}: ${found.value}`);
    }
    assert.ok(known.has(getStatement().sourceDocument));
  });
});

describe('self-assessment frameworks (content/en/self-assessment-frameworks.json)', () => {
  const file = readContent('self-assessment-frameworks.json') as z.infer<typeof AssessmentFrameworksFile>;
  const criteria = file.policy.groups.flatMap((g) => g.criteria);

  it('gives every policy check a unique id that no statement item has', () => {
    const policyIds = criteria.map((c) => c.id);
    assert.equal(new Set(policyIds).size, policyIds.length);
    const statementIds = new Set(allItems().map((entry) => entry.id));
    for (const id of policyIds) assert.ok(!statementIds.has(id), id);
  });

  it('has every policy check quote the source that asks for it, and checks each further source too', () => {
    const quotes = walkStrings(quotedContent()).filter((found) => found.kind === 'value' && found.path.startsWith(`$[${QUOTED_FILES.indexOf('self-assessment-frameworks.json')}]`) && QUOTE_PATH.test(found.path));
    const further = criteria.reduce((n, c) => n + (c.also?.length ?? 0), 0);
    assert.equal(quotes.length, criteria.length + further);
    assert.ok(further >= 4);
  });

  it('asks what the sources ask of a policy: the definition, harm reduction, Leadership 4, no risk tools, findable information, the patient voice', () => {
    const leadership4 = getStatement().themes.find((t) => t.key === 'leadership')?.commitments[3];
    assert.ok(leadership4);
    const bySource = (source: string) => criteria.filter((c) => c.source.source === source).map((c) => c.id);
    assert.deepEqual(criteria.filter((c) => c.source.quote === leadership4.text).map((c) => c.id), [
      'policy.confidentiality',
      'policy.safeguarding',
      'policy.psychosocial-assessment',
      'policy.support-care-safety-plans',
      'policy.family-carers',
    ]);
    assert.deepEqual(bySource('nice-cg133'), ['policy.no-risk-prediction-tools']);
    assert.deepEqual(bySource('plos-one-2025-self-harm-policy-analysis-abstract'), ['policy.defines-self-harm', 'policy.organised-information', 'policy.patient-voice']);
    assert.deepEqual(bySource('plos-one-2025-self-harm-policy-analysis'), ['policy.harm-reduction']);
  });
});

describe('statement content: ids', () => {
  const ids = allItems().map((entry) => entry.id);

  it('gives every item a unique id', () => {
    const seen = new Set<string>();
    const duplicates = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
    assert.deepEqual(duplicates, []);
  });

  it('matches the pinned id list (a rename must update test/content/ids.snapshot.json on purpose)', () => {
    assert.deepEqual(
      { items: ids, settings: settings().map((s) => s.id), audiences: audiences().map((a) => a.id) },
      { items: idsSnapshot.items, settings: idsSnapshot.settings, audiences: idsSnapshot.audiences },
    );
  });
});

/** Every content file, English and Welsh, services and examples included: editors validate it through `$schema`. */
describe('content files: JSON Schemas', () => {
  for (const locale of ['en', 'cy']) {
    for (const file of readdirSync(path.join(REPO_ROOT, 'content', locale), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'))) {
      it(`content/${locale}/${file} points "$schema" at a generated JSON Schema that is up to date`, () => {
        const json = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', locale, file), 'utf8')) as { $schema?: unknown };
        assert.equal(typeof json.$schema, 'string');
        const target = path.resolve(REPO_ROOT, 'content', locale, path.dirname(file), json.$schema as string);
        assert.ok(existsSync(target), `${json.$schema} does not exist: run npx tsx scripts/generate-json-schema.ts`);
        const name = path.basename(target) as keyof typeof JSON_SCHEMAS;
        assert.ok(name in JSON_SCHEMAS, `${name} is not generated by scripts/generate-json-schema.ts`);
        assert.equal(readFileSync(target, 'utf8'), renderJsonSchema(JSON_SCHEMAS[name]), `${name} is stale: run npx tsx scripts/generate-json-schema.ts`);
      });
    }
  }
});

describe('statement content: review dates', () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const file of Object.keys(FILES)) {
    it(`content/en/${file} is reviewed and its next review is not passed`, () => {
      const { review } = readContent(file) as { review: { lastReviewed: string; nextReview: string } };
      assert.ok(review.lastReviewed <= today, `lastReviewed ${review.lastReviewed} is in the future`);
      // The documented emergency override (docs/content-governance.md) applies here as in the build.
      if (!process.env.SHG_ALLOW_OVERDUE_REVIEW?.trim()) assert.ok(review.nextReview >= today, `review was due on ${review.nextReview}`);
    });
  }
});

/** The SourceRef object at a `walkStrings` path such as `$[0].outcomes.items[3].source`. */
function sourceRefAt(jsonPath: string): { source: string; extractionJoin?: string } {
  const roots = quotedContent();
  let node: unknown = roots;
  for (const part of jsonPath.slice(1).match(/\[\d+\]|\.[^.[]+/g) ?? []) {
    const key = part.startsWith('[') ? Number(part.slice(1, -1)) : part.slice(1);
    node = (node as Record<string | number, unknown>)[key];
  }
  return node as { source: string; extractionJoin?: string };
}

/** Every string value of `json`, with its JSON path. */
const textsOf = (json: unknown) => walkStrings(json).filter((found) => found.kind === 'value');
const welshContent = (file: string): unknown => JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', 'cy', file), 'utf8'));
/** Content with a Welsh translation (the worked action-plan example is an English local plan, shown as such). */
const hasWelsh = (file: string): boolean => existsSync(path.join(REPO_ROOT, 'content', 'cy', file));

/**
 * The content defects an outside audit found (issue 16), each held by a test that failed before
 * its fix.
 */
describe('statement content: no dangling links, no superseded NICE as current, no promise the statement does not make', () => {
  it('shows no Markdown link syntax as text, in English or Welsh (iqs.introduction.6 had "[…](#)")', () => {
    const markdown = /\[[^\]]*\]\([^)]*\)/;
    for (const file of QUOTED_FILES) {
      const hits = [...textsOf(readContent(file)), ...(hasWelsh(file) ? textsOf(welshContent(file)) : [])]
        .filter((found) => !found.path.endsWith('.quote') && markdown.test(found.value))
        .map((found) => `${file} ${found.path}`);
      assert.deepEqual(hits, [], file);
    }
  });

  it('ends no NCISH resource on a colon that led to a lost link, and says "(PDF)" nowhere, in English or Welsh', () => {
    const english = professionalResources().map((r) => [r.id, r.text] as const);
    const welsh = Object.entries((welshContent('ncish-resources.json') as { entries: Record<string, { fields: { text?: string } }> }).entries).map(
      ([id, entry]) => [id, entry.fields.text ?? ''] as const,
    );
    for (const [id, text] of [...english, ...welsh]) {
      assert.doesNotMatch(text, /:\s*$/, `${id} ends on a colon`);
      assert.doesNotMatch(text, /\(PDF\)/, `${id} names a PDF it cannot link to`);
    }
    // Each trimmed entry says what was lost.
    for (const id of ['nice-guidance', 'ncish-toolkit', 'treatment-evidence', 'competencies', 'emergency-department-training', 'data-dictionary']) {
      assert.ok(professionalResources().find((r) => r.id === `ncish.resource.${id}`)?.linkLost, id);
    }
  });

  it('presents the NICE guidance NCISH names as replaced, pointing to the current NG225 and QS34', () => {
    const resource = professionalResources().find((r) => r.id === 'ncish.resource.nice-guidance');
    assert.match(resource?.note ?? '', /replaced/);
    assert.match(resource?.note ?? '', /NG225/);
    assert.deepEqual(resource?.current, ['nice-ng225', 'nice-qs34']);
    for (const id of resource?.current ?? []) {
      const doc = sources().find((d) => d.id === id);
      assert.equal(doc?.status, 'current', id);
      assert.match(doc?.url ?? '', /^https:\/\/www\.nice\.org\.uk\/guidance\//, id);
    }
  });

  it('keeps NCISH’s offer to the 12 pilot areas in England out of the resources for everyone', () => {
    const advice = professionalResources().find((r) => r.id === 'ncish.resource.data-collection-advice');
    assert.match(advice?.offeredOnlyTo ?? '', /12 areas in England/);
    // The source says so: the support is for "12 areas in England".
    assert.ok(sourceText('ncish-community-self-harm-care.txt').includes('support 12 areas in England'));
    for (const resource of professionalResources()) {
      if (resource.source.section === 'We will support teams in participating areas by') assert.ok(resource.offeredOnlyTo, resource.id);
    }
  });

  it('keeps the limits of confidentiality in the plain version of outcome 8, in English and Welsh', () => {
    const eight = getStatement().outcomes.items.find((o) => o.id === 'iqs.outcome.8');
    assert.ok(eight?.text.includes('in line with confidentiality protocols'));
    // Not a promise of privacy: the rules are followed, and they say when staff may need to talk to others.
    assert.match(eight?.plain ?? '', /rules/);
    assert.match(eight?.plain ?? '', /may need to (talk|tell|speak)/);
    const welsh = (welshContent('statement.json') as { entries: Record<string, { fields: { plain?: string } }> }).entries['iqs.outcome.8']?.fields.plain ?? '';
    assert.match(welsh, /rheolau/);
    assert.match(welsh, /gallai fod angen/);
  });

  it('keeps safe prescribing in the plain version of outcome 5, in English and Welsh', () => {
    const five = getStatement().outcomes.items.find((o) => o.id === 'iqs.outcome.5');
    assert.ok(five?.text.includes('safe prescribing'));
    assert.match(five?.plain ?? '', /prescribed/);
    const welsh = (welshContent('statement.json') as { entries: Record<string, { fields: { plain?: string } }> }).entries['iqs.outcome.5']?.fields.plain ?? '';
    assert.match(welsh, /ragnodi|rhagnodi|presgripsiwn/);
  });

  it('narrows only outcome 9, whose own words narrow it ("if not in a setting for urgent medical treatment")', () => {
    const statement = getStatement();
    const narrowed = [...statement.outcomes.items, ...statement.domains.flatMap((d) => d.commitments), ...statement.themes.flatMap((t) => t.commitments)]
      .filter((item) => item.settings !== undefined)
      .map((item) => item.id);
    assert.deepEqual(narrowed, ['iqs.outcome.9']);
  });

  it('takes every title from its source, or marks it editorial, and marks none that is in the source', () => {
    const statement = getStatement();
    const titled = [
      ...Object.values(statement.references).flat(),
      ...professionalResources(),
    ];
    const files = new Map(sources().map((doc) => [doc.id, doc.file]));
    const problems: string[] = [];
    for (const item of titled) {
      const file = files.get(item.source.source);
      assert.ok(file, item.id);
      const inSource = sourceText(file, { joined: true }).includes(normaliseForQuote(item.title));
      if (!inSource && item.editorialTitle === undefined) problems.push(`${item.id}: "${item.title}" is not in the source: mark it editorialTitle or use the source's words`);
      if (inSource && item.editorialTitle !== undefined) problems.push(`${item.id}: "${item.title}" is in the source, so it is not editorial`);
    }
    assert.deepEqual(problems, []);
    assert.ok(titled.filter((item) => item.editorialTitle !== undefined).length >= 7, 'iqs.reference.guidance.5 and six NCISH titles are ours');
  });

  it('records each heading of the CG133 copy with no text under it as a known gap, never a silent omission', () => {
    const file = nicePracticePoints();
    const lines = readFileSync(path.join(SOURCES_DIR, 'nice-cg133-key-priorities.txt'), 'utf8').split('\n').map((line) => line.trim());
    // Headings: lines that are not list entries, footnotes, sentences or the page's own title.
    const headings = lines.filter((line) => line !== '' && !/^[•[]/.test(line) && !/[.:]$/.test(line) && line !== 'Key priorities for implementation');
    const encoded = new Set(file.points.map((p) => p.section));
    const gaps = (file.knownGaps ?? []).map((g) => g.section);
    assert.deepEqual(headings.filter((h) => !encoded.has(h)), gaps);
    assert.deepEqual(gaps, ['Treating associated mental health conditions']);
    for (const gap of file.knownGaps ?? []) assert.ok(gap.note.includes(gap.section), gap.id);
  });

  it('lists in sources.json exactly the sections its items cite, so each can be named in Welsh', () => {
    const cited = new Map<string, Set<string>>();
    // Sections are named in Welsh only where the content is shown in Welsh.
    const englishOnly = QUOTED_FILES.flatMap((file, index) => (hasWelsh(file) ? [] : [`$[${index}]`]));
    for (const found of walkStrings(quotedContent())) {
      if (found.kind !== 'value' || !found.path.endsWith('.source.section')) continue;
      if (englishOnly.some((root) => found.path.startsWith(`${root}.`))) continue;
      const ref = sourceRefAt(found.path.replace(/\.section$/, ''));
      const set = cited.get(ref.source) ?? new Set<string>();
      set.add(found.value);
      cited.set(ref.source, set);
    }
    for (const doc of sources()) {
      const listed = doc.sections ?? [];
      assert.equal(new Set(listed).size, listed.length, `${doc.id} lists a section twice`);
      assert.deepEqual([...listed].sort(), [...(cited.get(doc.id) ?? [])].sort(), doc.id);
    }
  });
});
