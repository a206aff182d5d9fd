/**
 * Loads an element's code the first time its tag appears in the page, as Shoelace's autoloader
 * does, so a page pays only for the elements it uses. It looks once when the script runs, then
 * watches the page for added elements until every tag has loaded.
 *
 * It cannot see into other components' shadow roots: pass such a root to the returned
 * `discover()` (`import { discover } from '.../embed.js'`).
 */
import { isShgElement } from '../elements/shared/define.js';

export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * Starts watching `document` for the tags in `loaders`; calls `failed` once for each tag whose
 * code could not load. Returns `discover(root)`, which loads the tags used under `root`.
 */
export function autoload(loaders: Loaders, failed: (tag: string, error: unknown) => void): (root: ParentNode) => void {
  // A browser without custom elements keeps the host's own fallback content, as defineElement does.
  if (typeof customElements === 'undefined') return () => {};
  const pending = new Map(Object.entries(loaders));
  let observer: MutationObserver | undefined;

  const load = (tag: string): void => {
    const loader = pending.get(tag);
    if (loader === undefined) return;
    pending.delete(tag);
    if (pending.size === 0) observer?.disconnect();
    loader().catch((error: unknown) => failed(tag, error));
  };

  const discover = (root: ParentNode): void => {
    // One chunk may define several tags: those are done. A tag another script took is still
    // loaded, so that its define says so and keeps a route to help there.
    for (const tag of pending.keys()) if (isShgElement(customElements.get(tag))) pending.delete(tag);
    if (pending.size === 0) {
      observer?.disconnect();
      return;
    }
    if (root instanceof Element && pending.has(root.localName)) load(root.localName);
    for (const element of root.querySelectorAll([...pending.keys()].join(','))) load(element.localName);
  };

  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  discover(document);
  return discover;
}
