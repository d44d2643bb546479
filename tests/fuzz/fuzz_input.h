#pragma once
// Shared by the fuzz targets: reading libFuzzer's bytes as values, and
// failing loudly when an invariant breaks.
//
// Bytes are read front to back and every read past the end gives 0, so any
// prefix of an input is itself a valid, shorter input (libFuzzer's
// mutations stay meaningful). tests/fuzz/make-seeds.mjs writes seeds in
// this same encoding: keep the two in step.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace pw::fuzz {

// An invariant failed: say which, then abort so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char* file, int line, const char* what) {
  std::fprintf(stderr, "\nINVARIANT BROKEN at %s:%d: %s\n", file, line, what);
  std::abort();
}

#define PW_CHECK(condition) \
  do {                      \
    if (!(condition)) ::pw::fuzz::fail(__FILE__, __LINE__, #condition); \
  } while (0)


// Numbers that break naive arithmetic, picked by the tags 0xF0..0xFE of
// FuzzInput::number(); 0xFF reads the next 8 bytes as a raw double.
// PW_FUZZ_TRACE=1 ./<target>_fuzz <crash file> prints the events the
// controller targets decode, to read a finding as a story.
inline bool tracing() {
  static const bool on = std::getenv("PW_FUZZ_TRACE") != nullptr;
  return on;
}

#define PW_TRACE(...) \
  do {                \
    if (::pw::fuzz::tracing()) std::fprintf(stderr, __VA_ARGS__); \
  } while (0)

inline double special_number(unsigned index) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  static const double kSpecial[] = {
      std::numeric_limits<double>::quiet_NaN(), inf, -inf, 0.0, -0.0,
      1e7, -1e7, 1e7 + 1,          // kMaxCoordinatePx and just past it
      1e15, -1e15, 1e300, -1e300,  // past every "plausible" guard
      std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::max(),
      1e-300,
  };
  return kSpecial[index % (sizeof kSpecial / sizeof kSpecial[0])];
}

class FuzzInput {
 public:
  FuzzInput(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

  bool empty() const { return pos_ >= size_; }
  std::size_t remaining() const { return empty() ? 0 : size_ - pos_; }

  std::uint8_t byte() { return empty() ? 0 : data_[pos_++]; }
  bool flag() { return byte() & 1; }
  // One byte mapped onto [0, count); 0 when count is 0.
  unsigned pick(unsigned count) { return count ? byte() % count : 0; }
  std::uint16_t u16() {
    const unsigned low = byte();
    return static_cast<std::uint16_t>(low | byte() << 8);
  }
  std::int16_t i16() { return static_cast<std::int16_t>(u16()); }

  double raw_double() {
    std::uint8_t bytes[8] = {};
    for (auto& b : bytes) b = byte();
    double value = 0;
    std::memcpy(&value, bytes, sizeof value);
    return value;
  }

  // A tag byte, then: below 0xC0 a signed 16-bit count of quarter pixels
  // (±8192 CSS px with fractions: most of what a page measures); up to
  // 0xEF the same count × 64 px (±2 million, coarse); 0xF0..0xFE a
  // special_number; 0xFF a raw double from the next 8 bytes.
  double number() {
    const std::uint8_t tag = byte();
    if (tag == 0xFF) return raw_double();
    if (tag >= 0xF0) return special_number(tag - 0xF0);
    return tag < 0xC0 ? i16() / 4.0 : i16() * 64.0;
  }

  // A length byte, then that many bytes.
  std::string text() {
    const std::size_t length = byte();
    std::string out;
    while (out.size() < length && !empty()) out += static_cast<char>(byte());
    return out;
  }

  std::string rest() {
    std::string out;
    while (!empty()) out += static_cast<char>(byte());
    return out;
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
};

// A clock for state machines: each event moves it by a step the input
// chooses, and the event may carry the clock's time or an unreadable one.
class FuzzClock {
 public:
  explicit FuzzClock(double start_ms) : now_(start_ms) {}
  double now() const { return now_; }

  // Frame-sized steps mostly; rarely a long pause, a step back (clocks are
  // not monotonic across tabs) or a non-finite event time that leaves the
  // clock where it was.
  double step(FuzzInput& in) {
    const std::uint8_t tag = in.byte();
    if (tag < 0xF0) {
      now_ += tag;
      return now_;
    }
    switch (tag) {
      case 0xF0: now_ += in.u16() * 10.0; return now_;   // up to 11 minutes
      case 0xF1: now_ -= in.byte(); return now_;          // a little back
      case 0xF2: return std::numeric_limits<double>::quiet_NaN();
      case 0xF3: return std::numeric_limits<double>::infinity();
      case 0xF4: return -std::numeric_limits<double>::infinity();
      case 0xF5: return 2e15;  // past kMaxSampleTimeMs
      default: now_ += 16; return now_;
    }
  }

 private:
  double now_;
};

// A drag in frame-sized steps: 1 to 16 steps of the same (dx, dy), each at
// the clock's next time, so flicks, slow drags, swipes and pinches are all
// easy to reach. `pointer` (anything with x and y) moves along; `move(t)` is
// called after each step.
template <typename Pointer, typename Move>
void drag_in_steps(FuzzInput& in, FuzzClock& clock, Pointer& pointer, Move move) {
  const int steps = 1 + static_cast<int>(in.pick(16));
  const double dx = in.i16() / 64.0;
  const double dy = in.i16() / 64.0;
  for (int k = 0; k < steps; ++k) {
    pointer.x += dx;
    pointer.y += dy;
    move(clock.step(in));
  }
}

// Splits `text` at each "\n|\n": that sequence cannot occur in valid JSON (a
// raw newline is not allowed inside a string, and "|" not outside one), so
// the pieces of a seed stay readable JSON texts.
inline std::vector<std::string> split_parts(std::string_view text, std::size_t max_parts) {
  std::vector<std::string> parts;
  constexpr std::string_view kSeparator = "\n|\n";
  while (parts.size() + 1 < max_parts) {
    const std::size_t at = text.find(kSeparator);
    if (at == std::string_view::npos) break;
    parts.emplace_back(text.substr(0, at));
    text.remove_prefix(at + kSeparator.size());
  }
  parts.emplace_back(text);
  parts.resize(max_parts);
  return parts;
}

// `text` as a JSON string literal, as the adapters' JSON.stringify writes an
// attribute's value into the named layer. Bytes that are not UTF-8 stay as
// they are, so the reader gets to refuse them.
inline std::string json_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      static const char kHex[] = "0123456789abcdef";
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

inline bool within(double v, double low, double high, double tolerance = 0) {
  return v >= low - tolerance && v <= high + tolerance;
}

}  // namespace pw::fuzz
