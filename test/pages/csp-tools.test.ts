/**
 * The two tools for services, <shg-self-assessment> and <shg-action-plan>, loaded by dist/embed.js
 * on a page served with the strict policy docs/security.md recommends (Trusted Types enforced).
 * Neither is in embed.js: each loads from embed-chunks/ (the plan's checker, with zod, as a chunk
 * of its own) because its tag is on the page. The probe (test/pages/tool-elements-probe.js) waits
 * for the form and the checked plan, rates a criterion, types evidence and filters the plan, so
 * what is proven holds for re-renders as well as the first render.
 */
import { expect } from '@open-wc/testing';
import { expectNoProblems, probeFrame } from '../helpers/probe-frame.js';

interface ToolReport {
  tag: string;
  real: boolean;
  links: string[];
  criteria: number;
  assessed: string | null;
  actions: string[];
  statusFilter: string | null;
}

interface StorageSnapshot {
  cookie: string;
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
}

interface ToolsPageReport {
  violations: { directive: string; blockedURI: string }[];
  errors: string[];
  consoleErrors: string[];
  elements: ToolReport[];
  requests: string[];
  storageBefore: StorageSnapshot;
  storageAfter: StorageSnapshot;
}

const PAGE = '/test/pages/csp/tools.html';
/** The harness's own scripts on the page, and the one the dev server adds to every page (a host page has none of them). */
const HARNESS = ['/test/pages/record-problems.js', '/test/pages/tool-elements-probe.js', '/__web-dev-server__web-socket.js'];

/** The header value docs/security.md gives a host that serves the files itself, white space collapsed. */
async function recommendedPolicy(): Promise<string> {
  const docs = await (await fetch('/docs/security.md')).text();
  const block = /## The policy, if you serve the files yourself\s+```\s*Content-Security-Policy:([^`]+)```/.exec(docs)?.[1];
  expect(block, 'the policy block in docs/security.md').to.be.a('string');
  return block!.replace(/\s+/g, ' ').trim();
}

describe('the self-assessment and an action plan from dist/embed.js, under the strict CSP with Trusted Types', function () {
  this.timeout(30_000);
  let report: ToolsPageReport;
  const element = (tag: string) => report.elements.find((e) => e.tag === tag)!;

  before(async () => {
    // The frame shares this origin's storage: start from none of ours, whatever ran before.
    for (const key of Object.keys(localStorage).filter((key) => key.startsWith('shg'))) localStorage.removeItem(key);
    report = await probeFrame<ToolsPageReport>(PAGE, { width: '1000px' });
  });

  it('is served with exactly the policy docs/security.md recommends', async () => {
    const served = (await fetch(PAGE)).headers.get('content-security-policy');
    expect(served).to.equal(await recommendedPolicy());
    expect(served).to.contain("require-trusted-types-for 'script'").and.match(/trusted-types self-harm-guidance$/);
  });

  it('renders the self-assessment form, with a route to 999, and takes a rating and evidence', () => {
    const form = element('shg-self-assessment');
    expect(form.real, 'the form, not the stand-in route to help').to.equal(true);
    expect(form.criteria).to.be.greaterThan(5);
    expect(form.assessed).to.equal(`1 of ${form.criteria} criteria assessed`);
    expect(form.links).to.include('tel:999 999');
  });

  it('renders the plan from its child script, with a route to 999, an in-page link between actions and a working filter', () => {
    const plan = element('shg-action-plan');
    expect(plan.real, 'the plan, not the stand-in route to help').to.equal(true);
    expect(plan.actions).to.deep.equal(['action-1.1.1', 'action-1.1.2']);
    expect(plan.links).to.include('tel:999 999');
    expect(plan.links.some((link) => link.startsWith('#action-1.1.2 '))).to.equal(true);
    expect(plan.statusFilter).to.equal('underway');
  });

  it('causes no policy violation (Trusted Types included), no error and no console error', () => {
    expectNoProblems(report);
  });

  it('requests nothing but embed.js and the two tools’ chunks: no other element’s, no Welsh, nothing elsewhere', () => {
    const requests = report.requests.filter((path) => !HARNESS.includes(path));
    expect(requests).to.include('/dist/embed.js');
    for (const path of requests) expect(path, 'only the bundle and its chunks').to.match(/^\/dist\/(embed\.js|embed-chunks\/[\w-]+\.js)$/);
    const chunk = (name: string) => requests.some((path) => path.startsWith(`/dist/embed-chunks/${name}-`));
    expect(['self-assessment', 'action-plan-element', 'action-plan-parser'].filter((name) => !chunk(name)), 'chunks not loaded').to.deep.equal([]);
    expect(['statement-elements', 'local-services', 'cy'].filter(chunk), 'chunks this page does not use').to.deep.equal([]);
  });

  it('stores nothing: cookies, localStorage and sessionStorage are as they were', () => {
    expect(report.storageAfter).to.deep.equal(report.storageBefore);
    const keys = [...Object.keys(report.storageAfter.localStorage), ...Object.keys(report.storageAfter.sessionStorage), report.storageAfter.cookie];
    expect(keys.filter((key) => /shg/i.test(key))).to.deep.equal([]);
  });
});
