/**
 * The wrappers' type, and what it becomes when `@lit/react` (an optional peer dependency) is
 * missing. Without it TypeScript reads `@lit/react`'s types as `any` (apps skip checking
 * libraries' declarations, `skipLibCheck`), so every prop would be accepted silently and the app
 * would only fail at build time. Instead, each use of a wrapper fails type-checking with a message
 * that says what to install.
 */
import type { ReactWebComponent } from '@lit/react';

/** A component type that no props satisfy, named for the fix. */
export type LitReactIsMissing = (props: { 'self-harm-guidance/react needs its peer dependency @lit/react: npm install @lit/react': never }) => never;

/**
 * A React component for element `I` with event props `E` (`{ onShgExit: 'shg-exit' }`): the type
 * `@lit/react`'s `createComponent` returns, or {@link LitReactIsMissing} when that is not installed.
 *
 * `unknown extends X` holds only when X is `any` (or `unknown`), which is what an unresolved
 * import's type becomes. (The usual `0 extends 1 & X` test for `any` gives `any` itself when X
 * comes from an unresolved import; the pack test holds this one to the real case, an app
 * installed without `@lit/react`.)
 */
export type ShgReactComponent<I extends HTMLElement, E extends Record<string, string> = Record<never, string>> =
  unknown extends ReactWebComponent<I, E> ? LitReactIsMissing : ReactWebComponent<I, E>;
