// Tables that scroll sideways in their own box at a large text size must be
// reachable by keyboard (WCAG 2.1.1): such a table gets tabindex="0" while it
// overflows, and its own tabindex back when it no longer does or on destroy.
export function createScrollFocus(container) {
  const original = new Map(); // table → its tabindex attribute before us

  const restore = (table) => {
    const value = original.get(table);
    if (value === null) table.removeAttribute('tabindex');
    else table.setAttribute('tabindex', value);
    original.delete(table);
  };

  return {
    update() {
      for (const table of container.querySelectorAll('table')) {
        const overflows = table.scrollWidth > table.clientWidth + 1;
        if (overflows && !original.has(table)) {
          original.set(table, table.getAttribute('tabindex'));
          table.setAttribute('tabindex', '0');
        } else if (!overflows && original.has(table)) {
          restore(table);
        }
      }
    },
    restoreAll() {
      [...original.keys()].forEach(restore);
    },
  };
}
