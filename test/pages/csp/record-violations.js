// Loaded before dist/embed.js (inline scripts cannot run under the strict CSP): records every
// policy violation from the start, for the test to read as window.__shgViolations.
window.__shgViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (e) => window.__shgViolations.push(`${e.effectiveDirective || e.violatedDirective} ${e.blockedURI}`),
  true,
);
