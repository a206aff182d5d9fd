/**
 * Setting profiles (content/en/setting-profiles.json): what each setting, age group and front-line
 * practice brings forward, and why. Every item exists and applies where it is brought forward; NICE
 * CG133 only where continuing care is given; every `why` quotes words that are really in its item
 * (or in the statement's "Who is this for?" or Purpose), in English and in Welsh.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FocusEntry } from '../../schema/setting-profile.js';
import type { TranslationFile } from '../../schema/translation.js';
import { ANY_SERVICE } from '../../schema/vocabulary.js';
import { qualityStatementAppliesIn } from '../../src/core/quality-standard.js';
import { appliesIn, getItem, getStatement, settingProfiles, settings, type StatementItem } from '../../src/core/statement.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { normaliseForQuote } from './_statement-sources.js';

const profiles = settingProfiles();
const every = (): { where: string; entry: FocusEntry }[] => [
  ...profiles.anyService.startHere.map((entry) => ({ where: ANY_SERVICE, entry })),
  ...profiles.profiles.flatMap((p) => p.startHere.map((entry) => ({ where: p.setting, entry }))),
  ...profiles.frontLineThemes.map((entry) => ({ where: 'front-line', entry })),
  ...profiles.ages.flatMap((a) => a.items.map((entry) => ({ where: `age ${a.age}`, entry }))),
];

/** The words “in curly quotes” in a why. */
export const quotedWords = (why: string): string[] => [...why.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');

/** The readable text of an item, as a reader sees it: its text, list entries and title. */
function readable(entry: StatementItem, fields: Record<string, unknown> = entry.item as unknown as Record<string, unknown>): string {
  return ['title', 'text', 'plain', 'items']
    .flatMap((key) => {
      const value = fields[key];
      return typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    })
    .join(' ');
}

const statement = getStatement();
const who = statement.whoIsThisFor;
/** "Who is this for?" and Purpose: the statement's own words on where it applies. */
const WHO_AND_PURPOSE = [who.lead, ...who.groups, who.professionalsLead, ...who.professionalGroups, ...who.terminology, ...statement.purpose];

const matches = (haystack: string, words: string) => normaliseForQuote(haystack).includes(normaliseForQuote(words).replace(/[.]$/, ''));

/** Every Welsh entry of every content/cy file, by id. */
const welsh = new Map<string, Record<string, unknown>>();
for (const file of ['statement', 'nice-qs34', 'nice-cg133', 'ncish-resources', 'setting-profiles']) {
  const json = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', 'cy', `${file}.json`), 'utf8')) as TranslationFile;
  for (const [id, entry] of Object.entries(json.entries)) welsh.set(id, entry.fields);
}

describe('setting profiles', () => {
  it('has one profile for each of the statement’s settings, in its order, and the neutral view for any service', () => {
    assert.deepEqual(profiles.profiles.map((p) => p.setting), settings().map((s) => s.id));
    assert.equal(profiles.anyService.id, ANY_SERVICE);
    assert.ok(statement.whoIsThisFor.groups.some((g) => g.text.includes(profiles.anyService.source.quote)), 'the neutral view quotes "Who is this for?"');
  });

  it('gives each entry its own id, and names only items that exist, of the kinds each list may hold', () => {
    const ids = every().map(({ entry }) => entry.id);
    assert.equal(new Set(ids).size, ids.length);
    const startHereKinds = ['outcome', 'commitment', 'quality-statement', 'nice-practice-point'];
    for (const { where, entry } of every()) {
      const item = getItem(entry.item);
      assert.ok(item, `${where}: ${entry.item} does not exist`);
      if (where === 'front-line') assert.ok(item.kind === 'commitment' && item.groupKind === 'theme', `${entry.id}: front-line lists theme commitments`);
      else if (!where.startsWith('age ')) assert.ok(startHereKinds.includes(item.kind), `${entry.id}: ${item.kind} cannot start here`);
    }
  });

  it('brings forward in each setting only what applies there, and NICE CG133 only where continuing care is given', () => {
    const byId = new Map(settings().map((s) => [s.id as string, s]));
    byId.set(ANY_SERVICE, profiles.anyService as never);
    for (const { where, entry } of every()) {
      const setting = byId.get(where);
      if (setting === undefined) continue;
      const item = getItem(entry.item)!;
      if (item.kind === 'outcome' || item.kind === 'commitment') assert.ok(where === ANY_SERVICE || appliesIn(item.item, setting.id), `${entry.id} does not apply in ${where}`);
      if (item.kind === 'quality-statement') assert.ok(qualityStatementAppliesIn(item.item, setting), `${entry.id}: QS34 ${item.item.number} does not apply in ${where}`);
      if (item.kind === 'nice-practice-point') assert.ok(setting.continuingCare, `${entry.id}: CG133 in ${where}, which gives no continuing care`);
    }
    for (const id of ['ambulance', 'emergency-department', 'pharmacy']) assert.equal(byId.get(id)?.continuingCare, false, id);
  });

  it('gives each setting at least one outcome, so people and carers have a start-here list too', () => {
    for (const list of [profiles.anyService.startHere, ...profiles.profiles.map((p) => p.startHere)]) {
      assert.ok(list.some((entry) => getItem(entry.item)?.kind === 'outcome'), list[0]?.id);
    }
  });

  it('quotes, in every why, words that are really in its item or in "Who is this for?" and Purpose', () => {
    const problems: string[] = [];
    for (const { entry } of every()) {
      const item = getItem(entry.item)!;
      const words = quotedWords(entry.why);
      if (words.length === 0) problems.push(`${entry.id}: quotes nothing`);
      for (const quoted of words) {
        const found = matches(readable(item), quoted) || WHO_AND_PURPOSE.some((p) => matches(p.text, quoted));
        if (!found) problems.push(`${entry.id}: “${quoted}” is not in ${entry.item}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('rejects a why whose quoted words are not in its item (the check itself)', () => {
    const item = getItem('iqs.outcome.5')!;
    assert.equal(matches(readable(item), 'safe administration'), false);
    assert.ok(matches(readable(item), 'safe prescribing'));
  });

  it('has every why in Welsh, quoting words that are in the Welsh of its item', () => {
    const problems: string[] = [];
    for (const { entry } of every()) {
      const why = welsh.get(entry.id)?.['why'];
      if (typeof why !== 'string') {
        problems.push(`${entry.id}: no Welsh why`);
        continue;
      }
      const fields = welsh.get(entry.item);
      const words = quotedWords(why);
      if (words.length === 0) problems.push(`${entry.id}: the Welsh quotes nothing`);
      for (const quoted of words) {
        if (!fields || !matches(readable(getItem(entry.item)!, fields), quoted)) problems.push(`${entry.id}: “${quoted}” is not in the Welsh of ${entry.item}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
