import { expect } from '@open-wc/testing';
import { expectNoProblems, probeFrame } from '../helpers/probe-frame.js';

interface EmbedReport {
  violations: { directive: string; blockedURI: string }[];
  errors: string[];
  consoleErrors: string[];
  rendered: boolean;
  hrefs: string[];
  heading: string | null;
  localRendered: boolean;
  renderedTags: string[];
}

const loadInFrame = (src: string): Promise<EmbedReport> => probeFrame<EmbedReport>(src);

describe('dist/embed.js on a plain page under a strict CSP with Trusted Types', function () {
  this.timeout(30_000);
  let report: EmbedReport;
  before(async () => {
    report = await loadInFrame('/test/pages/csp/embed.html');
  });

  it('is served with the strict policy (only self-harm-guidance allowed as a Trusted Types policy)', async () => {
    const response = await fetch('/test/pages/csp/embed.html');
    expect(response.headers.get('content-security-policy')).to.match(/trusted-types self-harm-guidance$/);
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
  });

  it('renders the help panel with 999, 111 press 2 and Samaritans', () => {
    expect(report.rendered).to.equal(true);
    expect(report.heading).to.equal('Get help now');
    expect(report.hrefs).to.include.members(['tel:999', 'tel:111', 'tel:116123']);
  });

  it('renders every element, each with a route to 999', () => {
    expect(report.renderedTags).to.deep.equal(['shg-help-panel', 'shg-expectations', 'shg-guidance', 'shg-statement']);
  });

  it('loads the local-services validator chunk and renders the host’s service', () => {
    expect(report.localRendered).to.equal(true);
    expect(report.hrefs).to.include('tel:01632960000');
  });

  it('causes no policy violation, no error and no console error', () => {
    expectNoProblems(report);
  });
});
