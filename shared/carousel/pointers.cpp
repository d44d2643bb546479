#include "carousel/pointers.h"

namespace pw {

CarouselRelease carousel_press(CarouselState& state, CarouselPointers& pointers, int id,
                               const PointerSample& sample, bool grabs, double now_ms) {
  if (pointers.held_off) return {};
  const bool dragging = pointers.dragging != CarouselPointers::kNone;
  if (dragging && id != pointers.dragging) {
    pointers.held_off = true;
    return carousel_pointer_cancel(state, now_ms);
  }
  if (!grabs) return {};
  pointers.dragging = id;
  carousel_pointer_down(state, sample);
  return {};
}

DragAxis carousel_pointer_moved(CarouselState& state, const CarouselPointers& pointers, int id,
                                const PointerSample& sample) {
  if (pointers.held_off || id != pointers.dragging) return DragAxis::undecided;
  return carousel_pointer_move(state, sample);
}

CarouselRelease carousel_lift(CarouselState& state, CarouselPointers& pointers, int id,
                              const PointerSample& sample, double now_ms) {
  if (id != pointers.dragging || pointers.dragging == CarouselPointers::kNone) return {};
  pointers.dragging = CarouselPointers::kNone;
  if (pointers.held_off) {
    pointers.held_off = false;  // the drag was already ended by the second finger
    return {};
  }
  return carousel_pointer_up(state, sample, now_ms);
}

CarouselRelease carousel_pointer_lost(CarouselState& state, CarouselPointers& pointers, int id,
                                      double now_ms) {
  if (id != pointers.dragging || pointers.dragging == CarouselPointers::kNone) return {};
  pointers.dragging = CarouselPointers::kNone;
  if (pointers.held_off) {
    pointers.held_off = false;
    return {};
  }
  return carousel_pointer_cancel(state, now_ms);
}

}  // namespace pw
