// Bench fixture: the photo grid opened with PhotoSwipe, set up the way its
// documentation describes (lightbox over the existing links, core module
// imported up front so that opening waits for no download). The page
// generator adds data-pswp-width/height to each link, which PhotoSwipe needs.
import PhotoSwipeLightbox from '/npm/photoswipe/photoswipe-lightbox.esm.min.js';
import PhotoSwipe from '/npm/photoswipe/photoswipe.esm.min.js';

const lightbox = new PhotoSwipeLightbox({
  gallery: '.gallery',
  children: 'a',
  pswpModule: PhotoSwipe,
});
lightbox.init();
window.benchReady('gallery');
