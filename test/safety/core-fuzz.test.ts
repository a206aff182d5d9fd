/**
 * Property-based fuzzing of the pure core (no DOM) with fast-check: what the elements rely on to
 * keep a reader safe whatever a host passes in. Over 10,000 seeded cases in a few seconds; the seed
 * is printed, and `SHG_FUZZ_SEED=<seed>` replays a run.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import * as fc from 'fast-check';
import { UnknownOptionError } from '../../src/core/errors.js';
import { foldAnyScript, foldText } from '../../src/core/fold-text.js';
import { SAFE_SCHEMES, hrefFor, isSafeHref, localHrefFor } from '../../src/core/links.js';
import { parseLocalServices, parseLocalServicesJson } from '../../src/core/local-services.js';
import { ALWAYS_SHOWN_SERVICES, URGENCY_ORDER, isRenderable, servicesFor } from '../../src/core/services.js';
import { Channel } from '../../schema/services.js';
import { AGE_GROUPS, CHANNEL_TYPES, DIALLED_CHANNEL_TYPES, LOCALES, NATIONS, URGENCIES, dialString } from '../../schema/vocabulary.js';
import { BAD_URLS, chooseSeed, hostileString, localServicesInput, localServicesJsonText } from '../helpers/fuzz.js';

const seed = chooseSeed(process.env.SHG_FUZZ_SEED);
let cases = 0;
const started = performance.now();
const run = <T>(property: fc.IProperty<T>, numRuns: number) => {
  fc.assert(property, { seed, numRuns, includeErrorInReport: true });
  cases += numRuns;
};

after(() => {
  console.log(`fuzz: ${cases} cases (seed ${seed}) in Node, ${((performance.now() - started) / 1000).toFixed(1)} s; replay with SHG_FUZZ_SEED=${seed}`);
});

const TYPE_SCHEME = { phone: 'tel:', text: 'sms:', email: 'mailto:', web: 'https:' } as const;

describe('fuzz: parseLocalServices and parseLocalServicesJson (host-supplied services)', () => {
  it('never throw; give all the services or none, with a reason for none', () => {
    run(
      fc.property(fc.oneof(localServicesInput(), fc.anything()), (input) => {
        const result = parseLocalServices(input);
        if (result.problems.length === 0) {
          assert.ok(Array.isArray(input), 'only a list is accepted');
          assert.equal(result.services.length, (input as unknown[]).length, 'all or nothing');
        } else {
          assert.deepEqual(result.services, [], 'a refused list shows none of its services');
          for (const problem of result.problems) assert.ok(typeof problem === 'string' && problem.length > 0);
        }
      }),
      3000,
    );
  });

  it('accept only links whose scheme follows from the channel type, never the emergency tier, and at most 20 services of 1 to 6 channels', () => {
    run(
      fc.property(localServicesInput(), (input) => {
        for (const service of parseLocalServices(input).services) {
          assert.ok(['urgent', 'talk-now', 'information'].includes(service.urgency), service.urgency);
          assert.ok(service.channels.length >= 1 && service.channels.length <= 6);
          for (const channel of service.channels) {
            const href = localHrefFor(channel);
            assert.ok(href.startsWith(TYPE_SCHEME[channel.type]), href);
            // The schema and isSafeHref agree: nothing accepted makes a link the core would refuse.
            assert.ok(isSafeHref(href), href);
            assert.ok(!/^(javascript|data|vbscript|file|blob|http):/i.test(href), href);
            if (channel.type === 'phone' || channel.type === 'text') {
              // What is shown (the value) is what is dialled.
              assert.equal(href.slice(4).split('?')[0], dialString(channel.value));
              assert.match(href, /^(tel|sms):\+?[0-9]+(\?body=[A-Za-z0-9]+)?$/);
            }
          }
        }
        assert.ok(parseLocalServices(input).services.length <= 20);
      }),
      2500,
    );
  });

  it('read JSON text exactly as they read the parsed value, and never throw on text that is not JSON', () => {
    run(
      fc.property(localServicesJsonText(), (text) => {
        const fromText = parseLocalServicesJson(text);
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          assert.equal(fromText.services.length, 0);
          assert.equal(fromText.problems.length, 1);
          assert.match(fromText.problems[0]!, /^the JSON could not be read/);
          return;
        }
        assert.deepEqual(fromText, parseLocalServices(parsed));
      }),
      1500,
    );
  });
});

describe('fuzz: isSafeHref, hrefFor and localHrefFor (links)', () => {
  const schemeLike = fc.oneof(fc.constantFrom(...SAFE_SCHEMES, 'javascript:', 'data:', 'vbscript:', 'http:', 'HTTPS:', 'Tel:', 'https:/', ' https:', 'java\u0000script:'), fc.string({ maxLength: 8 }));

  it('isSafeHref accepts nothing outside https:, tel:, sms: and mailto:, however it is written', () => {
    run(
      fc.property(schemeLike, hostileString(), (scheme, rest) => {
        const href = scheme + rest;
        if (!isSafeHref(href)) return;
        assert.ok(SAFE_SCHEMES.some((s) => href.toLowerCase().startsWith(s)), href);
        assert.ok(!/[\s<>"']/.test(href), href);
        // However a browser would parse it, the scheme is one of the four.
        if (URL.canParse(href)) assert.ok((SAFE_SCHEMES as readonly string[]).includes(new URL(href).protocol), href);
      }),
      2000,
    );
  });

  it('isSafeHref refuses every script or data URL, whatever follows', () => {
    const unsafe = BAD_URLS.filter((url) => !/^(https:|tel:|sms:|mailto:)/i.test(url));
    run(
      fc.property(fc.constantFrom(...unsafe), hostileString(), (bad, rest) => {
        assert.equal(isSafeHref(bad + rest), false, bad + rest);
      }),
      1000,
    );
  });

  /** A channel of the verified data's shape: mostly valid, so hrefFor is exercised on what the schema lets through. */
  const digits = fc
    .tuple(fc.boolean(), fc.array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' '), { minLength: 1, maxLength: 16 }))
    .map(([plus, chars]) => `${plus ? '+' : ''}${chars.join('')}`);
  const channel = fc.constantFrom(...CHANNEL_TYPES).chain((type) => {
    const dialled = DIALLED_CHANNEL_TYPES.includes(type);
    return fc
      .record({
        display: dialled
          ? fc.oneof({ weight: 4, arbitrary: digits }, { weight: 1, arbitrary: fc.oneof(hostileString(), fc.webUrl({ validSchemes: ['https'] }), fc.emailAddress()) })
          : fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.emailAddress(), hostileString()),
        url: fc.oneof({ weight: 4, arbitrary: fc.webUrl({ validSchemes: ['https'] }) }, { weight: 1, arbitrary: fc.constantFrom(...BAD_URLS) }),
        email: fc.oneof({ weight: 4, arbitrary: fc.emailAddress() }, { weight: 1, arbitrary: hostileString() }),
        keyword: fc.option(fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) }, { weight: 1, arbitrary: hostileString() }), { nil: undefined }),
      })
      .map(({ display, url, email, keyword }) => ({
        id: 'fuzz-channel',
        type,
        // Dialled channels store the digits of what they show; the rest store a URL or an address.
        value: dialled ? dialString(display) : type === 'email' ? email : url,
        display,
        ...(keyword === undefined ? {} : { keyword }),
        urgency: 'talk-now',
        confidence: 'confirmed',
        lastVerified: '2026-11-21',
        nextReview: '2027-05-21',
        source: 'fuzz',
      }));
  });

  it('hrefFor: for every channel the schema accepts, the link dials what is shown and uses a safe scheme', () => {
    let accepted = 0;
    run(
      fc.property(channel, (input) => {
        const parsed = Channel.safeParse(input);
        if (!parsed.success) return;
        accepted += 1;
        const c = parsed.data;
        const href = hrefFor(c);
        assert.ok((SAFE_SCHEMES as readonly string[]).includes(new URL(href).protocol), href);
        assert.ok(isSafeHref(href), href);
        if (c.type === 'phone' || c.type === 'textphone') assert.equal(href, `tel:${dialString(c.display)}`);
        if (c.type === 'text' || c.type === 'sms-emergency') {
          assert.equal(href.split('?')[0], `sms:${dialString(c.display)}`);
          // The word to text travels encoded, so it can never add a parameter or break the link.
          if (c.keyword) assert.equal(href, `sms:${dialString(c.display)}?body=${encodeURIComponent(c.keyword)}`);
        }
        if (DIALLED_CHANNEL_TYPES.includes(c.type)) {
          // Shown is dialled: the display is the dialled digits with spaces between, and nothing else.
          assert.equal(c.display.replace(/ /g, ''), c.value, `display ${JSON.stringify(c.display)} for ${c.value}`);
          assert.equal(new URL(href).pathname, c.value);
        }
      }),
      2000,
    );
    // The generator must reach the code under test, not only the schema's refusals; and only the
    // channels that reached it count in the printed figure.
    assert.ok(accepted > 500, `only ${accepted} generated channels passed the schema`);
    cases -= 2000 - accepted;
  });
});

