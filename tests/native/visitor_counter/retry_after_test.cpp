#include "visitor_counter/retry_after.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <string_view>

namespace pw {

constexpr double kNow = 1645151400000;  // Fri 2022-02-18T02:30:00Z

// The same instant, two minutes after kNow, in each HTTP-date form.
constexpr std::string_view kImfTwoMinutesLater = "Fri, 18 Feb 2022 02:32:00 GMT";
constexpr std::string_view kRfc850TwoMinutesLater = "Friday, 18-Feb-22 02:32:00 GMT";
constexpr std::string_view kAsctimeTwoMinutesLater = "Fri Feb 18 02:32:00 2022";
constexpr double kTwoMinutesLaterMs = kNow + 120000;

// RFC 9110's own example instant, 1994-11-06T08:49:37Z.
constexpr std::string_view kImfRfcExample = "Sun, 06 Nov 1994 08:49:37 GMT";
constexpr std::string_view kRfc850RfcExample = "Sunday, 06-Nov-94 08:49:37 GMT";
constexpr std::string_view kAsctimeRfcExample = "Sun Nov  6 08:49:37 1994";
constexpr double kRfcExampleMs = 784111777000;

TEST(RetryAfter, ReadsDeltaSecondsAsMilliseconds) {
  EXPECT_EQ(parse_retry_after_ms("120", kNow), 120000.0);
  EXPECT_EQ(parse_retry_after_ms("1", kNow), 1000.0);
  EXPECT_EQ(parse_retry_after_ms("0", kNow), 0.0);
  EXPECT_EQ(parse_retry_after_ms("007", kNow), 7000.0);
}

TEST(RetryAfter, DeltaSecondsDoNotDependOnTheClock) {
  EXPECT_EQ(parse_retry_after_ms("120", 0), 120000.0);
  EXPECT_EQ(parse_retry_after_ms("120", std::numeric_limits<double>::quiet_NaN()), 120000.0);
}

TEST(RetryAfter, ClampsHugeDeltaSecondsToOneYearInsteadOfOverflowing) {
  EXPECT_EQ(kMaxRetryAfterMs, 31536000000.0);
  EXPECT_EQ(parse_retry_after_ms("31535999", kNow), kMaxRetryAfterMs - 1000);
  EXPECT_EQ(parse_retry_after_ms("31536000", kNow), kMaxRetryAfterMs);
  EXPECT_EQ(parse_retry_after_ms("31536001", kNow), kMaxRetryAfterMs);
  EXPECT_EQ(parse_retry_after_ms(std::string(30, '9'), kNow), kMaxRetryAfterMs);
  EXPECT_EQ(parse_retry_after_ms("18446744073709551616", kNow), kMaxRetryAfterMs);  // 2^64
}

TEST(RetryAfter, RejectsDeltaSecondsThatAreNotPlainDigits) {
  for (const char* malformed : {"-1", "+1", "1e3", "1.5", "1,000", "1:30", "0x10", "12 3", "120s",
                                "120 seconds", "\xef\xbc\x91\xef\xbc\x92" /* fullwidth "12" */}) {
    EXPECT_EQ(parse_retry_after_ms(malformed, kNow), std::nullopt) << malformed;
  }
}

TEST(RetryAfter, RejectsEmptyAndBlankValues) {
  EXPECT_EQ(parse_retry_after_ms("", kNow), std::nullopt);
  EXPECT_EQ(parse_retry_after_ms("   ", kNow), std::nullopt);
  EXPECT_EQ(parse_retry_after_ms("\t \t", kNow), std::nullopt);
}

TEST(RetryAfter, TrimsSurroundingSpacesAndTabsOnly) {
  EXPECT_EQ(parse_retry_after_ms(" 120 ", kNow), 120000.0);
  EXPECT_EQ(parse_retry_after_ms("\t120\t", kNow), 120000.0);
  EXPECT_EQ(parse_retry_after_ms(" \t" + std::string(kImfTwoMinutesLater) + "\t ", kNow),
            120000.0);
  for (const char* other_space : {"\n120", "120\r\n", "\v120", "120\f", "\xc2\xa0" "120"}) {
    EXPECT_EQ(parse_retry_after_ms(other_space, kNow), std::nullopt) << other_space;
  }
}

TEST(RetryAfter, RejectsOverlongInputEvenIfPaddingOrLeadingZeros) {
  const std::string longest_padded = std::string(kMaxRetryAfterChars - 3, ' ') + "120";
  EXPECT_EQ(parse_retry_after_ms(longest_padded, kNow), 120000.0);
  EXPECT_EQ(parse_retry_after_ms(" " + longest_padded, kNow), std::nullopt);

  const std::string longest_zeros = std::string(kMaxRetryAfterChars - 3, '0') + "120";
  EXPECT_EQ(parse_retry_after_ms(longest_zeros, kNow), 120000.0);
  EXPECT_EQ(parse_retry_after_ms("0" + longest_zeros, kNow), std::nullopt);

  EXPECT_EQ(parse_retry_after_ms(std::string(10 * 1024, '1'), kNow), std::nullopt);
  EXPECT_EQ(parse_http_date_ms(std::string(10 * 1024, 'S')), std::nullopt);
}

TEST(RetryAfter, AllThreeDateFormsOfTheSameInstantAgree) {
  EXPECT_EQ(parse_http_date_ms(kImfTwoMinutesLater), kTwoMinutesLaterMs);
  EXPECT_EQ(parse_http_date_ms(kRfc850TwoMinutesLater), kTwoMinutesLaterMs);
  EXPECT_EQ(parse_http_date_ms(kAsctimeTwoMinutesLater), kTwoMinutesLaterMs);
  EXPECT_EQ(parse_retry_after_ms(kImfTwoMinutesLater, kNow), 120000.0);
  EXPECT_EQ(parse_retry_after_ms(kRfc850TwoMinutesLater, kNow), 120000.0);
  EXPECT_EQ(parse_retry_after_ms(kAsctimeTwoMinutesLater, kNow), 120000.0);
}

TEST(RetryAfter, ComputesExactEpochMillisecondsOfKnownDates) {
  EXPECT_EQ(parse_http_date_ms(kImfRfcExample), kRfcExampleMs);
  EXPECT_EQ(parse_http_date_ms(kRfc850RfcExample), kRfcExampleMs);
  EXPECT_EQ(parse_http_date_ms(kAsctimeRfcExample), kRfcExampleMs);
  EXPECT_EQ(parse_http_date_ms("Thu, 01 Jan 1970 00:00:00 GMT"), 0.0);
  EXPECT_EQ(parse_http_date_ms("Fri, 31 Dec 1999 23:59:59 GMT"), 946684799000.0);
  EXPECT_EQ(parse_http_date_ms("Sat, 01 Jan 2000 00:00:00 GMT"), 946684800000.0);
  EXPECT_EQ(parse_http_date_ms("Mon, 01 Mar 2100 00:00:00 GMT"), 4107542400000.0);
  EXPECT_EQ(parse_http_date_ms("Fri, 31 Dec 9999 23:59:59 GMT"), 253402300799000.0);
}

TEST(RetryAfter, DateInThePastOrNowGivesZero) {
  EXPECT_EQ(parse_retry_after_ms(kImfRfcExample, kNow), 0.0);
  EXPECT_EQ(parse_retry_after_ms(kRfc850RfcExample, kNow), 0.0);
  EXPECT_EQ(parse_retry_after_ms(kAsctimeRfcExample, kNow), 0.0);
  EXPECT_EQ(parse_retry_after_ms("Fri, 18 Feb 2022 02:30:00 GMT", kNow), 0.0);
  EXPECT_EQ(parse_retry_after_ms("Fri, 18 Feb 2022 02:30:01 GMT", kNow), 1000.0);
}

TEST(RetryAfter, DelayIsMeasuredFromTheGivenClockToTheMillisecond) {
  EXPECT_EQ(parse_retry_after_ms(kImfTwoMinutesLater, kNow + 250), 119750.0);
  EXPECT_EQ(parse_retry_after_ms(kImfTwoMinutesLater, kTwoMinutesLaterMs - 1), 1.0);
}

TEST(RetryAfter, FarFutureDateClampsToOneYearLikeDeltaSeconds) {
  EXPECT_EQ(parse_retry_after_ms("Sat, 18 Feb 2023 02:30:00 GMT", kNow), kMaxRetryAfterMs);
  EXPECT_EQ(parse_retry_after_ms("Fri, 31 Dec 9999 23:59:59 GMT", kNow), kMaxRetryAfterMs);
}

TEST(RetryAfter, RejectsDatesAgainstANonFiniteClock) {
  for (double broken_now : {std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::infinity(),
                            -std::numeric_limits<double>::infinity()}) {
    EXPECT_EQ(parse_retry_after_ms(kImfTwoMinutesLater, broken_now), std::nullopt) << broken_now;
  }
}

TEST(RetryAfter, AcceptsLeapDayOnlyInLeapYears) {
  EXPECT_EQ(parse_http_date_ms("Thu, 29 Feb 2024 00:00:00 GMT"), 1709164800000.0);
  EXPECT_EQ(parse_http_date_ms("Thursday, 29-Feb-24 00:00:00 GMT"), 1709164800000.0);
  EXPECT_EQ(parse_http_date_ms("Thu Feb 29 00:00:00 2024"), 1709164800000.0);
  EXPECT_NE(parse_http_date_ms("Tue, 29 Feb 2000 00:00:00 GMT"), std::nullopt);  // 400-year rule
  EXPECT_EQ(parse_http_date_ms("Wed, 29 Feb 2023 00:00:00 GMT"), std::nullopt);
  EXPECT_EQ(parse_http_date_ms("Wednesday, 29-Feb-23 00:00:00 GMT"), std::nullopt);
  EXPECT_EQ(parse_http_date_ms("Wed Feb 29 00:00:00 2023"), std::nullopt);
  EXPECT_EQ(parse_http_date_ms("Mon, 29 Feb 2100 00:00:00 GMT"), std::nullopt);  // 100-year rule
}

TEST(RetryAfter, ValidatesDayAgainstMonthLength) {
  EXPECT_NE(parse_http_date_ms("Sun, 31 Jan 2022 00:00:00 GMT"), std::nullopt);
  EXPECT_NE(parse_http_date_ms("Sat, 30 Apr 2022 00:00:00 GMT"), std::nullopt);
  EXPECT_NE(parse_http_date_ms("Sat, 31 Dec 2022 00:00:00 GMT"), std::nullopt);
  for (const char* impossible :
       {"Sun, 00 Jan 2022 00:00:00 GMT", "Sun, 32 Jan 2022 00:00:00 GMT",
        "Sun, 31 Apr 2022 00:00:00 GMT", "Sun, 31 Jun 2022 00:00:00 GMT",
        "Sun, 31 Sep 2022 00:00:00 GMT", "Sun, 31 Nov 2022 00:00:00 GMT",
        "Sun, 30 Feb 2024 00:00:00 GMT", "Sunday, 31-Apr-22 00:00:00 GMT",
        "Sun Apr 31 00:00:00 2022", "Sun Jan  0 00:00:00 2022"}) {
    EXPECT_EQ(parse_http_date_ms(impossible), std::nullopt) << impossible;
  }
}

TEST(RetryAfter, ValidatesTimeOfDayAndAllowsALeapSecond) {
  EXPECT_NE(parse_http_date_ms("Sat, 31 Dec 2022 23:59:59 GMT"), std::nullopt);
  // 2016 ended with a real leap second; epoch time has no slot for it, so it is the next minute.
  EXPECT_EQ(parse_http_date_ms("Sat, 31 Dec 2016 23:59:60 GMT"),
            parse_http_date_ms("Sun, 01 Jan 2017 00:00:00 GMT"));
  for (const char* impossible :
       {"Sat, 31 Dec 2022 24:00:00 GMT", "Sat, 31 Dec 2022 23:60:00 GMT",
        "Sat, 31 Dec 2022 23:59:61 GMT", "Sat, 31 Dec 2022 99:99:99 GMT",
        "Saturday, 31-Dec-22 24:00:00 GMT", "Sat Dec 31 23:60:00 2022"}) {
    EXPECT_EQ(parse_http_date_ms(impossible), std::nullopt) << impossible;
  }
}

TEST(RetryAfter, AcceptsAnyValidDayNameEvenIfItDoesNotMatchTheDate) {
  EXPECT_EQ(parse_http_date_ms("Mon, 06 Nov 1994 08:49:37 GMT"), kRfcExampleMs);
  EXPECT_EQ(parse_http_date_ms("Wednesday, 06-Nov-94 08:49:37 GMT"), kRfcExampleMs);
  EXPECT_EQ(parse_http_date_ms("Sat Nov  6 08:49:37 1994"), kRfcExampleMs);
}

TEST(RetryAfter, RejectsInvalidOrMisplacedDayNames) {
  for (const char* bad_day_name :
       {"Sux, 06 Nov 1994 08:49:37 GMT", "sun, 06 Nov 1994 08:49:37 GMT",
        "SUN, 06 Nov 1994 08:49:37 GMT", "Sunday, 06 Nov 1994 08:49:37 GMT",
        "06 Nov 1994 08:49:37 GMT", "Sun, 06-Nov-94 08:49:37 GMT",
        "Sundae, 06-Nov-94 08:49:37 GMT", "sunday, 06-Nov-94 08:49:37 GMT",
        "Sunday Nov  6 08:49:37 1994", "Nov  6 08:49:37 1994"}) {
    EXPECT_EQ(parse_http_date_ms(bad_day_name), std::nullopt) << bad_day_name;
  }
}

TEST(RetryAfter, MonthNamesAreCaseSensitiveAbbreviations) {
  for (const char* bad_month :
       {"Sun, 06 nov 1994 08:49:37 GMT", "Sun, 06 NOV 1994 08:49:37 GMT",
        "Sun, 06 November 1994 08:49:37 GMT", "Sun, 06 11 1994 08:49:37 GMT",
        "Sunday, 06-nov-94 08:49:37 GMT", "Sun nov  6 08:49:37 1994"}) {
    EXPECT_EQ(parse_http_date_ms(bad_month), std::nullopt) << bad_month;
  }
}

TEST(RetryAfter, ReadsRfc850TwoDigitYearsWithAFixedPivotAt70) {
  EXPECT_EQ(parse_http_date_ms("Thursday, 01-Jan-70 00:00:00 GMT"), 0.0);
  EXPECT_EQ(parse_http_date_ms("Friday, 31-Dec-99 23:59:59 GMT"), 946684799000.0);
  EXPECT_EQ(parse_http_date_ms("Saturday, 01-Jan-00 00:00:00 GMT"), 946684800000.0);
  EXPECT_EQ(parse_http_date_ms("Tuesday, 31-Dec-69 23:59:59 GMT"), 3155759999000.0);
}

TEST(RetryAfter, AsctimeDayIsSpacePaddedOrTwoDigits) {
  EXPECT_EQ(parse_http_date_ms("Sun Nov  6 08:49:37 1994"), kRfcExampleMs);
  EXPECT_EQ(parse_http_date_ms("Sun Nov 06 08:49:37 1994"), kRfcExampleMs);
  EXPECT_EQ(parse_http_date_ms("Wed Nov 16 08:49:37 1994"), kRfcExampleMs + 10 * 86400000.0);
  for (const char* bad_padding :
       {"Sun Nov 6 08:49:37 1994", "Sun Nov   6 08:49:37 1994", "Sun Nov  16 08:49:37 1994",
        "Sun Nov  6  08:49:37 1994", "Sun  Nov  6 08:49:37 1994"}) {
    EXPECT_EQ(parse_http_date_ms(bad_padding), std::nullopt) << bad_padding;
  }
}

TEST(RetryAfter, RejectsMalformedDates) {
  for (const char* malformed : {
           "Sun, 06 Nov 1994 08:49:37",            // no zone
           "Sun, 06 Nov 1994 08:49:37 UTC",        // only GMT is allowed
           "Sun, 06 Nov 1994 08:49:37 gmt",        //
           "Sun, 06 Nov 1994 08:49:37 +0000",      // RFC 5322 zone, not HTTP
           "Sun, 06 Nov 1994 08:49:37 GMT extra",  //
           "Sun, 06 Nov 1994 08:49:37 GMTZ",       //
           "Sun 06 Nov 1994 08:49:37 GMT",         // missing comma
           "Sun,  06 Nov 1994 08:49:37 GMT",       // double space
           "Sun, 6 Nov 1994 08:49:37 GMT",         // day must be two digits
           "Sun, 06 Nov 94 08:49:37 GMT",          // IMF-fixdate needs four-digit year
           "Sun, 06 Nov 1994 8:49:37 GMT",         // hour must be two digits
           "Sun, 06 Nov 1994 08:49 GMT",           // no seconds
           "Sun, 06 Nov 1994 08.49.37 GMT",        //
           "Sun, 06-Nov-1994 08:49:37 GMT",        // mixed forms
           "Sunday, 06-Nov-1994 08:49:37 GMT",     // RFC 850 needs two-digit year
           "Sunday, 06 Nov 94 08:49:37 GMT",       //
           "Sun Nov  6 08:49:37 94",               // asctime needs four-digit year
           "Sun Nov  6 08:49:37 1994 GMT",         //
           "Sun Nov  6 08:49:37",                  //
           "1994-11-06T08:49:37Z",                 // ISO 8601
           "Sun, 06 Nov 1994",                     //
           "Sun,",                                 //
           "Sun",                                  //
           "S",                                    //
           "GMT",                                  //
           "tomorrow",                             //
       }) {
    EXPECT_EQ(parse_http_date_ms(malformed), std::nullopt) << malformed;
    EXPECT_EQ(parse_retry_after_ms(malformed, kNow), std::nullopt) << malformed;
  }
}

TEST(RetryAfter, RejectsEmbeddedNulAndControlCharacters) {
  using namespace std::string_literals;
  EXPECT_EQ(parse_retry_after_ms("12\0"s "3", kNow), std::nullopt);
  EXPECT_EQ(parse_http_date_ms("Sun, 06 Nov 1994 08:49:37 GMT\0"s), std::nullopt);
  EXPECT_EQ(parse_http_date_ms("Sun,\t06 Nov 1994 08:49:37 GMT"), std::nullopt);
}

TEST(RetryAfter, HttpDateParserDoesNotTrim) {
  EXPECT_EQ(parse_http_date_ms(" " + std::string(kImfRfcExample)), std::nullopt);
  EXPECT_EQ(parse_http_date_ms(std::string(kImfRfcExample) + " "), std::nullopt);
  EXPECT_EQ(parse_http_date_ms(""), std::nullopt);
}

}  // namespace pw
