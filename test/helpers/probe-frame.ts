/**
 * Loads a test page in an iframe and resolves with the report its probe script posts
 * (`{ source: 'shg-csp-probe', … }`; see test/pages/csp/embed-probe.js and csp-nonce/embed-probe.js).
 */
export function probeFrame<Report>(src: string, { width }: { width?: string } = {}): Promise<Report> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    if (width) iframe.style.width = width;
    const timer = setTimeout(() => reject(new Error(`no report from ${src}`)), 15000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== iframe.contentWindow || event.data?.source !== 'shg-csp-probe') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      iframe.remove();
      resolve(event.data as Report);
    });
    iframe.src = src;
    document.body.append(iframe);
  });
}
