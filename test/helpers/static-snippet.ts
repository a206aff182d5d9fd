/** Shared by the page tests that place a static snippet from renderToHTML() and upgrade it. */

/** White space collapsed, so a snippet's text and the live element's compare as a reader sees them. */
export const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Links dist/static.css once per page and waits until it applies. */
export async function loadStaticCss(): Promise<void> {
  if (document.querySelector('link[data-static-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/dist/static.css';
  link.dataset.staticCss = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}
