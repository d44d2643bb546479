#include "web_url.h"

namespace pw {
namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
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

bool starts_with_ignoring_case(std::string_view text, std::string_view lowercase) {
  if (text.size() < lowercase.size()) return false;
  for (std::size_t i = 0; i < lowercase.size(); ++i) {
    if (lower(text[i]) != lowercase[i]) return false;
  }
  return true;
}

bool equals_ignoring_case(std::string_view text, std::string_view lowercase) {
  return text.size() == lowercase.size() && starts_with_ignoring_case(text, lowercase);
}

}  // namespace pw
