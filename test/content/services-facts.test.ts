import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceList } from '../../schema/services.js';
import { allServices, isRenderable } from '../../src/core/index.js';
import servicesJson from '../../content/en/services.json';
import { FACTS_ROWS_FOR_SERVICE, vouches } from '../helpers/facts-table.js';
import { readFactsTable } from '../helpers/facts-file.js';

const facts = readFactsTable();
const rowsFor = (serviceId: string) => {
  const names = FACTS_ROWS_FOR_SERVICE[serviceId];
  assert.ok(names, `service ${serviceId} has no rows mapped in the facts table`);
  const rows = facts.filter((row) => names.includes(row.service));
  assert.ok(rows.length > 0, `no facts rows named ${names.join(' / ')}`);
  return rows;
};

describe('content/en/services.json against content/facts/crisis-contacts.md', () => {
  it('validates against the ServiceList schema', () => {
    const result = ServiceList.safeParse(servicesJson);
    assert.ok(result.success, result.success ? '' : JSON.stringify(result.error.issues, null, 2));
  });

  it('reads a facts table with every service in it', () => {
    assert.ok(facts.length >= 20, `only ${facts.length} facts rows read`);
    for (const service of allServices()) rowsFor(service.id);
  });

  for (const service of allServices()) {
    for (const channel of service.channels.filter(isRenderable)) {
      it(`${channel.id}: ${channel.display} is vouched for by a confirmed or corroborated row`, () => {
        const rows = rowsFor(service.id);
        if (['phone', 'text', 'textphone', 'sms-emergency'].includes(channel.type)) {
          const vouching = rows.filter((row) => row.numbers.includes(channel.value));
          assert.ok(vouching.length > 0, `${channel.value} is not in the facts rows for ${service.id}`);
          assert.ok(vouching.some(vouches), `${channel.value} is only in rows that are not confirmed or corroborated`);
          if (channel.keyword) {
            assert.ok(vouching.some((row) => row.value.includes(`\`${channel.keyword}\``)), `keyword ${channel.keyword} not in facts`);
          }
        } else {
          const bare = channel.value.replace(/^https:\/\/(www\.)?/, '');
          assert.ok(rows.some((row) => vouches(row) && (row.value.includes(bare) || row.source.includes(bare))), `${bare} is not in a vouching facts row`);
        }
      });
    }
  }

  it('keeps every conflicting or unverified number in the facts table out of what is rendered', () => {
    const rendered = new Set(allServices().flatMap((s) => s.channels.filter(isRenderable).map((c) => `${c.value} ${c.keyword ?? ''}`.trim())));
    const unsafeRows = facts.filter((row) => /conflicting|unverified/.test(row.confidence) && !/hours/.test(row.fact));
    assert.ok(unsafeRows.length >= 2, 'expected the Papyrus text and Shout YM rows');
    for (const row of unsafeRows) {
      for (const number of row.numbers) assert.ok(!rendered.has(number), `${number} from a ${row.confidence} row would be rendered`);
    }
    assert.ok(!rendered.has('85258 YM'), 'the unverified Shout keyword YM would be rendered');
  });

  it('shows no hours for the Welsh Language Line, whose hours conflict', () => {
    const line = allServices().find((s) => s.id === 'samaritans-welsh-language-line');
    assert.ok(line);
    assert.ok(line.channels.every((c) => c.hours === undefined));
  });

  it('dates every value: verified 2026-11-21, next review within six months', () => {
    for (const channel of allServices().flatMap((s) => s.channels)) {
      assert.equal(channel.lastVerified, '2026-11-21', channel.id);
      assert.ok(channel.nextReview <= '2027-05-21', `${channel.id} review is later than six months`);
    }
  });

  it('says "press 2" for Wales only, and the mental health option for England', () => {
    const action = (id: string) => allServices().find((s) => s.id === id)?.channels[0]?.action ?? '';
    assert.equal(action('nhs-111-wales'), 'Call 111 and press 2');
    assert.equal(action('nhs-111-england'), 'Call 111 and select the mental health option');
    for (const service of allServices().filter((s) => s.id !== 'nhs-111-wales')) {
      for (const channel of service.channels) assert.doesNotMatch(channel.action ?? '', /press 2/i, channel.id);
    }
  });
});
