// DOM adapter of the photo gallery ("Một số hình ảnh tại Hội nghị"). The
// host's thumbnails stay as they are (without JS their links open the full
// image); clicks on them open one lightbox dialog, appended to <body> only
// while open. It measures, forwards events with the time, loads images and
// writes what shared/gallery/controller.h decides, once per animation frame.
// A gallery mounts with the main wasm module (module.Gallery); the lightbox
// (module.GalleryLightbox) needs the module's second half, which loads on
// the reader's first sign of intent (web/loader.js, loadLightbox).
import { createAttributeJournal } from './attribute-journal.js';
import { createEventStore } from './event-store.js';
import {
  createLightboxDialog,
  inertOthers,
  lockScroll,
  setDisabled,
  setStyle,
  setText,
} from './lightbox-dialog.js';
import { createLightboxHistory } from './lightbox-history.js';
import { renderSlides } from './lightbox-slides.js';
import { optionLayers, namedAttributes } from './option-layers.js';
import { readMarkup } from './gallery-markup.js';
import { loadLightbox } from './loader.js';
import { emit, reportProblem } from './report.js';
import { wellFormed } from './well-formed.js';

const WIDGET = 'gallery';
// The lightbox's buttons, by the names of module.GalleryCommand.
const COMMANDS = ['previous', 'next', 'zoomIn', 'zoomOut', 'close'];

let galleriesMounted = 0; // tells the galleries' history entries apart

