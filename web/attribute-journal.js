// Remembers attributes of host elements before a widget changes them, so
// destroy() puts the original markup back exactly.
export function createAttributeJournal() {
  const entries = [];
  return {
    remember(element, names) {
      for (const name of names) entries.push([element, name, element.getAttribute(name)]);
    },
    restoreAll() {
      for (const [element, name, value] of entries.reverse()) {
        if (value === null) element.removeAttribute(name);
        else element.setAttribute(name, value);
      }
      entries.length = 0;
    },
  };
}
