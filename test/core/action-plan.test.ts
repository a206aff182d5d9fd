import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  MAX_PLAN_BYTES,
  csvCell,
  matchesFilter,
  ageFilterKeys,
  parseActionPlan,
  parseActionPlanInSlices,
  planCoverage,
  planCsv,
  statusNote,
  type ActionPlan,
  type CsvWords,
  type PlanAction,
} from '../../src/core/index.js';
import { draftPlanFrom, newAssessment, withResponse, type ResponseChange } from '../../src/core/index.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { generatedPlan, hostilePlans, smallPlan } from '../fixtures/action-plans.js';

const EXAMPLE_TEXT = readFileSync(path.join(REPO_ROOT, 'content', 'en', 'examples', 'gloucestershire-action-plan.json'), 'utf8');

function parsed(input: unknown): { plan: ActionPlan; warnings: readonly string[] } {
  const result = parseActionPlan(input);
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result;
}

const actionsOf = (plan: ActionPlan): PlanAction[] => plan.priorityAreas.flatMap((a) => a.outcomes.flatMap((o) => o.actions));
const find = (plan: ActionPlan, id: string) => actionsOf(plan).find((a) => a.id === id)!;

describe('parseActionPlan: the Gloucestershire plan', () => {
  const { plan, warnings } = parsed(EXAMPLE_TEXT);

  it('has 32 actions in 9 outcomes in 5 priority areas', () => {
    assert.equal(plan.priorityAreas.length, 5);
    assert.deepEqual(plan.priorityAreas.flatMap((a) => a.outcomes.map((o) => o.id)), ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '4.1', '5.1']);
    assert.equal(actionsOf(plan).length, 32);
  });

  it('warns of exactly one missing link: 5.1.4 to "3.1.7", which the plan does not have', () => {
    assert.deepEqual(warnings, ['action 5.1.4 links to action 3.1.7, which is not in this plan.']);
  });

  it('keeps each status in the plan’s own words, and gives 3.1.6 no age group because the plan gives none', () => {
    assert.deepEqual(find(plan, '2.3.2').status, { state: 'awaiting', text: 'Awaiting result of 2.3.1' });
    assert.deepEqual(find(plan, '3.1.6').status, { state: 'awaiting', text: 'Awaiting imminent MIU pathway publication' });
    assert.equal(find(plan, '3.1.6').ageGroup, undefined);
    assert.equal(statusNote(find(plan, '2.3.2').status), 'Awaiting result of 2.3.1');
    assert.equal(statusNote(find(plan, '1.1.2').status), undefined);
    const counts = new Map<string, number>();
    for (const a of actionsOf(plan)) counts.set(a.status.text!, (counts.get(a.status.text!) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(counts), {
      'Initial meeting': 10,
      Underway: 17,
      Complete: 1,
      'Awaiting result of 2.3.1': 1,
      'Awaiting imminent MIU pathway publication': 1,
      Idea: 2,
    });
  });

  it('reads the same from JSON text and from a value', () => {
    assert.deepEqual(parsed(JSON.parse(EXAMPLE_TEXT)).plan, plan);
  });
});

