// The lightbox's gesture recogniser alone, fed Pointer Events: downs,
// moves, ups and cancels of up to four pointer ids with any coordinates
// and times (non-finite ones included), the double-tap timer, and the
// context changing under it (viewport, zoomed in or not). Every output the
// controller applies must be readable and in its documented range, and the
// recogniser's own bookkeeping must stay consistent.
//
// Input: a stream of events; see make-seeds.mjs for the encoding.
#include "fuzz_input.h"
#include "gallery/lightbox_gesture.h"

namespace {

using namespace pw;
using fuzz::within;

bool readable(Point p) { return std::isfinite(p.x) && std::isfinite(p.y); }

void check_state(const LightboxGestureState& s) {
  PW_CHECK(within(s.pointer_count, 0, 2));
  PW_CHECK((s.pointer_count == 0) == (s.phase == GesturePhase::idle));
  PW_CHECK((s.pointer_count == 2) == (s.phase == GesturePhase::pinch));
  if (s.pointer_count == 2) PW_CHECK(s.pointers[0].id != s.pointers[1].id);
  for (int i = 0; i < s.pointer_count; ++i) {
    const TrackedPointer& p = s.pointers[i];
    for (double v : {p.start.x, p.start.y, p.start.t_ms, p.last.x, p.last.y, p.last.t_ms}) {
      PW_CHECK(std::isfinite(v));
    }
    PW_CHECK(p.last.t_ms >= p.start.t_ms);  // time never runs back within a pointer
  }
  PW_CHECK(within(s.velocity.count, 0, kVelocitySampleCapacity));
  PW_CHECK(std::isfinite(s.max_travel_px) && s.max_travel_px >= 0);
  if (s.tap_pending) PW_CHECK(std::isfinite(s.pending_tap.t_ms) && std::isfinite(s.pending_tap.x));
}

void check_output(const GestureOutput& out) {
  using Kind = GestureOutput::Kind;
  for (double v : {out.dx, out.dy, out.scale}) PW_CHECK(std::isfinite(v));
  PW_CHECK(readable(out.centre) && readable(out.origin) && readable(out.velocity));
  PW_CHECK(within(out.velocity.x, -kMaxDragVelocity, kMaxDragVelocity));
  PW_CHECK(within(out.velocity.y, -kMaxDragVelocity, kMaxDragVelocity));
  PW_CHECK(out.scale > 0);
  switch (out.kind) {
    case Kind::close_progress:
    case Kind::close:
    case Kind::close_cancel: PW_CHECK(out.dy >= 0); break;
    default: break;
  }
  if (out.kind == Kind::swipe_commit_next) PW_CHECK(out.dx < 0);
  if (out.kind == Kind::swipe_commit_previous) PW_CHECK(out.dx > 0);
  // The glide that follows a release is finite and short.
  const double glide_ms = inertia_duration_ms(out.velocity);
  PW_CHECK(within(glide_ms, 0, 10 * kInertiaTimeConstantMs));
  const Pan end = inertia_offset(out.velocity, glide_ms);
  PW_CHECK(within(end.x, -kMaxDragVelocity * kInertiaTimeConstantMs, kMaxDragVelocity * kInertiaTimeConstantMs));
  PW_CHECK(within(end.y, -kMaxDragVelocity * kInertiaTimeConstantMs, kMaxDragVelocity * kInertiaTimeConstantMs));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::FuzzInput in(data, size);
  fuzz::FuzzClock clock(1000);
  GestureContext context{{390, 844}, false};
  LightboxGestureState state;
  while (!in.empty()) {
    GestureOutput output;
    const unsigned op = in.pick(7);
    const int id = static_cast<int>(in.pick(4));
    switch (op) {
      case 0:
      case 1:
      case 2: {
        PointerSample sample{clock.step(in), in.number(), in.number()};
        if (op == 0) output = gesture_down(state, id, sample, context);
        if (op == 1) output = gesture_move(state, id, sample, context);
        if (op == 2) output = gesture_up(state, id, sample, context);
        break;
      }
      case 3: output = gesture_cancel(state); break;
      case 4: output = tap_confirmed(state, clock.step(in)); break;
      case 5: context.zoomed_in = in.flag(); break;
      default: context.viewport = {in.number(), in.number()}; break;
    }
    check_output(output);
    if (output.kind == GestureOutput::tap_pending) PW_CHECK(state.tap_pending);
    if (output.kind == GestureOutput::double_tap) PW_CHECK(!state.tap_pending);
    check_state(state);
  }
  return 0;
}
