/**
 * Holds docs/safety/hazard-log.md to the code: at least 12 hazards, each in the DCB0129 shape,
 * each initial and residual clinical risk worked out from the DCB0129 matrix correctly, and every
 * test it names as the proof of a control really in the file it names (not skipped). The tests
 * themselves pass or fail in the suite they belong to; this makes sure the log points at them.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../helpers/paths.js';

const LOG = 'docs/safety/hazard-log.md';
const FIELDS = ['Hazard', 'Cause', 'Effect', 'Harm', 'Initial clinical risk', 'Controls', 'Verified by', 'Residual clinical risk'] as const;

/** DCB0129's matrix: [likelihood 1–5][severity 1–5] → clinical risk 1–5. */
const MATRIX: readonly (readonly number[])[] = [
  [1, 1, 2, 2, 3], // very low
  [1, 2, 2, 3, 4], // low
  [2, 2, 3, 3, 4], // medium
  [2, 3, 3, 4, 5], // high
  [3, 4, 4, 5, 5], // very high
];
const SEVERITY = ['Minor', 'Significant', 'Considerable', 'Major', 'Catastrophic'];
const LIKELIHOOD = ['Very low', 'Low', 'Medium', 'High', 'Very high'];

interface TestRef {
  readonly file: string;
  readonly title: string;
}

interface Hazard {
  readonly id: string;
  readonly heading: string;
  readonly fields: ReadonlyMap<string, string>;
  readonly tests: readonly TestRef[];
}

/** `- `test/x.test.ts` › "title"`: one test per line; the title runs to the line's last quote. */
const TEST_REF = /^\s*[-*]\s+`([^`]+\.test\.ts)`\s+›\s+"(.*)"\s*$/;

function parseHazardLog(markdown: string): Hazard[] {
  const sections = markdown.split(/^### /m).slice(1);
  return sections
    .filter((section) => /^H-\d{2}\b/.test(section))
    .map((section) => {
      const [headingLine = '', ...lines] = section.split('\n');
      const fields = new Map<string, string>();
      let current: string | undefined;
      const tests: TestRef[] = [];
      for (const line of lines) {
        const field = /^\*\*([^*]+)\*\*:?\s*(.*)$/.exec(line);
        if (field) {
          current = field[1]!.replace(/:$/, '').trim();
          fields.set(current, field[2]!.trim());
          continue;
        }
        const ref = TEST_REF.exec(line);
        if (ref && current === 'Verified by') tests.push({ file: ref[1]!, title: ref[2]! });
        else if (current && line.trim()) fields.set(current, `${fields.get(current)} ${line.trim()}`.trim());
      }
      return { id: /^H-\d{2}/.exec(headingLine)![0], heading: headingLine.trim(), fields, tests };
    });
}

/**
 * The titles of the `describe`/`it`/`test` calls in a test file, as patterns: a template literal's
 * `${…}` parts match anything, since titles such as `${tag}: …` are made in a loop. `.skip` and
 * `.todo` calls are not collected, so a skipped test does not count as a control's proof.
 */
function testTitles(source: string): RegExp[] {
  const titles: RegExp[] = [];
  const call = /(?<![.\w])(?:describe|it|test)\s*\(\s*(['"`])/g;
  for (let match = call.exec(source); match; match = call.exec(source)) {
    const quote = match[1]!;
    let i = call.lastIndex;
    let pattern = '';
    for (; i < source.length && source[i] !== quote; i += 1) {
      const c = source[i]!;
      if (c === '\\') {
        i += 1;
        pattern += escapeRegExp(source[i]!);
      } else if (quote === '`' && c === '$' && source[i + 1] === '{') {
        let depth = 0;
        for (; i < source.length; i += 1) {
          if (source[i] === '{') depth += 1;
          if (source[i] === '}' && --depth === 0) break;
        }
        pattern += '.+';
      } else {
        pattern += escapeRegExp(c);
      }
    }
    titles.push(new RegExp(`^${pattern}$`, 's'));
    call.lastIndex = i + 1;
  }
  return titles;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Severity 4 (Major) × Likelihood 2 (Low) → 3 (…)" as numbers. */
