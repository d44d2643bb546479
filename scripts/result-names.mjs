// The names of the wasm results' members (wasm/result_keys.def), and which of
// them the release build renames to short ones. esbuild renames a property
// everywhere in the bundle, so a name is renamed only when nothing outside
// the bundle uses it:
// - not a name of the public API: options, instance members and event
//   details are all in web/portal-widgets.d.ts, so no word of it is renamed;
// - not a property of the browser's objects that an adapter might also read
//   or set under that name (PLATFORM_NAMES; tests/e2e/result-names.spec.mjs
//   checks in Chromium that no renamed name is one).

export const PLATFORM_NAMES = [
  'autoplay', 'close', 'height', 'id', 'inert', 'lang', 'message', 'opacity', 'page', 'placeholder',
  'position', 'preload', 'scale', 'src', 'target', 'update', 'view', 'width', 'wrap', 'x', 'y',
];

// In order: C++ writes a member's index in this list (wasm/boundary.h, Key).
export function resultKeyNames(defText) {
  return [...defText.matchAll(/^PW_KEY\((\w+)\)$/gm)].map((match) => match[1]);
}

export function renamedResultKeys(defText, publicTypesText) {
  const publicWords = new Set(publicTypesText.match(/[A-Za-z_$][\w$]*/g));
  const platform = new Set(PLATFORM_NAMES);
  return resultKeyNames(defText).filter((name) => !publicWords.has(name) && !platform.has(name));
}
