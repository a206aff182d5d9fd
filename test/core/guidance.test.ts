/** guidanceFor: different guidance for each setting, audience and age, a typed error and a neutral default. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnknownOptionError } from '../../src/core/index.js';
// src/core/index.ts re-exports this module; importing it directly keeps these tests independent of that wiring.
import {
  ANY_SERVICE,
  AUDIENCE_IDS,
  DEFAULT_GUIDANCE_QUERY,
  GUIDANCE_SETTING_IDS,
  SETTING_IDS,
  guidanceFor,
  type Guidance,
  type GuidanceSection,
} from '../../src/core/statement-index.js';

const kinds = (g: Guidance) => g.sections.map((s) => s.kind);
const itemIds = (s: GuidanceSection) => ('items' in s ? s.items.map((i) => ('entry' in i ? i.entry.id : i.id)) : [s.id]);
const ids = (g: Guidance) => g.sections.flatMap(itemIds);
const section = <K extends GuidanceSection['kind']>(g: Guidance, kind: K) => g.sections.find((s): s is Extract<GuidanceSection, { kind: K }> => s.kind === kind);
const startHere = (g: Guidance) => itemIds(section(g, 'start-here')!);

describe('guidanceFor()', () => {
  const edPro = guidanceFor({ setting: 'emergency-department', audience: 'professional' });
  const housingPro = guidanceFor({ setting: 'housing-homelessness', audience: 'professional' });
  const person = guidanceFor({ setting: 'emergency-department', audience: 'person' });

  it('gives a person help first, then what matters most here, then what they can expect in plain words beside the original', () => {
    assert.deepEqual(kinds(person), ['get-help', 'start-here', 'expectations']);
    // People read the outcomes the setting brings forward; staff items are not for them.
    assert.deepEqual(startHere(person), ['iqs.outcome.4', 'iqs.outcome.10']);
    const expectations = section(person, 'expectations')!;
    assert.ok(expectations.items.every((o) => o.plain.length > 0 && o.text.length > 0));
    assert.ok(expectations.items.some((o) => o.plain.includes('111 press 2')));
  });

  it('gives a carer the same outcomes, addressed to them', () => {
    const carer = guidanceFor({ setting: 'third-sector', audience: 'carer' });
    assert.deepEqual(kinds(carer), ['get-help', 'start-here', 'expectations']);
    assert.equal(section(carer, 'expectations')?.audience, 'carer');
  });

  it('gives an emergency department professional: start here, the domains, front-line themes, outcomes, current NICE QS34, resources and help', () => {
    assert.deepEqual(kinds(edPro), [
      'start-here',
      ...Array<string>(6).fill('domain'),
      'front-line-themes',
      'outcomes',
      'quality-statements',
      'professional-resources',
      'get-help',
    ]);
    // "while in the healthcare setting": statements 1 to 5; 6 to 8 are for continuing support.
    assert.deepEqual(itemIds(section(edPro, 'quality-statements')!), ['nice.qs34.1', 'nice.qs34.2', 'nice.qs34.3', 'nice.qs34.4', 'nice.qs34.5']);
    assert.equal(section(edPro, 'quality-statements')?.source.status, 'current');
    assert.ok(startHere(edPro).includes('iqs.domain.timely.2'));
  });

  it('brings forward what the setting needs: safe prescribing in pharmacy, immediate medical care for ambulance crews', () => {
    const pharmacy = guidanceFor({ setting: 'pharmacy', audience: 'professional' });
    const ambulance = guidanceFor({ setting: 'ambulance', audience: 'professional' });
    assert.equal(startHere(pharmacy)[0], 'iqs.outcome.5');
    assert.equal(startHere(ambulance)[0], 'iqs.domain.safe.3');
    const why = section(pharmacy, 'start-here')!.items[0]!.focus.why;
    assert.match(why, /“be assured that they have received safe prescribing”/);
  });

  it('shows NICE CG133 only where continuing care is given, after the current QS34, always with its superseded notice', () => {
    const primary = guidanceFor({ setting: 'primary-care', audience: 'professional' });
    const cg133 = section(primary, 'nice-practice-points')!;
    assert.equal(cg133.source.status, 'superseded');
    assert.equal(cg133.supersededBy?.id, 'nice-ng225');
    assert.match(cg133.guideline.statusNotice, /replaced/);
    assert.equal(cg133.items.length, 12);
    assert.ok(kinds(primary).indexOf('quality-statements') < kinds(primary).indexOf('nice-practice-points'));
    assert.deepEqual(itemIds(section(primary, 'quality-statements')!), Array.from({ length: 8 }, (_, i) => `nice.qs34.${i + 1}`));
    const withCg133 = SETTING_IDS.filter((setting) => kinds(guidanceFor({ setting, audience: 'professional' })).includes('nice-practice-points'));
    assert.deepEqual(withCg133, ['primary-care', 'mental-health', 'social-care']);
  });

  it('lets no CG133 point reach ambulance, emergency department or pharmacy staff, in any audience or age', () => {
    for (const setting of ['ambulance', 'emergency-department', 'pharmacy'] as const) {
      for (const audience of AUDIENCE_IDS) {
        for (const age of [undefined, 'child', 'young-person', 'adult'] as const) {
          const found = ids(guidanceFor({ setting, audience, age })).filter((id) => id.startsWith('nice.cg133'));
          assert.deepEqual(found, [], `${setting}/${audience}/${age}`);
        }
      }
    }
  });

  it('gives a housing officer the one QS34 statement for every service, no CG133, and the outcome about wider issues such as housing', () => {
    assert.equal(kinds(housingPro).includes('nice-practice-points'), false);
    assert.deepEqual(itemIds(section(housingPro, 'quality-statements')!), ['nice.qs34.1']);
    assert.ok(ids(housingPro).includes('iqs.outcome.9'));
    assert.equal(ids(edPro).includes('iqs.outcome.9'), false, 'outcome 9 excludes settings for urgent medical treatment');
  });

  it('applies Timely 2 and Effective 2 everywhere, as the statement does', () => {
    for (const id of ['iqs.domain.timely.2', 'iqs.domain.effective.2']) {
      for (const setting of SETTING_IDS) assert.ok(ids(guidanceFor({ setting, audience: 'professional' })).includes(id), `${id} in ${setting}`);
    }
  });

  it('gives professionals the themes that speak to front-line practice, each with a reason', () => {
    const themes = section(edPro, 'front-line-themes')!;
    assert.ok(themes.items.map((i) => i.entry.id).includes('iqs.theme.workforce.2'));
    for (const item of themes.items) {
      assert.equal(item.entry.kind, 'commitment');
      assert.match(item.focus.why, /“[^”]+”/);
    }
  });

  it('gives professionals NCISH resources meant for everyone, never the offer to 12 pilot areas in England', () => {
    const resources = itemIds(section(edPro, 'professional-resources')!);
    assert.ok(resources.includes('ncish.resource.nice-guidance'));
    assert.ok(resources.includes('ncish.resource.data-dictionary'));
    assert.equal(resources.includes('ncish.resource.data-collection-advice'), false);
  });

  it('gives a service lead start here, the themes, the domains, outcomes, NICE and the NCISH data dictionary', () => {
    const lead = guidanceFor({ setting: 'mental-health', audience: 'service-lead' });
    assert.deepEqual(kinds(lead), [
      'start-here',
      ...Array<string>(6).fill('theme'),
      ...Array<string>(6).fill('domain'),
      'outcomes',
      'quality-statements',
      'nice-practice-points',
      'professional-resources',
      'get-help',
    ]);
    assert.equal(lead.sections.filter((s) => s.kind === 'theme').reduce((n, s) => n + ('items' in s ? s.items.length : 0), 0), 22);
    assert.deepEqual(itemIds(section(lead, 'professional-resources')!), ['ncish.resource.data-dictionary']);
  });

  it('gives no two settings the same start-here list, for any audience', () => {
    for (const audience of AUDIENCE_IDS) {
      const lists = GUIDANCE_SETTING_IDS.map((setting) => JSON.stringify(startHere(guidanceFor({ setting, audience }))));
      assert.equal(new Set(lists).size, lists.length, audience);
      for (const list of lists) assert.notEqual(list, '[]', audience);
    }
  });

  it('brings forward, for an age group, the items that name it, after start here', () => {
    const child = guidanceFor({ setting: 'education-youth', audience: 'professional', age: 'child' });
    assert.equal(child.age, 'child');
    assert.deepEqual(kinds(child).slice(0, 2), ['start-here', 'age']);
    const age = section(child, 'age')!;
    assert.ok(itemIds(age).includes('iqs.domain.equitable.3'));
    assert.match(age.items.find((i) => i.entry.id === 'iqs.domain.equitable.3')!.focus.why, /“vulnerable children”/);
    const adult = section(guidanceFor({ setting: 'education-youth', audience: 'professional', age: 'adult' }), 'age')!;
    assert.match(adult.items.find((i) => i.entry.id === 'iqs.domain.equitable.3')!.focus.why, /“older adults”/);
    // People and carers read plain outcomes; no outcome names an age group, so there is no age section for them.
    assert.deepEqual(kinds(guidanceFor({ setting: 'education-youth', audience: 'person', age: 'child' })), ['get-help', 'start-here', 'expectations']);
    assert.equal(guidanceFor({ setting: 'education-youth', audience: 'professional' }).age, undefined);
  });

  it('shows the neutral view for any service: what applies everywhere, no setting named, no CG133', () => {
    const any = guidanceFor({ setting: ANY_SERVICE, audience: 'professional' });
    assert.equal(any.setting.id, ANY_SERVICE);
    assert.equal(any.setting.name, 'Any service responding to self-harm');
    assert.deepEqual(itemIds(section(any, 'quality-statements')!), ['nice.qs34.1']);
    assert.equal(kinds(any).includes('nice-practice-points'), false);
    // Everything the statement asks of all services, including outcome 9, whose own words say where it applies.
    assert.equal(section(any, 'outcomes')?.items.length, 12);
  });

  it('always includes a route to help, for every setting, audience and age', () => {
    for (const setting of GUIDANCE_SETTING_IDS) {
      for (const audience of AUDIENCE_IDS) {
        for (const age of [undefined, 'child'] as const) assert.ok(kinds(guidanceFor({ setting, audience, age })).includes('get-help'), `${setting}/${audience}/${age}`);
      }
    }
  });

  it('throws UnknownOptionError listing the valid settings (and the neutral view) for an unknown setting', () => {
    assert.throws(
      () => guidanceFor({ setting: 'hospital', audience: 'person' }),
      (error: unknown) =>
        error instanceof UnknownOptionError &&
        error.option === 'setting' &&
        error.validValues.includes('emergency-department') &&
        error.validValues.includes(ANY_SERVICE) &&
        error.validValues.length === 12 &&
        /hospital/.test(error.message),
    );
  });

  it('throws UnknownOptionError listing the valid audiences for an unknown audience, and the age groups for an unknown age', () => {
    assert.throws(
      () => guidanceFor({ setting: 'pharmacy', audience: 'patient' }),
      (error: unknown) => error instanceof UnknownOptionError && error.option === 'audience' && [...error.validValues].join() === 'person,carer,professional,service-lead',
    );
    assert.throws(() => guidanceFor({ setting: 'pharmacy', audience: undefined }), UnknownOptionError);
    assert.throws(
      () => guidanceFor({ setting: 'pharmacy', audience: 'person', age: 'teen' }),
      (error: unknown) => error instanceof UnknownOptionError && error.option === 'age' && [...error.validValues].join() === 'child,young-person,adult',
    );
  });

  it('has a documented neutral default that names no setting and shows help first', () => {
    assert.deepEqual(DEFAULT_GUIDANCE_QUERY, { setting: ANY_SERVICE, audience: 'person' });
    const fallback = guidanceFor(DEFAULT_GUIDANCE_QUERY);
    assert.equal(fallback.setting.id, ANY_SERVICE);
    assert.equal(fallback.sections[0]?.kind, 'get-help');
    assert.equal(section(fallback, 'expectations')?.items.length, 12);
  });
});
