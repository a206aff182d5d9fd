/**
 * The Trusted Types policy of the script-tag bundle's copy of Lit.
 *
 * Lit turns each template into HTML through a Trusted Types policy it creates when it loads,
 * named `lit-html`. A page that runs its own Lit as well would then hold two policies of that
 * name, and a page's `trusted-types` directive refuses the second unless it says
 * `'allow-duplicates'`; before this, the refused copy threw as it loaded and no element was
 * defined. So the build (scripts/rollup-trusted-types-policy.mjs) points the bundled Lit's
 * `createPolicy('lit-html', …)` at `createLitPolicy` below, which names the policy after this
 * library and, when the page refuses it, lets Lit load without one. Templates then cannot become
 * HTML where Trusted Types are enforced, and the elements show their routes to help built with
 * plain DOM calls instead (see ShgElement), with one console message naming the policy to add.
 *
 * The npm library's modules import Lit as they find it (the app's one copy, whose policy is
 * `lit-html`), so there this module is never called and `policyRefused()` stays false.
 *
 * This module imports nothing: the rewritten Lit imports it, so it must load before Lit does.
 */

/** The name the script-tag bundle's Lit gives its Trusted Types policy. */
export const TRUSTED_TYPES_POLICY = 'self-harm-guidance';

/** Set on `globalThis` by the copy of this library that holds the policy: a second copy (the script from two URLs) then stands aside. */
const HELD = Symbol.for('self-harm-guidance.trusted-types-policy-held');

interface PolicyFactory<Rules, Policy> {
  createPolicy(name: string, rules: Rules): Policy;
}

let refused = false;

/** Creates Lit's policy under this library's name; `undefined` (and Lit loads without one) if the page refuses it. */
export function createLitPolicy<Rules, Policy>(factory: PolicyFactory<Rules, Policy>, rules: Rules): Policy | undefined {
  try {
    const policy = factory.createPolicy(TRUSTED_TYPES_POLICY, rules);
    (globalThis as Record<symbol, unknown>)[HELD] = true;
    return policy;
  } catch {
    refused = true;
    return undefined;
  }
}

/** Whether the page refused this copy's policy (then, where Trusted Types are enforced, no template can render). */
export function policyRefused(): boolean {
  return refused;
}

/**
 * Whether this copy was refused only because another copy of this library already holds the
 * policy (the script loaded from two URLs without `'allow-duplicates'`): that copy serves the page.
 */
export function anotherCopyHoldsPolicy(): boolean {
  return refused && (globalThis as Record<symbol, unknown>)[HELD] === true;
}

let told = false;

/** The one console message for a refused policy: which policy to add, and what readers see meanwhile. */
export function reportRefusedPolicy(): void {
  if (told) return;
  told = true;
  const fix = anotherCopyHoldsPolicy()
    ? `The script is loaded twice, from two URLs: load it once, or allow both (trusted-types ${TRUSTED_TYPES_POLICY} 'allow-duplicates').`
    : `List it in the directive, e.g. trusted-types lit-html ${TRUSTED_TYPES_POLICY}.`;
  console.error(`self-harm-guidance: this page's Content-Security-Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY}", so only routes to help show. ${fix}`);
}
