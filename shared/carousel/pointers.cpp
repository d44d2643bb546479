#include "carousel/pointers.h"

namespace pw {
namespace {

// Pointer `id` lifted or was lost: frees the track, and says whether that
// ends a drag still under way (a second finger may have ended it already).
bool ends_drag(CarouselPointers& pointers, int id) {
  if (pointers.dragging == CarouselPointers::kNone || id != pointers.dragging) return false;
  pointers.dragging = CarouselPointers::kNone;
  const bool ended_already = pointers.held_off;
  pointers.held_off = false;
  return !ended_already;
}

}  // namespace

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
  return ends_drag(pointers, id) ? carousel_pointer_up(state, sample, now_ms) : CarouselRelease{};
}

CarouselRelease carousel_pointer_lost(CarouselState& state, CarouselPointers& pointers, int id,
                                      double now_ms) {
  return ends_drag(pointers, id) ? carousel_pointer_cancel(state, now_ms) : CarouselRelease{};
}

}  // namespace pw
