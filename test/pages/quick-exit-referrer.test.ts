// What the exit page learns about where the reader was: nothing. These pages load the built
// dist/embed.js in a tab of their own and leave for real (location.replace), and the page they land
// on reports the referrer the browser gave it. (Frames: quick-exit-frames.test.ts.)
import { expect } from '@open-wc/testing';
import { reportsFromTab } from '../helpers/exit-tab.js';

describe('quick exit: the exit page is not told where the reader was', function () {
  this.timeout(20_000);

  it('a plain location.replace would tell it (so this test can see a referrer)', async () => {
    const { reports } = await reportsFromTab('/test/pages/quick-exit/control.html', (r) => r.length > 0);
    expect(reports[0]?.referrer).to.match(/\/test\/pages\/quick-exit\/control\.html$/);
  });

  it('leaving with the button sends no referrer', async () => {
    const { reports } = await reportsFromTab('/test/pages/quick-exit/leave.html', (r) => r.length > 0);
    expect(reports[0]).to.deep.equal({ framed: false, referrer: '' });
  });
});
