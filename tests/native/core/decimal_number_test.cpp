#include "core/decimal_number.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>

#include <gtest/gtest.h>

namespace pw {
namespace {

// Reads like a JSON number's digits (no sign), for the conversion tests.
double convert(const std::string& literal) {
  const auto value = parse_decimal(literal);
  EXPECT_TRUE(value.has_value()) << literal;
  return value.value_or(std::nan(""));
}

// How many doubles apart two finite non-negative doubles are.
std::int64_t ulps_apart(double a, double b) {
  std::int64_t x = 0, y = 0;
  std::memcpy(&x, &a, sizeof a);
  std::memcpy(&y, &b, sizeof b);
  return x > y ? x - y : y - x;
}

// A literal of 1–25 random digits with a point somewhere and an exponent in
// [-min_exponent, max_exponent].
std::string random_literal(std::mt19937_64& random, int digits_max, int exponent_min,
                           int exponent_max) {
  const int digits = std::uniform_int_distribution<int>(1, digits_max)(random);
  std::string text;
  for (int i = 0; i < digits; ++i) text += static_cast<char>('0' + random() % 10);
  const auto point = std::uniform_int_distribution<int>(0, digits)(random);
  if (point < digits) text.insert(static_cast<std::size_t>(point) + (point == 0), ".");
  if (point == 0) text.insert(0, "0");
  return text + "e" + std::to_string(std::uniform_int_distribution<int>(exponent_min, exponent_max)(random));
}

}  // namespace

TEST(DecimalNumber, ShortLiteralsWithSmallExponentsAreCorrectlyRounded) {
  for (const char* literal : {"0.1", "0.2", "0.3", "2.5", "1e22", "123456789012345e-22",
                              "999999999999999e22", "9007199254740992", "4.35", "0.000001"}) {
    EXPECT_EQ(convert(literal), std::strtod(literal, nullptr)) << literal;
  }
  std::mt19937_64 random(20240611);
  for (int i = 0; i < 100000; ++i) {
    const std::string literal = random_literal(random, 15, -22 + 15, 22 - 15);
    ASSERT_EQ(convert(literal), std::strtod(literal.c_str(), nullptr)) << literal;
  }
}

TEST(DecimalNumber, AnyOtherLiteralIsWithinOneUlpAndAlmostAlwaysExact) {
  std::mt19937_64 random(8259);
  int inexact = 0;
  constexpr int kSamples = 200000;
  for (int i = 0; i < kSamples; ++i) {
    const std::string literal = random_literal(random, 25, -340, 330);
    const double expected = std::strtod(literal.c_str(), nullptr);
    if (std::isinf(expected)) continue;
    const double value = convert(literal);
    ASSERT_LE(ulps_apart(value, expected), 1) << literal;
    inexact += value != expected;
  }
  EXPECT_LT(inexact, kSamples / 1000) << "near-halfway misses should be rare";
}

TEST(DecimalNumber, HardCasesStayWithinOneUlp) {
  for (const char* literal :
       {"1e23", "8.41e21", "9007199254740993", "9007199254740993.0000000001", "2.2250738585072011e-308",
        "2.2250738585072014e-308", "4.9406564584124654e-324", "2.4703282292062328e-324",
        "1.7976931348623157e308", "1.7976931348623158e308", "0.1000000000000000055511151231257827",
        "123456789012345678901234567890", "7.038531e-26", "5e-324", "1e-320"}) {
    EXPECT_LE(ulps_apart(convert(literal), std::strtod(literal, nullptr)), 1) << literal;
  }
}

TEST(DecimalNumber, ExactHalfwayValuesRoundToEven) {
  EXPECT_EQ(convert("9007199254740993"), 9007199254740992.0);  // 2^53 + 1
  EXPECT_EQ(convert("9007199254740995"), 9007199254740996.0);
  EXPECT_EQ(convert("18014398509481989"), 18014398509481988.0);  // 2^54 + 5: not a tie
}

TEST(DecimalNumber, TheLargestDoubleDoesNotOverflow) {
  EXPECT_EQ(convert("1.7976931348623157e308"), std::numeric_limits<double>::max());
}

TEST(DecimalNumber, TooLargeIsInfinityAndTooSmallIsZero) {
  EXPECT_EQ(convert("1e309"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(convert("1.8e308"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(convert("1e99999999999"), std::numeric_limits<double>::infinity());
  EXPECT_EQ(convert("1e-400"), 0.0);
  EXPECT_EQ(convert("2e-324"), 0.0);  // below half the smallest subnormal
  EXPECT_EQ(convert("3e-324"), std::numeric_limits<double>::denorm_min());
  EXPECT_EQ(convert("1e-99999999999"), 0.0);
  EXPECT_EQ(convert("0e999999"), 0.0);
}

TEST(DecimalNumber, DigitsBeyondNineteenOnlyMoveTheExponent) {
  EXPECT_EQ(convert("100000000000000000000000000000"), 1e29);
  EXPECT_EQ(convert("0.000000000000000000000000000001"), 1e-30);
  EXPECT_EQ(convert("1234567890123456789012345"), std::strtod("1234567890123456789012345", nullptr));
}

// wasm/strtod.cpp is this reader: it must stop where strtod stops.
TEST(ReadDecimalPrefix, StopsWhereStrtodStops) {
  for (const char* text : {"30", "2.5", ".5", "5.", "+4", "-4", " \t-2.5e3abc", "1e", "1e+", "1e-x",
                           "1.5.5", "1.5e3e4", "12abc", "", " ", "-", "+", ".", ".e1", "e5", "-.5",
                           "1E400", "1e-400", "00012", "-0"}) {
    char* end = nullptr;
    const double expected = std::strtod(text, &end);
    const DecimalPrefix number = read_decimal_prefix(text);
    EXPECT_EQ(number.length, static_cast<std::size_t>(end - text)) << '"' << text << '"';
    if (std::isfinite(expected)) {
      EXPECT_EQ(number.value, expected) << '"' << text << '"';
    }
  }
  EXPECT_EQ(read_decimal_prefix("1e400").value, std::numeric_limits<double>::infinity());
  EXPECT_EQ(read_decimal_prefix("0x1A").length, 1u);  // no hex, which strtod would read: just "0"
}

TEST(ReadDecimalPrefix, ReadsJsonNumbersAsStrtodDoesWithinOneUlp) {
  std::mt19937_64 random(8259);
  for (int i = 0; i < 20000; ++i) {
    std::string text = random() % 2 ? "-" : "";
    text += random_literal(random, 25, -340, 310);
    char* end = nullptr;
    const double expected = std::strtod(text.c_str(), &end);
    const DecimalPrefix number = read_decimal_prefix(text);
    ASSERT_EQ(number.length, text.size()) << text;
    ASSERT_EQ(std::signbit(number.value), std::signbit(expected)) << text;
    if (std::isfinite(expected)) {
      ASSERT_LE(ulps_apart(std::fabs(number.value), std::fabs(expected)), 1) << text;
    } else {
      ASSERT_EQ(number.value, expected) << text;
    }
  }
}

TEST(ParseDecimal, ReadsWhatStrtodReadsInDecimal) {
  EXPECT_EQ(parse_decimal("30"), 30);
  EXPECT_EQ(parse_decimal("2.5"), 2.5);
  EXPECT_EQ(parse_decimal(".5"), 0.5);
  EXPECT_EQ(parse_decimal("5."), 5);
  EXPECT_EQ(parse_decimal("+4"), 4);
  EXPECT_EQ(parse_decimal("-4"), -4);
  EXPECT_EQ(parse_decimal("3E1"), 30);
  EXPECT_EQ(parse_decimal("1e-1"), 0.1);
  EXPECT_EQ(parse_decimal(" \t30"), 30);
}

TEST(ParseDecimal, RefusesAnythingElse) {
  for (const char* text : {"", " ", ".", "-", "+", "e5", "1e", "1e+", "30 ", "3 0", "1.2.3", "0x1E",
                           "inf", "nan", "1,5", "--1", "1e5x"}) {
    EXPECT_FALSE(parse_decimal(text).has_value()) << '"' << text << '"';
  }
}

}  // namespace pw
