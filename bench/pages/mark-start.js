// Bench fixture, first deferred script of every bench page: marks where the
// widgets' scripts start ("bench:start"). benchMarkReady() marks
// "bench:ready" and resolves window.benchWhenReady, then marks "bench:shown"
// in the task after the next frame is drawn and resolves
// window.benchWhenShown (startup is measured from navigation to there: the
// first frame with every widget ready). Anchor pages call
// benchReady(name) per widget, and the last of the widgets declared in
// <html data-bench-widgets> calls it. The bench reads the marks (and the trace
// between them); the promise also works under a fake clock, which replaces
// performance.mark.
(function () {
  performance.mark('bench:start');
  var resolveReady;
  var resolveShown;
  window.benchWhenReady = new Promise(function (resolve) {
    resolveReady = resolve;
  });
  window.benchWhenShown = new Promise(function (resolve) {
    resolveShown = resolve;
  });
  window.benchMarkReady = function () {
    performance.mark('bench:ready');
    resolveReady();
    // A message posted from rAF runs once that frame's rendering is done.
    var channel = new MessageChannel();
    channel.port1.onmessage = function () {
      performance.mark('bench:shown');
      channel.port1.close();
      resolveShown();
    };
    requestAnimationFrame(function () {
      channel.port2.postMessage(null);
    });
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
