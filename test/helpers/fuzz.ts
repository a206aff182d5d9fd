/**
 * Arbitraries for the safety fuzz tests (fast-check), shared by the Node fuzz of the core and the
 * browser fuzz of the elements. Hostile input is what a host page, a CMS field or a copy-paste can
 * put into an attribute or a JSON block: random and odd Unicode, markup, script URLs, very long
 * strings, prototype keys. No DOM here: this module runs in Node and in browsers.
 */
import * as fc from 'fast-check';
import { AGE_GROUPS, NATIONS } from '../../schema/vocabulary.js';

/** Set by markup that ran; a test fails if it is ever defined. */
export const INJECTION_FLAG = '__shgInjected';

/** Markup and template syntax that would do something if anything interpreted it. */
export const MARKUP = [
  `<img src=x onerror="window.${INJECTION_FLAG}=1">`,
  `<script>window.${INJECTION_FLAG}=1</script>`,
  `"><svg onload="window.${INJECTION_FLAG}=1">`,
  `'><img src=x onerror=window.${INJECTION_FLAG}=1>`,
  `<iframe src="javascript:window.${INJECTION_FLAG}=1"></iframe>`,
  `<a href="javascript:window.${INJECTION_FLAG}=1">x</a>`,
  '<style>*{display:none!important}</style>',
  '<object data="x"></object><embed src="x">',
  '<math><mi xlink:href="javascript:1">x</mi></math>',
  '</script><script>1</script>',
  '<!--',
  ']]>',
  '{{constructor.constructor("1")()}}',
  '${1+1}',
  '<?lit$1$?>',
  '<!--?lit$123$-->',
] as const;

/** URLs no rendered link may ever use, and some that only look like https. */
export const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/1',
  'http://example.org/',
  '//example.org/',
  '/relative',
  'https:',
  'https:/example.org',
  'https:\\\\example.org',
  'https://',
  'HTTPS://EXAMPLE.ORG/',
  'https://example.org/"onmouseover="alert(1)',
  'https://example.org/<script>',
  'https://exa mple.org/',
  'tel:999',
  'sms:999',
  'mailto:a@example.org',
] as const;

/** Words that look like options but are not, or that trip up naive lookups. */
export const TRICKY_WORDS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'null',
  'undefined',
  'NaN',
  'true',
  'WALES',
  ' wales',
  'wales ',
  'wales\u200b',
  'wa\u0301les',
  'cymru',
  'England',
  'france',
  'young_person',
  'Adult',
  '\u202eselaw',
  '\ud800',
] as const;

/** Heading-level values, valid (2 to 6) and not. */
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6', '7', '0', '-1', '2.5', '3.0', ' 3 ', '0x3', '1e1', 'Infinity', 'h2', '٣'] as const;

/** Any string a host could write, weighted towards the hostile. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_URLS) },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY_WORDS) },
    { weight: 1, arbitrary: fc.constantFrom(...HEADING_LEVELS) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NATIONS, ...AGE_GROUPS), fc.constantFrom(...MARKUP)).map(([a, b]) => a + b) },
    // Very long: 2,000 to 60,000 characters, one of them markup repeated.
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2_000, max: 60_000 }), fc.constantFrom('x', 'é', '\u{1F600}', MARKUP[0])).map(([n, s]) => s.repeat(Math.ceil(n / s.length))) },
  );
}

/** An attribute: a value from the valid list, a hostile value, or removed (`null`). */
export interface AttributeCase {
  readonly value: string | null;
  /** True when the value is one the element documents: no console message is allowed for it. */
  readonly valid: boolean;
}