// A GalleryRect (wasm/gallery_bindings.cpp).
const rectOf = (element) => {
  const box = element.getBoundingClientRect();
  return { x: box.left, y: box.top, width: box.width, height: box.height };
};
const NO_RECT = { x: 0, y: 0, width: 0, height: 0 };

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
  const labels = config.labels;
  const captions = config.captions.split('\n'); // per photo, plain text
  const earlySources = config.earlySources.split('\n');
  const thumbnailNames = config.thumbnailNames.split('\n'); // a bare image's name when it has no alt
  const mountNumber = ++galleriesMounted;
  // Photo index → the element that opens it (the link, or the bare image).
  const openers = [];
  found.forEach((item, i) => {
    const photo = photoOf[i];
    if (photo >= 0) openers[photo] = { target: item.link || item.img, img: item.img };
  });

  const events = createEventStore();
  const journal = createAttributeJournal();
  const requested = new Map(); // src → true once asked for (loads once per mount)
  let destroyed = false;
  let frame = 0;
  let wakeTimer = 0;
  let dialog = null;
  let parts = null;
  let undo = [];
  let returnTo = null;
  let shownPhase = 'closed';
  let measuredIndex = -1;
  let reportedIndex = -1; // the photo pw:change last told the page about
  let lastAnnouncement = 0;
  const browserHistory = createLightboxHistory(mountNumber);
  const pointers = new Set();
  let lightbox = null; // a GalleryLightbox once its code has loaded
  let lightboxWanted = null; // the promise of that, from the first intent on
  let lightboxFailed = false; // then the links do what links do
  let pending = null; // an open asked for before the code arrived

  const now = () => performance.now();

  // A GalleryWindow (wasm/gallery_bindings.cpp): C++ keeps the controls'
  // room from it, in rem, as the stylesheet sizes them.
  const viewport = () => ({
    width: dialog.clientWidth,
    height: dialog.clientHeight,
    devicePixelRatio: window.devicePixelRatio || 1,
    remPx: parseFloat(getComputedStyle(document.documentElement).fontSize),
  });

  // ---- frames: one gallery_frame and one set of writes per animation frame

  function step() {
    frame = 0;
    if (destroyed) return;
    const time = now();
    const view = lightbox.frame(time);
    if (view.phase !== 'closed' && view.index !== measuredIndex && openers[view.index]) {
      // Where closing zooms back to: read before this frame's writes.
      lightbox.thumbnail(view.index, rectOf(openers[view.index].img));
      measuredIndex = view.index;
    }
    render(view);
    if (view.animating) schedule();
    else if (view.wake) {
      clearTimeout(wakeTimer);
      wakeTimer = setTimeout(schedule, Math.max(0, view.wakeAt - time));
    }
  }

  // A closed lightbox draws nothing (a late decode or popstate can still call
  // this); open() sets the phase before it asks for its first frame.
  function schedule() {
    if (!frame && !destroyed && shownPhase !== 'closed') frame = requestAnimationFrame(step);
  }

  function render(view) {
    browserHistory.sync(view.phase === 'opening' || view.phase === 'open', view.fragment);
    if (view.phase === 'closed') {
      if (shownPhase !== 'closed') teardown(true);
      return;
    }
    shownPhase = view.phase;
    const { backdrop, counter, caption, live, previous, next, zoomIn, zoomOut } = parts;
    setStyle(backdrop, 'opacity', String(view.backdrop));
    setText(counter, view.counter);
    setText(caption, captions[view.index]);
    caption.hidden = !captions[view.index];
    if (view.announcementId !== lastAnnouncement) {
      lastAnnouncement = view.announcementId;
      live.textContent = view.announcement;
    }
    setDisabled(previous, !view.canPrevious);
    setDisabled(next, !view.canNext);
    previous.hidden = next.hidden = !view.arrows;
    setDisabled(zoomIn, !view.canZoomIn);
    setDisabled(zoomOut, !view.canZoomOut);
    dialog.classList.toggle('pw-lb-zoomed', view.zoomed);
    dialog.classList.toggle('pw-lb-idle', !view.controlsVisible);
    renderSlides(parts.slides, view.slides.slice(0, view.slideCount), request);
    for (const entry of view.preload) request(entry.index, entry.src);
    if (view.index !== reportedIndex) {
      reportedIndex = view.index;
      emit(root, 'pw:change', { index: view.index, count: config.count, open: true });
    }
  }

  // Fetches and decodes a full image off-screen, then reports it: the slide
  // swaps it in only once decoded, so nothing flashes half-drawn.
  function request(index, src) {
    if (!src || requested.has(src)) return;
    requested.set(src, true);
    const image = new Image();
    image.src = src;
    image.decode().then(
      () => {
        if (destroyed) return;
        lightbox.imageLoaded(index, image.naturalWidth, image.naturalHeight, now());
        schedule();
      },
      () => {
        if (destroyed) return;
        lightbox.imageFailed(index, now());
        schedule();
      }
    );
  }

  // Back closes; closing otherwise takes our entry back off.
  function onPopState() {
    const what = browserHistory.popped();
    if (what === 'close') lightbox.close(now());
    if (what) schedule();
  }

  // ---- the lightbox's code, on intent

  // Asked for on the reader's first sign of wanting the lightbox: a pointer
  // over or on a thumbnail, focus on one, a deep link or open(). Never at
  // idle time: data costs readers money.
  function wantLightbox() {
    if (lightboxWanted) return;
    lightboxWanted = loadLightbox().then(
      () => {
        if (destroyed) return;
        lightbox = new module.GalleryLightbox(gallery, reducedMotion.matches, saveData(), now());
        const asked = pending;
        pending = null;
        if (asked) open(asked.index, asked.opener);
      },
      (error) => {
        if (destroyed) return;
        lightboxFailed = true;
        reportProblem(root, WIDGET, 'lightbox', 'the lightbox could not load (' + error.message + '); the photos open as plain links');
        // A click that was held for the code does what the link would have done.
        const asked = pending;
        pending = null;
        if (asked && asked.href) location.assign(asked.href);
      }
    );
  }

  // ---- opening and closing

  // `href`: the link a click on it was kept from following, if any.
  function open(index, opener, href = '') {
    if (destroyed || !config.count || lightboxFailed) return;
    if (!lightbox) {
      // The thumbnail shows at once when the code arrives; the full photo
      // is fetched meanwhile, alongside the code.
      pending = { index, opener, href };
      warmUp(index);
      wantLightbox();
      return;
    }
    const appearing = shownPhase === 'closed';
    if (appearing) {
      returnTo = opener || null;
      buildDialog();
      undo = [lockScroll()];
      document.body.append(dialog);
      undo.push(inertOthers(dialog));
      parts.close.focus({ preventScroll: true });
      lastAnnouncement = -1; // the photo opened with is announced too
    }
    const thumb = openers[index] ? rectOf(openers[index].img) : NO_RECT;
    lightbox.open(index, thumb, viewport(), now());
    measuredIndex = -1;
    shownPhase = 'opening';
    if (!appearing) return schedule();
    // The first view is written now, so the dialog is never painted without
    // its caption and counter (a frame later they would shift it).
    cancelAnimationFrame(frame);
    step();
  }

  // The dialog is gone: the page is whole again and focus back on the thumbnail.
  function teardown(restoreFocus) {
    shownPhase = 'closed';
    reportedIndex = -1;
    pointers.clear();
    clearTimeout(wakeTimer);
    if (dialog) dialog.remove();
    undo.reverse().forEach((fn) => fn());
    undo = [];
    const target = returnTo;
    returnTo = null;
    if (restoreFocus && target && target.isConnected) target.focus({ preventScroll: true });
    if (!destroyed) emit(root, 'pw:change', { index: -1, count: config.count, open: false });
  }

  function buildDialog() {
    if (dialog) return;
    parts = createLightboxDialog(labels);
    dialog = parts.dialog;
    for (const name of COMMANDS) {
      events.add(parts[name], 'click', () => {
        lightbox.command(module.GalleryCommand[name], now());
        schedule();
      });
    }
    events.add(dialog, 'keydown', onKey);
    const stage = parts.stage;
    events.add(stage, 'pointerdown', onPointerDown);
    events.add(stage, 'pointermove', onPointerMove);
    events.add(stage, 'pointerup', onPointerUp);
    events.add(stage, 'pointercancel', onPointerCancel);
    events.add(stage, 'lostpointercapture', onPointerCancel);
    events.add(stage, 'dragstart', (event) => event.preventDefault());
  }

  // ---- input on the lightbox

  function onKey(event) {
    if (event.key === 'Tab') return trapFocus(event);
    const modifier = event.ctrlKey || event.metaKey || event.altKey;
    if (lightbox.key(wellFormed(event.key), modifier, now())) {
      event.preventDefault();
      schedule();
    }
  }

  // Tab and Shift+Tab go round the dialog's buttons.
  function trapFocus(event) {
    const focusable = [...dialog.querySelectorAll('button')].filter((node) => !node.hidden);
    if (!focusable.length) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const inside = dialog.contains(document.activeElement);
    if (event.shiftKey && (document.activeElement === first || !inside)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
      event.preventDefault();
      first.focus();
    }
  }

  // A PointerSample (wasm/common_bindings.cpp).
  const sampleOf = (event) => ({ tMs: now(), x: event.clientX, y: event.clientY });

  function onPointerDown(event) {
    const mouse = event.pointerType === 'mouse';
    if (mouse && event.button !== 0) return;
    pointers.add(event.pointerId);
    parts.stage.setPointerCapture(event.pointerId);
    lightbox.pointerDown(event.pointerId, sampleOf(event), mouse);
    schedule();
  }

  function onPointerMove(event) {
    if (!pointers.has(event.pointerId)) return;
    lightbox.pointerMove(event.pointerId, sampleOf(event));
    schedule();
  }

  function onPointerUp(event) {
    if (!pointers.delete(event.pointerId)) return;
    lightbox.pointerUp(event.pointerId, sampleOf(event));
    schedule();
  }

  // Only a pointer still down counts: capture is also lost after every up.
  function onPointerCancel(event) {
    if (!pointers.delete(event.pointerId)) return;
    lightbox.pointerCancel(now());
    schedule();
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
    if (src && !requested.has(src)) new Image().src = src;
  };

  const linked = config.linked;
  function destroy() {
    if (shownPhase !== 'closed') teardown(false);
    destroyed = true;
    pending = null;
    cancelAnimationFrame(frame);
    clearTimeout(wakeTimer);
    events.removeAll();
    journal.restoreAll();
    if (lightbox) lightbox.delete(); // before the gallery it works on
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
    events.add(window, 'popstate', onPopState);
    events.add(window, 'resize', () => {
      if (shownPhase === 'closed') return;
      lightbox.resize(viewport(), now());
      measuredIndex = -1;
      schedule();
    });
    // Until the lightbox exists, it takes both as they are when it is made.
    events.add(reducedMotion, 'change', () => {
      if (!lightbox) return;
      lightbox.setReducedMotion(reducedMotion.matches, now());
      schedule();
    });
    if (connection && connection.addEventListener) {
      events.add(connection, 'change', () => lightbox && lightbox.setSaveData(saveData()));
    }

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
      return reportedIndex;
    },
    // "closed", "opening", "open" or "closing", as last drawn.
    get phase() {
      return shownPhase;
    },
    // An animation is under way (frames are being drawn).
    get moving() {
      return frame !== 0;
    },
    open(index = 0) {
      open(index, openers[index] ? openers[index].target : null);
    },
    close() {
      pending = null;
      if (destroyed || !lightbox) return;
      lightbox.close(now());
      schedule();
    },
    destroy,
  };
}