describe('fuzz: servicesFor (which routes a reader sees)', () => {
  const option = <T extends string>(valid: readonly T[]) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 4, arbitrary: fc.constantFrom(...valid) },
      { weight: 2, arbitrary: hostileString() },
      { weight: 1, arbitrary: fc.constantFrom(null, 0, 1, true, {}, [], ['wales']) },
    );

  it('always gives 999 and Samaritans (free, 24/7), in tier order, only verified channels; or throws UnknownOptionError and nothing else', () => {
    let answered = 0;
    run(
      fc.property(option(NATIONS), option(AGE_GROUPS), option(LOCALES), (nation, age, language) => {
        let tiers;
        try {
          tiers = servicesFor({ nation, age, language } as Parameters<typeof servicesFor>[0]);
        } catch (error) {
          assert.ok(error instanceof UnknownOptionError, String(error));
          assert.ok(['nation', 'age', 'language'].includes(error.option));
          return;
        }
        answered += 1;
        assert.deepEqual(
          tiers.map((t) => t.urgency),
          URGENCY_ORDER.filter((u) => tiers.some((t) => t.urgency === u)),
        );
        const ids = tiers.flatMap((t) => t.routes.map((r) => r.service.id));
        for (const id of ALWAYS_SHOWN_SERVICES) assert.ok(ids.includes(id), `${id} missing for ${JSON.stringify({ nation, age, language })}`);
        const phone999 = tiers[0]!.routes[0]!.channels.find((c) => c.type === 'phone')!;
        assert.equal(tiers[0]!.urgency, 'emergency');
        assert.equal(hrefFor(phone999), 'tel:999');
        const samaritans = tiers.flatMap((t) => t.routes).filter((r) => r.service.id === 'samaritans').flatMap((r) => r.channels);
        assert.ok(samaritans.some((c) => c.type === 'phone' && hrefFor(c) === 'tel:116123' && c.free === true && c.hours?.always === true));
        for (const route of tiers.flatMap((t) => t.routes)) {
          for (const c of route.channels) {
            assert.ok(isRenderable(c), `${c.id} is ${c.confidence}`);
            assert.ok(isSafeHref(hrefFor(c)), hrefFor(c));
          }
        }
        // Only the emergency tier's own services sit in it.
        for (const t of tiers) for (const r of t.routes) for (const c of r.channels) assert.equal(c.urgency, t.urgency);
        assert.ok(URGENCIES.includes(tiers.at(-1)!.urgency));
      }),
      2500,
    );
    assert.ok(answered > 300, `only ${answered} queries reached the routes`);
  });
});

describe('fuzz: foldText (search)', () => {
  // The Latin fast path must fold exactly as the general Unicode rule does, whatever the text.
  const LATIN_AND_PUNCTUATION = [...'aZ09 -.,\'"éÉâŵŷïôçßøłĳﬁİK\u00a0\u2010\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u0301\u0308'];
  it('folds exactly as the Unicode rule does, for Welsh, English, any script and any punctuation', () => {
    run(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(...LATIN_AND_PUNCTUATION), maxLength: 60 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          hostileString(),
        ),
        (text) => assert.equal(foldText(text), foldAnyScript(text)),
      ),
      3000,
    );
  });
});
