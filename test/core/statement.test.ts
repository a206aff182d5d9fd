/** getStatement, getItem, settings, audiences: read access to the statement through the public core entry. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  allItems,
  appliesIn,
  audiences,
  getItem,
  getSource,
  getStatement,
  isAudienceId,
  isSettingId,
  nicePracticePoints,
  professionalResources,
  settings,
} from '../../src/core/statement-index.js';

describe('getStatement()', () => {
  it('returns the whole statement: purpose, definition, audiences, outcomes, domains, themes, references, development', () => {
    const s = getStatement();
    assert.equal(s.title, 'The Integrated Quality Statement for Self-Harm');
    assert.ok(s.purpose.length === 3);
    assert.equal(s.understanding.definition.id, 'iqs.definition');
    assert.equal(s.whoIsThisFor.groups.length, 3);
    assert.equal(s.whoIsThisFor.professionalGroups.length, 10);
    assert.equal(s.outcomes.items.length, 12);
    assert.equal(s.domains.length, 6);
    assert.equal(s.themes.length, 6);
    assert.deepEqual(
      [s.references.strategies.length, s.references.guidance.length, s.references.legislation.length, s.references.learning.length],
      [3, 6, 3, 1],
    );
    assert.equal(s.development.contributors.length, 21);
  });
});

describe('getItem(id)', () => {
  it('finds an outcome, a domain and a theme commitment, the definition, a NICE point and an NCISH resource', () => {
    assert.equal(getItem('iqs.outcome.1')?.kind, 'outcome');
    const safe3 = getItem('iqs.domain.safe.3');
    assert.equal(safe3?.kind, 'commitment');
    if (safe3?.kind === 'commitment') {
      assert.equal(safe3.groupKind, 'domain');
      assert.equal(safe3.group.name, 'Safe');
      assert.match(safe3.item.text, /^have the competence and capability to respond/);
    }
    const lead4 = getItem('iqs.theme.leadership.4');
    assert.equal(lead4?.kind === 'commitment' && lead4.groupKind, 'theme');
    assert.equal(getItem('iqs.definition')?.kind, 'definition');
    const nice5 = getItem('nice.cg133.5');
    assert.equal(nice5?.kind, 'nice-practice-point');
    assert.match(nice5?.kind === 'nice-practice-point' ? nice5.notice : '', /NG225/);
    assert.equal(getItem('ncish.resource.data-dictionary')?.kind, 'professional-resource');
  });

  it('returns undefined for an unknown id', () => {
    assert.equal(getItem('iqs.outcome.13'), undefined);
    assert.equal(getItem(''), undefined);
  });

  it('lists every item once, statement first', () => {
    const items = allItems();
    assert.equal(items[0]?.id, 'iqs.purpose.1');
    assert.equal(new Set(items.map((i) => i.id)).size, items.length);
  });

  it('finds the NICE QS34 statements by id, with NICE’s attribution beside each', () => {
    const two = getItem('nice.qs34.2');
    assert.equal(two?.kind, 'quality-statement');
    assert.ok(two?.kind === 'quality-statement' && two.item.text.startsWith('People who have self-harmed have an initial assessment'));
    assert.match(two?.kind === 'quality-statement' ? two.notice : '', /© NICE/);
    assert.deepEqual(allItems().filter((i) => i.kind === 'quality-statement').map((i) => i.id), Array.from({ length: 8 }, (_, i) => `nice.qs34.${i + 1}`));
  });
});

describe('settings() and audiences()', () => {
  it('lists the 11 settings, each saying whether it is a healthcare setting and whether it gives continuing care', () => {
    const list = settings();
    assert.equal(list.length, 11);
    const kind = Object.fromEntries(list.map((s) => [s.id, [s.healthcare, s.continuingCare]]));
    assert.deepEqual(kind, {
      'emergency-department': [true, false],
      'primary-care': [true, true],
      ambulance: [true, false],
      pharmacy: [true, false],
      'general-hospital': [true, false],
      'mental-health': [true, true],
      'social-care': [false, true],
      'education-youth': [false, false],
      'criminal-justice': [false, false],
      'housing-homelessness': [false, false],
      'third-sector': [false, false],
    });
  });

  it('lists person, carer, professional and service lead; people and carers read plain language', () => {
    assert.deepEqual(audiences().map((a) => [a.id, a.plainLanguage]), [['person', true], ['carer', true], ['professional', false], ['service-lead', false]]);
  });

  it('type-guards setting and audience ids', () => {
    assert.equal(isSettingId('pharmacy'), true);
    assert.equal(isSettingId('Pharmacy'), false);
    assert.equal(isSettingId(3), false);
    assert.equal(isAudienceId('carer'), true);
    assert.equal(isAudienceId('patient'), false);
  });

  it('applies an item with no settings list everywhere, and a narrowed one only where listed', () => {
    assert.equal(appliesIn({}, 'housing-homelessness'), true);
    assert.equal(appliesIn({ settings: ['primary-care'] }, 'housing-homelessness'), false);
  });
});

describe('NICE points and NCISH resources', () => {
  it('returns the 12 CG133 points with their superseded status and what replaced them', () => {
    const nice = nicePracticePoints();
    assert.equal(nice.points.length, 12);
    assert.equal(nice.status, 'superseded');
    assert.equal(getSource(nice.supersededBy ?? '')?.url, 'https://www.nice.org.uk/guidance/ng225');
    assert.equal(nice.points[4]?.text, 'Do not use risk assessment tools and scales to predict future suicide or repetition of self-harm.');
  });

  it('covers every NCISH category', () => {
    const categories = new Set(professionalResources().map((r) => r.category));
    assert.deepEqual([...categories].sort(), ['awareness', 'clinical-guidelines', 'competencies', 'data-collection', 'training', 'treatment-evidence']);
  });
});
