// Loaded (with the page's nonce) before dist/embed.js on the pages here, after ../record-problems.js
// (which records policy violations, errors and console errors). Inline script without the nonce
// cannot run there, so the reporting lives in this file. It waits for every element on the page to
// render (local services included), then reports to the parent test page. On embed.html the query string picks a variant:
//   ?styles=element   hide constructable stylesheets, as in a browser without them, so Lit writes
//                     <style> elements into each shadow root (the path window.litNonce exists for);
//   ?litnonce=off     drop window.litNonce after the page set it (the control: styles must be blocked);
//   ?lang=cy          make the page Welsh before the bundle loads (the Welsh chunk is then imported).
// twice.html and two-copies.html (the script loaded twice) use it too.
(function () {
  var params = new URLSearchParams(location.search);
  // Violations, errors and console errors are recorded from the start by ../record-problems.js.
  var report = window.__shgReport;

  // Lit decides once, when it loads, by asking whether Document.prototype has adoptedStyleSheets.
  if (params.get('styles') === 'element') delete Document.prototype.adoptedStyleSheets;
  if (params.get('litnonce') === 'off') delete window.litNonce;
  var lang = params.get('lang');
  if (lang) document.documentElement.lang = lang;
  report.litNonceSet = typeof window.litNonce === 'string' && window.litNonce.length > 0;
  report.constructableStylesheets = 'adoptedStyleSheets' in Document.prototype;

  var ALL_TAGS = ['shg-quick-exit', 'shg-help-panel', 'shg-expectations', 'shg-guidance', 'shg-statement'];
  var TAGS = [];
  function renderedTags() {
    return TAGS.filter(function (tag) {
      var el = document.querySelector(tag);
      var root = el && el.shadowRoot;
      if (!root) return false;
      // On a Welsh page, rendered means rendered in Welsh.
      var base = root.querySelector('[part~="base"]');
      if (lang && (!base || base.getAttribute('lang') !== lang)) return false;
      return tag === 'shg-quick-exit' ? Boolean(root.querySelector('button')) : Boolean(root.querySelector('a[href="tel:999"]'));
    });
  }

  var started = Date.now();
  function check() {
    var panel = document.querySelector('shg-help-panel');
    var root = panel && panel.shadowRoot;
    var local = root && root.querySelector('.route.local');
    var wantsLocal = Boolean(panel && panel.querySelector('script[type="application/json"]'));
    var tags = renderedTags();
    if (((local || !wantsLocal) && tags.length === TAGS.length) || Date.now() - started > 8000) {
      report.renderedTags = tags;
      report.hrefs = root ? Array.prototype.map.call(root.querySelectorAll('a'), function (a) { return a.getAttribute('href'); }) : [];
      report.localRendered = Boolean(local);
      // Each copy of Lit that ran records its version here: two URLs mean two copies.
      report.litCopies = (window.litHtmlVersions || []).length;
      report.chunks = performance.getEntriesByType('resource')
        .map(function (e) { return new URL(e.name).pathname; })
        .filter(function (p) { return p.indexOf('/dist/embed-chunks/') === 0; });
      report.heading = root && root.getElementById('heading') ? root.getElementById('heading').textContent.trim() : null;
      // How each shadow root got its styles, and whether they apply: the emergency tier's 6px edge
      // and the quick-exit button's red come only from the elements' own stylesheets.
      report.styles = TAGS.map(function (tag) {
        var r = document.querySelector(tag).shadowRoot;
        var styleElements = r ? Array.prototype.slice.call(r.querySelectorAll('style')) : [];
        return {
          tag: tag,
          adopted: r && r.adoptedStyleSheets ? r.adoptedStyleSheets.length : 0,
          styleElements: styleElements.length,
          styleElementsWithNonce: styleElements.filter(function (s) { return Boolean(s.nonce); }).length,
        };
      });
      var tier = root && root.querySelector('.tier[data-urgency="emergency"]');
      report.tierEdge = tier ? getComputedStyle(tier).borderLeftWidth : null;
      var exit = document.querySelector('shg-quick-exit');
      var button = exit && exit.shadowRoot && exit.shadowRoot.querySelector('button');
      report.exitButtonBackground = button ? getComputedStyle(button).backgroundColor : null;
      // Let any late violation events arrive first.
      setTimeout(function () { parent.postMessage(report, '*'); }, 150);
      return;
    }
    setTimeout(check, 20);
  }
  window.addEventListener('load', function () {
    TAGS = ALL_TAGS.filter(function (tag) { return document.querySelector(tag); });
    check();
  });
})();
