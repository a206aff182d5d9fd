/**
 * How the widget fails, when it does: the script loaded twice on a page, a second copy of the code
 * registering the same tags, JavaScript off, and a browser without custom elements. In each, the
 * reader still has 999 and a free 24/7 line, and nothing throws. (A render error inside an element
 * is tested in test/elements/render-fallback.test.ts.)
 */
import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import { expectNoProblems, probeFrame } from '../../helpers/probe-frame.js';

const ALL_TAGS = ['shg-quick-exit', 'shg-help-panel', 'shg-expectations', 'shg-guidance', 'shg-statement'];

interface ProbeReport {
  violations: { directive: string; blockedURI: string; sample: string }[];
  errors: string[];
  consoleErrors: string[];
  renderedTags: string[];
  hrefs: string[];
  localRendered: boolean;
  litCopies: number;
}

const probe = (src: string): Promise<ProbeReport> => probeFrame<ProbeReport>(src);

/** A document in a frame, written by the test as a host would write it. */
async function frameWith(html: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '800px';
  iframe.style.height = '600px';
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** Shown to a reader: it takes up space, and nothing hides it. */
function visible(el: Element | null): boolean {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
}

/** What the README tells a host to write inside the elements for readers without JavaScript. */
const HOST_FALLBACK = `
  <shg-quick-exit><a href="https://www.bbc.co.uk/weather" rel="noreferrer">Exit this page</a></shg-quick-exit>
  <shg-help-panel nation="wales">
    <p>If a life is at risk now, call <a href="tel:999">999</a>. For mental health help in Wales,
    call <a href="tel:111">111</a> and press 2. Samaritans, free and open 24 hours: <a href="tel:116123">116 123</a>.</p>
  </shg-help-panel>`;

function expectReadableHelp(doc: Document, where: string): void {
  const call999 = doc.querySelector('shg-help-panel a[href="tel:999"]');
  const samaritans = doc.querySelector('shg-help-panel a[href="tel:116123"]');
  expect(visible(call999), `${where}: 999 visible`).to.equal(true);
  expect(call999!.textContent!.trim()).to.equal('999');
  expect(visible(samaritans), `${where}: 116 123 visible`).to.equal(true);
  expect(samaritans!.textContent!.trim()).to.equal('116 123');
}

describe('failure modes', function () {
  this.timeout(30_000);

  describe('the script loaded twice on one page (under the nonce CSP with Trusted Types)', () => {
    it('by the same URL: one copy runs, every element renders, no error and no violation', async () => {
      const report = await probe('/test/pages/csp-nonce/twice.html');
      expect(report.litCopies).to.equal(1);
      expect(report.renderedTags).to.deep.equal(ALL_TAGS);
      expect(report.hrefs).to.include.members(['tel:999', 'tel:116123', 'tel:01632960000']);
      expectNoProblems(report);
    });

    it("from two URLs (two copies of Lit), with trusted-types self-harm-guidance 'allow-duplicates': no error and no violation", async () => {
      const report = await probe('/test/pages/csp-nonce/two-copies.html?tt=allow-duplicates');
      expect(report.litCopies).to.equal(2);
      expect(report.renderedTags).to.deep.equal(ALL_TAGS);
      expect(report.hrefs).to.include.members(['tel:999', 'tel:116123', 'tel:01632960000']);
      expectNoProblems(report);
    });

    it("from two URLs without 'allow-duplicates': the policy refuses the second copy's, which stands aside; the first renders every element", async () => {
      const report = await probe('/test/pages/csp-nonce/two-copies.html');
      expect(report.litCopies).to.equal(2);
      expect(report.renderedTags).to.deep.equal(ALL_TAGS);
      expect(report.hrefs).to.include.members(['tel:999', 'tel:116123', 'tel:01632960000']);
      // What docs/security.md tells hosts to avoid with 'allow-duplicates': the one refusal, and
      // nothing thrown (the second copy's Lit loads without a policy and defines nothing).
      expect(report.violations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
      expect(report.errors).to.deep.equal([]);
      expect(report.consoleErrors).to.deep.equal([]);
    });
  });

  describe('a second copy of the code registering the same tags (two module instances)', () => {
    it('src/define.ts imported again from two more URLs: no error, and the elements still work', async () => {
      const first = customElements.get('shg-help-panel');
      for (const copy of ['a', 'b']) await import(/* @vite-ignore */ new URL(`../../../src/define.ts?${copy}`, import.meta.url).href);
      expect(customElements.get('shg-help-panel')).to.equal(first);
    });

    it('another copy of an element class and of defineElement: the tag keeps its first class, no error', async () => {
      const url = (path: string) => new URL(`../../../src/${path}?second-copy`, import.meta.url).href;
      const { ShgHelpPanel: SecondCopy } = (await import(/* @vite-ignore */ url('elements/help-panel/help-panel.ts'))) as { ShgHelpPanel: CustomElementConstructor };
      const { defineElement } = (await import(/* @vite-ignore */ url('elements/shared/define.ts'))) as { defineElement(tag: string, c: CustomElementConstructor): void };
      const first = customElements.get('shg-help-panel');
      expect(SecondCopy, 'really a second class').to.not.equal(first);
      expect(() => defineElement('shg-help-panel', SecondCopy)).not.to.throw();
      expect(customElements.get('shg-help-panel')).to.equal(first);
      const el = document.createElement('shg-help-panel') as HTMLElement & { updateComplete: Promise<unknown> };
      document.body.append(el);
      await el.updateComplete;
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      el.remove();
      expect(hrefs).to.include.members(['tel:999', 'tel:116123']);
    });
  });

  describe('JavaScript off', () => {
    it('the light-DOM fallback a host writes inside the elements is readable: 999 and Samaritans 116 123 visible, and a way out', async () => {
      const iframe = await frameWith(`<!doctype html><html lang="en"><body>${HOST_FALLBACK}<script type="module" src="/dist/embed.js"></script></body></html>`, 'allow-same-origin');
      const doc = iframe.contentDocument!;
      try {
        // Scripts did not run: nothing was defined or upgraded.
        expect(iframe.contentWindow!.customElements.get('shg-help-panel')).to.equal(undefined);
        expect(doc.querySelector('shg-help-panel')!.shadowRoot).to.equal(null);
        expectReadableHelp(doc, 'host fallback');
        const exit = doc.querySelector<HTMLAnchorElement>('shg-quick-exit a');
        expect(visible(exit)).to.equal(true);
        expect(new URL(exit!.href).protocol).to.equal('https:');
      } finally {
        iframe.remove();
      }
    });

    it('the static HTML from renderToHTML (docs/static-html.md) is readable for every element: headings, 999 and a 24/7 line', async () => {
      const snippets: string[] = [];
      for (const tag of ALL_TAGS) {
        const response = await fetch(`/__static/${tag}${tag === 'shg-help-panel' ? '?nation=wales' : ''}`);
        expect(response.status, tag).to.equal(200);
        snippets.push(await response.text());
      }
      const iframe = await frameWith(
        `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/dist/static.css"></head><body>${snippets.join('\n')}<script type="module" src="/dist/embed.js"></script></body></html>`,
        'allow-same-origin',
      );
      const doc = iframe.contentDocument!;
      try {
        expect(iframe.contentWindow!.customElements.get('shg-help-panel')).to.equal(undefined);
        expectReadableHelp(doc, 'static help panel');
        expect(doc.querySelector('shg-help-panel')!.textContent).to.contain('Open 24 hours, every day.');
        for (const tag of ['shg-guidance', 'shg-expectations', 'shg-statement']) {
          expect(visible(doc.querySelector(`${tag} a[href="tel:999"]`)), `${tag}: 999 visible`).to.equal(true);
          expect(visible(doc.querySelector(`${tag} a[href="tel:116123"]`)), `${tag}: 116 123 visible`).to.equal(true);
          expect(visible(doc.querySelector(`${tag} h2`)), `${tag}: heading visible`).to.equal(true);
        }
      } finally {
        iframe.remove();
      }
    });
  });

  describe('a browser without custom elements', () => {
    it('the bundle loads without an error, and the host’s fallback stays readable', async () => {
      const iframe = await frameWith(
        `<!doctype html><html lang="en"><head><script>
          window.__errors = [];
          addEventListener('error', function (e) { __errors.push(String(e.message)); });
          addEventListener('unhandledrejection', function (e) { __errors.push(String(e.reason)); });
          // As in a browser that has never heard of custom elements.
          Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
        </script><script type="module" src="/dist/embed.js"></script></head><body>${HOST_FALLBACK}</body></html>`,
      );
      const win = iframe.contentWindow as Window & { __errors: string[] };
      try {
        // The module runs after parsing: wait until it has (its Lit records its version on the window).
        const deadline = performance.now() + 5000;
        while (!(win as unknown as { litHtmlVersions?: string[] }).litHtmlVersions && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        expect((win as unknown as { litHtmlVersions?: string[] }).litHtmlVersions, 'the bundle ran').to.have.length(1);
        await new Promise((r) => setTimeout(r, 100));
        expect(win.__errors).to.deep.equal([]);
        expect(win.customElements).to.equal(undefined);
        expectReadableHelp(iframe.contentDocument!, 'no custom elements');
      } finally {
        iframe.remove();
      }
    });
  });
});
