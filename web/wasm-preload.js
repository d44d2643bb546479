// The boot script starts the .wasm download as the page's <head> is parsed,
// so a slow link does not wait for portal-widgets.js to run before it asks.
// A <link rel="preload" as="fetch" crossorigin> is what the loader's own
// fetch (credentials same-origin, CORS mode) takes from the preload cache:
// one request, never two.
//
// Where: `data-pw-wasm` on the boot script, else beside the boot script.
// `data-pw-wasm="none"` for pages using a .single build, which has the wasm
// inside and would download it twice.
export function preloadWasm(script) {
  if (!script || !script.src) return;
  const wanted = script.getAttribute('data-pw-wasm');
  if (wanted === 'none') return;
  let href;
  try {
    href = new URL(wanted || 'portal-widgets.wasm', script.src).href;
  } catch (error) {
    return; // not a URL: the loader fetches the module itself, later
  }
  // The embed snippet may carry the same preload line: one is enough.
  for (const link of document.querySelectorAll('link[rel="preload"][as="fetch"]')) {
    if (link.href === href) return;
  }
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.appendChild(link);
}
