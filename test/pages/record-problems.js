// Loaded first on a test page (inline script cannot run under the policies these pages are served
// with): records every policy violation, uncaught error and console error from the start into
// window.__shgReport, which the page's own probe completes and posts to the test page
// (test/helpers/probe-frame.ts).
window.__shgReport = (function () {
  var report = { source: 'shg-csp-probe', type: 'done', violations: [], errors: [], consoleErrors: [] };
  document.addEventListener('securitypolicyviolation', function (e) {
    report.violations.push({ directive: e.effectiveDirective || e.violatedDirective, blockedURI: e.blockedURI, sample: e.sample || '' });
  }, true);
  window.addEventListener('error', function (e) { report.errors.push(String(e.message)); });
  window.addEventListener('unhandledrejection', function (e) { report.errors.push(String(e.reason)); });
  var consoleError = console.error;
  console.error = function () {
    report.consoleErrors.push(Array.prototype.map.call(arguments, String).join(' '));
    return consoleError.apply(console, arguments);
  };
  return report;
})();
