/**
 * The Welsh content (content/cy/*.json): one translation file for each English content file,
 * complete and keyed by the English ids, and true to the English where it has to be: the same
 * numbers, the authoritative Welsh names and terms (content/facts/welsh-terms.md), and the
 * safe-messaging rules in both languages.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { TranslationFile, type TranslationEntry } from '../../schema/translation.js';
import { TRANSLATABLE_FIELDS, UNTRANSLATED_OBJECTS } from '../../schema/vocabulary.js';
import { translate, translationCounts, translationTable } from '../../src/core/translation.js';
import { FACTS_DIR, REPO_ROOT } from '../helpers/paths.js';
import { forbiddenTermsIn, welshForbiddenTermsIn } from '../helpers/safe-messaging-terms.js';

const EN_DIR = path.join(REPO_ROOT, 'content', 'en');
const CY_DIR = path.join(REPO_ROOT, 'content', 'cy');
const EN_FILES = readdirSync(EN_DIR).filter((file) => file.endsWith('.json')).sort();
/** The key for fields of a file's root object when it has no id. */
const ROOT_KEY = '$root';

type Json = unknown;
type JsonObject = Record<string, Json>;
type Text = string | readonly string[];

const isObject = (value: Json): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const isText = (value: Json): value is Text => typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
const valueAt = (object: JsonObject, fieldPath: string): Json =>
  fieldPath.split('.').reduce<Json>((node, key) => (isObject(node) ? node[key] : undefined), object);
const TRANSLATABLE: ReadonlySet<string> = new Set(TRANSLATABLE_FIELDS);
const UNTRANSLATED: ReadonlySet<string> = new Set(UNTRANSLATED_OBJECTS);

/** An English object with an id (or the root, as `$root`) and readable text to translate. */
interface EnglishItem {
  readonly id: string;
  readonly object: JsonObject;
  /** Translatable field path → its English text. */
  readonly fields: ReadonlyMap<string, Text>;
  /** The item's `source.safeMessagingException`, if the English quotes a never-list term. */
  readonly exemption: string | undefined;
}

/** English text in a translatable field that no entry could reach (no id on the object or its parent). */
interface Orphan {
  readonly path: string;
}

