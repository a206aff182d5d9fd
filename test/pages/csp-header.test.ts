// Guards the test harness itself: pages under /test/pages/csp/ really are served with the strict
// policy (and /test/pages/csp-nonce/ with a per-request nonce), and the engines enforce it —
// inline script blocked, Trusted Types required, violations seen by an external probe. Without
// this, a page test asserting "no violation" would pass just as well if the header went missing.
// The header comes from web-test-runner.config.mjs (cspMiddleware).
import { expect } from '@open-wc/testing';
import { probeFrame } from '../helpers/probe-frame.js';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types self-harm-guidance";

interface ProbeReport {
  source: 'shg-csp-probe';
  type: 'done';
  inlineRan: boolean;
  noncedRan: boolean;
  trustedTypesEnforced: boolean | 'unknown';
  hasTrustedTypesApi: boolean;
  violations: { directive: string; blockedURI: string }[];
}

const loadProbedPage = (src: string): Promise<ProbeReport> => probeFrame<ProbeReport>(src);

describe('CSP test pages (harness check)', () => {
  it('serves /test/pages/csp/ with the strict policy header', async () => {
    const res = await fetch('/test/pages/csp/header-check.html');
    expect(res.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('blocks inline script and reports the violation through the external probe', async () => {
    const report = await loadProbedPage('/test/pages/csp/header-check.html');
    expect(report.inlineRan, 'inline script ran').to.equal(false);
    expect(report.violations.map((v) => v.directive)).to.include('script-src-elem');
  });

  it('enforces Trusted Types (a raw innerHTML string is refused)', async () => {
    const report = await loadProbedPage('/test/pages/csp/header-check.html');
    expect(report.hasTrustedTypesApi, 'window.trustedTypes exists').to.equal(true);
    expect(report.trustedTypesEnforced, 'innerHTML with a string threw a TypeError').to.equal(true);
  });

  it('gives /test/pages/csp-nonce/ a fresh nonce per request, in header and page', async () => {
    // Sequential and uncached: browsers coalesce identical in-flight requests.
    const a = await fetch('/test/pages/csp-nonce/header-check.html', { cache: 'no-store' });
    const b = await fetch('/test/pages/csp-nonce/header-check.html', { cache: 'no-store' });
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    const na = nonceOf(a.headers.get('content-security-policy'));
    const nb = nonceOf(b.headers.get('content-security-policy'));
    expect(na).to.be.a('string');
    expect(na).to.not.equal(nb);
    const body = await a.text();
    expect(body).to.include(`nonce="${na}"`);
    expect(body).to.not.include('__CSP_NONCE__');
  });

  it('runs nonced scripts and blocks the rest under the nonce policy', async () => {
    const report = await loadProbedPage('/test/pages/csp-nonce/header-check.html');
    expect(report.noncedRan, 'nonced inline script ran').to.equal(true);
    expect(report.inlineRan, 'un-nonced inline script ran').to.equal(false);
    expect(report.violations.map((v) => v.directive)).to.include('script-src-elem');
  });
});
