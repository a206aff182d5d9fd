/**
 * Safe messaging over every string the statement content and the guidance API ship: none of the
 * "Never" terms of the project safe-messaging rules, and no risk level or score. A source quote that
 * uses such a term is exempted in the data (`source.safeMessagingException`), never in this test.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { AUDIENCE_IDS, SETTING_IDS, guidanceFor } from '../../src/core/statement-index.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { forbiddenTermsIn } from '../helpers/safe-messaging-terms.js';
import { walkStrings, type FoundString } from './_statement-sources.js';

/** Every English content file, examples included, so a new one is checked the day it lands. */
const FILES = readdirSync(path.join(REPO_ROOT, 'content', 'en'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json'));

const exemption = (found: FoundString): string | undefined => {
  const why = found.source?.safeMessagingException;
  return typeof why === 'string' ? why : undefined;
};

describe('statement content: safe messaging', () => {
  it('recognises the terms it is meant to catch', () => {
    for (const phrase of ['committed suicide', 'a failed attempt', 'successful suicide', 'attention-seeking', 'a cry for help', 'risk score', 'high risk', 'riskLevel', 'the level of risk']) {
      assert.ok(forbiddenTermsIn(phrase).length > 0, phrase);
    }
    for (const phrase of ['died by suicide', 'suicide attempt', 'risks associated with escalation', 'successfully limit or avert self-harm']) {
      assert.deepEqual(forbiddenTermsIn(phrase), [], phrase);
    }
  });

  for (const file of FILES) {
    it(`content/en/${file} uses no forbidden term, outside items exempted in the data`, () => {
      const json: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', 'en', file), 'utf8'));
      const problems: string[] = [];
      for (const found of walkStrings(json)) {
        const hits = forbiddenTermsIn(found.value);
        if (hits.length > 0 && (found.kind === 'key' || exemption(found) === undefined)) {
          problems.push(`${found.path}: ${hits.map((h) => `"${h.term}" (${h.why})`).join(', ')}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('uses each exemption only where the quoted source needs it', () => {
    for (const file of FILES) {
      const json: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', 'en', file), 'utf8'));
      const refs = walkStrings(json).filter((f) => f.kind === 'value' && f.path.endsWith('.source.safeMessagingException'));
      for (const ref of refs) {
        const item = ref.path.replace(/\.source\.safeMessagingException$/, '');
        // Every string inside the exempted item, except the exemption note that names the term.
        const strings = walkStrings(json).filter((f) => f.kind === 'value' && f.path.startsWith(item) && !f.path.endsWith('.safeMessagingException'));
        assert.ok(strings.some((f) => forbiddenTermsIn(f.value).length > 0), `${file} ${item} has an exemption it does not need`);
      }
    }
  });

  it('has no risk level or score field in any content file', () => {
    for (const file of FILES) {
      const json: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, 'content', 'en', file), 'utf8'));
      const keys = walkStrings(json).filter((f) => f.kind === 'key' && /risk/i.test(f.value));
      assert.deepEqual(keys.map((k) => k.path), [], file);
    }
  });

  it('every string guidanceFor returns, for every setting and audience, is clean or an exempted quote', () => {
    const problems = new Set<string>();
    for (const setting of SETTING_IDS) {
      for (const audience of AUDIENCE_IDS) {
        for (const found of walkStrings(guidanceFor({ setting, audience }))) {
          const hits = forbiddenTermsIn(found.value);
          if (hits.length > 0 && exemption(found) === undefined) problems.add(`${setting}/${audience} ${found.path}: ${hits[0]?.term}`);
        }
      }
    }
    assert.deepEqual([...problems], []);
  });
});
