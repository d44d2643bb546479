// Entry of dist/portal-widgets.js: the public API (window.PortalWidgets) and
// the auto-mount of every [data-pw] element once the DOM is ready.
import { loadModule } from './loader.js';
import { emit, reportProblem } from './report.js';
import { mountCarousel } from './carousel.js';
import { mountFontScale } from './font-scale.js';
import { mountGallery } from './gallery.js';
import { mountVisitorCounter } from './visitor-counter.js';

const WIDGETS = {
  carousel: mountCarousel,
  'font-scale': mountFontScale,
  gallery: mountGallery,
  'visitor-counter': mountVisitorCounter,
};
// In the contract but not built yet: left as their no-JS markup, quietly.
const PLANNED = [];

const mounting = new WeakMap(); // element → Promise of its instance
const instances = new WeakMap(); // element → mounted instance

function mount(element, options) {
  if (mounting.has(element)) return mounting.get(element);
  const type = element.getAttribute('data-pw') || '';
  const create = WIDGETS[type];
  let promise;
  if (!create) {
    const planned = PLANNED.includes(type);
    const message = planned
      ? 'the "' + type + '" widget is not in this version; its markup is left as it is'
      : 'unknown data-pw value "' + type + '"; the element is left as it is';
    if (!planned) reportProblem(element, 'loader', 'unknown-widget', message);
    promise = Promise.reject(new Error(message));
  } else {
    promise = loadModule().then((module) => {
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

const domReady = new Promise((resolve) => {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', resolve, { once: true });
  } else {
    resolve();
  }
});

const api = { mount, mountAll, get, version: '0.1.0' };

api.ready = loadModule().then(
  () => domReady.then(() => mountAll()).then(() => api),
  (error) => {
    const reason = error && error.message ? error.message : String(error);
    console.warn(
      '[portal-widgets] the widgets are off (' + reason + '); the page works without them'
    );
    domReady.then(() => {
      for (const element of document.querySelectorAll('[data-pw]')) {
        emit(element, 'pw:error', { code: 'load-failed', message: reason });
      }
    });
    throw error;
  }
);
api.ready.catch(() => {});

window.PortalWidgets = api;
