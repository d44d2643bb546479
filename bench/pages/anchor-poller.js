// Bench fixture: the usual way a portal makes its visitor numbers live, a
// setInterval poller that animates the new numbers with countUp.js. Same
// endpoint and the same 30 s interval as our counter's default; like ours it
// does not ask at load, since the server rendered the numbers.
(function () {
  var box = document.querySelector('.counter-box');
  var url = box.getAttribute('data-pw-endpoint');
  var counters = {};
  ['online', 'today', 'total'].forEach(function (name) {
    var el = box.querySelector('[data-pw-field="' + name + '"]');
    var shown = Number(el.textContent.replace(/\D/g, '')) || 0;
    counters[name] = new window.countUp.CountUp(el, shown, { startVal: shown, separator: '.', duration: 1 });
  });
  setInterval(function () {
    fetch(url)
      .then(function (response) {
        return response.json();
      })
      .then(function (data) {
        for (var name in counters) if (typeof data[name] === 'number') counters[name].update(data[name]);
      })
      .catch(function () {});
  }, 30000);
  window.benchReady('counter');
})();
