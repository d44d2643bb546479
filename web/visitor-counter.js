// DOM adapter of the visitor counter ("Thống kê truy cập"). It reads the
// server-rendered numbers, runs the requests and timers C++ schedules, and
// writes the texts C++ formats. Parsing, schedule, monotonic and midnight
// rules live in shared/visitor_counter/controller.h.
import { createEventStore } from './event-store.js';
import { optionLayers, namedAttributes } from './option-layers.js';
import { reportProblem } from './report.js';
import { requestCounter } from './counter-request.js';
import { createPollCoordinator } from './poll-coordinator.js';
import { recordPageView } from './page-view.js';
import { wellFormed } from './well-formed.js';

const WIDGET = 'visitor-counter';
const FIELDS = ['online', 'today', 'total'];
const PAUSE_ICON = '\u275a\u275a'; // ❚❚
const PLAY_ICON = '\u25b6'; // ▶

export function mountVisitorCounter(root, programmatic, module) {
  const fields = {};
  for (const name of FIELDS) fields[name] = root.querySelector('[data-pw-field="' + name + '"]');
  const original = FIELDS.map((name) => (fields[name] ? fields[name].textContent : ''));
  const layers = optionLayers(root, namedAttributes(root, ['endpoint', 'interval', 'map', 'record']), programmatic);
  const [online, today, total] = original.map(wellFormed);
  // Deleted by destroy(), or here when the widget cannot mount.
  const counter = new module.VisitorCounter(layers, { online, today, total }, Date.now(), Math.random());
  const config = counter.config();
  if (config.warnings) reportProblem(root, WIDGET, 'options', config.warnings);
  if (!config.endpoint) {
    counter.delete(); // C++ has already said why
    throw new Error(config.warnings);
  }
  if (FIELDS.some((name) => !fields[name])) {
    counter.delete();
    const message = module.problem('visitor-counter:markup', '');
    reportProblem(root, WIDGET, 'markup', message);
    throw new Error(message);
  }

  // With data-pw-record, the first request waits for this page view to be
  // counted, so the reader's first numbers include it.
  const recording = config.record ? recordPageView(config.endpoint) : null;
  const pollEndpoint = recording ? recording.pollEndpoint : config.endpoint;
  let firstRequestAfter = recording ? recording.recorded : undefined;
  const events = createEventStore();
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  let onScreen = false;
  let timer = 0;
  let request = null;
  let frame = 0;
  let destroyed = false;
  let lastGood = null; // the last 200 whose numbers this tab shows, as the other tabs need it

  const pause = document.createElement('button');
  pause.type = 'button';
  pause.className = 'pw-counter-pause';
  const note = document.createElement('p');
  note.className = 'pw-counter-note';
  root.append(pause, note);
  // Whether the tab may ask, lead or animate is C++'s (shared/visitor_counter/tab.h),
  // from what the page says of it now; the reader's pause is kept there too.
  const tab = () =>
    counter.tab(coordinator.leading, document.visibilityState === 'visible', navigator.onLine !== false);
  const showPauseState = () => {
    const paused = tab().paused;
    pause.textContent = paused ? PLAY_ICON : PAUSE_ICON;
    pause.setAttribute('aria-label', paused ? config.resumeLabel : config.pauseLabel);
    pause.title = pause.getAttribute('aria-label');
  };

  const writeTexts = (texts) => {
    for (const name of FIELDS) fields[name].textContent = texts[name];
  };
  const stopAnimation = () => {
    cancelAnimationFrame(frame);
    frame = 0;
  };
  const animate = () => {
    stopAnimation();
    const start = performance.now();
    const step = (now) => {
      const texts = counter.frame(now - start);
      writeTexts(texts);
      frame = texts.done ? 0 : requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
  };

  const canRequest = () => tab().mayRequest;
  const schedule = (delay) => {
    clearTimeout(timer);
    timer = 0;
    if (canRequest()) timer = setTimeout(poll, delay);
  };

  // One result, from this tab's request or shared by the leading tab.
  const apply = (result, fromHere) => {
    const response = {
      status: result.status,
      body: wellFormed(result.body),
      etag: wellFormed(result.etag),
      retryAfter: wellFormed(result.retryAfter),
      nowMs: Date.now(),
    };
    const step = counter.result(response, Math.random(), onScreen && !reducedMotion.matches);
    if (result.status === 200 && !step.problemCode) lastGood = result;
    if (step.problemCode) reportProblem(root, WIDGET, step.problemCode, step.problemMessage);
    note.textContent = step.staleNote;
    if (!tab().paused) {
      if (step.show === module.CounterShow.animate) animate();
      else if (step.show === module.CounterShow.snap) {
        stopAnimation();
        writeTexts(counter.frame(Infinity)); // the new numbers, at the end of a count-up
      }
    }
    if (fromHere) schedule(step.nextDelayMs);
  };

  function poll() {
    timer = 0;
    if (request || !canRequest()) return; // never two requests in flight
    const current = requestCounter(pollEndpoint, counter.etag(), config.timeoutMs, config.maxBodyBytes, firstRequestAfter);
    firstRequestAfter = undefined;
    request = current;
    current.done.then((result) => {
      if (destroyed || request !== current) return; // abandoned when the tab stepped back
      request = null;
      apply(result, true);
      // A 304 means "unchanged" only to a tab that already holds the numbers; a
      // tab that joined since then gets them in full.
      coordinator.share(result.status === 304 && lastGood ? lastGood : result);
    });
  }

  let firstLead = true;
  const endpointUrl = new URL(config.endpoint, document.baseURI).href;
  const coordinator = createPollCoordinator('pw-counter:' + endpointUrl, {
    onLead() {
      schedule(firstLead ? config.firstDelayMs : counter.resumeDelay(Date.now()));
      firstLead = false;
    },
    onMessage(result) {
      if (!coordinator.leading) apply(result, false);
    },
  });
  const takePart = () => {
    if (tab().takesPart) coordinator.join();
  };
  // A request still in flight is abandoned too: a page leaving with an open
  // request is not kept in the back/forward cache, and another tab asks now.
  const stepBack = () => {
    coordinator.leave();
    clearTimeout(timer);
    timer = 0;
    if (request) request.abort();
    request = null;
  };

  events.add(pause, 'click', () => {
    counter.togglePause();
    showPauseState();
    if (tab().paused) {
      stepBack();
      stopAnimation();
    } else {
      writeTexts(counter.frame(Infinity));
      takePart();
      if (coordinator.leading) schedule(counter.resumeDelay(Date.now()));
    }
  });
  // A hidden tab neither polls nor leads; a visible one takes over.
  events.add(document, 'visibilitychange', () => (document.visibilityState === 'visible' ? takePart() : stepBack()));
  events.add(window, 'offline', () => schedule(0)); // schedules nothing while offline
  events.add(window, 'online', () => schedule(counter.resumeDelay(Date.now())));
  // Leaving the page hides it first, which already steps back; pagehide covers
  // browsers that skip that (older Safari), so another tab takes over and a
  // cached page holds no lock.
  events.add(window, 'pagehide', stepBack);
  events.add(window, 'pageshow', (event) => event.persisted && takePart());

  const observer = new IntersectionObserver((entries) => (onScreen = entries[entries.length - 1].isIntersecting));
  observer.observe(root);
  showPauseState();
  takePart();

  return {
    get paused() {
      return !destroyed && tab().paused;
    },
    // Whether this tab is the one asking the endpoint (the others listen).
    get polling() {
      return !destroyed && tab().polls;
    },
    destroy() {
      destroyed = true;
      events.removeAll();
      coordinator.close();
      clearTimeout(timer);
      if (request) request.abort();
      stopAnimation();
      observer.disconnect();
      pause.remove();
      note.remove();
      FIELDS.forEach((name, i) => (fields[name].textContent = original[i]));
      counter.delete();
    },
  };
}
