// A stand-in for the site's lazy-load plugin, not part of portal-widgets: as
// such plugins do, it copies data-src/data-srcset into src/srcset when an
// img.lazyload nears the screen, keeps the data attributes, and marks the
// image .lazyloaded. The gallery must work whether it runs before or after.
(function () {
  function reveal(img) {
    if (img.getAttribute('data-srcset')) img.setAttribute('srcset', img.getAttribute('data-srcset'));
    if (img.getAttribute('data-src')) img.setAttribute('src', img.getAttribute('data-src'));
    img.classList.remove('lazyload');
    img.classList.add('lazyloaded');
  }
  function start() {
    var images = Array.prototype.slice.call(document.querySelectorAll('img.lazyload'));
    if (!('IntersectionObserver' in window)) return images.forEach(reveal);
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        reveal(entry.target);
      });
    }, { rootMargin: '200px 0px' });
    images.forEach(function (img) { observer.observe(img); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
