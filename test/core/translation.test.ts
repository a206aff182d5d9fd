import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { TranslationFile } from '../../schema/translation.js';
import { translate, translationCounts, translationTable, type Translated } from '../../src/core/translation.js';

/** Freezes `value` and everything in it, so any write to the English data throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const file = (translates: string, entries: TranslationFile['entries']): TranslationFile => ({ locale: 'cy', translates, entries });

const SERVICES = file('services', {
  samaritans: { status: 'unreviewed', fields: { name: 'Samariaid', summary: "Rhywun i siarad â nhw, am ddim, unrhyw adeg o'r dydd neu'r nos." } },
  '999-phone': { status: 'official', by: 'HMCTS; NHS 111 Wales', fields: { action: 'Ffoniwch 999' } },
  'meic-phone': { status: 'unreviewed', fields: { action: 'Ffoniwch Meic', 'hours.text': '8yb tan hanner nos, bob dydd' } },
});
const GUIDANCE = file('nice-cg133', {
  'nice.point': { status: 'reviewed', by: 'A reviewer, 2026-11-21', fields: { text: 'Dylai asesiad o anghenion gynnwys:', items: ['sgiliau', 'strategaethau ymdopi'], section: 'Asesiad' } },
});

interface Channel {
  readonly id: string;
  readonly type?: string;
  readonly value: string;
  readonly display: string;
  readonly action: string;
  readonly urgency?: string;
  readonly hours?: { readonly always: boolean; readonly text?: string };
}
interface Service {
  readonly id: string;
  readonly name: string;
  readonly summary?: string;
  readonly order?: number;
  readonly channels: readonly Channel[];
}
interface English {
  readonly review: { readonly lastReviewed: string; readonly reviewedBy: string };
  readonly services: readonly Service[];
  readonly guidance: {
    readonly sections: readonly {
      readonly points: readonly {
        readonly id: string;
        readonly section: string;
        readonly text: string;
        readonly items: readonly string[];
        readonly source: { readonly source: string; readonly section: string; readonly quote: string };
      }[];
    }[];
  };
}

/** English data shaped like the content files: ids at several depths, a source quote, a review. */
function english(): English {
  return deepFreeze<English>({
    review: { lastReviewed: '2026-11-21', reviewedBy: 'x' },
    services: [
      {
        id: 'samaritans',
        name: 'Samaritans',
        summary: 'Someone to talk to, free, at any time of day or night.',
        order: 20,
        channels: [{ id: 'samaritans-phone', type: 'phone', value: '116123', display: '116 123', action: 'Call Samaritans' }],
      },
      {
        id: 'emergency-999',
        name: 'Emergency services',
        channels: [{ id: '999-phone', type: 'phone', value: '999', display: '999', action: 'Call 999', urgency: 'emergency' }],
      },
      {
        id: 'meic',
        name: 'Meic',
        channels: [{ id: 'meic-phone', value: '08088023456', display: '080 880 23456', action: 'Call Meic', hours: { always: false, text: '8am to midnight, every day' } }],
      },
    ],
    guidance: {
      sections: [
        {
          points: [
            {
              id: 'nice.point',
              section: 'Psychosocial assessment',
              text: 'Assessment of needs should include:',
              items: ['skills, strengths and assets', 'coping strategies'],
              source: { source: 'nice-cg133', section: 'Psychosocial assessment', quote: 'Assessment of needs should include:' },
            },
          ],
        },
      ],
    },
  });
}

describe('translationTable', () => {
  it('puts the entries of several files in one table, by id', () => {
    const table = translationTable([SERVICES, GUIDANCE]);
    assert.deepEqual([...table.keys()], ['samaritans', '999-phone', 'meic-phone', 'nice.point']);
    assert.equal(table.get('999-phone'), SERVICES.entries['999-phone']);
    assert.equal(table.get('nice.point')?.status, 'reviewed');
  });

  it('is empty for no files', () => {
    assert.equal(translationTable([]).size, 0);
  });
});

