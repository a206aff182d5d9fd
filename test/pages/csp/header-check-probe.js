// External probe for the CSP harness check (test/pages/csp-header.test.ts): reports policy
// violations, which scripts ran and whether Trusted Types are enforced to the parent test page
// (inline scripts are blocked on these pages, so the reporting has to live in a file).
(function () {
  var violations = [];
  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      var v = { directive: e.effectiveDirective || e.violatedDirective, blockedURI: e.blockedURI, disposition: e.disposition };
      violations.push(v);
      parent.postMessage({ source: 'shg-csp-probe', type: 'violation', violation: v }, '*');
    },
    true,
  );
  window.addEventListener('load', function () {
    var trustedTypesEnforced = 'unknown';
    try {
      document.body.innerHTML = '<b>probe</b>';
      trustedTypesEnforced = false;
    } catch (err) {
      trustedTypesEnforced = err instanceof TypeError;
    }
    // Give violation events (queued as tasks) a moment to arrive before reporting "done".
    setTimeout(function () {
      parent.postMessage(
        {
          source: 'shg-csp-probe',
          type: 'done',
          inlineRan: window.__inlineRan === true,
          noncedRan: window.__noncedRan === true,
          trustedTypesEnforced: trustedTypesEnforced,
          hasTrustedTypesApi: typeof window.trustedTypes !== 'undefined',
          violations: violations,
        },
        '*',
      );
    }, 100);
  });
})();
