// Rollup plugin for the script-tag bundle only: the bundled copy of Lit creates its Trusted Types
// policy as `self-harm-guidance` instead of `lit-html`, through createLitPolicy() in
// src/elements/shared/trusted-types.ts (which also lets Lit load when a page refuses the policy).
// A page that runs its own Lit keeps `lit-html` for it and lists both:
//   trusted-types lit-html self-harm-guidance
//
// A Lit upgrade must not quietly undo this: the build fails if a Lit module creates a policy in a
// way this does not recognise, or if no module created one at all. test/package/trusted-types-policy.test.ts
// runs it over the installed Lit and checks the built dist/embed.js.
import { fileURLToPath } from 'node:url';

const POLICY_MODULE = fileURLToPath(new URL('../src/elements/shared/trusted-types.ts', import.meta.url));
const LIT_HTML = /[\\/]node_modules[\\/]lit-html[\\/]/;
/** `<factory>.createPolicy("lit-html", ` however Lit writes it (minified or not); the factory is kept. */
const CREATE_LIT_POLICY = /([\w$.]+)\s*\.\s*createPolicy\(\s*(["'`])lit-html\2\s*,/g;
const LOCAL_NAME = '__shgCreateLitPolicy';

/** The module text with Lit's policy created by createLitPolicy; throws if any `createPolicy` is left. */
export function renameLitPolicy(code, id) {
  let count = 0;
  const renamed = code.replace(CREATE_LIT_POLICY, (_, factory) => {
    count += 1;
    return `${LOCAL_NAME}(${factory},`;
  });
  if (/\bcreatePolicy\b/.test(renamed)) {
    throw new Error(`${id} creates a Trusted Types policy in a way scripts/rollup-trusted-types-policy.mjs does not recognise: update it, so the bundle's policy stays "self-harm-guidance".`);
  }
  if (count === 0) return undefined;
  return `import { createLitPolicy as ${LOCAL_NAME} } from ${JSON.stringify(POLICY_MODULE)};\n${renamed}`;
}

/** lit-html's main module, which has always created the policy. */
const LIT_HTML_MAIN = /[\\/]lit-html[\\/](?:development[\\/])?lit-html\.js$/;

export function trustedTypesPolicy() {
  let renamed = 0;
  let bundlesLit = false;
  return {
    name: 'shg-trusted-types-policy',
    buildStart() {
      renamed = 0;
      bundlesLit = false;
    },
    transform(code, id) {
      if (LIT_HTML_MAIN.test(id)) bundlesLit = true;
      if (!LIT_HTML.test(id) || !code.includes('createPolicy')) return null;
      const result = renameLitPolicy(code, id);
      if (result === undefined) return null;
      renamed += 1;
      return { code: result, map: null };
    },
    buildEnd(error) {
      if (!error && bundlesLit && renamed === 0) this.error('no lit-html module created a Trusted Types policy to rename: has Lit moved it? See scripts/rollup-trusted-types-policy.mjs.');
    },
  };
}
