/**
 * Registers a tag once. A page that loads the script twice (a CMS plugin and a theme, say) must
 * not throw, so a tag that is already defined is left as it is.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
