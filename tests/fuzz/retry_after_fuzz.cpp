// Retry-After headers of a 429 or 503 from a counter endpoint: any server,
// any proxy in between. The delay must stay within bounds, and every
// IMF-fixdate we accept must be the instant timegm(3) gives for it.
//
// Input: one byte choosing the clock, then the header value.
#include <algorithm>
#include <ctime>
#include <string>

#include "fuzz_input.h"
#include "visitor_counter/retry_after.h"

namespace {

const double kClocks[] = {1645151400000, 0, 8.64e15, -8.64e15, 784111777000, std::nan("")};

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The same instant by the C library, for the RFC's preferred form.
void check_against_timegm(const std::string& value, double ours_ms) {
  if (value.size() != 29 || value[3] != ',') return;
  std::tm tm{};
  const char* end = strptime(value.c_str(), "%a, %d %b %Y %H:%M:%S GMT", &tm);
  PW_CHECK(end && *end == '\0');
  const double expected_ms = static_cast<double>(timegm(&tm)) * 1000;
  PW_CHECK(ours_ms == expected_ms);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pw;
  fuzz::FuzzInput in(data, size);
  const double now_ms = kClocks[in.pick(sizeof kClocks / sizeof kClocks[0])];
  const std::string header = in.rest();

  const auto delay = parse_retry_after_ms(header, now_ms);
  if (header.size() > kMaxRetryAfterChars) PW_CHECK(!delay);
  if (delay) PW_CHECK(fuzz::within(*delay, 0, kMaxRetryAfterMs));

  std::string_view value = header;
  while (!value.empty() && is_blank(value.front())) value.remove_prefix(1);
  while (!value.empty() && is_blank(value.back())) value.remove_suffix(1);
  const auto date = parse_http_date_ms(value);
  if (!date) return 0;
  PW_CHECK(std::isfinite(*date));
  check_against_timegm(std::string(value), *date);
  if (header.size() <= kMaxRetryAfterChars && std::isfinite(now_ms)) {
    PW_CHECK(delay && *delay == std::clamp(*date - now_ms, 0.0, kMaxRetryAfterMs));
  }
  return 0;
}
