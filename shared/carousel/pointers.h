#pragma once
#include "carousel/controller.h"

namespace pw {

// Which pointer drives the track, when several touch it. The first primary
// press with the main button grabs it; events of any other pointer are not
// the drag's. A second finger during a drag ends the drag where it is (the
// track settles on a card, never between two), and nothing more is taken
// until the first finger is up or cancelled. A press by the pointer already
// dragging (its up never came, as when a mouse is released outside the
// window) starts the drag afresh.
struct CarouselPointers {
  static constexpr int kNone = -1;
  int dragging = kNone;    // the pointer id driving the drag
  bool held_off = false;   // a second finger came: wait for `dragging` to lift
};

// `grabs`: the press is primary and with the main button (a touch, a pen,
// or the left mouse button).
CarouselRelease carousel_press(CarouselState& state, CarouselPointers& pointers, int id,
                               const PointerSample& sample, bool grabs, double now_ms);
DragAxis carousel_pointer_moved(CarouselState& state, const CarouselPointers& pointers, int id,
                                const PointerSample& sample);
CarouselRelease carousel_lift(CarouselState& state, CarouselPointers& pointers, int id,
                              const PointerSample& sample, double now_ms);
// The browser took the pointer (a scroll, a system gesture).
CarouselRelease carousel_pointer_lost(CarouselState& state, CarouselPointers& pointers, int id,
                                      double now_ms);

}  // namespace pw
