// Entry of dist/portal-widgets.mjs and .single.mjs, for sites that bundle or
// use <script type="module">. Importing it starts loading the wasm but mounts
// nothing: a bundling site renders its markup when it chooses, so it calls
// mountAll() or mount() itself. The registry is the page's one
// window.PortalWidgets, shared with the classic script if that is there too.
import { loadModule } from './loader.js';
import { VERSION, createRegistry, publishedRegistry, warnWidgetsOff } from './widget-registry.js';

/* global PW_INLINED, PW_LIGHTBOX_WASM_PATH, PW_LIGHTBOX_JS_PATH */

// Written as the literal new URL('…', import.meta.url) that webpack 5, Vite
// and Parcel recognise: they copy the files into the site's build and
// rewrite the URLs (the lightbox's names are literals once built). Bundlers
// that drop import.meta leave the loader's default (beside the page).
function filesBesideThisOne() {
  try {
    return {
      wasm: new URL('./portal-widgets.wasm', import.meta.url).href,
      lightboxWasm: new URL(PW_LIGHTBOX_WASM_PATH, import.meta.url).href,
      lightboxJs: new URL(PW_LIGHTBOX_JS_PATH, import.meta.url).href,
    };
  } catch {
    return undefined;
  }
}

function browserRegistry() {
  const published = publishedRegistry();
  if (published) return published;
  // Replaced by a constant at build time, so the .single.mjs holds no URL
  // of a .wasm for a bundler to copy.
  const load = () =>
    PW_INLINED ? loadModule() : loadModule(filesBesideThisOne());
  const api = createRegistry(load);
  api.ready = load().then(
    () => api,
    (error) => {
      warnWidgetsOff(error);
      throw error;
    }
  );
  api.ready.catch(() => {});
  window.PortalWidgets = api;
  return api;
}

// Server-side rendering imports the module too; there is nothing to mount.
function serverRegistry() {
  const off = Promise.reject(new Error('portal-widgets needs a browser'));
  off.catch(() => {});
  return { mount: () => off, mountAll: () => off, get: () => null, diagnostics: () => off, ready: off, version: VERSION };
}

const api = typeof document === 'undefined' ? serverRegistry() : browserRegistry();

export const { mount, mountAll, get, ready, version } = api;
export default api;
