// The open lightbox of a gallery: the dialog, appended to <body> only while
// open, its input, its frames and the full images. It is the half of the
// gallery's adapter that loads on intent (loadLightbox in web/loader.js),
// beside the wasm's half that holds module.GalleryLightbox; web/gallery.js
// mounts the gallery without it. Like every adapter it measures, forwards events with
// the time, loads images and writes what shared/gallery/controller.h
// decides, once per animation frame.
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
import { emit } from './report.js';
import { wellFormed } from './well-formed.js';

// The lightbox's buttons, by the names of module.GalleryCommand.
const COMMANDS = ['previous', 'next', 'zoomIn', 'zoomOut', 'close'];

// A GalleryRect (wasm/gallery_bindings.cpp).
const rectOf = (element) => {
  const box = element.getBoundingClientRect();
  return { x: box.left, y: box.top, width: box.width, height: box.height };
};
const NO_RECT = { x: 0, y: 0, width: 0, height: 0 };

// `mounted`: what web/gallery.js made of the host's gallery: the wasm
// `module`, its `gallery` instance and `config`, the widget `root`, the
// `openers` (photo index → { target, img }), `mountNumber`,
// `reducedMotion` (a MediaQueryList), `connection` and `saveData()`, and
// `requested` (full images already asked for, shared with its warm-up).
export function createLightbox(mounted) {
  const { module, gallery, config, root, openers, mountNumber, reducedMotion, connection, saveData, requested } =
    mounted;
  const captions = config.captions.split('\n'); // per photo, plain text
  const now = () => performance.now();
  const lightbox = new module.GalleryLightbox(gallery, reducedMotion.matches, saveData(), now());
  const windowEvents = createEventStore();
  const dialogEvents = createEventStore();
  const browserHistory = createLightboxHistory(mountNumber, module.GalleryHistoryStep);
  const pointers = new Set();
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
    browserHistory.write(view.history, view.fragment);
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

  // ---- opening and closing

  function open(index, opener) {
    if (destroyed) return;
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
    parts = createLightboxDialog(config.labels);
    dialog = parts.dialog;
    for (const name of COMMANDS) {
      dialogEvents.add(parts[name], 'click', () => {
        lightbox.command(module.GalleryCommand[name], now());
        schedule();
      });
    }
    dialogEvents.add(dialog, 'keydown', onKey);
    const stage = parts.stage;
    dialogEvents.add(stage, 'pointerdown', onPointerDown);
    dialogEvents.add(stage, 'pointermove', onPointerMove);
    dialogEvents.add(stage, 'pointerup', onPointerUp);
    dialogEvents.add(stage, 'pointercancel', onPointerCancel);
    dialogEvents.add(stage, 'lostpointercapture', onPointerCancel);
    dialogEvents.add(stage, 'dragstart', (event) => event.preventDefault());
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

  // ---- the page around it

  // Back from the lightbox's entry closes it (C++ says, as for every step of its history).
  windowEvents.add(window, 'popstate', () => {
    if (lightbox.popstate(browserHistory.onOurEntry(), now())) schedule();
  });
  windowEvents.add(window, 'resize', () => {
    if (shownPhase === 'closed') return;
    lightbox.resize(viewport(), now());
    measuredIndex = -1;
    schedule();
  });
  windowEvents.add(reducedMotion, 'change', () => {
    lightbox.setReducedMotion(reducedMotion.matches, now());
    schedule();
  });
  if (connection && connection.addEventListener) {
    windowEvents.add(connection, 'change', () => lightbox.setSaveData(saveData()));
  }

  return {
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
    open,
    close() {
      if (destroyed) return;
      lightbox.close(now());
      schedule();
    },
    // Before the gallery is deleted: the lightbox works on it.
    destroy() {
      if (shownPhase !== 'closed') teardown(false);
      destroyed = true;
      cancelAnimationFrame(frame);
      clearTimeout(wakeTimer);
      windowEvents.removeAll();
      dialogEvents.removeAll();
      lightbox.delete();
    },
  };
}
