// DOM adapter of the photo gallery ("Một số hình ảnh tại Hội nghị"). The
// host's thumbnails stay as they are (without JS their links open the full
// image); clicks on them open one lightbox dialog. This half mounts the
// gallery with the main wasm module (module.Gallery): it reads the markup,
// makes bare images buttons, answers a deep link and watches for the
// reader's first sign of wanting the lightbox. The lightbox itself, its JS
// (web/gallery-lightbox.js) and its half of the wasm
// (module.GalleryLightbox), loads then (loadLightbox in web/loader.js).
import { createAttributeJournal } from './attribute-journal.js';
import { createEventStore } from './event-store.js';
import { optionLayers, namedAttributes } from './option-layers.js';
import { readMarkup } from './gallery-markup.js';
import { loadLightbox } from './loader.js';
import { reportProblem } from './report.js';
import { wellFormed } from './well-formed.js';

const WIDGET = 'gallery';

let galleriesMounted = 0; // tells the galleries' history entries apart

// One Gallery instance fed with the thumbnails and started: the photo each
// item opens (-1: none, left to the browser) and the GalleryConfig. The
// instance is deleted if any of this fails.
function startGallery(module, layers, found, reducedMotion, saveData) {
  const gallery = new module.Gallery(layers, reducedMotion, saveData);
  try {
    const photoOf = found.map((item) => gallery.addItem(item.markup));
    // C++ says whether this gallery answers the fragment (one per page does).
    const config = gallery.start(wellFormed(location.hash));
    return { gallery, photoOf, config };
  } catch (error) {
    gallery.delete();
    throw error;
  }
}

