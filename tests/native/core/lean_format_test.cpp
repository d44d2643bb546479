#include "core/lean_format.h"

#include <gtest/gtest.h>

#include <cstdarg>
#include <cstdio>
#include <string>

namespace {

struct Written {
  std::string text;
  int length;
};

Written lean(std::size_t size, const char* format, ...) {
  std::string buffer(size, '#');
  std::va_list args;
  va_start(args, format);
  const int length = pw::lean_vsnprintf(buffer.data(), size, format, args);
  va_end(args);
  return {size ? std::string(buffer.c_str()) : std::string(), length};
}

Written libc(std::size_t size, const char* format, ...) {
  std::string buffer(size, '#');
  std::va_list args;
  va_start(args, format);
  const int length = std::vsnprintf(buffer.data(), size, format, args);
  va_end(args);
  return {size ? std::string(buffer.c_str()) : std::string(), length};
}

#define EXPECT_AS_LIBC(size, ...)                     \
  do {                                                \
    const Written ours = lean(size, __VA_ARGS__);     \
    const Written theirs = libc(size, __VA_ARGS__);   \
    EXPECT_EQ(ours.text, theirs.text);                \
    EXPECT_EQ(ours.length, theirs.length);            \
  } while (0)

TEST(LeanFormat, WritesNlohmannsControlCharacterTokenAsTheCLibraryDoes) {
  for (unsigned c : {0u, 0x1fu, 0x7fu, 0xabcu, 0xffffu}) EXPECT_AS_LIBC(9, "<U+%.4X>", c);
}

TEST(LeanFormat, WritesIntegersInEveryBaseWithPrecisionAndLengthModifiers) {
  EXPECT_AS_LIBC(64, "%d %i %u %x %X", -42, 7, 4000000000u, 0xbeefu, 0xbeefu);
  EXPECT_AS_LIBC(64, "%ld %lld %zu %llx", -123456789L, -9223372036854775807LL - 1, std::size_t{99},
                 0xfedcba9876543210ULL);
  EXPECT_AS_LIBC(64, "%.5d|%.3u|%.0d", -12, 7u, 0);
}

TEST(LeanFormat, WritesPointersStringsCharactersAndPercent) {
  int anything = 0;
  EXPECT_AS_LIBC(64, "%p", static_cast<void*>(&anything));
  EXPECT_AS_LIBC(64, "[%s|%c|%%]", "chữ", 'A');
}

TEST(LeanFormat, TruncatesLikeSnprintfAndReturnsTheWholeLength) {
  EXPECT_AS_LIBC(4, "%d apples", 12345);
  EXPECT_AS_LIBC(1, "anything %s", "more");
  const Written nothing = lean(0, "%d", 5);
  EXPECT_EQ(nothing.length, 1);
}

TEST(LeanFormat, CopiesConversionsItDoesNotKnowAsWritten) {
  const Written written = lean(64, "%f and %5d and %", 1.5, 3);
  EXPECT_EQ(written.text.substr(0, 2), "%f");
}

}  // namespace
