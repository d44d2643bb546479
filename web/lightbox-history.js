// Back closes the lightbox: an open lightbox has a history entry of its own
// (carrying the photo's fragment when C++ gives one), and closing it any
// other way takes that entry back off. `mountNumber` tells the galleries'
// entries apart.
export function createLightboxHistory(mountNumber) {
  let pushed = false; // our history entry is the current one
  let awaitingBack = false; // history.back() asked, its popstate not seen yet
  let token = 0;
  const urlWith = (fragment) => (fragment ? location.pathname + location.search + fragment : location.href);

  return {
    // After each drawn view: whether the lightbox is open, and its fragment.
    sync(open, fragment) {
      if (open && !pushed && !awaitingBack) {
        token = token || mountNumber + Math.random();
        history.pushState({ pwGallery: token }, '', urlWith(fragment));
        pushed = true;
      } else if (open && pushed && fragment && location.hash !== fragment) {
        history.replaceState(history.state, '', urlWith(fragment));
      } else if (!open && pushed) {
        pushed = false;
        awaitingBack = true;
        history.back();
      }
    },
    // On popstate: "redraw" when our own Back landed (reopened meanwhile: the
    // next frame pushes again), "close" when the reader went back from our
    // entry, "" when it was not ours.
    popped() {
      if (awaitingBack) {
        awaitingBack = false;
        return 'redraw';
      }
      if (!pushed || (history.state && history.state.pwGallery === token)) return '';
      pushed = false;
      return 'close';
    },
  };
}
