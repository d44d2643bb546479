#include "gallery/motion.h"

#include <cmath>

#include "core/easing.h"

namespace pw {
namespace {

double finite_or(double v, double fallback) { return std::isfinite(v) ? v : fallback; }

// Readable ends, as easing.h and spring.h read them: an unreadable `to`
// stays at `from`, an unreadable `from` jumps to `to`.
void read_ends(double& from, double& to) {
  if (!std::isfinite(to)) to = finite_or(from, 0);
  if (!std::isfinite(from)) from = to;
}

}  // namespace

GalleryMotion motion_at_rest(double value) {
  GalleryMotion motion;
  motion.from = motion.to = finite_or(value, 0);
  return motion;
}

GalleryMotion eased_motion(double from, double to, double start_ms, double duration_ms,
                           bool reduced_motion) {
  read_ends(from, to);
  if (reduced_motion || !(duration_ms > 0) || !std::isfinite(duration_ms) ||
      !std::isfinite(start_ms) || from == to) {
    return motion_at_rest(to);
  }
  GalleryMotion motion;
  motion.curve = GalleryCurve::ease;
  motion.from = from;
  motion.to = to;
  motion.start_ms = start_ms;
  motion.duration_ms = duration_ms;
  return motion;
}

GalleryMotion spring_motion(double from, double to, double velocity, double start_ms,
                            bool reduced_motion, double precision) {
  read_ends(from, to);
  velocity = finite_or(velocity, 0);
  const double settle = spring_settle_ms(from, to, velocity, precision);
  if (reduced_motion || !std::isfinite(start_ms) || !(settle > 0)) return motion_at_rest(to);
  GalleryMotion motion;
  motion.curve = GalleryCurve::spring;
  motion.from = from;
  motion.to = to;
  motion.velocity = velocity;
  motion.start_ms = start_ms;
  motion.duration_ms = settle;
  motion.precision = precision;
  return motion;
}

double motion_value(const GalleryMotion& motion, double now_ms) {
  // The same test as motion_running, so "not running" always means exactly `to`.
  if (!motion_running(motion, now_ms)) return motion.to;
  const double elapsed = now_ms - motion.start_ms;
  switch (motion.curve) {
    case GalleryCurve::ease:
      return scroll_at(motion.from, motion.to, elapsed, motion.duration_ms);
    case GalleryCurve::spring:
      return spring_value(motion.from, motion.to, motion.velocity, elapsed, motion.precision);
    case GalleryCurve::rest: break;
  }
  return motion.to;
}

bool motion_running(const GalleryMotion& motion, double now_ms) {
  return motion.curve != GalleryCurve::rest && now_ms < motion.start_ms + motion.duration_ms;
}

GalleryMotion motion_caught(const GalleryMotion& motion, double now_ms) {
  return motion_at_rest(motion_value(motion, now_ms));
}

}  // namespace pw