function englishItems(json: Json): { items: EnglishItem[]; orphans: Orphan[] } {
  const items: EnglishItem[] = [];
  const orphans: Orphan[] = [];
  const visit = (node: Json, at: string, parent: JsonObject | undefined, keyInParent: string | undefined, isRoot: boolean) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${at}[${i}]`, parent, keyInParent, false));
      return;
    }
    if (!isObject(node)) return;
    const id = typeof node['id'] === 'string' ? node['id'] : isRoot ? ROOT_KEY : undefined;
    if (id !== undefined) {
      const fields = new Map<string, Text>();
      for (const field of TRANSLATABLE_FIELDS) {
        const value = valueAt(node, field);
        if (isText(value)) fields.set(field, value);
      }
      const source = node['source'];
      const exemption = isObject(source) && typeof source['safeMessagingException'] === 'string' ? source['safeMessagingException'] : undefined;
      if (fields.size > 0) items.push({ id, object: node, fields, exemption });
    }
    for (const [key, child] of Object.entries(node)) {
      if (UNTRANSLATED.has(key)) continue;
      const leafName = TRANSLATABLE_FIELDS.some((field) => field.split('.').at(-1) === key);
      if (leafName && isText(child)) {
        const reachable =
          (id !== undefined && TRANSLATABLE.has(key)) ||
          (parent !== undefined && typeof parent['id'] === 'string' && TRANSLATABLE.has(`${keyInParent}.${key}`));
        if (!reachable) orphans.push({ path: `${at}.${key}` });
      }
      visit(child, `${at}.${key}`, node, key, false);
    }
  };
  visit(json, '$', undefined, undefined, true);
  return { items, orphans };
}

/** Keys that occur twice in one JSON object: `JSON.parse` silently keeps only the last. */
function duplicateKeys(text: string): string[] {
  const duplicates: string[] = [];
  const stack: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text.charAt(end) !== '"') end += text.charAt(end) === '\\' ? 2 : 1;
      const key = text.slice(i + 1, end);
      let next = end + 1;
      while (/\s/.test(text.charAt(next))) next++;
      const keys = stack.at(-1);
      if (text.charAt(next) === ':' && keys) {
        if (keys.has(key)) duplicates.push(key);
        keys.add(key);
      }
      i = end;
    } else if (char === '{') stack.push(new Set());
    else if (char === '[') stack.push(null);
    else if (char === '}' || char === ']') stack.pop();
  }
  return duplicates;
}

const readJson = (file: string): Json => JSON.parse(readFileSync(file, 'utf8'));
const nameOf = (file: string) => file.replace(/\.json$/, '');

interface WelshFile {
  readonly file: string;
  readonly raw: string;
  readonly translation: TranslationFile;
}

const english = new Map(EN_FILES.map((file) => [file, readJson(path.join(EN_DIR, file))]));
const englishIndex = new Map(EN_FILES.map((file) => [file, englishItems(english.get(file))]));
const englishById = (file: string) => new Map((englishIndex.get(file)?.items ?? []).map((item) => [item.id, item]));

/** Every content/cy file that exists and parses; the file tests say why any other is missing. */
const welsh: WelshFile[] = EN_FILES.flatMap((file) => {
  const target = path.join(CY_DIR, file);
  if (!existsSync(target)) return [];
  const raw = readFileSync(target, 'utf8');
  try {
    const parsed = TranslationFile.safeParse(JSON.parse(raw));
    return parsed.success ? [{ file, raw, translation: parsed.data }] : [];
  } catch {
    return [];
  }
});
const welshFor = (file: string) => welsh.find((w) => w.file === file);

/** One English string beside its Welsh translation (lists item by item). */
interface Pair {
  readonly file: string;
  readonly id: string;
  readonly field: string;
  readonly english: string;
  readonly welsh: string;
  readonly item: EnglishItem;
  readonly entry: TranslationEntry;
}

const pairs: Pair[] = welsh.flatMap(({ file, translation }) => {
  const items = englishById(file);
  return Object.entries(translation.entries).flatMap(([id, entry]) => {
    const item = items.get(id);
    if (!item) return [];
    return Object.entries(entry.fields).flatMap(([field, value]) => {
      const en = item.fields.get(field);
      if (en === undefined) return [];
      if (typeof en === 'string' && typeof value === 'string') return [{ file, id, field, english: en, welsh: value, item, entry }];
      if (Array.isArray(en) && Array.isArray(value) && en.length === value.length) {
        return en.map((text, i) => ({ file, id, field: `${field}[${i}]`, english: text, welsh: value[i] as string, item, entry }));
      }
      return [];
    });
  });
});
const where = (pair: Pair) => `${pair.file} ${pair.id} ${pair.field}`;

describe('Welsh content: files', () => {
  it(`finds the English content files (${EN_FILES.length})`, () => {
    assert.ok(EN_FILES.length >= 7, EN_FILES.join(', '));
  });

  for (const file of EN_FILES) {
    it(`content/cy/${file} exists, is a TranslationFile and translates "${nameOf(file)}"`, () => {
      const target = path.join(CY_DIR, file);
      assert.ok(existsSync(target), `content/cy/${file} is missing`);
      const json = readJson(target);
      const parsed = TranslationFile.safeParse(json);
      assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 2));
      assert.equal(parsed.data.translates, nameOf(file));
      assert.equal(parsed.data.locale, 'cy');
    });

    it(`content/cy/${file} has no key twice and is written as 2-space JSON`, () => {
      const target = path.join(CY_DIR, file);
      assert.ok(existsSync(target), `content/cy/${file} is missing`);
      const raw = readFileSync(target, 'utf8');
      assert.deepEqual(duplicateKeys(raw), [], 'keys given twice in one object (JSON.parse keeps only the last)');
      assert.equal(raw.trimEnd(), JSON.stringify(JSON.parse(raw), null, 2), 'not formatted as JSON.stringify(json, null, 2)');
    });
  }
});

describe('Welsh content: entries match the English', () => {
  it('uses each entry key once across all content/cy files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, translation } of welsh) {
      for (const id of Object.keys(translation.entries)) {
        if (id === ROOT_KEY) continue;
        const first = seen.get(id);
        if (first !== undefined) duplicates.push(`${id} (${first} and ${file})`);
        else seen.set(id, file);
      }
    }
    assert.deepEqual(duplicates, []);
  });

  it('leaves no English text that no entry can reach (every translatable field sits on an item with an id, or its parent has one)', () => {
    const orphans = EN_FILES.flatMap((file) => (englishIndex.get(file)?.orphans ?? []).map((o) => `${file} ${o.path}`));
    assert.deepEqual(orphans, []);
  });

  for (const file of EN_FILES) {
    it(`content/cy/${file}: every key is the id of an item in content/en/${file} that has text to translate`, () => {
      const w = welshFor(file);
      assert.ok(w, `content/cy/${file} is missing or invalid`);
      const items = englishById(file);
      const unknown = Object.keys(w.translation.entries).filter((id) => !items.has(id));
      assert.deepEqual(unknown, [], `keys that are not ids of English items with translatable text`);
    });

    it(`content/cy/${file}: translates every English item with text, and every translatable field of it`, () => {
      const w = welshFor(file);
      assert.ok(w, `content/cy/${file} is missing or invalid`);
      const missing: string[] = [];
      for (const item of englishIndex.get(file)?.items ?? []) {
        const entry = w.translation.entries[item.id];
        if (entry === undefined) {
          missing.push(`${item.id} (no entry)`);
          continue;
        }
        const fields = [...item.fields.keys()].filter((field) => !(field in entry.fields));
        if (fields.length > 0) missing.push(`${item.id}: ${fields.join(', ')}`);
      }
      assert.deepEqual(missing, [], `English items or fields with no Welsh:\n${missing.join('\n')}`);
    });

    it(`content/cy/${file}: translates only translatable fields the English item has, each the same shape`, () => {
      const w = welshFor(file);
      assert.ok(w, `content/cy/${file} is missing or invalid`);
      const items = englishById(file);
      const problems: string[] = [];
      for (const [id, entry] of Object.entries(w.translation.entries)) {
        const item = items.get(id);
        if (!item) continue;
        for (const [field, value] of Object.entries(entry.fields)) {
          if (!TRANSLATABLE.has(field)) {
            problems.push(`${id} ${field}: not a translatable field (TRANSLATABLE_FIELDS)`);
            continue;
          }
          const en = item.fields.get(field);
          if (en === undefined) problems.push(`${id} ${field}: the English item has no such field`);
          else if (typeof en === 'string' && typeof value !== 'string') problems.push(`${id} ${field}: the English is a string, the Welsh a list`);
          else if (Array.isArray(en) && !Array.isArray(value)) problems.push(`${id} ${field}: the English is a list, the Welsh a string`);
          else if (Array.isArray(en) && Array.isArray(value) && en.length !== value.length) {
            problems.push(`${id} ${field}: the English list has ${en.length} entries, the Welsh ${value.length}`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });

    it(`content/cy/${file}: lists its entries in English file order`, () => {
      const w = welshFor(file);
      assert.ok(w, `content/cy/${file} is missing or invalid`);
      const order = (englishIndex.get(file)?.items ?? []).map((item) => item.id);
      const keys = Object.keys(w.translation.entries).filter((id) => order.includes(id));
      assert.deepEqual(keys, order.filter((id) => keys.includes(id)));
    });
  }
});

describe('Welsh content: what a translation must not change', () => {
  /** Runs of digits, spaces inside a number kept ("116 123"), as the facts table reads them. */
  const numbers = (text: string) => text.match(/\d(?:[\d ]*\d)?/g) ?? [];

  it('keeps every number of the English field in the Welsh field (phone numbers, ages, years, recommendation numbers)', () => {
    const problems: string[] = [];
    for (const pair of pairs) {
      const welshNumbers = numbers(pair.welsh);
      const remaining = [...welshNumbers];
      for (const n of numbers(pair.english)) {
        const at = remaining.indexOf(n);
        if (at < 0) problems.push(`${where(pair)}: "${n}" is missing: "${pair.welsh}"`);
        else remaining.splice(at, 1);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('keeps the number shown and the word to text wherever an English action names them', () => {
    const problems: string[] = [];
    for (const pair of pairs.filter((p) => p.field === 'action')) {
      for (const key of ['display', 'keyword'] as const) {
        const value = pair.item.object[key];
        if (typeof value === 'string' && pair.english.includes(value) && !pair.welsh.includes(value)) {
          problems.push(`${where(pair)}: the ${key} "${value}" is missing: "${pair.welsh}"`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('changes no id, value, display, link, date or source quote when applied to the English content', () => {
    /** `value` without the text the table may translate, and without the `translation` marker. */
    const withoutText = (value: Json, ids: ReadonlySet<string>): Json => {
      if (Array.isArray(value)) return value.map((v) => withoutText(v, ids));
      if (!isObject(value)) return value;
      const copy: JsonObject = {};
      for (const [key, child] of Object.entries(value)) {
        if (key === 'translation') continue;
        copy[key] = UNTRANSLATED.has(key) ? child : withoutText(child, ids);
      }
      if (typeof value['id'] === 'string' && ids.has(value['id'])) {
        for (const field of TRANSLATABLE_FIELDS) {
          const [head, ...rest] = field.split('.') as [string, ...string[]];
          if (rest.length === 0) delete copy[head];
          else if (isObject(copy[head])) copy[head] = Object.fromEntries(Object.entries(copy[head]).filter(([k]) => k !== rest.join('.')));
        }
      }
      return copy;
    };
    assert.ok(welsh.length > 0, 'no Welsh files to apply');
    for (const { file, translation } of welsh) {
      const table = translationTable([translation]);
      const ids = new Set(table.keys());
      const en = english.get(file);
      const cy = translate(en, table);
      assert.deepEqual(withoutText(cy, ids), withoutText(en, ids), `${file}: translating changed something other than text`);
    }
  });
});

describe('Welsh content: authoritative Welsh names and terms (content/facts/welsh-terms.md)', () => {
  it('names the six quality domains Diogel, Amserol, Effeithiol, Effeithlon, Teg and Person-ganolog', () => {
    const domains: Readonly<Record<string, string>> = {
      Safe: 'Diogel',
      Timely: 'Amserol',
      Effective: 'Effeithiol',
      Efficient: 'Effeithlon',
      Equitable: 'Teg',
      'Person-centred': 'Person-ganolog',
    };
    const statement = english.get('statement.json');
    assert.ok(isObject(statement) && Array.isArray(statement['domains']), 'content/en/statement.json has no domains');
    const entries = welshFor('statement.json')?.translation.entries ?? {};
    const problems: string[] = [];
    for (const domain of statement['domains'] as JsonObject[]) {
      const id = String(domain['id']);
      const expected = domains[String(domain['name'])];
      const actual = entries[id]?.fields['name'];
      if (expected === undefined) problems.push(`${id}: unknown English domain name "${String(domain['name'])}"`);
      else if (actual !== expected) problems.push(`${id}: "${String(actual ?? '(no entry)')}", expected "${expected}"`);
    }
    assert.equal((statement['domains'] as JsonObject[]).length, 6);
    assert.deepEqual(problems, []);
  });

  /** Where the English (left) says it, the Welsh must say the authoritative Welsh (right). */
  const TERMS: readonly { english: RegExp; welsh: RegExp; say: string }[] = [
    { english: /Samaritans/, welsh: /Samariaid/, say: 'Samariaid' },
    { english: /NHS 111 Wales/, welsh: /GIG 111 Cymru/, say: 'GIG 111 Cymru' },
    { english: /\bpress 2\b/i, welsh: /\ba phwyso 2\b/, say: 'a phwyso 2' },
    { english: /Welsh Language Line/i, welsh: /Llinell Gymraeg/, say: 'Llinell Gymraeg' },
    { english: /self-harm/i, welsh: /hunan-niw/i, say: 'hunan-niwed / hunan-niweidio' },
    { english: /mental health/i, welsh: /iechyd meddwl/i, say: 'iechyd meddwl' },
    { english: /\bsuicid/i, welsh: /hunanladd/i, say: 'hunanladdiad / hunanladdol' },
    { english: /\bemergency services\b/i, welsh: /gwasanaethau brys/i, say: 'Gwasanaethau brys' },
  ];
  for (const term of TERMS) {
    it(`says "${term.say}" wherever the English says ${term.english}`, () => {
      const relevant = pairs.filter((pair) => term.english.test(pair.english));
      const problems = relevant.filter((pair) => !term.welsh.test(pair.welsh)).map((pair) => `${where(pair)}: "${pair.welsh}"`);
      assert.deepEqual(problems, []);
    });
  }

  /** Welsh known to be wrong here; `unlessEnglish`: allowed where the English says that. */
  const WRONG: readonly { pattern: RegExp; why: string; unlessEnglish?: RegExp; safeMessaging?: boolean }[] = [
    { pattern: /\bNHS\s+111\s+(?:Wales|Cymru)\b|\bGIG\s+111\s+Wales\b/, why: 'the Welsh name is "GIG 111 Cymru"' },
    { pattern: /\bSamaritans\b/, why: 'the Welsh name is "Samariaid"' },
    { pattern: /\bWelsh Language Line\b/i, why: 'the Welsh name is "Llinell Gymraeg"' },
    { pattern: /\bpress 2\b/i, why: 'say "a phwyso 2"' },
    { pattern: /\bhunan\s+niw|\bhunanniw/i, why: 'hunan-niwed and hunan-niweidio take a hyphen' },
    { pattern: /\bhunan-anaf/i, why: 'self-harm is "hunan-niwed"; "hunan-anafu" is self-injury', unlessEnglish: /self-injur/i },
    { pattern: /\b(?:c|g|ch|ngh)yflawni\s+hunanladdiad\b/i, why: 'say "marw drwy hunanladdiad"', safeMessaging: true },
    { pattern: /\b(?:c|g|ch|ngh)eisio\s+sylw\b/i, why: 'judgemental', safeMessaging: true },
    { pattern: /\bystrywgar\b|\b(?:t|d)riniol\b/i, why: 'judgemental', safeMessaging: true },
    { pattern: /\brisg\s+(?:uchel|isel|(?:c|g)anolig)\b/i, why: 'no risk levels', safeMessaging: true },
  ];

  it('uses none of the Welsh known to be wrong', () => {
    const problems: string[] = [];
    for (const pair of pairs) {
      for (const rule of WRONG) {
        const match = rule.pattern.exec(pair.welsh);
        if (!match) continue;
        if (rule.unlessEnglish?.test(pair.english)) continue;
        if (rule.safeMessaging && pair.item.exemption !== undefined && forbiddenTermsIn(pair.english).length > 0) continue;
        problems.push(`${where(pair)}: "${match[0]}" (${rule.why})`);
      }
    }
    assert.deepEqual(problems, []);
  });
});

describe('Welsh content: safe messaging (the never-list, in Welsh too)', () => {
  it('recognises the Welsh terms it is meant to catch', () => {
    for (const phrase of [
      'cyflawni hunanladdiad',
      'wedi cyflawni hunanladdiad',
      'ei gyflawni hunanladdiad',
      'ymgais aflwyddiannus',
      'hunanladdiad llwyddiannus',
      'ymgais a fethodd',
      'ceisio sylw',
      'ymddygiad ystrywgar',
      'yn driniol',
      'gwaedd am help',
      'risg uchel',
      'risg isel',
      'risg ganolig',
      'lefel y risg',
      'sgôr risg',
      'epidemig hunanladdiad',
    ]) {
      assert.ok(welshForbiddenTermsIn(phrase).length > 0, phrase);
    }
    for (const phrase of [
      'marw drwy hunanladdiad',
      'ymgais i gyflawni nodau',
      "i gyfyngu ar hunan-niweidio neu ei osgoi'n llwyddiannus",
      'risg uwch',
      'asesu risg',
      'triniaeth',
      'tynnu sylw at',
      "nodau'r driniaeth",
    ]) {
      assert.deepEqual(welshForbiddenTermsIn(phrase), [], phrase);
    }
  });

  /**
   * A term the English never-list names is allowed in the Welsh only where the English item is
   * exempted in the data (`source.safeMessagingException`) and its English field uses such a
   * term too: the translation of a quoted source, never new wording.
   */
  const exempted = (pair: Pair) => pair.item.exemption !== undefined && forbiddenTermsIn(pair.english).length > 0;

  it('uses no term from the English never-list in the Welsh (English words can leak into a translation)', () => {
    const problems = pairs.flatMap((pair) => {
      const hits = forbiddenTermsIn(pair.welsh);
      return hits.length > 0 && !exempted(pair) ? [`${where(pair)}: ${hits.map((h) => `"${h.term}" (${h.why})`).join(', ')}`] : [];
    });
    assert.deepEqual(problems, []);
  });

  it('uses no term from the Welsh never-list, outside translations of exempted quotes', () => {
    const problems = pairs.flatMap((pair) => {
      const hits = welshForbiddenTermsIn(pair.welsh);
      return hits.length > 0 && !exempted(pair) ? [`${where(pair)}: ${hits.map((h) => `"${h.term}" (${h.why})`).join(', ')}`] : [];
    });
    assert.deepEqual(problems, []);
  });
});

describe('Welsh content: how far each entry can be trusted', () => {
  const normalise = (text: string) => text.normalize('NFC').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').toLowerCase();
  const facts = normalise(
    ['welsh-terms.md', 'crisis-contacts.md'].map((file) => readFileSync(path.join(FACTS_DIR, file), 'utf8')).join('\n'),
  );

  it('marks an entry official only when every field is word for word in content/facts, and names the source', () => {
    const problems: string[] = [];
    for (const { file, translation } of welsh) {
      for (const [id, entry] of Object.entries(translation.entries)) {
        if (entry.status !== 'official') continue;
        if (!entry.by) problems.push(`${file} ${id}: official with no "by"`);
        for (const [field, value] of Object.entries(entry.fields)) {
          for (const text of typeof value === 'string' ? [value] : value) {
            if (!facts.includes(normalise(text))) problems.push(`${file} ${id} ${field}: "${text}" is not in content/facts`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('names who reviewed every reviewed entry', () => {
    const problems = welsh.flatMap(({ file, translation }) =>
      Object.entries(translation.entries).flatMap(([id, entry]) => (entry.status === 'reviewed' && !entry.by ? [`${file} ${id}`] : [])),
    );
    assert.deepEqual(problems, []);
  });

  it('counts the entries by status', () => {
    const line = (counts: Record<string, number>) => `${counts['official']} official, ${counts['reviewed']} reviewed, ${counts['unreviewed']} unreviewed`;
    for (const { file, translation } of welsh) console.log(`  content/cy/${file}: ${line(translationCounts(translationTable([translation])))}`);
    const total = translationCounts(translationTable(welsh.map((w) => w.translation)));
    console.log(`Welsh content: ${line(total)}`);
    assert.ok(total.official + total.reviewed + total.unreviewed > 0, 'no Welsh entries');
  });
});
