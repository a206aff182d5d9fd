// For pages loaded by probeFrame (test/helpers/probe-frame.ts), after record-problems.js: counts
// the event named in this script's data-event (heard in the capture phase: it may not bubble),
// waits for it or 5 s, then lets the page's own window.__shgCollect(report) add what it checks
// and posts the report to the test.
(function () {
  var eventName = document.currentScript.dataset.event;
  var report = window.__shgReport;
  report.ready = 0;
  document.addEventListener(eventName, function () { report.ready += 1; }, true);
  var started = Date.now();
  function check() {
    if (report.ready === 0 && Date.now() - started < 5000) return setTimeout(check, 20);
    // Any late second event or error arrives first.
    setTimeout(function () {
      window.__shgCollect(report);
      parent.postMessage(report, '*');
    }, 200);
  }
  window.addEventListener('load', check);
})();