describe('parseActionPlan: rules beyond the shape', () => {
  it('accepts a small plan with every field, and mutual related links (2.2.4 ↔ 2.3.1 in Gloucestershire)', () => {
    const { plan, warnings } = parsed(smallPlan());
    assert.deepEqual(warnings, []);
    assert.equal(plan.lang, undefined);
  });

  it('accepts "<" that starts no tag, as in "aged < 18"', () => {
    const input = smallPlan();
    input.priorityAreas[0]!.outcomes[0]!.actions[0]!.text = 'Support for people aged < 18 and <= 25';
    parsed(input);
  });

  it('warns, without refusing, of a link to an outcome the plan does not have', () => {
    const input = smallPlan();
    input.priorityAreas[1]!.outcomes[0]!.actions[0]!.links = { to: [{ type: 'outcome', id: '9.9' }] };
    assert.deepEqual(parsed(input).warnings, ['action 2.1.1 links to outcome 9.9, which is not in this plan.']);
  });

  it('reads a 2,000-action plan well under the size limit', () => {
    const text = JSON.stringify(generatedPlan(2000));
    assert.ok(text.length < MAX_PLAN_BYTES / 2, `${text.length} bytes`);
    assert.equal(actionsOf(parsed(text).plan).length, 2000);
  });

  it('finds a circle of dependencies in a long chain without running out of stack', () => {
    const input = generatedPlan(5000);
    for (const area of input.priorityAreas) {
      for (const outcome of area.outcomes) for (const action of outcome.actions) for (const link of action.links?.to ?? []) if (link.type === 'action') link.relation = 'depends-on';
    }
    parsed(input);
    const first = input.priorityAreas[0]!.outcomes[0]!.actions[0]!;
    const last = input.priorityAreas[0]!.outcomes[0]!.actions.at(-1)!;
    first.links = { to: [{ type: 'action', id: last.id, relation: 'depends-on' }] };
    const result = parseActionPlan(input);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /^actions depend on each other in a circle \(1\.1\.1 → 1\.1\.100 → 1\.1\.99 → .* → 1\.1\.1\)/);
  });
});

describe('parseActionPlan: hostile plans', () => {
  const cases = hostilePlans();

  it(`has at least 50 hostile plans (${cases.length}), each named once`, () => {
    assert.ok(cases.length >= 50);
    assert.equal(new Set(cases.map((c) => c.name)).size, cases.length);
  });

  for (const { name, input, message } of cases) {
    it(`${name}: refused with one clear message`, () => {
      const result = parseActionPlan(input);
      assert.equal(result.ok, false, `${name} was accepted`);
      if (result.ok) return;
      assert.match(result.error, message);
      assert.ok(!result.error.includes('\n'), 'one line');
      assert.ok(result.error.length < 400, `${result.error.length} characters`);
      assert.doesNotMatch(result.error, /Invalid input/, 'zod’s own generic words');
    });
  }

  it('refuses nothing and undefined with a message of their own', () => {
    for (const input of [undefined, null]) assert.deepEqual(parseActionPlan(input), { ok: false, error: 'no plan was given.' });
  });

  it('does not let a __proto__ key reach any object’s prototype', () => {
    parseActionPlan('{"__proto__": {"polluted": true}, "title": "x"}');
    assert.equal(({} as { polluted?: unknown }).polluted, undefined);
  });
});

describe('parseActionPlanInSlices', () => {
  it('gives the same plan and warnings as parseActionPlan, for the example and a large plan', async () => {
    for (const input of [EXAMPLE_TEXT, JSON.stringify(generatedPlan(2000)), smallPlan()]) assert.deepEqual(await parseActionPlanInSlices(input), parseActionPlan(input));
  });

  it('pauses between outcomes once a slice has run its time', async () => {
    let pauses = 0;
    const result = await parseActionPlanInSlices(generatedPlan(2000), { sliceMs: 0, pause: async () => void (pauses += 1) });
    assert.ok(result.ok);
    assert.equal(pauses, 50);
  });

  for (const { name, input, message } of hostilePlans()) {
    it(`${name}: refused with the same kind of message`, async () => {
      const result = await parseActionPlanInSlices(input);
      assert.equal(result.ok, false);
      assert.match(result.ok ? '' : result.error, message);
    });
  }
});

