/** guidanceFor: different guidance for each setting and audience, a typed error and a safe default. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnknownOptionError } from '../../src/core/index.js';
// src/core/index.ts re-exports this module; importing it directly keeps these tests independent of that wiring.
import { AUDIENCE_IDS, DEFAULT_GUIDANCE_QUERY, SETTING_IDS, guidanceFor, type Guidance } from '../../src/core/statement-index.js';

const kinds = (g: Guidance) => g.sections.map((s) => s.kind);
const ids = (g: Guidance) => g.sections.flatMap((s) => ('items' in s ? s.items.map((i) => i.id) : [s.id]));

describe('guidanceFor()', () => {
  const edPro = guidanceFor({ setting: 'emergency-department', audience: 'professional' });
  const housingPro = guidanceFor({ setting: 'housing-homelessness', audience: 'professional' });
  const person = guidanceFor({ setting: 'emergency-department', audience: 'person' });

  it('gives a person help first, then what they can expect in plain words beside the original', () => {
    assert.deepEqual(kinds(person), ['get-help', 'expectations']);
    const expectations = person.sections[1];
    assert.ok(expectations?.kind === 'expectations');
    assert.ok(expectations.items.every((o) => o.plain.length > 0 && o.text.length > 0));
    assert.ok(expectations.items.some((o) => o.plain.includes('111 press 2')));
  });

  it('gives a carer the same outcomes, addressed to them', () => {
    const carer = guidanceFor({ setting: 'third-sector', audience: 'carer' });
    assert.deepEqual(kinds(carer), ['get-help', 'expectations']);
    assert.equal(carer.sections[1]?.kind === 'expectations' ? carer.sections[1].audience : undefined, 'carer');
  });

  it('gives an emergency department professional the domains, the outcomes, superseded-marked NICE points, resources and help', () => {
    assert.deepEqual(kinds(edPro), ['domain', 'domain', 'domain', 'domain', 'domain', 'domain', 'outcomes', 'nice-practice-points', 'professional-resources', 'get-help']);
    const nice = edPro.sections.find((s) => s.kind === 'nice-practice-points');
    assert.ok(nice?.kind === 'nice-practice-points');
    assert.equal(nice.source.status, 'superseded');
    assert.equal(nice.supersededBy?.id, 'nice-ng225');
    assert.match(nice.guideline.statusNotice, /superseded|replaced/i);
    assert.equal(nice.items.length, 12);
  });

  it('gives a housing officer no NICE points, but the outcome about wider issues such as housing', () => {
    assert.equal(kinds(housingPro).includes('nice-practice-points'), false);
    assert.ok(ids(housingPro).includes('iqs.outcome.9'));
    assert.equal(ids(edPro).includes('iqs.outcome.9'), false, 'outcome 9 excludes settings for urgent medical treatment');
  });

  it('leaves health-care-only commitments out for housing and keeps them for the emergency department', () => {
    for (const id of ['iqs.domain.timely.2', 'iqs.domain.effective.2']) {
      assert.ok(ids(edPro).includes(id));
      assert.equal(ids(housingPro).includes(id), false);
    }
  });

  it('so the three answers are visibly different', () => {
    const a = JSON.stringify(ids(edPro));
    const b = JSON.stringify(ids(housingPro));
    const c = JSON.stringify(ids(person));
    assert.notEqual(a, b);
    assert.notEqual(a, c);
    assert.notEqual(b, c);
  });

  it('gives a service lead the themes, then the domains', () => {
    const lead = guidanceFor({ setting: 'mental-health', audience: 'service-lead' });
    assert.deepEqual(kinds(lead).slice(0, 12), [...Array<string>(6).fill('theme'), ...Array<string>(6).fill('domain')]);
    assert.equal(lead.sections.filter((s) => s.kind === 'theme').reduce((n, s) => n + ('items' in s ? s.items.length : 0), 0), 22);
  });

  it('always includes a route to help, for every setting and audience', () => {
    for (const setting of SETTING_IDS) {
      for (const audience of AUDIENCE_IDS) {
        assert.ok(kinds(guidanceFor({ setting, audience })).includes('get-help'), `${setting}/${audience}`);
      }
    }
  });

  it('throws UnknownOptionError listing the valid settings for an unknown setting', () => {
    assert.throws(
      () => guidanceFor({ setting: 'hospital', audience: 'person' }),
      (error: unknown) =>
        error instanceof UnknownOptionError &&
        error.option === 'setting' &&
        error.validValues.includes('emergency-department') &&
        error.validValues.length === 11 &&
        /hospital/.test(error.message),
    );
  });

  it('throws UnknownOptionError listing the valid audiences for an unknown audience', () => {
    assert.throws(
      () => guidanceFor({ setting: 'pharmacy', audience: 'patient' }),
      (error: unknown) => error instanceof UnknownOptionError && error.option === 'audience' && [...error.validValues].join() === 'person,carer,professional,service-lead',
    );
    assert.throws(() => guidanceFor({ setting: 'pharmacy', audience: undefined }), UnknownOptionError);
  });

  it('has a documented safe default that works and shows help first', () => {
    assert.deepEqual(DEFAULT_GUIDANCE_QUERY, { setting: 'third-sector', audience: 'person' });
    const fallback = guidanceFor(DEFAULT_GUIDANCE_QUERY);
    assert.equal(fallback.sections[0]?.kind, 'get-help');
    assert.equal(fallback.sections[1]?.kind === 'expectations' && fallback.sections[1].items.length, 12);
  });
});
