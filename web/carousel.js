// DOM adapter of the related-news carousel ("Các tin khác"). The host's own
// list stays in place: each slide is moved with a transform, so no slide is
// cloned and the no-JS list is the same element. It measures, forwards events
// with the time, and writes what shared/carousel/controller.h decides.
import { createAnnouncer } from './announcer.js';
import { createAttributeJournal } from './attribute-journal.js';
import { createEventStore } from './event-store.js';
import { optionLayers, namedAttributes } from './option-layers.js';
import { emit, reportProblem } from './report.js';
import { wellFormed } from './well-formed.js';

const WIDGET = 'carousel';
const PAUSE_ICON = '\u275a\u275a'; // ❚❚
const PLAY_ICON = '\u25b6'; // ▶
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

function button(className, icon) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  const glyph = document.createElement('span');
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = icon;
  element.append(glyph);
  return element;
}

export function mountCarousel(root, programmatic, module) {
  const list = root.querySelector('[data-pw-track]') || root.querySelector('ul, ol');
  if (!list) {
    const message = module.problem('carousel:markup', '');
    reportProblem(root, WIDGET, 'markup', message);
    throw new Error(message);
  }
  const slides = [...list.children];
  const layers = optionLayers(root, namedAttributes(root, ['loop', 'autoplay', 'interval']), programmatic);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  // Options are parsed once, here; the instance is deleted by destroy().
  const carousel = new module.Carousel(layers, slides.length, reducedMotion.matches);
  try {
    return mountOn(root, list, slides, reducedMotion, carousel, module);
  } catch (error) {
    carousel.delete();
    throw error;
  }
}

