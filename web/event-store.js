// Records a remover for every listener so destroy() cannot forget one.
export function createEventStore() {
  let removers = [];
  return {
    add(target, type, handler, options) {
      target.addEventListener(type, handler, options);
      removers.push(() => target.removeEventListener(type, handler, options));
    },
    removeAll() {
      removers.forEach((remove) => remove());
      removers = [];
    },
  };
}
