/**
 * `msg()` and `str` for our elements, from @lit/localize's own modules rather than its index:
 * the index also brings `configureLocalization` and friends, which we never use (see locale.ts),
 * into every bundle. `lit-localize extract` still finds the calls: it recognises `msg` and `str`
 * by their types, which these are.
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
