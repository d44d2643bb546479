// Entry of dist/portal-widgets.js and .single.js (classic scripts): the public
// API on window.PortalWidgets and the auto-mount of every [data-pw] element
// once the DOM is ready.
import { loadModule } from './loader.js';
import { emit } from './report.js';
import { createRegistry, publishedRegistry, warnWidgetsOff } from './widget-registry.js';

const domReady = new Promise((resolve) => {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', resolve, { once: true });
  } else {
    resolve();
  }
});

const published = publishedRegistry();
if (published) {
  // The ES module (or this script, included twice) got here first: keep its
  // registry and add only what this script promises, the auto-mount.
  published.ready = Promise.resolve(published.ready)
    .then(() => domReady)
    .then(() => published.mountAll())
    .then(() => published);
  published.ready.catch(() => {});
} else {
  const api = createRegistry(loadModule);
  api.ready = loadModule().then(
    () => domReady.then(() => api.mountAll()).then(() => api),
    (error) => {
      const reason = warnWidgetsOff(error);
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
}
