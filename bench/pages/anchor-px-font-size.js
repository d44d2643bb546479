// Bench fixture: the text-size script typical of portals. Each press of A+ or
// A- reads the computed size of every element of the article and writes it
// back as an inline px size, 2 px larger or smaller; A restores the original
// style attributes. <html data-bench-px> chooses the loop:
//   "per-element" (default): read, write, read, write… as a jQuery .each()
//     with .css() does, children first so that no size is counted twice;
//   "batched": every size read first, then every size written.
(function () {
  var box = document.querySelector('.font-scale');
  var article = document.querySelector(box.getAttribute('data-pw-target'));
  var batched = document.documentElement.getAttribute('data-bench-px') === 'batched';
  var STEP = 2;
  var level = 0;
  var originals = null;

  function elements() {
    return [article].concat(Array.prototype.slice.call(article.querySelectorAll('*'))).reverse();
  }

  function resize(delta) {
    var list = elements();
    if (!originals) originals = list.map(function (el) { return el.getAttribute('style'); });
    if (batched) {
      var sizes = list.map(function (el) { return parseFloat(getComputedStyle(el).fontSize); });
      list.forEach(function (el, i) { el.style.fontSize = sizes[i] + delta + 'px'; });
    } else {
      list.forEach(function (el) {
        el.style.fontSize = parseFloat(getComputedStyle(el).fontSize) + delta + 'px';
      });
    }
  }

  function reset() {
    if (!originals) return;
    elements().forEach(function (el, i) {
      if (originals[i] === null) el.removeAttribute('style');
      else el.setAttribute('style', originals[i]);
    });
    level = 0;
  }

  box.addEventListener('click', function (event) {
    var button = event.target.closest('[data-pw-action]');
    if (!button) return;
    var action = button.getAttribute('data-pw-action');
    if (action === 'larger' && level < 5) {
      level += 1;
      resize(STEP);
    } else if (action === 'smaller' && level > -2) {
      level -= 1;
      resize(-STEP);
    } else if (action === 'reset') {
      reset();
    }
  });
  window.benchReady('font-scale');
})();
