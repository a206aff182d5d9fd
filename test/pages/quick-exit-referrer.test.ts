// What the exit page learns about where the reader was: nothing. These pages load the built
// dist/embed.js in an iframe and leave for real (location.replace), and the page they land on
// reports the referrer the browser gave it.
import { expect } from '@open-wc/testing';
import { probeFrame } from '../helpers/probe-frame.js';

interface Landed {
  readonly referrer: string;
}

describe('quick exit: the exit page is not told where the reader was', function () {
  this.timeout(20_000);

  it('a plain location.replace would tell it (so this test can see a referrer)', async () => {
    const { referrer } = await probeFrame<Landed>('/test/pages/quick-exit/control.html');
    expect(referrer).to.match(/\/test\/pages\/quick-exit\/control\.html$/);
  });

  it('leaving with the button sends no referrer', async () => {
    const { referrer } = await probeFrame<Landed>('/test/pages/quick-exit/leave.html');
    expect(referrer).to.equal('');
  });
});
