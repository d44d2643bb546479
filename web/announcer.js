// A polite live region inside a widget root. Saying the same text twice in a
// row (a repeated press at a limit) alternates a trailing no-break space so
// screen readers announce it again.
export function createAnnouncer(root) {
  const region = document.createElement('span');
  region.className = 'pw-visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  root.appendChild(region);
  let last = '';
  return {
    say(text) {
      const spoken = text === last.trim() && !last.endsWith('\u00a0') ? text + '\u00a0' : text;
      region.textContent = spoken;
      last = spoken;
    },
    // "off" while content changes by itself (an auto-rotating carousel).
    setPolite(polite) {
      region.setAttribute('aria-live', polite ? 'polite' : 'off');
    },
    remove() {
      region.remove();
    },
  };
}
