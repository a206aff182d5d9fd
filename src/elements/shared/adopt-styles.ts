/**
 * Keeps an element's styles when it moves to another document and back (a host that moves it
 * into a same-site frame with `adoptNode`, a print preview, a portal).
 *
 * Lit adopts its stylesheets into each shadow root once, when the root is made. Those are
 * constructed stylesheets, and a constructed sheet belongs to the document it was made in: a
 * shadow root that moves to another document drops them, and does not get them back when it
 * returns. So after every move the element adopts them again: the originals in the document they
 * were made for, and in any other document copies made there (once per document and stylesheet).
 * Where Lit wrote `<style>` elements instead (no constructable stylesheets), they move with the
 * root and nothing is needed.
 *
 * Loaded on demand (see ShgElement.scheduleUpdate), the first time an element is shown in or moved
 * to another document: the script-tag embed carries it as a chunk few pages ever load.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';

const copies = new WeakMap<Document, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

function cssTextOf(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((rule) => rule.cssText).join('\n') : style.cssText;
}

/** `style` as a sheet made in `page`, for a shadow root there. */
function sheetIn(page: Document, style: CSSResultOrNative): CSSStyleSheet {
  let sheets = copies.get(page);
  if (sheets === undefined) copies.set(page, (sheets = new WeakMap()));
  let sheet = sheets.get(style);
  if (sheet === undefined) {
    const Sheet = (page.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    sheet = new Sheet();
    sheet.replaceSync(cssTextOf(style));
    sheets.set(style, sheet);
  }
  return sheet;
}

/** Adopts `styles` into `root` again, for the document it is in now. */
export function readoptStyles(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  if (!('adoptedStyleSheets' in root) || root.querySelector(':scope > style')) return;
  if (root.ownerDocument === document) adoptStyles(root, [...styles]);
  else root.adoptedStyleSheets = styles.map((style) => sheetIn(root.ownerDocument, style));
}
