// Loaded on host-lit.html after ../record-problems.js (inline script cannot run under the strict
// policy): waits until every element has rendered either its content or its fallback (or 6 s
// pass), then reports what each shows, with what record-problems.js recorded, to the test page.
(function () {
  // Violations, errors and console errors are recorded from the start by ../record-problems.js.
  var report = window.__shgReport;

  var TAGS = ['shg-quick-exit', 'shg-help-panel', 'shg-guidance'];
  function describe(tag) {
    var el = document.querySelector(tag);
    var root = el && el.shadowRoot;
    return {
      tag: tag,
      defined: Boolean(customElements.get(tag)),
      fallback: Boolean(root && root.querySelector('.fallback')),
      hrefs: root ? Array.prototype.map.call(root.querySelectorAll('a'), function (a) { return a.getAttribute('href'); }) : [],
      text: root ? root.textContent.replace(/\s+/g, ' ').trim() : '',
      heading: root && root.getElementById('heading') ? root.getElementById('heading').textContent.trim() : null,
    };
  }
  function settled(state) {
    return state.hrefs.indexOf('tel:999') >= 0 || (state.tag === 'shg-quick-exit' && state.text.indexOf('Exit this page') >= 0);
  }

  var started = Date.now();
  function check() {
    var states = TAGS.map(describe);
    if (states.every(settled) || Date.now() - started > 6000) {
      report.elements = states;
      var host = document.getElementById('host-lit');
      report.hostLit = host ? host.textContent : null;
      // Let any late violation events arrive first.
      setTimeout(function () { parent.postMessage(report, '*'); }, 150);
      return;
    }
    setTimeout(check, 20);
  }
  window.addEventListener('load', check);
})();