describe('planCoverage', () => {
  const coverage = planCoverage(parsed(EXAMPLE_TEXT).plan);

  it('lists the statement’s outcomes no Gloucestershire action addresses, by the editorial mapping', () => {
    assert.deepEqual(coverage.unaddressed.outcomes.map((o) => o.id), ['iqs.outcome.1', 'iqs.outcome.2', 'iqs.outcome.4', 'iqs.outcome.5', 'iqs.outcome.10']);
    assert.deepEqual(coverage.unaddressed.domains.map((d) => d.key), ['efficient']);
    assert.deepEqual(coverage.unaddressed.themes.map((t) => t.key), ['information']);
    assert.equal(coverage.mappedActions, 32);
    assert.equal(coverage.totalActions, 32);
  });

  it('names the actions that address each item, in plan order', () => {
    const seven = coverage.outcomes.find((c) => c.item.id === 'iqs.outcome.7')!;
    assert.deepEqual(seven.actions, ['1.1.1', '1.1.2']);
    const workforce3 = coverage.themes.find((t) => t.group.key === 'workforce')!.commitments[2]!;
    assert.deepEqual(workforce3.actions, ['1.2.2', '2.1.2', '5.1.1', '5.1.2', '5.1.3', '5.1.4', '5.1.5']);
  });

  it('counts every outcome and commitment of the statement once, addressed or not', () => {
    const commitments = [...coverage.domains, ...coverage.themes].flatMap((g) => g.commitments);
    assert.equal(coverage.outcomes.length + commitments.length, 63);
    assert.equal(commitments.filter((c) => c.actions.length === 0).length, coverage.unaddressed.commitments.length);
  });

  it('finds everything a gap in a plan without mappings', () => {
    const input = smallPlan();
    for (const area of input.priorityAreas) for (const outcome of area.outcomes) for (const action of outcome.actions) delete action.statementMapping;
    const empty = planCoverage(parsed(input).plan);
    assert.equal(empty.mappedActions, 0);
    assert.equal(empty.unaddressed.outcomes.length, 12);
    assert.equal(empty.unaddressed.domains.length, 6);
    assert.equal(empty.unaddressed.themes.length, 6);
  });
});

describe('matchesFilter', () => {
  const { plan } = parsed(EXAMPLE_TEXT);
  const ids = (filter: Parameters<typeof matchesFilter>[1]) => actionsOf(plan).filter((a) => matchesFilter(a, filter)).map((a) => a.id);

  it('keeps actions in one state', () => {
    assert.deepEqual(ids({ status: 'awaiting' }), ['2.3.2', '3.1.6']);
    assert.deepEqual(ids({ status: 'complete' }), ['1.3.1']);
    assert.equal(ids({}).length, 32);
  });

  it('gives the age filters each age group passes', () => {
    assert.deepEqual(ageFilterKeys('both'), ['children-and-young-people', 'adults']);
    assert.deepEqual(ageFilterKeys('adults'), ['adults']);
    assert.deepEqual(ageFilterKeys(undefined), ['not-stated']);
  });

  it('keeps actions for an age group with those for both, and finds the one with no age group', () => {
    assert.deepEqual(ids({ age: 'not-stated' }), ['3.1.6']);
    const adults = ids({ age: 'adults' });
    assert.ok(adults.includes('2.1.1') && adults.includes('2.1.2') && !adults.includes('1.1.1') && !adults.includes('3.1.6'));
    assert.equal(ids({ age: 'adults' }).length + ids({ age: 'children-and-young-people' }).length + 1 - ids({ age: 'adults' }).filter((id) => find(plan, id).ageGroup === 'both').length, 32);
    assert.deepEqual(ids({ status: 'idea', age: 'adults' }), ['4.1.1', '4.1.3']);
  });
});

