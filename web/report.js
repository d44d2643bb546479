// Events on a widget root, and problems reported once per kind: one console
// warning per distinct problem of a widget type, plus a `pw:error` event on
// the root every time, so a page with many widgets does not flood the console.
const warned = new Set();

export function emit(root, type, detail) {
  root.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
}

export function reportProblem(root, widget, code, message) {
  const kind = widget + ':' + code + ':' + message;
  if (!warned.has(kind)) {
    warned.add(kind);
    console.warn('[portal-widgets] ' + widget + ': ' + message);
  }
  if (root) emit(root, 'pw:error', { code, message });
}
