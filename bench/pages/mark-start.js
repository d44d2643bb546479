// Bench fixture, first deferred script of every bench page: marks where the
// widgets' scripts start ("bench:start"). benchMarkReady() marks
// "bench:ready" and resolves window.benchWhenReady; anchor pages call
// benchReady(name) per widget, and the last of the widgets declared in
// <html data-bench-widgets> calls it. The bench reads the marks (and the trace
// between them); the promise also works under a fake clock, which replaces
// performance.mark.
(function () {
  performance.mark('bench:start');
  var resolveReady;
  window.benchWhenReady = new Promise(function (resolve) {
    resolveReady = resolve;
  });
  window.benchMarkReady = function () {
    performance.mark('bench:ready');
    resolveReady();
  };
  var expected = Number(document.documentElement.getAttribute('data-bench-widgets')) || 0;
  var seen = {};
  var count = 0;
  window.benchReady = function (name) {
    if (seen[name]) return;
    seen[name] = true;
    count += 1;
    if (count === expected) window.benchMarkReady();
  };
})();