export function attribute(validValues: readonly string[]): fc.Arbitrary<AttributeCase> {
  const hostile = hostileString().map((value) => ({ value, valid: validValues.includes(value) }));
  // Removing an attribute means its default: no console message is allowed for it.
  const removed = fc.constant({ value: null, valid: true });
  if (validValues.length === 0) return fc.oneof({ weight: 1, arbitrary: removed }, { weight: 3, arbitrary: hostile });
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...validValues).map((value) => ({ value, valid: true })) },
    { weight: 1, arbitrary: removed },
    { weight: 3, arbitrary: hostile },
  );
}

/** A boolean attribute: present with any value means on. It can never be wrong. */
export function booleanAttribute(): fc.Arbitrary<AttributeCase> {
  return fc.option(hostileString(), { nil: null }).map((value) => ({ value, valid: true }));
}

/** A phone number of the kind the local-services schema accepts. */
const dialledNumber = fc
  .tuple(fc.boolean(), fc.array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' '), { minLength: 2, maxLength: 14 }))
  .map(([plus, rest]) => `${plus ? '+' : ''}0${rest.join('')}`);

const httpsUrl = fc.webUrl({ validSchemes: ['https'] });
const email = fc.emailAddress();

/** One channel of a host-added service: well-formed most of the time, hostile otherwise. */
function localChannel(): fc.Arbitrary<unknown> {
  const value = fc.oneof(dialledNumber, httpsUrl, email, hostileString());
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ type: fc.constant('phone'), value: fc.oneof(dialledNumber, hostileString()), hours: fc.option(hostileString(), { nil: undefined }) }, { requiredKeys: ['type', 'value'] }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('text'), value: dialledNumber, keyword: fc.option(fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{1,20}$/), hostileString()), { nil: undefined }) }, { requiredKeys: ['type', 'value'] }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('web'), value: fc.oneof(httpsUrl, fc.constantFrom(...BAD_URLS), hostileString()) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('email'), value: fc.oneof(email, hostileString()) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.oneof(fc.constantFrom('sms', 'video-relay', 'app', 'textphone', 'javascript'), hostileString()), value }) },
  );
}

/** One host-added service. */
function localService(): fc.Arbitrary<unknown> {
  return fc.record(
    {
      name: fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 60 }) }, { weight: 2, arbitrary: fc.constantFrom(...MARKUP) }, { weight: 1, arbitrary: hostileString() }),
      summary: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(...MARKUP), hostileString()),
      urgency: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('urgent', 'talk-now', 'information') }, { weight: 1, arbitrary: fc.constantFrom('emergency', 'EMERGENCY', '') }, { weight: 1, arbitrary: hostileString() }),
      channels: fc.array(localChannel(), { minLength: 0, maxLength: 7 }),
    },
    { requiredKeys: ['name', 'channels'] },
  );
}

/** What a host may set as `localServices`, or write in the JSON block: mostly lists of services, sometimes anything at all. */
export function localServicesInput(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(localService(), { minLength: 0, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(localService(), { minLength: 19, maxLength: 22 }) },
    { weight: 1, arbitrary: localService() },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, 0, '', 'x', true, {}, [], [null], [[]], [{}]) },
  );
}

/** The text of a host's `<script type="application/json">` block: JSON of the above, or text that is not JSON. */
export function localServicesJsonText(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: localServicesInput().map((value) => JSON.stringify(value) ?? '') },
    { weight: 1, arbitrary: localServicesInput().map((value) => (JSON.stringify(value) ?? '').slice(0, -1)) },
    { weight: 1, arbitrary: hostileString() },
    { weight: 1, arbitrary: fc.constantFrom('[{ "name": ', '</script><img src=x onerror="window.__shgInjected=1">', '\ufeff[]', '[] // comment', "[{'name':'x'}]") },
  );
}

/** The seed for a run: `SHG_FUZZ_SEED` when given (to replay a failure), else a fresh one. */
export function chooseSeed(fromEnvironment: string | null | undefined): number {
  const given = Number(fromEnvironment);
  if (fromEnvironment && Number.isInteger(given)) return given;
  return Math.floor(Math.random() * 0x7fffffff);
}