describe('translate', () => {
  const table = translationTable([SERVICES, GUIDANCE]);

  it('replaces the fields of every object whose id is in the table, at any depth', () => {
    const cy = translate(english(), table);
    assert.equal(cy.services[0]?.name, 'Samariaid');
    assert.equal(cy.services[0]?.summary, "Rhywun i siarad â nhw, am ddim, unrhyw adeg o'r dydd neu'r nos.");
    assert.equal(cy.services[1]?.channels[0]?.action, 'Ffoniwch 999');
    const point = cy.guidance.sections[0]?.points[0];
    assert.equal(point?.text, 'Dylai asesiad o anghenion gynnwys:');
    assert.equal(point?.section, 'Asesiad');
    assert.deepEqual(point?.items, ['sgiliau', 'strategaethau ymdopi']);
  });

  it('keeps every other field as it is in English: ids, values, displays, order, urgency', () => {
    const en = english();
    const cy = translate(en, table);
    const channel = cy.services[1]?.channels[0];
    assert.equal(channel?.id, '999-phone');
    assert.equal(channel?.value, '999');
    assert.equal(channel?.display, '999');
    assert.equal(channel?.urgency, 'emergency');
    assert.equal(cy.services[0]?.order, 20);
    assert.equal(cy.services[1]?.name, 'Emergency services', 'a field the entry does not name stays English');
  });

  it('follows a nested path such as hours.text, keeping the rest of the nested object', () => {
    const cy = translate(english(), table);
    const channel = cy.services[2]?.channels[0];
    assert.equal(channel?.action, 'Ffoniwch Meic');
    assert.deepEqual(channel?.hours, { always: false, text: '8yb tan hanner nos, bob dydd' });
  });

  it('never translates inside a source reference or a review record, even where an id there is in the table', () => {
    const en = deepFreeze({
      id: 'item',
      text: 'English',
      source: { id: 'samaritans', name: 'Samaritans', quote: 'Assessment of needs should include:' },
      review: { id: 'samaritans', name: 'Samaritans' },
    });
    const cy = translate(en, translationTable([SERVICES, file('x', { item: { status: 'unreviewed', fields: { text: 'Cymraeg' } } })]));
    assert.equal(cy.text, 'Cymraeg');
    assert.equal(cy.source, en.source, 'the source reference is the English object itself');
    assert.equal(cy.review, en.review);
    assert.equal(cy.source.name, 'Samaritans');
    assert.equal((cy.source as Translated<typeof cy.source>).translation, undefined);
    const point = translate(english(), table).guidance.sections[0]?.points[0];
    assert.equal(point?.source.section, 'Psychosocial assessment', 'source.section is quoted, not translated');
  });

  it('never changes the English objects (they are frozen here: a write would throw)', () => {
    const en = english();
    const before = structuredClone(en);
    const cy = translate(en, table);
    assert.deepEqual(en, before);
    assert.notEqual(cy, en);
    assert.notEqual(cy.services[2]?.channels[0]?.hours, en.services[2]?.channels[0]?.hours, 'the nested object is copied, not written to');
    assert.equal(en.services[2]?.channels[0]?.hours?.text, '8am to midnight, every day');
  });

  it('gives the same translated object for the same English object, every time (so elements can skip unchanged data)', () => {
    const en = english();
    const first = translate(en, table);
    const second = translate(en, table);
    assert.equal(first, second);
    assert.equal(translate(en.services[0], table), first.services[0], 'a part translated on its own is the same object as in the whole');
    assert.equal(translate(en.guidance, table), first.guidance);
  });

  it('keeps a separate cache for each table', () => {
    const en = english();
    const other = translationTable([file('services', { samaritans: { status: 'official', by: 'Samaritans Cymru', fields: { name: 'Samariaid' } } })]);
    const withTable = translate(en, table);
    const withOther = translate(en, other);
    assert.notEqual(withTable, withOther);
    assert.equal((withOther.services[0] as Translated<object>).translation, 'official');
    assert.equal(withOther.services[0]?.summary, 'Someone to talk to, free, at any time of day or night.');
    assert.equal(translate(en, table), withTable);
  });

  it('returns objects with nothing to translate as they are, at every depth', () => {
    const en = english();
    const cy = translate(en, table);
    assert.equal(cy.services[0]?.channels, en.services[0]?.channels, 'no channel of Samaritans is in the table');
    assert.equal(cy.services[0]?.channels[0], en.services[0]?.channels[0]);
    assert.equal(cy.review, en.review);
    assert.equal(translate(en, translationTable([])), en);
    const plain = deepFreeze({ id: 'not-in-table', text: 'English', list: [{ id: 'also-not', name: 'x' }] });
    assert.equal(translate(plain, table), plain);
  });

  it('returns strings, numbers, booleans, null and undefined unchanged', () => {
    for (const value of ['Samaritans', 116123, true, null, undefined]) assert.equal(translate(value, table), value);
  });

  it('marks each translated object with its entry\'s status, and nothing else', () => {
    const cy = translate(english(), table);
    const status = (value: unknown) => (value as Translated<object> | undefined)?.translation;
    assert.equal(status(cy.services[0]), 'unreviewed');
    assert.equal(status(cy.services[1]?.channels[0]), 'official');
    assert.equal(status(cy.guidance.sections[0]?.points[0]), 'reviewed');
    assert.equal(status(cy.services[1]), undefined, 'emergency-999 has no entry');
    assert.equal(status(cy.services[0]?.channels[0]), undefined);
    assert.equal(status(cy), undefined);
    assert.equal(status(cy.guidance), undefined);
  });

  it('leaves alone an object that carries a translated id but none of its fields (a wrapper around an item)', () => {
    const wrapper = deepFreeze({ id: 'samaritans', score: 3 });
    const cy = translate(wrapper, table);
    assert.equal(cy, wrapper);
    assert.equal((cy as Translated<typeof cy>).translation, undefined);
    assert.equal('name' in cy, false);
  });

  it('sets no nested field whose parent object is missing', () => {
    const en = deepFreeze({ id: 'meic-phone', action: 'Call Meic' });
    const cy = translate(en, table);
    assert.equal(cy.action, 'Ffoniwch Meic');
    assert.equal('hours' in cy, false);
  });
});

describe('translationCounts', () => {
  it('counts the entries of each status, with zero for a status no entry has', () => {
    assert.deepEqual(translationCounts(translationTable([SERVICES, GUIDANCE])), { official: 1, reviewed: 1, unreviewed: 2 });
    assert.deepEqual(translationCounts(translationTable([SERVICES])), { official: 1, reviewed: 0, unreviewed: 2 });
    assert.deepEqual(translationCounts(translationTable([])), { official: 0, reviewed: 0, unreviewed: 0 });
  });
});
