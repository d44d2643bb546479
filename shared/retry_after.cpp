#include "retry_after.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pw {
namespace {

constexpr std::array<std::string_view, 7> kShortDayNames{"Mon", "Tue", "Wed", "Thu",
                                                         "Fri", "Sat", "Sun"};
constexpr std::array<std::string_view, 7> kLongDayNames{
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<std::string_view, 12> kMonthNames{
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

constexpr long long kMaxRetryAfterSeconds = static_cast<long long>(kMaxRetryAfterMs / 1000);

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Reads fixed-layout text left to right. The first mismatch makes every later read
// fail too, so a form can be written as a straight sequence and checked once at the end.
class Reader {
 public:
  explicit Reader(std::string_view text) : rest_(text) {}

  void literal(std::string_view expected) {
    if (rest_.substr(0, expected.size()) == expected) {
      rest_.remove_prefix(expected.size());
    } else {
      ok_ = false;
    }
  }

  bool skip(char c) {
    if (rest_.empty() || rest_.front() != c) return false;
    rest_.remove_prefix(1);
    return true;
  }

  int number(std::size_t width) {
    if (rest_.size() < width) ok_ = false;
    int value = 0;
    for (std::size_t i = 0; ok_ && i < width; ++i) {
      if (is_digit(rest_[i])) {
        value = value * 10 + (rest_[i] - '0');
      } else {
        ok_ = false;
      }
    }
    if (ok_) rest_.remove_prefix(width);
    return value;
  }

  // Index of the name that comes next. Whole-name matching against longer text is
  // left to the following literal: "Sunday," fails IMF-fixdate at "day", not here.
  template <std::size_t N>
  int one_of(const std::array<std::string_view, N>& names) {
    for (std::size_t i = 0; ok_ && i < N; ++i) {
      if (rest_.substr(0, names[i].size()) == names[i]) {
        rest_.remove_prefix(names[i].size());
        return static_cast<int>(i);
      }
    }
    ok_ = false;
    return 0;
  }

  bool finished() const { return ok_ && rest_.empty(); }

 private:
  std::string_view rest_;
  bool ok_ = true;
};

struct CivilTime {
  int year = 0;
  int month = 0;  // 1–12
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

void read_time_of_day(Reader& reader, CivilTime& time) {
  time.hour = reader.number(2);
  reader.literal(":");
  time.minute = reader.number(2);
  reader.literal(":");
  time.second = reader.number(2);
}

// "Sun, 06 Nov 1994 08:49:37 GMT"
std::optional<CivilTime> read_imf_fixdate(std::string_view text) {
  Reader reader(text);
  CivilTime time;
  reader.one_of(kShortDayNames);
  reader.literal(", ");
  time.day = reader.number(2);
  reader.literal(" ");
  time.month = reader.one_of(kMonthNames) + 1;
  reader.literal(" ");
  time.year = reader.number(4);
  reader.literal(" ");
  read_time_of_day(reader, time);
  reader.literal(" GMT");
  if (!reader.finished()) return std::nullopt;
  return time;
}

// "Sunday, 06-Nov-94 08:49:37 GMT"
std::optional<CivilTime> read_rfc850_date(std::string_view text) {
  Reader reader(text);
  CivilTime time;
  reader.one_of(kLongDayNames);
  reader.literal(", ");
  time.day = reader.number(2);
  reader.literal("-");
  time.month = reader.one_of(kMonthNames) + 1;
  reader.literal("-");
  const int two_digit_year = reader.number(2);
  time.year = two_digit_year + (two_digit_year < 70 ? 2000 : 1900);
  reader.literal(" ");
  read_time_of_day(reader, time);
  reader.literal(" GMT");
  if (!reader.finished()) return std::nullopt;
  return time;
}

// "Sun Nov  6 08:49:37 1994"; the day is space-padded, though "06" is also allowed.
std::optional<CivilTime> read_asctime_date(std::string_view text) {
  Reader reader(text);
  CivilTime time;
  reader.one_of(kShortDayNames);
  reader.literal(" ");
  time.month = reader.one_of(kMonthNames) + 1;
  reader.literal(" ");
  time.day = reader.skip(' ') ? reader.number(1) : reader.number(2);
  reader.literal(" ");
  read_time_of_day(reader, time);
  reader.literal(" ");
  time.year = reader.number(4);
  if (!reader.finished()) return std::nullopt;
  return time;
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

bool is_valid(const CivilTime& time) {
  return time.day >= 1 && time.day <= days_in_month(time.year, time.month) &&
         time.hour <= 23 && time.minute <= 59 && time.second <= 60;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil). timegm/mktime would drag in the C library's time zone state,
// which wasm does not have reliably.
constexpr int days_from_civil(int year, int month, int day) {
  const int y = month <= 2 ? year - 1 : year;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int year_of_era = y - era * 400;
  const int day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

static_assert(days_from_civil(1970, 1, 1) == 0);
static_assert(days_from_civil(2000, 3, 1) == 11017);

std::optional<double> parse_delta_seconds_ms(std::string_view text) {
  long long seconds = 0;
  for (char c : text) {
    if (!is_digit(c)) return std::nullopt;
    // Saturating: once the cap is reached no digit string can bring it back under.
    seconds = std::min(seconds * 10 + (c - '0'), kMaxRetryAfterSeconds);
  }
  return static_cast<double>(seconds) * 1000;
}

std::string_view trim_blanks(std::string_view text) {
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

std::optional<double> parse_http_date_ms(std::string_view text) {
  std::optional<CivilTime> time = read_imf_fixdate(text);
  if (!time) time = read_rfc850_date(text);
  if (!time) time = read_asctime_date(text);
  if (!time || !is_valid(*time)) return std::nullopt;
  const long long days = days_from_civil(time->year, time->month, time->day);
  const long long seconds = ((days * 24 + time->hour) * 60 + time->minute) * 60 + time->second;
  return static_cast<double>(seconds) * 1000;
}

std::optional<double> parse_retry_after_ms(std::string_view header, double now_ms) {
  if (header.size() > kMaxRetryAfterChars) return std::nullopt;
  const std::string_view value = trim_blanks(header);
  if (value.empty()) return std::nullopt;
  if (is_digit(value.front())) return parse_delta_seconds_ms(value);
  const std::optional<double> date_ms = parse_http_date_ms(value);
  if (!date_ms) return std::nullopt;
  const double delay = *date_ms - now_ms;
  if (!std::isfinite(delay)) return std::nullopt;
  return std::clamp(delay, 0.0, kMaxRetryAfterMs);
}

}  // namespace pw
