// A quick exit in a frame (some site builders frame pasted code) leaves the whole tab, not just the
// frame; where the browser refuses that, the frame still leaves. Each case opens a tab holding a
// host page that frames the built element, which leaves for real; the landing page reports where.
import { expect } from '@open-wc/testing';
import { LANDED, reportsFromTab } from '../helpers/exit-tab.js';

const hostPage = (query: string) => `/test/pages/quick-exit/framed-host.html?${query}&landed=${encodeURIComponent(LANDED)}`;

describe('quick exit inside a frame', function () {
  this.timeout(30_000);

  it('a frame from the same site: the whole tab leaves, sending no referrer', async () => {
    const { reports } = await reportsFromTab(hostPage('frame=same'), (r) => r.some((report) => !report.framed));
    expect(reports.find((report) => !report.framed), 'the tab left').to.deep.equal({ framed: false, referrer: '' });
  });

  it('a sandboxed frame from another site, which may not move the tab: the frame still leaves', async () => {
    const { reports, tabPath } = await reportsFromTab(hostPage('frame=cross&sandbox'), (r) => r.length > 0);
    expect(reports[0], 'the frame left').to.deep.equal({ framed: true, referrer: '' });
    // The browser refused the tab, as the sandbox says: the host page is still there.
    expect(tabPath).to.equal('/test/pages/quick-exit/framed-host.html');
  });

  it('a frame from another site, left without a click: the tab or at least the frame leaves', async () => {
    // Chromium and WebKit move the tab; Firefox refuses a frame from another site that had no click
    // (a reader always clicks or presses a key), and the frame leaves instead.
    const { reports } = await reportsFromTab(hostPage('frame=cross'), (r) => r.length > 0);
    expect(reports, 'the reader left').to.have.length.greaterThan(0);
    // Never the host page's address. WebKit takes the policy from the page being replaced, which a
    // frame from another site cannot set, so it sends the frame's own origin (and nothing more).
    const frameOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}/`;
    expect(['', frameOrigin]).to.include(reports[0]!.referrer);
  });
});
