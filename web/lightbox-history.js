// The browser-history mechanics of the lightbox's entry. When to push,
// replace or go back, and what a popstate means, is decided in C++
// (shared/gallery/history.h): each view names its step. Here the entry is
// written, and tagged so a popstate can be told to land on it or not.
// `mountNumber` tells the galleries' entries apart; `steps`: module.GalleryHistoryStep.
export function createLightboxHistory(mountNumber, steps) {
  let tag = 0;
  const urlWith = (fragment) => (fragment ? location.pathname + location.search + fragment : location.href);
  return {
    // Does the step a view names; `fragment` is the view's.
    write(step, fragment) {
      if (step === steps.push) {
        tag = tag || mountNumber + Math.random();
        history.pushState({ pwGallery: tag }, '', urlWith(fragment));
      } else if (step === steps.replace) {
        history.replaceState(history.state, '', urlWith(fragment));
      } else if (step === steps.back) {
        history.back();
      }
    },
    // On popstate: whether the entry now current is the one this lightbox pushed.
    onOurEntry: () => Boolean(tag && history.state && history.state.pwGallery === tag),
  };
}