describe('planCsv', () => {
  const words: CsvWords = {
    headings: { priorityArea: 'Priority', outcome: 'Outcome', action: 'Action', text: 'Text', status: 'Status', ageGroup: 'Age', links: 'Links', lead: 'Lead', due: 'Due', qs34: 'QS34', statement: 'Statement' },
    status: (state) => `state:${state}`,
    ageGroup: (group) => group ?? 'not stated',
    qs34: (numbers, wording) => `${numbers.join(', ')} (${wording})`,
  };

  it('writes a heading row and one row per action, with the plan’s own words', () => {
    const csv = planCsv(parsed(EXAMPLE_TEXT).plan, words);
    assert.ok(csv.startsWith('\uFEFFPriority,Outcome,Action,'));
    const lines = csv.slice(1).trimEnd().split('\r\n');
    assert.equal(lines.length, 33);
    const row = lines.find((line) => line.includes(',2.3.2,'))!;
    assert.match(row, /,Awaiting result of 2\.3\.1,adults,Reliant on delivery of Action 2\.3\.1,,,,iqs\.domain\.safe\.6 iqs\.theme\.culture\.5$/);
    assert.match(lines.find((line) => line.includes(',2.2.2,'))!, /,"2, 3, 4, 5 \(2013\)",/);
    assert.match(lines.find((line) => line.includes(',3.1.6,'))!, /,not stated,/);
  });

  it('quotes commas, quotes and line breaks, and never writes a formula', () => {
    assert.equal(csvCell('a, b'), '"a, b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    for (const formula of ['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1']) assert.ok(csvCell(formula).replace(/^"/, '').startsWith("'"), formula);
    const input = smallPlan();
    input.priorityAreas[0]!.outcomes[0]!.actions[0]!.text = '=cmd|"/c calc"!A0';
    assert.match(planCsv(parsed(input).plan, words), /,"'=cmd\|""\/c calc""!A0",/);
  });
});

describe('draftPlanFrom(assessment)', () => {
  const rated: [string, ResponseChange][] = [
    ['iqs.outcome.3', { rating: 'not-met', action: 'Agree a tailored response', owner: 'ED lead', due: '2027-03-31' }],
    ['iqs.domain.safe.2', { rating: 'partly-met' }],
    ['iqs.theme.leadership.4', { rating: 'met', action: 'Nothing to do' }],
    ['nice.qs34.2', { rating: 'not-met', action: 'Offer a psychosocial assessment' }],
    ['policy.defines-self-harm', { rating: 'partly-met', action: 'Add the statement’s definition to the policy' }],
    ['iqs.outcome.5', { rating: 'not-assessed' }],
    ['iqs.outcome.6', { rating: 'not-applicable' }],
  ];
  const assessmentWith = (rows: readonly [string, ResponseChange][]) =>
    rows.reduce((assessment, [criterion, change]) => withResponse(assessment, criterion, change), newAssessment('service', { service: 'Example ED', date: '2026-12-04' }));

  it('drafts an action at "idea" for each criterion rated not met or partly met, under its family', () => {
    const result = draftPlanFrom(assessmentWith(rated));
    assert.ok(result.ok, result.ok ? '' : result.error);
    const { plan } = result;
    assert.equal(plan.title, 'Draft action plan from the self-assessment of 2026-12-04');
    assert.equal(plan.area, 'Example ED');
    assert.deepEqual(
      plan.priorityAreas[0]!.outcomes.map((o) => [o.id, o.actions.map((a) => a.id)]),
      [['D.1', ['D.1.1']], ['D.2', ['D.2.1']], ['D.4', ['D.4.1']], ['D.5', ['D.5.1']]],
    );
    const [first, second, qs34, policy] = actionsOf(plan);
    assert.deepEqual(first, { id: 'D.1.1', text: 'Agree a tailored response', status: { state: 'idea' }, lead: 'ED lead', due: '2027-03-31', statementMapping: { ids: ['iqs.outcome.3'], by: 'plan' } });
    assert.equal(second!.text, 'Decide an action for iqs.domain.safe.2, rated partly met in the self-assessment.');
    assert.deepEqual(qs34!.qs34, [{ statements: ['nice.qs34.2'], wording: '2022' }]);
    assert.equal(policy!.statementMapping, undefined);
    assert.deepEqual(planCoverage(plan).outcomes.find((c) => c.item.id === 'iqs.outcome.3')!.actions, ['D.1.1']);
  });

  it('takes a title and area when given', () => {
    const result = draftPlanFrom(assessmentWith(rated), { title: 'Our plan for 2027', area: 'Example Health Board' });
    assert.ok(result.ok);
    assert.deepEqual([result.plan.title, result.plan.area], ['Our plan for 2027', 'Example Health Board']);
  });

  it('refuses what the assessor wrote if a plan may not hold it, and says when there is nothing to draft', () => {
    // Markup is plain text in an assessment, but a plan refuses it: the assessor is told where.
    const markup = draftPlanFrom(assessmentWith([['iqs.outcome.1', { rating: 'not-met', action: '<b>Act</b>' }]]));
    assert.match(markup.ok ? '' : markup.error, /\(in action "D\.1\.1"\): holds markup/);
    const none = draftPlanFrom(assessmentWith([['iqs.outcome.1', { rating: 'met' }]]));
    assert.deepEqual(none, { ok: false, error: 'no criterion is rated not met or partly met, so there is nothing to draft.' });
  });
});
