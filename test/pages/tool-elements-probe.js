// Loaded after record-problems.js and before embed.js on the pages that hold the two tools for
// services, <shg-self-assessment> and <shg-action-plan> (csp/tools.html, chunks-missing/tools.html).
// A classic script of its own: inline script cannot run under the strict policy.
//
// It snapshots storage before the bundle runs, waits until each tool shows what it will show (the
// form; the plan, once checked; or, where its code could not load, the route to help that stands in
// for it), uses each real tool once (a rating, some evidence, a status filter) so the report covers
// re-renders too, then posts what it saw, with what record-problems.js recorded, to the test page.
(function () {
  var report = window.__shgReport;
  var TAGS = ['shg-self-assessment', 'shg-action-plan'];

  function storage() {
    function entries(store) {
      var out = {};
      for (var i = 0; i < store.length; i += 1) out[store.key(i)] = store.getItem(store.key(i));
      return out;
    }
    return { cookie: document.cookie, localStorage: entries(localStorage), sessionStorage: entries(sessionStorage) };
  }
  report.storageBefore = storage();

  function rootOf(tag) {
    var el = document.querySelector(tag);
    return el && el.shadowRoot;
  }
  // The real element renders a section of its own (the form's groups; the plan); the stand-in for
  // one whose code could not load renders only the route to help.
  function isReal(tag) {
    var root = rootOf(tag);
    return Boolean(root && root.querySelector(tag === 'shg-action-plan' ? 'section.plan' : 'section.group'));
  }
  function settled(tag) {
    var root = rootOf(tag);
    if (!root || !root.querySelector('a[href="tel:999"]')) return false;
    // A plan shows "Checking the plan…" (with the route to help) until its checker has run.
    return tag !== 'shg-action-plan' || !isReal(tag) || Boolean(root.querySelector('.action, .error'));
  }

  function use() {
    var assessment = rootOf('shg-self-assessment');
    if (isReal('shg-self-assessment')) {
      assessment.querySelector('input[type="radio"][value="met"]').click();
      var evidence = assessment.querySelector('textarea');
      evidence.value = 'Typed evidence';
      evidence.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    var plan = rootOf('shg-action-plan');
    if (isReal('shg-action-plan')) {
      var status = plan.querySelector('select');
      status.value = 'underway';
      status.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  function describe(tag) {
    var root = rootOf(tag);
    var help = root && root.querySelector('.help-route');
    var assessed = root && root.querySelector('.progress span');
    var plan = root && root.querySelector('section.plan');
    return {
      tag: tag,
      real: isReal(tag),
      // "href text" for every link, as a reader would follow it.
      links: root ? Array.prototype.map.call(root.querySelectorAll('a'), function (a) { return a.getAttribute('href') + ' ' + a.textContent.trim(); }) : [],
      helpHeading: help && help.querySelector('h1, h2, h3, h4, h5, h6') ? help.querySelector('h1, h2, h3, h4, h5, h6').textContent.trim() : null,
      // Each line of the route to help as read: when, the number, its hours.
      helpLines: help ? Array.prototype.map.call(help.querySelectorAll('li'), function (li) { return li.textContent.replace(/\s+/g, ' ').trim(); }) : [],
      criteria: root ? root.querySelectorAll('input[type="radio"][value="met"]').length : 0,
      assessed: assessed ? assessed.textContent.trim() : null,
      actions: root ? Array.prototype.map.call(root.querySelectorAll('.action'), function (a) { return a.id; }) : [],
      statusFilter: plan ? plan.getAttribute('data-status-filter') : null,
    };
  }

  var started = Date.now();
  function check() {
    if (!TAGS.every(settled) && Date.now() - started < 8000) return setTimeout(check, 20);
    use();
    // Let the re-renders, and any late violation or storage write, happen first.
    setTimeout(function () {
      report.elements = TAGS.map(describe);
      report.requests = performance.getEntriesByType('resource').map(function (e) { return new URL(e.name).pathname; });
      report.storageAfter = storage();
      parent.postMessage(report, '*');
    }, 300);
  }
  window.addEventListener('load', check);
})();
