/** search(): case- and accent-insensitive, every word required, ranked. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, search } from '../../src/core/statement-index.js';

const top = (q: string, n = 1) => search(q, { limit: n }).map((r) => r.entry.id);

describe('search()', () => {
  it('ignores case and accents', () => {
    assert.deepEqual(search('JUDGEMENT'), search('judgement'));
    assert.deepEqual(search('judgément').map((r) => r.entry.id), search('judgement').map((r) => r.entry.id));
    assert.ok(search('DIALÉCTICAL').some((r) => r.entry.id === 'iqs.domain.effective.1'));
    assert.equal(foldText('Café  SELF-HARM'), 'cafe self harm');
  });

  it('finds 111 press 2 in outcome 7', () => {
    assert.equal(top('111 press 2')[0], 'iqs.outcome.7');
  });

  it('requires every word', () => {
    assert.deepEqual(search('psychosocial zebra'), []);
    assert.deepEqual(search('   '), []);
  });

  it('ranks the whole phrase above scattered words', () => {
    const results = search('safety plan');
    assert.ok(results.length > 1);
    const first = results[0]?.entry.id;
    assert.ok(first === 'iqs.outcome.11', `first was ${first}`);
    for (let i = 1; i < results.length; i += 1) assert.ok((results[i - 1]?.score ?? 0) >= (results[i]?.score ?? 0));
  });

  it('matches the start of a word and searches NICE points and the plain versions too', () => {
    assert.ok(search('assess').some((r) => r.entry.id === 'iqs.outcome.10'));
    assert.ok(search('risk assessment tools').some((r) => r.entry.id === 'nice.cg133.5'));
    assert.ok(search('listen and help').some((r) => r.entry.id === 'iqs.outcome.6'));
  });

  it('searches the NICE QS34 statements, by their words and their titles', () => {
    assert.equal(search('safe physical environment')[0]?.entry.id, 'nice.qs34.5');
    assert.ok(search('moving between services').some((r) => r.entry.id === 'nice.qs34.8'));
  });

  it('honours a limit', () => {
    assert.equal(search('self-harm', { limit: 3 }).length, 3);
  });
});
