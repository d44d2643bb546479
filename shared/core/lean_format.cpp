#include "core/lean_format.h"

#include <cstdint>

namespace pw {
namespace {

// Appends to the buffer while it has room; counts every byte either way.
struct Sink {
  char* out;
  std::size_t size;
  std::size_t length = 0;

  void put(char c) {
    if (length + 1 < size) out[length] = c;
    ++length;
  }
};

void put_number(Sink& sink, std::uintmax_t value, unsigned base, bool upper, int precision) {
  const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  if (value == 0 && precision == 0) return;  // C writes no digit for this
  char reversed[24];
  int count = 0;
  do {
    reversed[count++] = digits[value % base];
    value /= base;
  } while (value);
  for (int pad = count; pad < precision; ++pad) sink.put('0');
  while (count) sink.put(reversed[--count]);
}

}  // namespace

int lean_vsnprintf(char* out, std::size_t size, const char* format, std::va_list args) {
  Sink sink{out, size};
  for (const char* at = format; *at; ++at) {
    if (*at != '%') {
      sink.put(*at);
      continue;
    }
    const char* start = at++;
    int precision = -1;
    if (*at == '.') {
      precision = 0;
      while (*++at >= '0' && *at <= '9') precision = precision * 10 + (*at - '0');
    }
    int longs = 0;
    bool size_t_arg = false;
    for (;; ++at) {
      if (*at == 'l') ++longs;
      else if (*at == 'z') size_t_arg = true;
      else break;
    }
    const auto next_signed = [&]() -> std::intmax_t {
      if (size_t_arg) return static_cast<std::intmax_t>(va_arg(args, std::size_t));
      if (longs >= 2) return va_arg(args, long long);
      if (longs == 1) return va_arg(args, long);
      return va_arg(args, int);
    };
    const auto next_unsigned = [&]() -> std::uintmax_t {
      if (size_t_arg) return va_arg(args, std::size_t);
      if (longs >= 2) return va_arg(args, unsigned long long);
      if (longs == 1) return va_arg(args, unsigned long);
      return va_arg(args, unsigned);
    };
    switch (*at) {
      case 'd':
      case 'i': {
        const std::intmax_t value = next_signed();
        if (value < 0) sink.put('-');
        put_number(sink, value < 0 ? 0 - static_cast<std::uintmax_t>(value) : static_cast<std::uintmax_t>(value),
                   10, false, precision);
        break;
      }
      case 'u': put_number(sink, next_unsigned(), 10, false, precision); break;
      case 'x': put_number(sink, next_unsigned(), 16, false, precision); break;
      case 'X': put_number(sink, next_unsigned(), 16, true, precision); break;
      case 'p':
        sink.put('0');
        sink.put('x');
        put_number(sink, reinterpret_cast<std::uintptr_t>(va_arg(args, void*)), 16, false, -1);
        break;
      case 's':
        for (const char* text = va_arg(args, const char*); text && *text; ++text) sink.put(*text);
        break;
      case 'c': sink.put(static_cast<char>(va_arg(args, int))); break;
      case '%': sink.put('%'); break;
      default:  // not ours to format: copy it as written
        for (const char* copy = start; copy <= at && *copy; ++copy) sink.put(*copy);
        if (!*at) return static_cast<int>(sink.length);
    }
  }
  if (size) out[sink.length < size ? sink.length : size - 1] = '\0';
  return static_cast<int>(sink.length);
}

}  // namespace pw
