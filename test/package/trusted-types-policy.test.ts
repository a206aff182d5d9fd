/**
 * The script-tag bundle's copy of Lit creates its Trusted Types policy as `self-harm-guidance`,
 * not `lit-html` (scripts/rollup-trusted-types-policy.mjs), so a page that runs its own Lit can
 * allow both. These hold the build to it, so a Lit upgrade cannot quietly undo it: the plugin
 * rewrites the installed Lit, refuses a policy it does not recognise, fails a build in which no
 * Lit module made one, and the built dist/embed.js (`npm run build` first) creates only ours.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error a plain .mjs build script, without types
import { renameLitPolicy, trustedTypesPolicy } from '../../scripts/rollup-trusted-types-policy.mjs';
import { REPO_ROOT } from '../helpers/paths.js';

/** Where the build resolves Lit from (Lit is a dependency, so npm puts it at the top). */
const litHtmlDir = join(REPO_ROOT, 'node_modules/lit-html');
/** The installed lit-html modules a browser bundle may use: production (the default) and development. */
const LIT_MODULES = ['lit-html.js', 'development/lit-html.js'].map((file) => ({ id: join(litHtmlDir, file), code: readFileSync(join(litHtmlDir, file), 'utf8') }));

describe('the bundled Lit’s Trusted Types policy', () => {
  for (const { id, code } of LIT_MODULES) {
    it(`rewrites the installed ${id.slice(litHtmlDir.length + 1)} to create its policy through createLitPolicy`, () => {
      assert.match(code, /createPolicy\(\s*["']lit-html["']/, 'Lit still creates `lit-html` here (else this test proves nothing)');
      const renamed = renameLitPolicy(code, id) as string;
      assert.doesNotMatch(renamed, /createPolicy/);
      assert.match(renamed, /^import \{ createLitPolicy as __shgCreateLitPolicy \} from ".*[\\/]src[\\/]elements[\\/]shared[\\/]trusted-types\.ts";/);
      assert.match(renamed, /__shgCreateLitPolicy\([\w$.]+,\s*\{\s*createHTML/);
    });
  }

  it('refuses a policy it does not recognise, rather than leaving it as it is', () => {
    assert.throws(() => renameLitPolicy('const p = trustedTypes.createPolicy(name, { createHTML: (s) => s });', '/x/node_modules/lit-html/lit-html.js'), /does not recognise/);
  });

  it('fails the build when the bundle holds Lit but no Lit module created a policy', () => {
    const plugin = trustedTypesPolicy();
    const context = { error: (message: string) => { throw new Error(message); } };
    plugin.buildStart();
    assert.equal(plugin.transform('export const html = 1;', join(litHtmlDir, 'lit-html.js')), null);
    assert.throws(() => plugin.buildEnd.call(context), /no lit-html module created a Trusted Types policy/);
    // A bundle without Lit (the core alone, in the size benchmark) has nothing to rename.
    plugin.buildStart();
    assert.doesNotThrow(() => plugin.buildEnd.call(context));
  });

  it('dist/embed.js creates one policy, named self-harm-guidance, and none named lit-html', () => {
    const bundle = readFileSync(join(REPO_ROOT, 'dist/embed.js'), 'utf8');
    assert.equal(bundle.match(/\.createPolicy\(/g)?.length, 1);
    assert.doesNotMatch(bundle, /createPolicy\(\s*["'`]lit-html/);
    assert.match(bundle, /["']self-harm-guidance["']/);
  });
});
