import { sendMouse } from '@web/test-runner-commands';

/** What test/pages/quick-exit/landed.html reports when a quick exit lands there. */
export interface Landed {
  /** True if only a frame left; false if the whole tab did. */
  readonly framed: boolean;
  readonly referrer: string;
}

/** The landing page quick-exit test pages leave for. */
export const LANDED = new URL('/test/pages/quick-exit/landed.html', location.href).href;

/**
 * Opens `url` in a new tab and collects what the landing page reports, until `enough` says so or
 * the time is up; then closes the tab. A quick exit leaves its whole tab, so a test page cannot
 * hold one itself (not even in a frame): it would send the test away. The tab is opened from a
 * real click, because WebKit blocks one opened without.
 */
export async function reportsFromTab(url: string, enough: (reports: Landed[]) => boolean, ms = 10_000): Promise<{ reports: Landed[]; tabPath: string }> {
  const reports: Landed[] = [];
  const collect = (event: MessageEvent) => {
    if (event.data?.source !== 'shg-quick-exit-landed') return;
    const { framed, referrer } = event.data as Landed;
    reports.push({ framed, referrer });
  };
  window.addEventListener('message', collect);
  const opener = document.createElement('button');
  opener.textContent = 'Open the test tab';
  opener.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 200px; height: 50px; z-index: 2147483647';
  let tab: Window | null = null;
  opener.addEventListener('click', () => (tab = window.open(url, '_blank')));
  document.body.append(opener);
  try {
    await sendMouse({ type: 'click', position: [100, 25] });
    if (tab === null) throw new Error('the browser did not open the test tab');
    const deadline = Date.now() + ms;
    while (!enough(reports) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    // Where the tab is now: readable while it is on this site.
    let tabPath = '';
    try {
      tabPath = (tab as Window).location.pathname;
    } catch {
      tabPath = '(another site)';
    }
    return { reports, tabPath };
  } finally {
    opener.remove();
    window.removeEventListener('message', collect);
    (tab as Window | null)?.close();
  }
}
