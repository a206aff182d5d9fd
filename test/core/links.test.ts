import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allServices, hrefFor, isRenderable, isSafeHref, localHrefFor, parseLocalServices, parseLocalServicesJson } from '../../src/core/index.js';

describe('hrefFor', () => {
  it('dials exactly the stored value, built from the displayed text', () => {
    for (const channel of allServices().flatMap((s) => s.channels).filter(isRenderable)) {
      const href = hrefFor(channel);
      assert.ok(isSafeHref(href), `${channel.id}: ${href}`);
      if (channel.type === 'phone' || channel.type === 'textphone') assert.equal(href, `tel:${channel.value}`);
      if (channel.type === 'text' || channel.type === 'sms-emergency') assert.ok(href.startsWith(`sms:${channel.value}`), href);
    }
  });

  it('builds the texts people send', () => {
    const channel = (id: string) => allServices().flatMap((s) => s.channels).find((c) => c.id === id)!;
    assert.equal(hrefFor(channel('shout-text')), 'sms:85258?body=SHOUT');
    assert.equal(hrefFor(channel('999-emergency-sms')), 'sms:999?body=register');
    assert.equal(hrefFor(channel('lifeline-textphone')), 'tel:1800108088088000');
    assert.equal(hrefFor(channel('samaritans-email')), 'mailto:jo@samaritans.org');
  });
});

describe('isSafeHref', () => {
  it('allows only https, tel, sms and mailto', () => {
    for (const ok of ['https://example.org', 'tel:116123', 'sms:85258', 'mailto:a@b.org']) assert.ok(isSafeHref(ok), ok);
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'http://example.org', '//evil.example', 'vbscript:x', 'https://a.org/"onmouseover=x']) {
      assert.ok(!isSafeHref(bad), bad);
    }
  });
});