export function mountGallery(root, programmatic, module) {
  const found = [...root.querySelectorAll('img')].map((img) => ({ img, ...readMarkup(root, img) }));
  const named = namedAttributes(root, ['loop', 'preload']);
  // Attribute names are kebab-case, option keys camelCase.
  for (const [attribute, key] of [['zoom-max', 'zoomMax'], ['deep-link', 'deepLink']]) {
    const value = root.getAttribute('data-pw-' + attribute);
    if (value !== null) named[key] = value;
  }
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const connection = navigator.connection || null;
  const saveData = () => Boolean(connection && connection.saveData);
  const { gallery, photoOf, config } = startGallery(
    module,
    optionLayers(root, named, programmatic),
    found,
    reducedMotion.matches,
    saveData()
  );
  if (config.warnings) reportProblem(root, WIDGET, 'options', config.warnings);
  const earlySources = config.earlySources.split('\n');
  const thumbnailNames = config.thumbnailNames.split('\n'); // a bare image's name when it has no alt
  // Photo index → the element that opens it (the link, or the bare image).
  const openers = [];
  found.forEach((item, i) => {
    const photo = photoOf[i];
    if (photo >= 0) openers[photo] = { target: item.link || item.img, img: item.img };
  });
  // What the lightbox works from, once it is there (web/gallery-lightbox.js).
  const mounted = {
    module,
    gallery,
    config,
    root,
    openers,
    mountNumber: ++galleriesMounted,
    reducedMotion,
    connection,
    saveData,
    requested: new Map(), // full images asked for, by src (each loads once per mount)
  };

  const events = createEventStore();
  const journal = createAttributeJournal();
  let destroyed = false;
  let lightbox = null; // the open-able lightbox, once its code has loaded
  let lightboxWanted = false; // its code was asked for
  let lightboxFailed = false; // then the links do what links do
  let pending = null; // an open asked for before the code arrived

  // ---- the lightbox's code, on intent

  // Asked for on the reader's first sign of wanting the lightbox: a pointer
  // over or on a thumbnail, focus on one, a deep link or open(). Never at
  // idle time: data costs readers money.
  function wantLightbox() {
    if (lightboxWanted) return;
    lightboxWanted = true;
    loadLightbox().then(
      (createLightbox) => {
        if (destroyed) return;
        lightbox = createLightbox(mounted);
        const asked = pending;
        pending = null;
        if (asked) lightbox.open(asked.index, asked.opener);
      },
      (error) => {
        if (destroyed) return;
        lightboxFailed = true;
        reportProblem(root, WIDGET, 'lightbox', module.problem('gallery:lightbox', wellFormed(error.message)));
        // A click that was held for the code does what the link would have done.
        const asked = pending;
        pending = null;
        if (asked && asked.href) location.assign(asked.href);
      }
    );
  }

  // `href`: the link a click on it was kept from following, if any.
  function open(index, opener, href = '') {
    if (destroyed || !config.count || lightboxFailed) return;
    if (lightbox) return lightbox.open(index, opener);
    // The thumbnail shows at once when the code arrives; the full photo
    // is fetched meanwhile, alongside the code.
    pending = { index, opener, href };
    warmUp(index);
    wantLightbox();
  }

  // ---- the host's thumbnails

  const photoAt = (target) => openers.findIndex((opener) => opener && opener.target.contains(target));

  function onClick(event) {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const index = photoAt(event.target);
    if (index < 0 || lightboxFailed) return;
    event.preventDefault();
    const opener = openers[index].target;
    open(index, opener, opener.tagName === 'A' ? opener.href : '');
  }

  // Bare images are made buttons: Enter and Space open them as a click would.
  function onThumbKey(event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const index = photoAt(event.target);
    if (index < 0 || openers[index].target.tagName !== 'IMG') return;
    event.preventDefault();
    open(index, openers[index].target);
  }

  // The full image is asked for as the finger or mouse goes down, before the click.
  function onThumbPointerDown(event) {
    const index = photoAt(event.target);
    if (index < 0) return;
    wantLightbox();
    if (event.isPrimary) warmUp(index);
  }
  function onThumbIntent(event) {
    if (photoAt(event.target) >= 0) wantLightbox();
  }
  // The file C++ says the lightbox will ask for first (shared/gallery/controller.h,
  // gallery_early_source): a vetted image URL, never the link's article page.
  const warmUp = (index) => {
    const src = earlySources[index];
    if (src && !mounted.requested.has(src)) new Image().src = src;
  };

  const linked = config.linked;
  function destroy() {
    destroyed = true;
    pending = null;
    if (lightbox) lightbox.destroy(); // before the gallery it works on
    events.removeAll();
    journal.restoreAll();
    gallery.delete();
  }

  // From here on a failure undoes the mount, and the instance is deleted.
  try {
    // A bare image becomes a button; without alt text C++ names it (its caption, else its number).
    openers.forEach((opener, photo) => {
      const img = opener.target;
      if (img.tagName !== 'IMG') return;
      journal.remember(img, ['tabindex', 'role', 'alt']);
      img.setAttribute('tabindex', '0');
      img.setAttribute('role', 'button');
      // alt="" would make it presentational, which a button cannot be.
      if (!img.getAttribute('alt')) img.alt = thumbnailNames[photo];
    });
    events.add(root, 'click', onClick);
    events.add(root, 'keydown', onThumbKey);
    events.add(root, 'pointerdown', onThumbPointerDown);
    events.add(root, 'pointerover', onThumbIntent);
    events.add(root, 'focusin', onThumbIntent);

    // A deep link (#anh-3) opens its photo; Back then leaves the page as it was.
    if (linked >= 0) {
      history.replaceState(history.state, '', location.pathname + location.search);
      open(linked, openers[linked].target);
    }
  } catch (error) {
    destroy();
    throw error;
  }

  return {
    get count() {
      return config.count;
    },
    // The photo shown (0-based), -1 while closed.
    get index() {
      return lightbox ? lightbox.index : -1;
    },
    // "closed", "opening", "open" or "closing", as last drawn.
    get phase() {
      return lightbox ? lightbox.phase : 'closed';
    },
    // An animation is under way (frames are being drawn).
    get moving() {
      return Boolean(lightbox && lightbox.moving);
    },
    open(index = 0) {
      open(index, openers[index] ? openers[index].target : null);
    },
    close() {
      pending = null;
      if (lightbox) lightbox.close();
    },
    destroy,
  };
}
