/**
 * The statement's content files: valid against their schemas, complete, traceable (every quote is
 * in the source text), with stable ids and review dates not passed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod/mini';
import { NicePracticePointsFile } from '../../schema/nice.js';
import { ProfessionalResourcesFile } from '../../schema/professional-resource.js';
import { QualityStandardFile } from '../../schema/quality-standard.js';
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
  'self-assessment-frameworks.json': AssessmentFrameworksFile,
};
const readContent = (file: string): unknown => JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', 'en', file), 'utf8'));
/** The content files whose items quote a source, in a fixed order (JSON paths index into it). */
const QUOTED_FILES = ['statement.json', 'settings.json', 'audiences.json', 'nice-cg133.json', 'nice-qs34.json', 'ncish-resources.json', 'self-assessment-frameworks.json'];
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
    assert.ok(iqs.includes(normaliseForQuote('other trauma\n - have been given access to a holistic psychosocial assessment')));
    assert.ok(iqs.includes(normaliseForQuote('feel that they’ve been heard, seen, and understood')));
    assert.equal(iqs.includes(normaliseForQuote('feel that they have been heard, seen, and understood')), false);
    assert.equal(iqs.includes(normaliseForQuote('Most people who self-harm go on to die by suicide.')), false);
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
      if (!sourceText(file).includes(normaliseForQuote(found.value))) missing.push(`${sourceRefPath} (${file}): "${found.value}"`);
    }
    assert.deepEqual(missing, [], `quotes not found in the source text:\n${missing.join('\n')}`);
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

  it('finds every NCISH resource text verbatim', () => {
    for (const resource of professionalResources()) assert.equal(resource.source.quote, resource.text, resource.id);
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

/** Every content file, English and Welsh, services included: editors validate it through `$schema`. */
describe('content files: JSON Schemas', () => {
  for (const locale of ['en', 'cy']) {
    for (const file of readdirSync(path.join(REPO_ROOT, 'content', locale)).filter((f) => f.endsWith('.json'))) {
      it(`content/${locale}/${file} points "$schema" at a generated JSON Schema that is up to date`, () => {
        const json = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', locale, file), 'utf8')) as { $schema?: unknown };
        assert.equal(typeof json.$schema, 'string');
        const target = path.resolve(REPO_ROOT, 'content', locale, json.$schema as string);
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
function sourceRefAt(jsonPath: string): { source: string } {
  const roots = quotedContent();
  let node: unknown = roots;
  for (const part of jsonPath.slice(1).match(/\[\d+\]|\.[^.[]+/g) ?? []) {
    const key = part.startsWith('[') ? Number(part.slice(1, -1)) : part.slice(1);
    node = (node as Record<string | number, unknown>)[key];
  }
  return node as { source: string };
}
