// One page's widgets: mount, mountAll and get, shared by the classic script
// (web/portal-widgets.js) and the ES module (web/portal-widgets-module.js).
// Each entry decides when the wasm loads and whether the page auto-mounts.
import { emit, reportProblem } from './report.js';
import { wellFormed } from './well-formed.js';
import { mountCarousel } from './carousel.js';
import { mountFontScale } from './font-scale.js';
import { mountGallery } from './gallery.js';
import { mountVisitorCounter } from './visitor-counter.js';

export const VERSION = '0.1.0';

const WIDGETS = {
  carousel: mountCarousel,
  'font-scale': mountFontScale,
  gallery: mountGallery,
  'visitor-counter': mountVisitorCounter,
};
// Each widget mounts in a task of its own, in the order asked, so a cheap
// phone can draw and answer a tap between them: all four in one task held
// the main thread 130-170 ms at 4x CPU throttle. A message, not a timer:
// timers are clamped and throttled, and pages' fake clocks hold them.
const waiting = [];
let channel;
function ownTask() {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()();
    }
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });
}

// `loadModule` returns the (cached) promise of the wasm module.
export function createRegistry(loadModule) {
  const mounting = new WeakMap(); // element → Promise of its instance
  const instances = new WeakMap(); // element → mounted instance

  function mount(element, options) {
    if (mounting.has(element)) return mounting.get(element);
    const type = element.getAttribute('data-pw') || '';
    const create = WIDGETS[type];
    let promise;
    if (!create) {
      // Said once the module is there, since its words are C++'s.
      promise = loadModule().then((module) => {
        const message = module.problem('loader:unknown-widget', wellFormed(type));
        reportProblem(element, 'loader', 'unknown-widget', message);
        throw new Error(message);
      });
    } else {
      promise = loadModule().then((module) => ownTask().then(() => module)).then((module) => {
        // The widget's own object, with who it is and a destroy() that also
        // forgets it, so it can be mounted again.
        const instance = create(element, options, module);
        const destroyWidget = instance.destroy;
        instance.element = element;
        instance.type = type;
        instance.destroy = () => {
          if (instances.get(element) !== instance) return;
          instances.delete(element);
          mounting.delete(element);
          destroyWidget();
        };
        instances.set(element, instance);
        emit(element, 'pw:ready', { type });
        return instance;
      });
      promise.catch(() => mounting.delete(element));
    }
    promise.catch(() => {}); // callers that ignore failures see no unhandled rejection
    mounting.set(element, promise);
    return promise;
  }

  function mountAll(root) {
    const scope = root || document;
    const elements = [...scope.querySelectorAll('[data-pw]')];
    if (scope.nodeType === 1 && scope.hasAttribute('data-pw')) elements.unshift(scope);
    return Promise.allSettled(elements.map((element) => mount(element)));
  }

  function get(element) {
    return instances.get(element) || null;
  }

  // What the module holds for mounted widgets: C++ instances and embind's
  // handles to JS values. Both go back to their count before a mount once
  // the widget is destroyed (tests/e2e/leaks.spec.mjs).
  function diagnostics() {
    return loadModule().then((module) => ({
      instances: module.liveInstances(),
      handles: module.count_emval_handles(),
    }));
  }

  return { mount, mountAll, get, diagnostics, version: VERSION };
}

// The registry another copy of the bundle already published on this page (the
// classic script and the ES module both on one page, or either one twice), so
// that no element is ever mounted by two registries.
export function publishedRegistry() {
  const published = window.PortalWidgets;
  return published && typeof published.mountAll === 'function' ? published : null;
}

export function warnWidgetsOff(error) {
  // The browser's own words, with the kind of error unless it is a plain one:
  // "CompileError: … Content Security Policy …" tells a site what to change.
  const reason = String(error).replace(/^Error: /, '');
  console.warn('[portal-widgets] the widgets are off (' + reason + '); the page works without them');
  return reason;
}
