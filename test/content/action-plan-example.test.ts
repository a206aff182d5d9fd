/**
 * The worked example, Gloucestershire's Preventing Self-Harm Action Plan, against its source text:
 * every action there, with its words, status, links, age group and NICE QS34 citations as the
 * plan gives them, and its mapping to the statement marked as an editorial judgement. (Its schema,
 * quotes, safe messaging and review date are checked with the other content files.)
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionPlan, PlanAction, Qs34Citation } from '../../schema/action-plan.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { normaliseForQuote, sourceText } from './_statement-sources.js';

const plan = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', 'en', 'examples', 'gloucestershire-action-plan.json'), 'utf8')) as ActionPlan;
const SOURCE_FILE = 'gloucestershire-preventing-self-harm-action-plan.txt';
const source = sourceText(SOURCE_FILE);
/**
 * The source wraps lines inside words ("self-\nharmed"), which normalising leaves as "self- harmed".
 * The plan's texts are written whole, so for them a space after a hyphen is ignored on both sides.
 */
const unwrap = (text: string) => normaliseForQuote(text).replace(/-\s+/g, '-');
const inSource = (text: string) => unwrap(source).includes(unwrap(text));

const actions: PlanAction[] = plan.priorityAreas.flatMap((a) => a.outcomes.flatMap((o) => o.actions));
const citations: { where: string; citation: Qs34Citation }[] = [
  ...plan.priorityAreas.flatMap((a) => a.outcomes.flatMap((o) => (o.qs34 ?? []).map((citation) => ({ where: `outcome ${o.id}`, citation })))),
  ...actions.flatMap((a) => (a.qs34 ?? []).map((citation) => ({ where: `action ${a.id}`, citation }))),
];
const SOURCE_AGE = { 'children-and-young-people': 'CYP', adults: 'Adults', both: 'Both' } as const;

describe('the Gloucestershire action plan, against its source', () => {
  it('has all 32 actions, numbered as the plan numbers them, in 9 outcomes in 5 priority areas', () => {
    assert.deepEqual(plan.priorityAreas.map((a) => a.id), ['1', '2', '3', '4', '5']);
    assert.equal(plan.priorityAreas.flatMap((a) => a.outcomes).length, 9);
    assert.equal(actions.length, 32);
    // Every N.N.N the source mentions is an action, but for the two that are not in the plan: the
    // "3.1.7" that 5.1.4 links to, and "Future in Mind Action 3.1.22", a workstream outside it.
    const mentioned = [...new Set([...source.matchAll(/\b\d\.\d\.\d+\b/g)].map((m) => m[0]))];
    assert.deepEqual(mentioned.filter((id) => !actions.some((a) => a.id === id)).sort(), ['3.1.22', '3.1.7']);
    assert.deepEqual(actions.map((a) => a.id).sort(), mentioned.filter((id) => !['3.1.22', '3.1.7'].includes(id)).sort());
  });

  it('quotes the source for every priority area, outcome and action', () => {
    for (const item of [...plan.priorityAreas, ...plan.priorityAreas.flatMap((a) => a.outcomes), ...actions]) {
      assert.equal(item.source?.source, 'gloucestershire-preventing-self-harm-action-plan', item.id);
      assert.ok(source.includes(normaliseForQuote(item.source.quote)), `${item.id}: "${item.source.quote}"`);
    }
  });

  it('gives each action, outcome and area the source’s own words (line-wrap hyphens aside)', () => {
    for (const area of plan.priorityAreas) assert.ok(inSource(`${area.id}. ${area.title}`), area.id);
    for (const outcome of plan.priorityAreas.flatMap((a) => a.outcomes)) assert.ok(inSource(outcome.text), outcome.id);
    for (const action of actions) assert.ok(inSource(`${action.id} ${action.text}`), action.id);
  });

  it('gives each action its row as the source has it: status words, links words and age group in order', () => {
    for (const action of actions) {
      const row = [action.id, action.text, action.status.text, action.links?.text, action.ageGroup && SOURCE_AGE[action.ageGroup]].filter(Boolean).join(' ');
      assert.ok(inSource(row), `${action.id}: "${row}"`);
    }
  });

  it('keeps the statuses the source gives, one of them with no age group (3.1.6), and the missing "3.1.7" link', () => {
    assert.ok(actions.every((a) => a.status.text !== undefined));
    assert.deepEqual(actions.filter((a) => a.status.state === 'awaiting').map((a) => [a.id, a.status.text]), [
      ['2.3.2', 'Awaiting result of 2.3.1'],
      ['3.1.6', 'Awaiting imminent MIU pathway publication'],
    ]);
    assert.deepEqual(actions.filter((a) => a.ageGroup === undefined).map((a) => a.id), ['3.1.6']);
    const links = actions.flatMap((a) => (a.links?.to ?? []).flatMap((l) => (l.type === 'action' ? [l.id] : [])));
    assert.ok(links.includes('3.1.7'));
    assert.ok(!actions.some((a) => a.id === '3.1.7'));
  });

  it('records every QS34 citation in the 2013 wording, with the source’s own words and their statements written out', () => {
    assert.equal(citations.length, 12);
    for (const { where, citation } of citations) {
      assert.equal(citation.wording, '2013', where);
      assert.ok(citation.cited && source.includes(normaliseForQuote(citation.cited)), `${where}: "${citation.cited}"`);
      // "(NICE QS34 2-5)" → 2, 3, 4, 5; "(QS34 6&7)" and "(NICE QS34 6 &7)" → 6, 7.
      const [, from, sep, to] = /QS34 (\d)(?: ?([-&]) ?(\d))?\)$/.exec(citation.cited!) ?? [];
      const first = Number(from);
      const last = to === undefined ? first : Number(to);
      const numbers = sep === '-' ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [...new Set([first, last])];
      assert.deepEqual(citation.statements, numbers.map((n) => `nice.qs34.${n}`), where);
    }
  });

  it('marks its mapping to the statement as an editorial judgement, said so in the plan', () => {
    for (const action of actions) {
      assert.equal(action.statementMapping?.by, 'editorial', action.id);
      assert.ok(action.statementMapping.ids.length > 0, action.id);
    }
    assert.match(plan.mappingNote ?? '', /editorial judgement/);
    assert.equal(plan.lang, 'en');
  });
});
