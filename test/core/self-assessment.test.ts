/**
 * Self-assessment in the core: the frameworks, making and changing an assessment, summaries and
 * comparisons, export (JSON, CSV, report) and import (validation, migration, unknown criteria,
 * hostile files), with a fast-check property that export then import gives back the original.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as fc from 'fast-check';
import { UnknownOptionError } from '../../src/core/errors.js';
import {
  ASSESSMENT_CSV_COLUMNS,
  FrameworkMismatchError,
  MAX_FILE_CHARACTERS,
  alignResponses,
  assessmentFramework,
  assessmentReport,
  assessmentToCsv,
  assessmentToJson,
  canonical,
  compare,
  criteriaOf,
  csvCell,
  importAssessment,
  knownCriterionIds,
  newAssessment,
  progressOf,
  sameAssessment,
  summarise,
  withDetails,
  withResponse,
  type Assessment,
} from '../../src/core/index.js';
import { qualityStatements } from '../../src/core/quality-standard.js';
import { SETTING_IDS, getStatement } from '../../src/core/statement.js';
import { guidanceFor } from '../../src/core/guidance.js';
import { Assessment as AssessmentSchema, ASSESSMENT_FORMAT } from '../../schema/self-assessment.js';
import { anyAssessment, hostileAssessmentFiles, validAssessment } from '../helpers/hostile-assessments.js';
import { chooseSeed } from '../helpers/fuzz.js';

const DATE = '2026-11-01';
const ids = (framework: ReturnType<typeof assessmentFramework>) => criteriaOf(framework).map((c) => c.id);

describe('self-assessment: frameworks', () => {
  it('service: the 12 outcomes, 29 domain and 22 theme commitments by their own ids, and the 8 QS34 statements', () => {
    const service = assessmentFramework('service');
    assert.equal(service.framework, 'service');
    const statement = getStatement();
    const expected = [
      ...statement.outcomes.items.map((o) => o.id),
      ...statement.domains.flatMap((d) => d.commitments.map((c) => c.id)),
      ...statement.themes.flatMap((t) => t.commitments.map((c) => c.id)),
      ...qualityStatements().statements.map((s) => s.id),
    ];
    assert.deepEqual(ids(service), expected);
    assert.equal(expected.length, 12 + 29 + 22 + 8);
    assert.deepEqual(
      service.groups.map((g) => [g.kind, g.criteria.length]),
      [['outcomes', 12], ['domain', 7], ['domain', 4], ['domain', 7], ['domain', 2], ['domain', 3], ['domain', 6], ['theme', 5], ['theme', 5], ['theme', 3], ['theme', 2], ['theme', 3], ['theme', 4], ['quality-statements', 8]],
    );
    assert.equal(service.groups[0]!.prompt, 'How do you know people experience this?');
    assert.match(service.qualityStatementsNotice ?? '', /© NICE/);
  });

  it('service: every criterion keeps the text and source of its content item', () => {
    const service = assessmentFramework('service');
    for (const criterion of criteriaOf(service)) {
      assert.ok(criterion.text.length > 0, criterion.id);
      assert.ok(criterion.source.quote.length > 0, criterion.id);
    }
    const safe2 = criteriaOf(service).find((c) => c.id === 'iqs.domain.safe.2')!;
    assert.equal(safe2.source.source, 'wales-iqs-self-harm');
    assert.equal(safe2.text, safe2.source.quote);
  });

  it('service: QS34 statements carry NICE\'s example measures as hints, never the rationales', () => {
    const qs = assessmentFramework('service').groups.at(-1)!;
    const byId = new Map(qs.criteria.map((c) => [c.id, c]));
    assert.deepEqual(byId.get('nice.qs34.1')!.measures.map((m) => m.id), ['nice.qs34.measure.1-structure', 'nice.qs34.measure.1-process']);
    assert.deepEqual(byId.get('nice.qs34.5')!.measures.map((m) => m.id), ['nice.qs34.measure.4-5-outcome']);
    for (const c of qs.criteria) for (const m of c.measures) assert.notEqual(m.kind, 'rationale');
    assert.equal(byId.get('nice.qs34.4')!.title, 'Observation');
  });

  it('service: a setting narrows it as guidance does, QS34 statements by where they apply', () => {
    const ed = ids(assessmentFramework('service', 'emergency-department'));
    assert.ok(!ed.includes('iqs.outcome.9'));
    // Every commitment applies everywhere (issue 16 undid two narrowings); only outcome 9 is narrowed.
    assert.ok(ed.includes('iqs.domain.timely.2') && ed.includes('iqs.domain.effective.2'));
    // An emergency department is a healthcare setting with no continuing support: QS34 1 to 5.
    assert.deepEqual(ed.filter((id) => id.startsWith('nice.qs34.')), ['nice.qs34.1', 'nice.qs34.2', 'nice.qs34.3', 'nice.qs34.4', 'nice.qs34.5']);
    const housing = ids(assessmentFramework('service', 'housing-homelessness'));
    assert.ok(housing.includes('iqs.outcome.9') && housing.includes('iqs.domain.timely.2'));
    // Housing is neither: only statement 1, which asks compassion of every service.
    assert.deepEqual(housing.filter((id) => id.startsWith('nice.qs34.')), ['nice.qs34.1']);
    const mentalHealth = ids(assessmentFramework('service', 'mental-health'));
    assert.equal(mentalHealth.filter((id) => id.startsWith('nice.qs34.')).length, 8);
    assert.ok(assessmentFramework('service', 'housing-homelessness').qualityStatementsNotice);
    // The same statements guidance shows the setting's professionals.
    for (const setting of SETTING_IDS) {
      const fromGuidance = guidanceFor({ setting, audience: 'professional' }).sections.flatMap((s) => (s.kind === 'quality-statements' ? s.items.map((i) => i.id) : []));
      assert.deepEqual(ids(assessmentFramework('service', setting)).filter((id) => id.startsWith('nice.qs34.')), fromGuidance, setting);
      assert.ok(ids(assessmentFramework('service', setting)).length >= 58, setting);
    }
  });

  it('policy: ten checks in three groups, each quoting its source; ids are policy.<slug>', () => {
    const policy = assessmentFramework('policy');
    assert.deepEqual(ids(policy), [
      'policy.defines-self-harm',
      'policy.harm-reduction',
      'policy.no-risk-prediction-tools',
      'policy.confidentiality',
      'policy.safeguarding',
      'policy.psychosocial-assessment',
      'policy.support-care-safety-plans',
      'policy.family-carers',
      'policy.organised-information',
      'policy.patient-voice',
    ]);
    assert.deepEqual(criteriaOf(policy).map((c) => c.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Leadership 4, the statement's own words, asks for five of them.
    const leadership4 = getStatement().themes.find((t) => t.key === 'leadership')!.commitments[3]!;
    const fromLeadership = criteriaOf(policy).filter((c) => c.source.quote === leadership4.text).map((c) => c.id);
    assert.equal(fromLeadership.length, 5);
    // The same framework in every setting.
    assert.equal(assessmentFramework('policy', 'mental-health'), policy);
  });

  it('refuses an unknown framework or setting with the values it knows', () => {
    assert.throws(() => assessmentFramework('hospital'), (e: unknown) => e instanceof UnknownOptionError && e.option === 'framework' && e.validValues.includes('policy'));
    assert.throws(() => assessmentFramework('service', 'ward'), (e: unknown) => e instanceof UnknownOptionError && e.option === 'setting');
  });

  it('returns the same object for the same framework and setting (so caches keyed by identity work)', () => {
    assert.equal(assessmentFramework('service', 'pharmacy'), assessmentFramework('service', 'pharmacy'));
    assert.notEqual(assessmentFramework('service', 'pharmacy'), assessmentFramework('service'));
  });
});

describe('self-assessment: making and changing an assessment', () => {
  it('starts with one not-assessed response per criterion, valid against the schema', () => {
    const a = newAssessment('service', { date: DATE, setting: 'mental-health' });
    assert.equal(a.responses.length, criteriaOf(assessmentFramework('service', 'mental-health')).length);
    assert.ok(a.responses.every((r) => r.rating === 'not-assessed' && r.evidence === '' && r.due === undefined));
    assert.ok(AssessmentSchema.safeParse(a).success);
    assert.deepEqual(progressOf(a), { assessed: 0, total: a.responses.length });
  });

  it('changes one response at a time and leaves the original as it was', () => {
    const a = newAssessment('policy', { date: DATE });
    const b = withResponse(a, 'policy.harm-reduction', { rating: 'partly-met', evidence: 'Section 4', due: '2027-01-31' });
    assert.equal(a.responses[1]!.rating, 'not-assessed');
    assert.deepEqual(b.responses[1], { criterion: 'policy.harm-reduction', rating: 'partly-met', evidence: 'Section 4', action: '', owner: '', due: '2027-01-31' });
    const c = withResponse(b, 'policy.harm-reduction', { due: undefined });
    assert.equal('due' in c.responses[1]!, false);
    assert.deepEqual(progressOf(b), { assessed: 1, total: 10 });
  });

  it('a new setting brings in its criteria and keeps every response, including those that no longer apply', () => {
    let a = newAssessment('service', { date: DATE, setting: 'housing-homelessness' });
    a = withResponse(a, 'iqs.outcome.9', { rating: 'met', evidence: 'Survey' });
    const ed = withDetails(a, { setting: 'emergency-department' });
    assert.ok(ed.responses.some((r) => r.criterion === 'nice.qs34.1'));
    assert.deepEqual(ed.responses.at(-1), a.responses.find((r) => r.criterion === 'iqs.outcome.9'));
    assert.deepEqual(summarise(ed).notInSetting, ['iqs.outcome.9']);
    const none = withDetails(ed, { setting: undefined });
    assert.equal('setting' in none.details, false);
    assert.equal(alignResponses(none), none);
  });
});

describe('self-assessment: summarise and compare', () => {
  const rated = (): Assessment => {
    let a = newAssessment('service', { date: '2025-11-01', setting: 'mental-health' });
    a = withResponse(a, 'iqs.domain.safe.1', { rating: 'met' });
    a = withResponse(a, 'iqs.domain.safe.2', { rating: 'partly-met' });
    a = withResponse(a, 'iqs.domain.safe.3', { rating: 'not-met' });
    a = withResponse(a, 'iqs.domain.safe.4', { rating: 'not-applicable' });
    return withResponse(a, 'made.up.criterion', { rating: 'met' });
  };

  it('counts each rating per domain and theme, and overall', () => {
    const summary = summarise(rated());
    const safe = summary.groups.find((g) => g.id === 'iqs.domain.safe')!;
    assert.equal(safe.name, 'Safe');
    assert.deepEqual(safe.counts, { met: 1, 'partly-met': 1, 'not-met': 1, 'not-applicable': 1, 'not-assessed': 3 });
    assert.equal(safe.total, 7);
    assert.equal(safe.assessed, 4);
    assert.equal(summary.overall.total, 71);
    assert.equal(summary.overall.assessed, 4);
    assert.deepEqual(summary.unknownCriteria, ['made.up.criterion']);
    assert.equal(summary.groups.reduce((n, g) => n + g.total, 0), summary.overall.total);
  });

  it('compares year on year: improved, declined, unchanged, changed, added and removed', () => {
    const earlier = rated();
    let later = withResponse(earlier, 'iqs.domain.safe.2', { rating: 'met' });
    later = withResponse(later, 'iqs.domain.safe.1', { rating: 'not-met' });
    later = withResponse(later, 'iqs.domain.safe.4', { rating: 'met' });
    later = { ...later, responses: later.responses.filter((r) => r.criterion !== 'made.up.criterion') };
    later = withResponse(later, 'another.made.up', { rating: 'met' });
    const result = compare(earlier, later);
    const change = (id: string) => result.criteria.find((c) => c.criterion === id)?.change;
    assert.equal(change('iqs.domain.safe.2'), 'improved');
    assert.equal(change('iqs.domain.safe.1'), 'declined');
    assert.equal(change('iqs.domain.safe.3'), 'unchanged');
    assert.equal(change('iqs.domain.safe.4'), 'changed');
    assert.equal(change('another.made.up'), 'added');
    assert.equal(change('made.up.criterion'), 'removed');
    assert.equal(result.changes.improved, 1);
    assert.equal(result.changes.declined, 1);
    const safe = result.groups.find((g) => g.id === 'iqs.domain.safe')!;
    assert.equal(safe.earlier.counts.met, 1);
    assert.equal(safe.later.counts.met, 2);
  });

  it('refuses to compare a service assessment with a policy check', () => {
    assert.throws(() => compare(newAssessment('service', { date: DATE }), newAssessment('policy', { date: DATE })), FrameworkMismatchError);
  });
});

describe('self-assessment: export', () => {
  it('writes JSON that the schema accepts, fields in order, ending in a newline', () => {
    const text = assessmentToJson(validAssessment());
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(Object.keys(JSON.parse(text)), ['format', 'version', 'framework', 'details', 'responses']);
    assert.ok(AssessmentSchema.safeParse(JSON.parse(text)).success);
  });

  it('writes CSV with one row per criterion in the NICE baseline sheet shape: id, text, source, rating, evidence, action, owner, due', () => {
    const a = withResponse(newAssessment('policy', { date: DATE }), 'policy.harm-reduction', { rating: 'met', evidence: 'Line one\nline "two", three', owner: '=HYPERLINK("x")', due: '2027-01-31' });
    const csv = assessmentToCsv(withResponse(a, 'not.in.this.version', { rating: 'not-met' }));
    assert.ok(csv.startsWith('\ufeff'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines[0], ASSESSMENT_CSV_COLUMNS.join(','));
    assert.equal(lines.at(-1), '');
    assert.ok(lines[1]!.startsWith('policy.defines-self-harm,"The policy defines self-harm as the statement does:'));
    const harm = csv.split('\r\npolicy.harm-reduction,')[1]!;
    assert.ok(harm.includes('"The management of patients who self-harm'));
    assert.ok(harm.includes(',met,"Line one\nline ""two"", three",'));
    assert.ok(harm.includes(`,"'=HYPERLINK(""x"")",2027-01-31`));
    // A criterion this version does not know keeps its row, with no text or source.
    assert.ok(csv.includes('\r\nnot.in.this.version,,,not-met,,,,\r\n'));
  });

  it('neutralises every spreadsheet formula start in a CSV cell', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}1`).replace(/^"/, '').startsWith("'"), JSON.stringify(start));
    assert.equal(csvCell('plain'), 'plain');
  });

  it('builds a printable report: details, summary, every criterion with its response, and the responses kept from outside', () => {
    const a = withResponse(withResponse(newAssessment('service', { date: DATE, setting: 'primary-care', service: 'Example surgery' }), 'iqs.outcome.1', { rating: 'met', evidence: 'Feedback survey' }), 'unknown.one', { rating: 'met' });
    const report = assessmentReport(a);
    assert.equal(report.details.service, 'Example surgery');
    assert.equal(report.groups.length, report.framework.groups.length);
    assert.deepEqual(report.groups[0]!.rows[0]!.response, a.responses[0]);
    assert.equal(report.groups[0]!.summary.counts.met, 1);
    assert.deepEqual(report.kept.map((k) => [k.response.criterion, k.criterion]), [['unknown.one', undefined]]);
  });
});

describe('self-assessment: import', () => {
  it('opens what it exported', () => {
    const a = validAssessment();
    const result = importAssessment(assessmentToJson(a));
    assert.ok(result.ok);
    assert.deepEqual(result.assessment, a);
    assert.equal(result.migratedFrom, undefined);
    assert.deepEqual(result.unknownCriteria, []);
  });

  it('keeps and reports criteria this version does not know, never dropping them', () => {
    const a = withResponse(validAssessment(), 'policy.from-a-later-version', { rating: 'partly-met', evidence: 'Kept' });
    const result = importAssessment(assessmentToJson(a));
    assert.ok(result.ok);
    assert.deepEqual(result.unknownCriteria, ['policy.from-a-later-version']);
    assert.equal(result.assessment.responses.at(-1)!.evidence, 'Kept');
  });

  it('migrates the version-0 draft to version 1', () => {
    const v0 = {
      format: ASSESSMENT_FORMAT,
      version: 0,
      framework: 'service',
      service: 'Example ward',
      setting: 'mental-health',
      date: '2024-10-01',
      role: 'Ward manager',
      answers: {
        'iqs.outcome.1': { status: 'met', evidence: 'Survey' },
        'iqs.domain.safe.2': { status: 'partial', action: 'Training', owner: 'Practice educator', due: '2025-03-31' },
        'iqs.domain.safe.3': { status: 'n/a' },
        'iqs.theme.leadership.4': { status: '' },
        'old.draft.criterion': { status: 'not-met' },
      },
    };
    const result = importAssessment(JSON.stringify(v0));
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.equal(result.migratedFrom, 0);
    assert.deepEqual(result.assessment.details, { service: 'Example ward', setting: 'mental-health', date: '2024-10-01', assessorRole: 'Ward manager' });
    assert.deepEqual(result.assessment.responses.map((r) => [r.criterion, r.rating]), [
      ['iqs.outcome.1', 'met'],
      ['iqs.domain.safe.2', 'partly-met'],
      ['iqs.domain.safe.3', 'not-applicable'],
      ['iqs.theme.leadership.4', 'not-assessed'],
      ['old.draft.criterion', 'not-met'],
    ]);
    assert.deepEqual(result.assessment.responses[1], { criterion: 'iqs.domain.safe.2', rating: 'partly-met', evidence: '', action: 'Training', owner: 'Practice educator', due: '2025-03-31' });
    assert.deepEqual(result.unknownCriteria, ['old.draft.criterion']);
    assert.ok(AssessmentSchema.safeParse(result.assessment).success);
  });

  it('keeps markup and script in free text as text (it is data, never run)', () => {
    const a = withResponse(validAssessment(), 'policy.harm-reduction', { evidence: '<script>window.__shgInjected=1</script>', action: '<img src=x onerror=alert(1)>' });
    const result = importAssessment(assessmentToJson(a));
    assert.ok(result.ok);
    assert.equal(result.assessment.responses[1]!.evidence, '<script>window.__shgInjected=1</script>');
  });

  it('reads a file with a byte-order mark (as some editors save it)', () => {
    assert.ok(importAssessment(`\ufeff${assessmentToJson(validAssessment())}`).ok);
  });

  const files = hostileAssessmentFiles();
  it(`has 100 hostile files to refuse (${files.length})`, () => {
    assert.equal(files.length, 100);
    assert.equal(new Set(files.map((f) => f.name)).size, 100);
  });

  for (const file of files) {
    it(`refuses a hostile file with one clear message: ${file.name}`, () => {
      const result = importAssessment(file.text);
      assert.equal(result.ok, false, 'refused');
      if (result.ok) return;
      assert.match(result.message, /^This [^\n]{10,300}[.)]$/, 'one sentence or two, starting "This"');
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined, 'no prototype was touched');
    });
  }

  it('names each kind of problem with its own code', () => {
    const code = (text: string) => {
      const result = importAssessment(text);
      return result.ok ? 'ok' : result.code;
    };
    const good = validAssessment();
    assert.equal(code('{'), 'not-json');
    assert.equal(code('{}'), 'not-an-assessment');
    assert.equal(code(JSON.stringify({ ...good, version: 2 })), 'newer-version');
    assert.equal(code(JSON.stringify({ ...good, version: 'one' })), 'unknown-version');
    assert.equal(code(' '.repeat(MAX_FILE_CHARACTERS + 1)), 'too-large');
    assert.equal(code(JSON.stringify(good).replace('{', '{"__proto__":{},')), 'forbidden-key');
    const invalid = importAssessment(JSON.stringify({ ...good, responses: [{ ...good.responses[0], rating: 'excellent' }] }));
    assert.ok(!invalid.ok);
    assert.equal(invalid.code, 'invalid');
    assert.equal(invalid.path, 'responses[0].rating');
  });
});

describe('self-assessment: export then import gives back the original (fast-check)', () => {
  const seed = chooseSeed(process.env.SHG_FUZZ_SEED);
  for (const framework of ['service', 'policy'] as const) {
    it(`${framework}: any assessment, unknown criteria and odd text included (seed ${seed})`, () => {
      const known = [...knownCriterionIds(framework)];
      fc.assert(
        fc.property(anyAssessment(framework, known, SETTING_IDS), (a) => {
          assert.ok(AssessmentSchema.safeParse(a).success, 'the arbitrary makes valid assessments');
          const result = importAssessment(assessmentToJson(a));
          assert.ok(result.ok, result.ok ? '' : result.message);
          assert.deepEqual(result.assessment, canonical(a));
          assert.ok(sameAssessment(result.assessment, a));
          assert.deepEqual(result.unknownCriteria, a.responses.map((r) => r.criterion).filter((id) => !known.includes(id)));
        }),
        { seed, numRuns: 300 },
      );
    });
  }
});