function mountOn(root, list, slides, reducedMotion, carousel, module) {
  const { CarouselCommand, CarouselAutoplayEvent, CarouselDragAxis } = module;
  const config = carousel.config();
  if (config.warnings) reportProblem(root, WIDGET, 'options', config.warnings);
  const slideLabels = config.slideLabels.split('\n');

  const events = createEventStore();
  const journal = createAttributeJournal();
  const transforms = slides.map(() => '');
  const inert = slides.map(() => false);
  let status = null;
  let active = false;
  let destroyed = false;
  let rtl = false;
  let frame = 0;
  let autoplayTimer = 0;
  let swallowClick = false;
  let viewWidth = 0;
  let controls = null;
  let previous = null;
  let next = null;
  let pages = null;
  let pageLabels = '';
  let autoplayButton = null;
  let announcer = null;
  let resizeObserver = null;

  const now = () => performance.now();

  // pw:change says where the carousel is heading and, at an end, whether it
  // went round seamlessly ("loop") or ran back ("rewind").
  const changed = (move) => {
    if (!move.moved) return;
    const heading = move.status;
    emit(root, 'pw:change', {
      index: heading.snap,
      page: heading.page,
      pageCount: heading.pages,
      wrap: move.wrap || null,
      loop: heading.loopMode,
    });
  };

  // One transform per slide: where the track is, plus whole loop periods for
  // a slide the looped view needs at the other end.
  const render = (view) => {
    const sign = rtl ? 1 : -1;
    const laps = view.laps ? view.laps.split(',') : [];
    for (let i = 0; i < slides.length; i++) {
      const x = sign * (view.position - (laps[i] || 0) * view.period);
      const transform = Math.abs(x) < 0.01 ? '' : 'translateX(' + x.toFixed(2) + 'px)';
      if (transform !== transforms[i]) {
        slides[i].style.transform = transform;
        transforms[i] = transform;
      }
    }
  };

  const step = () => {
    frame = 0;
    if (destroyed) return;
    const view = carousel.frame(now());
    render(view);
    if (view.settled) refresh(view.status);
    if (view.moving) frame = requestAnimationFrame(step);
  };
  const animate = () => {
    if (!frame && !destroyed) frame = requestAnimationFrame(step);
  };

  const syncAutoplay = () => {
    if (!autoplayButton) return;
    const showsPause = status.autoplayShowsPause;
    autoplayButton.firstChild.textContent = showsPause ? PAUSE_ICON : PLAY_ICON;
    autoplayButton.setAttribute('aria-label', showsPause ? config.stopAutoplay : config.startAutoplay);
    autoplayButton.title = autoplayButton.getAttribute('aria-label');
    if (status.autoplayRunning && !autoplayTimer) {
      autoplayTimer = setTimeout(() => {
        autoplayTimer = 0;
        const move = carousel.autoplay(CarouselAutoplayEvent.tick, now());
        changed(move);
        animate();
        refresh(move.status);
      }, config.intervalMs);
    } else if (!status.autoplayRunning && autoplayTimer) {
      clearTimeout(autoplayTimer);
      autoplayTimer = 0;
    }
  };

  const buildPages = () => {
    if (status.pageLabels === pageLabels) return;
    pageLabels = status.pageLabels;
    pages.replaceChildren();
    pages.hidden = !status.pageButtons;
    if (!status.pageButtons) return;
    pageLabels.split('\n').forEach((label, page) => {
      const pageButton = document.createElement('button');
      pageButton.type = 'button';
      pageButton.className = 'pw-carousel-page';
      pageButton.textContent = String(page + 1);
      pageButton.setAttribute('aria-label', label);
      pageButton.dataset.pwPage = String(page);
      pages.append(pageButton);
    });
  };

  // Attributes follow the controller's status: buttons, inert slides,
  // preloading, the live region and the autoplay timer.
  function refresh(view) {
    if (!active || destroyed) return;
    status = view;
    previous.setAttribute('aria-disabled', String(!status.canPrevious));
    next.setAttribute('aria-disabled', String(!status.canNext));
    controls.hidden = !status.controlsVisible;
    buildPages();
    for (const pageButton of pages.children) {
      if (Number(pageButton.dataset.pwPage) === status.page) pageButton.setAttribute('aria-current', 'true');
      else pageButton.removeAttribute('aria-current');
    }
    for (let i = 0; i < slides.length; i++) {
      const shouldBeInert = status.inert[i] === '1';
      if (shouldBeInert !== inert[i]) slides[i].toggleAttribute('inert', shouldBeInert);
      inert[i] = shouldBeInert;
    }
    for (let i = 0; i < slides.length; i++) {
      if (status.preload[i] !== '1') continue;
      for (const image of slides[i].querySelectorAll('img[loading="lazy"]')) {
        journal.remember(image, ['loading']);
        image.loading = 'eager';
      }
    }
    announcer.setPolite(status.livePolite);
    if (status.announcement) announcer.say(status.announcement);
    syncAutoplay();
  }

  const innerWidth = (style) =>
    list.clientWidth - (parseFloat(style.paddingInlineStart) || 0) - (parseFloat(style.paddingInlineEnd) || 0);

  // `nativeScroll`: how far the reader had scrolled the plain list (first time only).
  const measure = (nativeScroll = -1) => {
    const style = getComputedStyle(list);
    rtl = style.direction === 'rtl';
    const width = innerWidth(style);
    let gap = parseFloat(style.columnGap) || 0;
    if (slides.length > 1) {
      gap += (parseFloat(getComputedStyle(slides[0]).marginInlineEnd) || 0) +
        (parseFloat(getComputedStyle(slides[1]).marginInlineStart) || 0);
    }
    viewWidth = width;
    // The widths cross as one text: numbers between spaces.
    const slideWidths = slides.map((slide) => slide.getBoundingClientRect().width).join(' ');
    const view = carousel.measure({ viewWidth: width, slideWidths, gap, nativeScroll }, now());
    render(view);
    refresh(view.status);
  };

  const slideOf = (node) => {
    const slide = node && node.closest ? node.closest('[data-pw-carousel-track] > *') : null;
    return slide && slide.parentElement === list ? slides.indexOf(slide) : -1;
  };

  // Every input answers with its move and the status after it.
  const moved = (move) => {
    changed(move);
    animate();
    refresh(move.status);
  };
  const command = (which) => moved(carousel.command(which, now()));
  const goToPage = (page) => moved(carousel.goToPage(page, now()));

  // Turns the plain list into the carousel, once it is first seen: a hidden
  // container has no width to measure.
  function activate() {
    active = true;
    journal.remember(root, ['role', 'aria-roledescription', 'aria-label', 'data-pw-carousel-ready']);
    journal.remember(list, ['style', 'data-pw-carousel-track']);
    root.setAttribute('role', 'region');
    root.setAttribute('aria-roledescription', config.regionRole);
    if (!root.hasAttribute('aria-label') && !root.hasAttribute('aria-labelledby')) {
      root.setAttribute('aria-label', config.region);
    }
    const heightBefore = list.offsetHeight;
    const nativeScroll = Math.abs(list.scrollLeft); // negative in RTL
    slides.forEach((slide, i) => {
      journal.remember(slide, ['role', 'aria-roledescription', 'aria-label', 'inert', 'style']);
      // A list item already groups its slide and ARIA in HTML allows no
      // role="group" on li: the list keeps its semantics ("list, 9 items").
      if (slide.tagName !== 'LI') slide.setAttribute('role', 'group');
      slide.setAttribute('aria-roledescription', config.slideRole);
      slide.setAttribute('aria-label', slideLabels[i] || '');
      for (const image of slide.querySelectorAll('img:not([loading])')) {
        journal.remember(image, ['loading']);
        image.loading = 'lazy';
      }
    });

    controls = document.createElement('div');
    controls.className = 'pw-carousel-controls';
    previous = button('pw-carousel-previous', '\u2039');
    previous.setAttribute('aria-label', config.previous);
    next = button('pw-carousel-next', '\u203a');
    next.setAttribute('aria-label', config.next);
    pages = document.createElement('div');
    pages.className = 'pw-carousel-pages';
    pages.setAttribute('role', 'group');
    pages.setAttribute('aria-label', config.pagination);
    controls.append(previous, pages, next);
    announcer = createAnnouncer(root);
    if (config.autoplay) {
      autoplayButton = button('pw-carousel-autoplay', PAUSE_ICON);
      root.prepend(autoplayButton); // first in tab order
    }

    // The list stops scrolling natively; keep its box the same height (a
    // classic scrollbar disappears) and put the controls where the
    // stylesheet reserved their room, so nothing below moves.
    list.setAttribute('data-pw-carousel-track', '');
    list.scrollLeft = 0;
    const lost = heightBefore - list.offsetHeight;
    if (lost > 0) {
      const bottom = parseFloat(getComputedStyle(list).paddingBottom) || 0;
      list.style.paddingBottom = bottom + lost + 'px';
    }
    list.after(controls);
    root.setAttribute('data-pw-carousel-ready', '');
    measure(nativeScroll);
    // Arrows point the way the content moves, mirrored in RTL.
    previous.firstChild.textContent = rtl ? '\u203a' : '\u2039';
    next.firstChild.textContent = rtl ? '\u2039' : '\u203a';

    events.add(previous, 'click', () => command(CarouselCommand.previous));
    events.add(next, 'click', () => command(CarouselCommand.next));
    events.add(pages, 'click', (event) => {
      const target = event.target.closest('[data-pw-page]');
      if (!target) return;
      goToPage(Number(target.dataset.pwPage));
    });
    if (autoplayButton) {
      // A mouse press must not focus the button: focus stops rotation, and
      // the press would then restart what the reader meant to pause.
      events.add(autoplayButton, 'mousedown', (event) => event.preventDefault());
      events.add(autoplayButton, 'click', () => {
        const pressed = status.autoplayShowsPause ? CarouselAutoplayEvent.pausePressed : CarouselAutoplayEvent.playPressed;
        refresh(carousel.autoplay(pressed, now()).status);
      });
    }
    events.add(root, 'keydown', onKey);
    events.add(root, 'focusin', (event) => {
      const move = carousel.focusIn(slideOf(event.target), now());
      animate();
      refresh(move.status);
    });
    events.add(root, 'focusout', (event) => {
      if (root.contains(event.relatedTarget)) return;
      refresh(carousel.focusOut(now()).status);
    });
    events.add(root, 'pointerenter', (event) => {
      if (event.pointerType === 'mouse') autoplayEvent(CarouselAutoplayEvent.hoverIn);
    });
    events.add(root, 'pointerleave', (event) => {
      if (event.pointerType === 'mouse') autoplayEvent(CarouselAutoplayEvent.hoverOut);
    });
    events.add(list, 'pointerdown', onPointerDown);
    events.add(list, 'pointermove', onPointerMove);
    events.add(list, 'pointerup', onPointerUp);
    events.add(list, 'pointercancel', onPointerCancel);
    // Capture taken from the list ends the drag; the bubbling loss of a
    // touch's implicit capture on a link, when the list takes it, does not.
    events.add(list, 'lostpointercapture', (event) => event.target === list && onPointerCancel(event));
    events.add(list, 'click', onClick, true);
    // Native drag of links and images would take the mouse away mid-drag.
    events.add(list, 'dragstart', (event) => event.preventDefault());
    // Focus can still scroll a clipped box in older engines; the transforms are the only scroll.
    events.add(list, 'scroll', () => (list.scrollLeft = 0));
    events.add(document, 'visibilitychange', () =>
      autoplayEvent(document.visibilityState === 'visible' ? CarouselAutoplayEvent.visible : CarouselAutoplayEvent.hidden)
    );
    events.add(reducedMotion, 'change', () =>
      autoplayEvent(reducedMotion.matches ? CarouselAutoplayEvent.reducedMotionOn : CarouselAutoplayEvent.reducedMotionOff)
    );
    resizeObserver = new ResizeObserver(() => {
      if (innerWidth(getComputedStyle(list)) !== viewWidth) measure();
    });
    resizeObserver.observe(list);
    if (document.visibilityState !== 'visible') autoplayEvent(CarouselAutoplayEvent.hidden);
  }

  function autoplayEvent(event) {
    if (!active || destroyed) return;
    moved(carousel.autoplay(event, now()));
  }

  function onKey(event) {
    if (event.defaultPrevented) return; // the page has handled it
    const modifier = event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
    const inField = Boolean(event.target.closest('input, textarea, select, [contenteditable]'));
    const result = carousel.key(wellFormed(event.key), modifier, inField, rtl, slideOf(event.target), now());
    if (!result.handled) return;
    event.preventDefault();
    changed(result);
    refresh(result.status);
    if (result.focusSlide >= 0) {
      const target = slides[result.focusSlide].querySelector(FOCUSABLE);
      if (target) target.focus({ preventScroll: true });
    }
    animate();
  }

  const sample = (event) => ({ tMs: now(), x: rtl ? -event.clientX : event.clientX, y: event.clientY });

  // Which pointer drives the drag, and what a second finger does, is C++'s.
  function onPointerDown(event) {
    const grabs = event.isPrimary && event.button === 0;
    if (grabs) swallowClick = false;
    changed(carousel.pointerDown(event.pointerId, sample(event), grabs));
    animate();
  }

  function onPointerMove(event) {
    // Only a horizontal drag moves the track (a hover or the page's scroll does not).
    if (carousel.pointerMove(event.pointerId, sample(event)) !== CarouselDragAxis.horizontal) return;
    if (!list.hasPointerCapture(event.pointerId)) list.setPointerCapture(event.pointerId); // the drag survives leaving the list
    animate();
  }

  function onPointerUp(event) {
    const result = carousel.pointerUp(event.pointerId, sample(event));
    if (result.suppressClick) swallowClick = true;
    moved(result);
  }

  const onPointerCancel = (event) => moved(carousel.pointerCancel(event.pointerId, now()));

  // A drag never follows the link under the pointer; a tap does.
  function onClick(event) {
    if (!swallowClick) return;
    swallowClick = false;
    event.preventDefault();
    event.stopPropagation();
  }

  // Every browser the bundle supports has both observers (README, Browsers).
  const visibility = new IntersectionObserver((entries) => {
    const onScreen = entries[entries.length - 1].isIntersecting;
    if (onScreen && !active) activate();
    autoplayEvent(onScreen ? CarouselAutoplayEvent.onscreen : CarouselAutoplayEvent.offscreen);
  });
  visibility.observe(root);

  // Read as it stands; a destroyed carousel answers as one never shown.
  const standing = () => (active && !destroyed ? carousel.status() : { snap: 0, page: 0, pages: 0 });

  return {
    get index() {
      return standing().snap;
    },
    get page() {
      return standing().page;
    },
    get pageCount() {
      return standing().pages;
    },
    get active() {
      return active;
    },
    // An animation or a drag is under way (frames are being drawn).
    get moving() {
      return frame !== 0;
    },
    next() {
      if (active && !destroyed) command(CarouselCommand.next);
    },
    previous() {
      if (active && !destroyed) command(CarouselCommand.previous);
    },
    goToPage(page) {
      if (active && !destroyed) goToPage(page);
    },
    destroy() {
      destroyed = true;
      cancelAnimationFrame(frame);
      clearTimeout(autoplayTimer);
      events.removeAll();
      visibility.disconnect();
      if (resizeObserver) resizeObserver.disconnect();
      if (controls) controls.remove();
      if (autoplayButton) autoplayButton.remove();
      if (announcer) announcer.remove();
      journal.restoreAll();
      carousel.delete();
    },
  };
}