function riskOf(text: string): { severity: number; likelihood: number; risk: number } | undefined {
  const m = /Severity (\d) \(([^)]+)\) × Likelihood (\d) \(([^)]+)\) → (\d)\b/.exec(text);
  if (!m) return undefined;
  const [severity, likelihood, risk] = [Number(m[1]), Number(m[3]), Number(m[5])];
  assert.equal(m[2], SEVERITY[severity - 1], `severity ${severity} is "${SEVERITY[severity - 1]}"`);
  assert.equal(m[4], LIKELIHOOD[likelihood - 1], `likelihood ${likelihood} is "${LIKELIHOOD[likelihood - 1]}"`);
  return { severity, likelihood, risk };
}

describe('docs/safety/hazard-log.md', () => {
  const markdown = readFileSync(path.join(REPO_ROOT, LOG), 'utf8');
  const hazards = parseHazardLog(markdown);

  it('logs at least 12 hazards, with unique ids in order', () => {
    assert.ok(hazards.length >= 12, `${hazards.length} hazards`);
    assert.deepEqual(
      hazards.map((h) => h.id),
      hazards.map((_, i) => `H-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('gives every hazard the DCB0129 fields: hazard, cause, effect, harm, initial risk, controls, verifying tests, residual risk', () => {
    for (const hazard of hazards) {
      for (const field of FIELDS) assert.ok(hazard.fields.get(field)?.length || (field === 'Verified by' && hazard.tests.length), `${hazard.id}: ${field}`);
      assert.ok(hazard.tests.length >= 1, `${hazard.id} names no test`);
    }
  });

  it('works out each initial and residual clinical risk from the DCB0129 matrix, and never leaves a residual above the initial', () => {
    for (const hazard of hazards) {
      const initial = riskOf(hazard.fields.get('Initial clinical risk') ?? '');
      const residual = riskOf(hazard.fields.get('Residual clinical risk') ?? '');
      assert.ok(initial && residual, `${hazard.id}: write "Severity N (…) × Likelihood N (…) → N"`);
      for (const r of [initial, residual]) assert.equal(r.risk, MATRIX[r.likelihood - 1]![r.severity - 1], `${hazard.id}: S${r.severity} × L${r.likelihood}`);
      assert.ok(residual.risk <= initial.risk, `${hazard.id}: residual above initial`);
      assert.ok(residual.risk <= 3, `${hazard.id}: a residual of 4 or 5 is not acceptable under DCB0129`);
    }
  });

  it('names, for every control, a test that exists in the file it names', () => {
    const cache = new Map<string, RegExp[]>();
    const missing: string[] = [];
    for (const hazard of hazards) {
      for (const { file, title } of hazard.tests) {
        const full = path.join(REPO_ROOT, file);
        if (!existsSync(full)) {
          missing.push(`${hazard.id}: ${file} does not exist`);
          continue;
        }
        if (!cache.has(file)) cache.set(file, testTitles(readFileSync(full, 'utf8')));
        if (!cache.get(file)!.some((pattern) => pattern.test(title))) missing.push(`${hazard.id}: ${file} › "${title}" not found`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('lists every hazard in the summary table, with the same risks', () => {
    for (const hazard of hazards) {
      const row = markdown.split('\n').find((line) => line.startsWith(`| [${hazard.id}]`));
      assert.ok(row, `${hazard.id} is not in the summary table`);
      const cells = row.split('|').map((c) => c.trim());
      assert.equal(cells[3], String(riskOf(hazard.fields.get('Initial clinical risk')!)!.risk), `${hazard.id}: initial in the summary`);
      assert.equal(cells[4], String(riskOf(hazard.fields.get('Residual clinical risk')!)!.risk), `${hazard.id}: residual in the summary`);
    }
  });

  it('reads test titles as the checker means to: plain, escaped and template titles; skipped tests not counted', () => {
    const titles = testTitles(
      `it('keeps each outcome\\'s plain', () => {}); describe("a \\"b\\"", () => {}); it(\`\${tag}: shows (in \${where})\`, () => {}); it.skip('skipped', () => {});`,
    );
    assert.ok(titles.some((t) => t.test("keeps each outcome's plain")));
    assert.ok(titles.some((t) => t.test('a "b"')));
    assert.ok(titles.some((t) => t.test('shg-help-panel: shows (in renderContent)')));
    assert.ok(!titles.some((t) => t.test('skipped')));
    assert.ok(!titles.some((t) => t.test('keeps each outcome')));
  });
});
