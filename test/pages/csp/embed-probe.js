// Loaded before dist/embed.js on a page under a strict CSP (inline scripts cannot run there), after
// ../record-problems.js: waits for the help panel to render (local services included), then
// reports, with what record-problems.js recorded, to the parent test page.
(function () {
  // Violations, errors and console errors are recorded from the start by ../record-problems.js.
  var report = window.__shgReport;

  var started = Date.now();
  // The widgets under <main>, and those that show a route to 999 (the embed loads some on first use).
  function widgets() {
    return Array.prototype.filter.call(document.querySelectorAll('main > *'), function (el) { return el.localName.indexOf('shg-') === 0; });
  }
  function renderedTags() {
    return widgets()
      .filter(function (el) { return el.shadowRoot && el.shadowRoot.querySelector('a[href="tel:999"]'); })
      .map(function (el) { return el.localName; });
  }
  function check() {
    var panel = document.querySelector('shg-help-panel');
    var root = panel && panel.shadowRoot;
    var local = root && root.querySelector('.route.local');
    var tags = renderedTags();
    if ((local && tags.length === widgets().length) || Date.now() - started > 8000) {
      report.rendered = Boolean(root);
      report.hrefs = root ? Array.prototype.map.call(root.querySelectorAll('a'), function (a) { return a.getAttribute('href'); }) : [];
      report.heading = root && root.getElementById('heading') ? root.getElementById('heading').textContent : null;
      report.localRendered = Boolean(local);
      report.adoptedStyleSheets = root && root.adoptedStyleSheets ? root.adoptedStyleSheets.length : 0;
      report.renderedTags = tags;
      // Let any late violation events arrive first.
      setTimeout(function () { parent.postMessage(report, '*'); }, 100);
      return;
    }
    setTimeout(check, 20);
  }
  window.addEventListener('load', check);
})();
