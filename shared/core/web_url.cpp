#include "core/web_url.h"

#include "core/ascii.h"

namespace pw {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string browser_url(std::string_view raw) {
  std::size_t begin = 0;
  std::size_t end = raw.size();
  while (begin < end && static_cast<unsigned char>(raw[begin]) <= 0x20) ++begin;
  while (end > begin && static_cast<unsigned char>(raw[end - 1]) <= 0x20) --end;
  std::string url;
  for (char c : raw.substr(begin, end - begin)) {
    if (c != '\t' && c != '\n' && c != '\r') url += c;
  }
  return url;
}

std::string_view url_scheme(std::string_view url) {
  if (url.empty() || !is_alpha(url[0])) return {};
  for (std::size_t i = 1; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return url.substr(0, i);
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return {};
  }
  return {};
}

bool is_web_url(std::string_view url) {
  const std::string_view scheme = url_scheme(url);
  return scheme.empty() || equals_ignoring_case(scheme, "http") || equals_ignoring_case(scheme, "https");
}

}  // namespace pw
