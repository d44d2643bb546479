#include "visitor_counter/retry_after.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace pw {
namespace {

// The three HTTP-date forms, in strftime's notation: one small matcher reads
// them all, where there was a hand-written reader per form.
// %a and %b are three-letter names, %A a whole day name, %d two digits, %e a
// day padded with a space or two digits, %y a two-digit year. Names are
// case-sensitive, as the RFC requires.
constexpr std::array<std::string_view, 3> kHttpDateForms{
    "%a, %d %b %Y %H:%M:%S GMT",  // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    "%A, %d-%b-%y %H:%M:%S GMT",  // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
    "%a %b %e %H:%M:%S %Y",       // asctime: "Sun Nov  6 08:49:37 1994"
};
// Day names, then month names: %a and %b match their first three letters.
constexpr std::array<std::string_view, 19> kNames{
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Jan",    "Feb",     "Mar",       "Apr",      "May",    "Jun",      "Jul",
    "Aug",    "Sep",     "Oct",       "Nov",      "Dec"};
constexpr int kFirstMonth = 7;

constexpr long long kMaxRetryAfterSeconds = static_cast<long long>(kMaxRetryAfterMs / 1000);

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }

struct CivilTime {
  int year = 0;
  int month = 0;  // 1–12
  int day = 0;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

// Reads `width` digits off the front of `rest`; -1 if they are not there.
int take_number(std::string_view& rest, std::size_t width) {
  if (rest.size() < width) return -1;
  int value = 0;
  for (std::size_t i = 0; i < width; ++i) {
    if (!is_digit(rest[i])) return -1;
    value = value * 10 + (rest[i] - '0');
  }
  rest.remove_prefix(width);
  return value;
}

// Index among kNames[first, first + count) of the name, cut to `length`,
// that `rest` starts with, taken off it; -1 if none.
int take_name(std::string_view& rest, int first, int count, std::size_t length) {
  for (int i = first; i < first + count; ++i) {
    const std::string_view name = kNames[static_cast<std::size_t>(i)].substr(0, length);
    if (rest.substr(0, name.size()) == name) {
      rest.remove_prefix(name.size());
      return i - first;
    }
  }
  return -1;
}

// `text` read whole as `form`, or nullopt. The day-of-week must be a name but
// is not checked against the date: recipients may ignore it.
std::optional<CivilTime> read_form(std::string_view text, std::string_view form) {
  CivilTime time;
  for (std::size_t i = 0; i < form.size(); ++i) {
    if (form[i] != '%') {
      if (text.empty() || text.front() != form[i]) return std::nullopt;
      text.remove_prefix(1);
      continue;
    }
    int value = 0;
    switch (form[++i]) {
      case 'a': value = take_name(text, 0, 7, 3); break;
      case 'A': value = take_name(text, 0, 7, std::string_view::npos); break;
      case 'b':
        value = take_name(text, kFirstMonth, 12, 3);
        time.month = value + 1;
        break;
      case 'd': value = time.day = take_number(text, 2); break;
      case 'e': {
        const bool padded = !text.empty() && text.front() == ' ';
        if (padded) text.remove_prefix(1);
        value = time.day = take_number(text, padded ? 1 : 2);
        break;
      }
      case 'y':
        value = take_number(text, 2);
        time.year = value + (value < 70 ? 2000 : 1900);
        break;
      case 'Y': value = time.year = take_number(text, 4); break;
      case 'H': value = time.hour = take_number(text, 2); break;
      case 'M': value = time.minute = take_number(text, 2); break;
      case 'S': value = time.second = take_number(text, 2); break;
    }
    if (value < 0) return std::nullopt;
  }
  if (!text.empty()) return std::nullopt;
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
  std::optional<CivilTime> time;
  for (std::string_view form : kHttpDateForms) {
    if (!time) time = read_form(text, form);
  }
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
