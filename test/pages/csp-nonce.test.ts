/**
 * dist/embed.js under a nonce-based policy: scripts run only by a per-request nonce (no 'self'),
 * Trusted Types enforced. Three cases:
 *  - as most browsers run it (constructable stylesheets: styles are adopted, no <style> at all);
 *  - as a browser without constructable stylesheets runs it, where Lit writes <style> elements and
 *    needs `window.litNonce` for the policy to allow them (emulated by hiding
 *    `Document.prototype.adoptedStyleSheets`, the very thing Lit tests when it loads);
 *  - the control: that browser without `litNonce`, where the styles must be blocked and reported.
 *    Without it, a "0 violations" result could mean the probe saw nothing.
 * The policy comes from web-test-runner.config.mjs (cspMiddleware).
 */
import { expect } from '@open-wc/testing';
import { expectNoProblems, probeFrame } from '../helpers/probe-frame.js';

interface StyleReport {
  tag: string;
  adopted: number;
  styleElements: number;
  styleElementsWithNonce: number;
}

interface NonceReport {
  violations: { directive: string; blockedURI: string; sample: string }[];
  errors: string[];
  consoleErrors: string[];
  litNonceSet: boolean;
  constructableStylesheets: boolean;
  renderedTags: string[];
  hrefs: string[];
  localRendered: boolean;
  styles: StyleReport[];
  tierEdge: string | null;
  exitButtonBackground: string | null;
  chunks: string[];
  heading: string | null;
}

const ALL_TAGS = ['shg-quick-exit', 'shg-help-panel', 'shg-expectations', 'shg-guidance', 'shg-statement'];
/** The quick-exit button's default background, #d4351c: it comes only from the element's stylesheet. */
const EXIT_RED = 'rgb(212, 53, 28)';

const loadInFrame = (src: string): Promise<NonceReport> => probeFrame<NonceReport>(src, { width: '1000px' });

describe('dist/embed.js under a nonce-based CSP with Trusted Types', function () {
  this.timeout(30_000);

  it('is served with script-src allowing only the nonce, and the same nonce in the page', async () => {
    const response = await fetch('/test/pages/csp-nonce/embed.html', { cache: 'no-store' });
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1] ?? '';
    expect(nonce, csp).to.match(/^[A-Za-z0-9+/]{20,}={0,2}$/);
    expect(csp).to.not.match(/script-src[^;]*'self'/);
    expect(csp).to.contain("require-trusted-types-for 'script'");
    expect(csp).to.match(/trusted-types self-harm-guidance$/);
    const body = await response.text();
    // (The dev server reformats inline scripts, so the quotes around the value may change.)
    expect(body).to.match(new RegExp(`window\\.litNonce = ["']${nonce.replace(/[+/=]/g, '\\$&')}["']`));
    expect(body).to.not.contain('__CSP_NONCE__');
  });

  describe('in a browser with constructable stylesheets', () => {
    let report: NonceReport;
    before(async () => {
      report = await loadInFrame('/test/pages/csp-nonce/embed.html');
    });

    it('renders all five elements, the help panel with 999, 111 press 2, Samaritans and the host’s service', () => {
      expect(report.renderedTags).to.deep.equal(ALL_TAGS);
      expect(report.hrefs).to.include.members(['tel:999', 'tel:111', 'tel:116123', 'tel:01632960000']);
      expect(report.localRendered, 'the chunk imported on demand ran under the nonce').to.equal(true);
    });

    it('adopts its styles (no <style> elements) and they apply', () => {
      expect(report.constructableStylesheets).to.equal(true);
      for (const s of report.styles) {
        expect(s.adopted, s.tag).to.be.greaterThan(0);
        expect(s.styleElements, s.tag).to.equal(0);
      }
      expect(report.tierEdge).to.equal('6px');
      expect(report.exitButtonBackground).to.equal(EXIT_RED);
    });

    it('causes no policy violation, no error and no console error', () => {
      expectNoProblems(report);
    });
  });

  describe('on a Welsh page', () => {
    it('imports the Welsh chunk under the nonce and renders all five elements in Welsh, with no violation, error or console error', async () => {
      const report = await loadInFrame('/test/pages/csp-nonce/embed.html?lang=cy');
      expect(report.renderedTags, 'every element rendered in Welsh').to.deep.equal(ALL_TAGS);
      expect(report.heading).to.equal('Mynnwch help nawr');
      expect(report.chunks.filter((p) => /\/cy-/.test(p))).to.have.length(1);
      expect(report.hrefs).to.include.members(['tel:999', 'tel:111', 'tel:116123']);
      expectNoProblems(report);
    });
  });

  describe('in a browser without constructable stylesheets (window.litNonce path)', () => {
    let report: NonceReport;
    before(async () => {
      report = await loadInFrame('/test/pages/csp-nonce/embed.html?styles=element');
    });

    it('renders all five elements with nonced <style> elements, and the styles apply', () => {
      expect(report.constructableStylesheets).to.equal(false);
      expect(report.litNonceSet).to.equal(true);
      expect(report.renderedTags).to.deep.equal(ALL_TAGS);
      for (const s of report.styles) {
        expect(s.adopted, s.tag).to.equal(0);
        expect(s.styleElements, s.tag).to.be.greaterThan(0);
        expect(s.styleElementsWithNonce, s.tag).to.equal(s.styleElements);
      }
      expect(report.tierEdge).to.equal('6px');
      expect(report.exitButtonBackground).to.equal(EXIT_RED);
    });

    it('causes no policy violation, no error and no console error', () => {
      expectNoProblems(report);
    });

    it('control: without window.litNonce the same styles are blocked and reported', async () => {
      const control = await loadInFrame('/test/pages/csp-nonce/embed.html?styles=element&litnonce=off');
      expect(control.litNonceSet).to.equal(false);
      const styleViolations = control.violations.filter((v) => v.directive.startsWith('style-src'));
      expect(styleViolations.length, JSON.stringify(control.violations)).to.be.greaterThan(0);
      expect(control.tierEdge, 'the blocked stylesheet did not apply').to.not.equal('6px');
      // Blocked styles never cost the reader the route to help: the content still renders.
      expect(control.renderedTags).to.deep.equal(ALL_TAGS);
    });
  });
});
