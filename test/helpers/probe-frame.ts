import { expect } from '@open-wc/testing';

/**
 * Loads a test page in an iframe and resolves with the report its probe script posts
 * (`{ source: 'shg-csp-probe', … }`; see test/pages/csp/embed-probe.js and csp-nonce/embed-probe.js).
 * A probe that also posts as it goes (`type: 'violation'`, header-check-probe.js) ends with
 * `type: 'done'`; only that counts as its report.
 */
export function probeFrame<Report>(src: string, { width }: { width?: string } = {}): Promise<Report> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    if (width) iframe.style.width = width;
    const timer = setTimeout(() => reject(new Error(`no report from ${src}`)), 15000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== iframe.contentWindow || event.data?.source !== 'shg-csp-probe') return;
      if (event.data.type !== undefined && event.data.type !== 'done') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      iframe.remove();
      resolve(event.data as Report);
    });
    iframe.src = src;
    document.body.append(iframe);
  });
}

/** What a probe reports that must stay empty on a page that works. */
interface ProblemLists {
  readonly violations: readonly unknown[];
  readonly errors: readonly unknown[];
  readonly consoleErrors: readonly unknown[];
}

/** The page broke no policy, threw nothing and logged no console error (all three shown on failure). */
export function expectNoProblems({ violations, errors, consoleErrors }: ProblemLists): void {
  expect({ violations, errors, consoleErrors }).to.deep.equal({ violations: [], errors: [], consoleErrors: [] });
}
