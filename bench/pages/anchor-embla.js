// Bench fixture: "Các tin khác" as an Embla carousel with the autoplay plugin
// loaded but not playing (our carousel's autoplay is off by default too).
// Embla has no buttons or ARIA of its own; none are added here.
(function () {
  var viewport = document.querySelector('#cac-tin-khac .embla__viewport');
  window.EmblaCarousel(viewport, { align: 'start', containScroll: 'trimSnaps' }, [
    window.EmblaCarouselAutoplay({ playOnInit: false }),
  ]);
  window.benchReady('carousel');
})();
