/**
 * dist/embed.js on a page that runs its own Lit, under the strict CSP with Trusted Types. Both
 * copies of Lit create a Trusted Types policy when they load; the bundle's is named
 * `self-harm-guidance`, so the page can allow both. Where the page's list leaves ours out, every
 * element still shows 999 and a free 24/7 line, built without templates, and the site owner gets
 * one console message naming the policy to add. (Before the bundle had its own policy name, both
 * lists gave no element at all: the bundle's Lit threw as it loaded.)
 */
import { expect } from '@open-wc/testing';
import { expectNoProblems, probeFrame } from '../helpers/probe-frame.js';

interface ElementState {
  tag: string;
  defined: boolean;
  fallback: boolean;
  hrefs: string[];
  text: string;
  heading: string | null;
}

interface HostLitReport {
  violations: { directive: string; blockedURI: string }[];
  errors: string[];
  consoleErrors: string[];
  elements: ElementState[];
  hostLit: string | null;
}

const PAGE = '/test/pages/csp/host-lit.html';
const load = (tt: string): Promise<HostLitReport> => probeFrame<HostLitReport>(`${PAGE}?tt=${encodeURIComponent(tt)}`);
const state = (report: HostLitReport, tag: string): ElementState => report.elements.find((e) => e.tag === tag)!;

describe('dist/embed.js beside the page’s own Lit, under a strict CSP with Trusted Types', function () {
  this.timeout(30_000);

  describe('trusted-types lit-html self-harm-guidance (what docs/security.md recommends for such a page)', () => {
    let report: HostLitReport;
    before(async () => {
      report = await load('lit-html self-harm-guidance');
    });

    it('is served with both policies allowed', async () => {
      const csp = (await fetch(`${PAGE}?tt=${encodeURIComponent('lit-html self-harm-guidance')}`)).headers.get('content-security-policy');
      expect(csp).to.contain('trusted-types lit-html self-harm-guidance');
    });

    it('the page’s own Lit renders', () => {
      expect(report.hostLit).to.equal("Rendered by the page's own Lit");
    });

    it('every element renders in full: the help panel with 999, 111 press 2 and Samaritans', () => {
      for (const element of report.elements) {
        expect(element.defined, element.tag).to.equal(true);
        expect(element.fallback, `${element.tag} is not the fallback`).to.equal(false);
      }
      const panel = state(report, 'shg-help-panel');
      expect(panel.heading).to.equal('Get help now');
      expect(panel.hrefs).to.include.members(['tel:999', 'tel:111', 'tel:116123']);
      expect(state(report, 'shg-guidance').hrefs).to.include('tel:999');
      expect(state(report, 'shg-quick-exit').text).to.contain('How quick exit works');
    });

    it('causes no policy violation, no error and no console error', () => {
      expectNoProblems(report);
    });
  });

  describe('trusted-types lit-html (a list that leaves the library’s policy out)', () => {
    let report: HostLitReport;
    before(async () => {
      report = await load('lit-html');
    });

    it('the page’s own Lit still renders', () => {
      expect(report.hostLit).to.equal("Rendered by the page's own Lit");
    });

    it('every element shows 999 and Samaritans (free, 24 hours), built without templates', () => {
      for (const element of report.elements) {
        expect(element.defined, element.tag).to.equal(true);
        expect(element.fallback, `${element.tag} shows its fallback`).to.equal(true);
        expect(element.hrefs, element.tag).to.include.members(['tel:999', 'tel:116123']);
        expect(element.text, element.tag).to.contain('Open 24 hours, every day.');
      }
      // Quick exit keeps its way out, first.
      expect(state(report, 'shg-quick-exit').hrefs[0]).to.equal('https://example.org/exit');
    });

    it('one console message names the policy to add; nothing is thrown', () => {
      expect(report.consoleErrors).to.have.length(1);
      expect(report.consoleErrors[0]).to.contain('does not allow the Trusted Types policy "self-harm-guidance"');
      expect(report.consoleErrors[0]).to.contain('trusted-types lit-html self-harm-guidance');
      expect(report.errors).to.deep.equal([]);
    });

    it('the browser reports the refused policy and one refused template, not one per element', () => {
      const directives = report.violations.map((v) => v.directive);
      expect(directives.filter((d) => d === 'trusted-types')).to.have.length(1);
      expect(directives.filter((d) => d === 'require-trusted-types-for')).to.have.length(1);
    });
  });
});
