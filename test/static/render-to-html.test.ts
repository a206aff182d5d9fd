import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { renderToHTML, staticTags } from '../../src/static/index.js';
import { NATIONS, assessmentFramework, criteriaOf, hrefFor, servicesFor } from '../../src/core/index.js';
import { consoleErrors } from '../helpers/console.js';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('renderToHTML', () => {
  it('knows the elements this package defines', () => {
    assert.ok(staticTags().includes('shg-help-panel'));
  });

  for (const nation of NATIONS) {
    it(`gives the same routes as the client for ${nation}: every link, action and name`, () => {
      const html = renderToHTML('shg-help-panel', { nation, age: 'young-person' });
      const tiers = servicesFor({ nation, age: 'young-person' });
      const expected = tiers.flatMap((t) => t.routes.flatMap((r) => r.channels.map(hrefFor)));
      assert.deepEqual(hrefs(html), expected);
      for (const route of tiers.flatMap((t) => t.routes)) {
        assert.ok(text(html).includes(route.service.name), route.service.name);
        for (const channel of route.channels) assert.ok(text(html).includes(channel.display), channel.display);
      }
      assert.ok(text(html).startsWith('Get help now'));
    });
  }

  it('renders every element this package defines, each guidance element with a route to 999', () => {
    assert.deepEqual(staticTags().sort(), ['shg-expectations', 'shg-guidance', 'shg-help-panel', 'shg-quick-exit', 'shg-self-assessment', 'shg-statement']);
    for (const tag of staticTags()) {
      const html = renderToHTML(tag);
      assert.doesNotMatch(html, /<style|<script|<template|<!--|<\?/, tag);
      if (tag !== 'shg-quick-exit') assert.ok(hrefs(html).includes('tel:999'), `${tag} has no route to 999`);
    }
    const statement = renderToHTML('shg-statement');
    assert.equal(new Set([...statement.matchAll(/ id="(iqs\.(?:outcome|domain|theme)\.[^"]+)"/g)].map((m) => m[1])).size, 63);
  });

  it('renders the self-assessment without JavaScript as a checklist of every criterion to print, with no form controls', () => {
    for (const [attributes, framework] of [[{}, assessmentFramework('service')], [{ framework: 'policy' }, assessmentFramework('policy')], [{ setting: 'housing-homelessness' }, assessmentFramework('service', 'housing-homelessness')]] as const) {
      const html = renderToHTML('shg-self-assessment', attributes);
      const ids = [...html.matchAll(/<li class="criterion" part="criterion" data-criterion="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(ids, criteriaOf(framework).map((c) => c.id));
      assert.doesNotMatch(html, /<input|<textarea|<select|<button/);
      assert.ok(text(html).includes('A checklist to print and fill in by hand.'));
      assert.ok(text(html).includes('Write about the service, never about a person who uses it.'));
      assert.ok(hrefs(html).includes('tel:999'));
    }
  });

  for (const lang of ['cy', 'cy-GB']) {
    it(`renders Welsh for lang="${lang}": the client's Welsh routes, the unreviewed notice, no inert button`, () => {
      const html = renderToHTML('shg-help-panel', { lang, nation: 'wales' });
      const expected = servicesFor({ nation: 'wales', language: 'cy' }).flatMap((t) => t.routes.flatMap((r) => r.channels.map(hrefFor)));
      assert.deepEqual(hrefs(html), expected);
      assert.ok(expected.includes('tel:08081640123'), 'Llinell Gymraeg y Samariaid, offered in Welsh');
      assert.match(html, /<section part="base" class="base shg-help-panel" aria-labelledby="shg-help-panel-heading" lang="cy">/);
      assert.ok(text(html).startsWith('Mynnwch help nawr'));
      assert.ok(text(html).includes('Ffoniwch 111 a phwyso 2'));
      assert.match(html, /part="translation-notice" lang="cy"/);
      assert.doesNotMatch(html, /<button/);
    });
  }

  it('renders every element in Welsh, each with the translation notice', () => {
    for (const tag of staticTags().filter((t) => t !== 'shg-quick-exit')) {
      const html = renderToHTML(tag, { lang: 'cy' });
      assert.match(html, /part="base"[^>]* lang="cy"/, tag);
      assert.match(html, /part="translation-notice"/, tag);
      assert.ok(hrefs(html).includes('tel:999'), tag);
    }
    assert.ok(text(renderToHTML('shg-quick-exit', { lang: 'cy' })).startsWith('Gadael y dudalen hon'));
  });

  it('gives English for a language it does not have, and says so once', async () => {
    const errors = await consoleErrors(async () => {
      const html = renderToHTML('shg-help-panel', { lang: 'x-static-test' });
      renderToHTML('shg-help-panel', { lang: 'x-static-test' });
      assert.ok(text(html).startsWith('Get help now'));
      assert.match(html, /part="base" class="base shg-help-panel" aria-labelledby="shg-help-panel-heading" lang="en"/);
    });
    assert.deepEqual(errors, ['self-harm-guidance: no "x-static-test" translation; showing English. Languages: en, cy.']);
  });

  it('quick exit: a working link, not an inert button, with only the help that holds without a script', () => {
    const html = renderToHTML('shg-quick-exit');
    assert.deepEqual(hrefs(html), ['https://www.bbc.co.uk/weather']);
    // rel="noreferrer": the exit page is not told which page the reader left.
    assert.match(html, /<a part="button" class="button" href="https:\/\/www\.bbc\.co\.uk\/weather" rel="noreferrer">/);
    assert.doesNotMatch(html, /<button|popover/);
    assert.ok(text(html).startsWith('Exit this page'));
    assert.ok(text(html).includes('It does not delete this page from your browsing history.'));
    // Shift ×3 and covering the page at once need the script: a static snippet does not promise them.
    assert.doesNotMatch(text(html), /Shift|at once/);
  });

  it('quick exit: the host’s https: href is the link; anything else gives the default', () => {
    // The link inside: the host element repeats its own `href` attribute as written.
    const exitHref = (html: string) => /<a [^>]*href="([^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
    assert.equal(exitHref(renderToHTML('shg-quick-exit', { href: 'https://example.org/news?a=1&b=2' })), 'https://example.org/news?a=1&b=2');
    for (const href of ['javascript:alert(1)', 'http://example.org/', '/relative', '']) {
      assert.equal(exitHref(renderToHTML('shg-quick-exit', { href })), 'https://www.bbc.co.uk/weather', href);
    }
  });

  it('is plain light-DOM HTML: no styles, scripts, templates or Lit markers', () => {
    const html = renderToHTML('shg-help-panel');
    assert.match(html, /^<shg-help-panel data-shg-static=""><section part="base" class="base shg-help-panel"/);
    assert.doesNotMatch(html, /<style|<script|<template|<!--|<\?/);
  });

  it('prefixes element-internal ids so two snippets can share a page', () => {
    const a = renderToHTML('shg-help-panel', {}, { idPrefix: 'first' });
    const b = renderToHTML('shg-help-panel', {}, { idPrefix: 'second' });
    const ids = (html: string) => [...html.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]!);
    assert.ok(ids(a).includes('first-heading'));
    assert.equal(ids(a).filter((id) => ids(b).includes(id)).length, 0);
    assert.match(a, /aria-labelledby="first-heading"/);
  });

  it('escapes attribute values and falls back safely on a bad one', () => {
    const html = renderToHTML('shg-help-panel', { nation: '"><img src=x onerror=alert(1)>' });
    assert.match(html, /nation="&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;"/);
    assert.doesNotMatch(html, /<img/);
    assert.ok(hrefs(html).includes('tel:999'));
    assert.ok(text(html).includes('Call 111 and press 2'), 'falls back to Wales');
  });

  it('refuses tags and attribute names it does not know', () => {
    assert.throws(() => renderToHTML('shg-nope'), /Unknown element <shg-nope>\. Use one of: /);
    assert.throws(() => renderToHTML('shg-help-panel', { 'on click': 'x' }), /"on click" is not an attribute name/);
  });

  it('refuses event handler attributes (onclick, onmouseover, any on…), which would run script from the snippet', () => {
    for (const name of ['onclick', 'onmouseover', 'onload', 'onfocus', 'on']) {
      assert.throws(() => renderToHTML('shg-help-panel', { [name]: 'alert(1)' }), new RegExp(`^Error: "${name}" is an event handler attribute: a static snippet carries no script\\. Leave it out\\.$`), name);
    }
  });
});

describe('shg-static CLI', () => {
  const cli = (...args: string[]) => execFileSync('npx', ['tsx', 'src/static/cli.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('prints the snippet for a configuration', () => {
    const out = cli('shg-help-panel', 'nation=england', 'heading-level=3');
    assert.match(out, /^<shg-help-panel nation="england" heading-level="3" data-shg-static="">/);
    assert.match(out, /<h3 id="shg-help-panel-heading"/);
    assert.match(text(out), /Call 111 and select the mental health option/);
  });

  it('refuses an event handler attribute with a clear error, printing nothing', () => {
    assert.throws(() => cli('shg-help-panel', 'onclick=alert(1)'), (error: { stderr: string; stdout: string; status: number }) => {
      assert.equal(error.status, 1);
      assert.equal(error.stdout, '');
      assert.match(error.stderr, /"onclick" is an event handler attribute: a static snippet carries no script\. Leave it out\./);
      return true;
    });
  });

  it('fails clearly on a bad argument', () => {
    assert.throws(() => cli('shg-help-panel', 'nation'), (error: { stderr: string; status: number }) => {
      assert.equal(error.status, 1);
      assert.match(error.stderr, /"nation" is not name=value\./);
      return true;
    });
  });
});
