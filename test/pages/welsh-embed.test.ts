import { expect } from '@open-wc/testing';

const TAGS = ['shg-quick-exit', 'shg-help-panel', 'shg-guidance', 'shg-expectations', 'shg-statement'];

interface LoadedPage {
  readonly doc: Document;
  readonly win: Window;
  readonly violations: string[];
}

/** Loads a page of dist/embed.js under the strict CSP and waits until every element shows the page's language. */
async function load(src: string, lang: 'en' | 'cy'): Promise<LoadedPage> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  const doc = iframe.contentDocument!;
  const deadline = performance.now() + 10_000;
  const ready = () => TAGS.every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === lang);
  while (!ready()) {
    if (performance.now() > deadline) throw new Error(`${src}: not every element rendered in ${lang}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  // Recorded by record-violations.js from before the bundle ran; a short wait lets late events land.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const violations = (win as Window & { __shgViolations?: string[] }).__shgViolations;
  if (violations === undefined) throw new Error(`${src}: record-violations.js did not run`);
  return { doc, win, violations };
}

/** What the page fetched, less the test server's own injected script and the test's recorder. */
const requested = (page: LoadedPage) =>
  page.win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.startsWith('/__web-dev-server') && path !== '/test/pages/csp/record-violations.js');
const heading = (page: LoadedPage, tag: string) => page.doc.querySelector(tag)!.shadowRoot!.getElementById('heading')?.textContent?.trim();

describe('dist/embed.js and the Welsh chunk', function () {
  this.timeout(30_000);

  it('an English page renders English and requests nothing Welsh', async () => {
    const page = await load('/test/pages/csp/welsh-en.html', 'en');
    expect(heading(page, 'shg-help-panel')).to.equal('Get help now');
    const paths = requested(page);
    expect(paths.filter((p) => p.includes('/embed-chunks/cy-')), paths.join(', ')).to.deep.equal([]);
    expect(paths.filter((p) => !p.startsWith('/dist/embed')), 'nothing beyond the bundle').to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
  });

  it('a page with <html lang="cy"> renders every element in Welsh, loading one Welsh chunk under the strict CSP', async () => {
    const page = await load('/test/pages/csp/welsh-cy.html', 'cy');
    expect(heading(page, 'shg-help-panel')).to.equal('Mynnwch help nawr');
    expect(page.doc.querySelector('shg-quick-exit')!.shadowRoot!.textContent).to.contain('Gadael y dudalen hon');
    const welshChunks = requested(page).filter((p) => p.includes('/embed-chunks/cy-'));
    expect(welshChunks).to.have.length(1);
    expect(page.violations).to.deep.equal([]);
  });
});