describe('parseLocalServices', () => {
  const valid = [{ name: 'Cardiff crisis café', urgency: 'talk-now', channels: [{ type: 'phone', value: '029 2000 0000', hours: '6pm to midnight' }, { type: 'web', value: 'https://example.org/cafe' }] }];

  it('accepts a valid list and defaults the urgency to information', () => {
    const result = parseLocalServices([{ name: 'Drop-in', channels: [{ type: 'email', value: 'help@example.org' }] }, ...valid]);
    assert.deepEqual(result.problems, []);
    assert.equal(result.services[0]?.urgency, 'information');
    assert.equal(localHrefFor(result.services[1]!.channels[0]!), 'tel:02920000000');
  });

  it('rejects javascript: and data: links, naming where they were', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'http://example.org']) {
      const result = parseLocalServices([{ name: 'X', channels: [{ type: 'web', value }] }]);
      assert.equal(result.services.length, 0);
      assert.match(result.problems.join('\n'), /\[0\]\.channels\[0\]\.value: web links must start with https:\/\//);
    }
  });

  it('rejects web links and addresses holding spaces, quotes or angle brackets, as isSafeHref does', () => {
    const channels = [
      { type: 'web', value: 'https://example.org/"onmouseover=alert(1)' },
      { type: 'web', value: "https://example.org/it's" },
      { type: 'web', value: 'https://example.org/<b>' },
      { type: 'web', value: 'https://example.org/a b' },
      { type: 'email', value: "o'brien@example.org" },
      { type: 'email', value: 'help@example.org"><b>' },
    ];
    for (const channel of channels) {
      const result = parseLocalServices([{ name: 'X', channels: [channel] }]);
      assert.equal(result.services.length, 0, channel.value);
      assert.match(result.problems.join('\n'), /\[0\]\.channels\[0\]\.value: /, channel.value);
      assert.equal(isSafeHref(channel.type === 'email' ? `mailto:${channel.value}` : channel.value), false, channel.value);
    }
  });

  it('rejects an email value that would add headers or recipients to the mailto: link', () => {
    const values = [
      'help@example.org?bcc=someone@evil.example&body=hello',
      'help@example.org?subject=x',
      'help&cc=someone@example.org',
      'help@example.org,someone@evil.example',
      'help@example.org;someone@evil.example',
      'help%3Fbcc%3Dx@example.org',
      'help@example.org#x',
    ];
    for (const value of values) {
      const result = parseLocalServices([{ name: 'X', channels: [{ type: 'email', value }] }]);
      assert.equal(result.services.length, 0, value);
      assert.deepEqual(result.problems, [
        '[0].channels[0].value: an email value is one plain address, such as name@example.org: letters, digits and . _ + - before the @, and nothing after the domain (no ?, &, commas or spaces)',
      ], value);
      assert.equal(isSafeHref(`mailto:${value}`), false, value);
      // Even data that skipped the schema never becomes such a link.
      assert.throws(() => localHrefFor({ type: 'email', value }), /not one plain email address/, value);
    }
    assert.equal(localHrefFor({ type: 'email', value: 'first.last+crisis@example.org.uk' }), 'mailto:first.last+crisis@example.org.uk');
  });

  it('rejects a claim to the emergency tier, which belongs to 999', () => {
    const result = parseLocalServices([{ ...valid[0], urgency: 'emergency' }]);
    assert.equal(result.services.length, 0);
    assert.match(result.problems[0] ?? '', /\[0\]\.urgency/);
  });

  it('is all or nothing: one bad service drops the whole list', () => {
    const result = parseLocalServices([...valid, { name: '', channels: [] }]);
    assert.equal(result.services.length, 0);
    assert.ok(result.problems.length >= 2);
  });

  it('rejects phone numbers holding anything but digits and spaces', () => {
    assert.equal(parseLocalServices([{ name: 'X', channels: [{ type: 'phone', value: '0800<script>' }] }]).services.length, 0);
  });

  it('reports JSON it cannot read', () => {
    const result = parseLocalServicesJson('[{ name: ');
    assert.equal(result.services.length, 0);
    assert.match(result.problems[0] ?? '', /^the JSON could not be read/);
  });

  it('rejects something that is not a list', () => {
    assert.match(parseLocalServices({ name: 'X' }).problems[0] ?? '', /^the list: /);
  });

  describe('says what is wrong and what is allowed (never zod’s bare "Invalid input")', () => {
    const phone = { type: 'phone', value: '01632 960 001' };
    const cases: readonly (readonly [string, unknown, string])[] = [
      ['21 services', Array.from({ length: 21 }, () => ({ name: 'A', channels: [phone] })), 'the list: holds 21 services; at most 20 allowed'],
      ['7 channels', [{ name: 'A', channels: Array.from({ length: 7 }, () => phone) }], '[0].channels: holds 7 channels; at most 6 allowed'],
      ['no channels', [{ name: 'A', channels: [] }], '[0].channels: holds 0 channels; at least 1 needed'],
      ['a 121-character name', [{ name: 'x'.repeat(121), channels: [phone] }], '[0].name: is 121 characters long; at most 120 allowed'],
      ['an empty name', [{ name: '', channels: [phone] }], '[0].name: is empty; at least 1 character needed'],
      ['a 121-character hours line', [{ name: 'A', channels: [{ ...phone, hours: 'x'.repeat(121) }] }], '[0].channels[0].hours: is 121 characters long; at most 120 allowed'],
      [
        'an urgency of "emergency"',
        [{ name: 'A', urgency: 'emergency', channels: [phone] }],
        '[0].urgency: "emergency" is not allowed (the emergency tier is 999’s alone); use one of "urgent", "talk-now", "information"',
      ],
      ['an unknown urgency', [{ name: 'A', urgency: 'soon', channels: [phone] }], '[0].urgency: "soon" is not allowed; use one of "urgent", "talk-now", "information"'],
      ['a missing name', [{ channels: [phone] }], '[0].name: is missing; it must be text (a string)'],
      ['missing channels', [{ name: 'A' }], '[0].channels: is missing; it must be a list (an array)'],
      ['a name that is a number', [{ name: 5, channels: [phone] }], '[0].name: must be text (a string), not number 5'],
      ['an unknown channel type', [{ name: 'A', channels: [{ type: 'fax', value: '1' }] }], '[0].channels[0].type: "fax" is not allowed; use one of "phone", "text", "web", "email"'],
      ['a channel without a type', [{ name: 'A', channels: [{ value: '1' }] }], '[0].channels[0].type: is missing; use one of "phone", "text", "web", "email"'],
      ['a service that is a string', ['Samaritans'], '[0]: must be an object, not the text "Samaritans"'],
      ['an object instead of a list', { name: 'A' }, 'the list: must be a list (an array), not an object'],
    ];
    for (const [what, input, message] of cases) {
      it(`${what}`, () => {
        assert.deepEqual(parseLocalServices(input).problems, [message]);
      });
    }

    it('names at most five problems, then how many more', () => {
      const problems = parseLocalServices(Array.from({ length: 8 }, () => ({}))).problems;
      assert.equal(problems.length, 6);
      assert.equal(problems[5], 'and 11 more problems');
      for (const problem of problems) assert.doesNotMatch(problem, /Invalid input/);
    });
  });
});
