#include "gallery/srcset.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/bounded_list.h"
#include "core/decimal_number.h"

namespace pw {
namespace {

constexpr double kMaxWidth = 1e9;
constexpr double kMaxDensity = 1e4;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A "valid non-negative integer" above 0.
std::optional<double> parse_width(std::string_view text) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  for (char c : text) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
    if (value > kMaxWidth) return std::nullopt;
  }
  if (value <= 0) return std::nullopt;
  return value;
}

// A "valid floating-point number" above 0, read by hand: strtod would follow
// the C locale's decimal separator.
std::optional<double> parse_density(std::string_view text) {
  std::size_t i = 0;
  DecimalNumber number;
  bool any_digit = false;
  for (; i < text.size() && is_digit(text[i]); ++i, any_digit = true) number.add_digit(text[i], false);
  if (i < text.size() && text[i] == '.') {
    ++i;
    bool fraction_digit = false;
    for (; i < text.size() && is_digit(text[i]); ++i, fraction_digit = true) {
      number.add_digit(text[i], true);
    }
    if (!fraction_digit) return std::nullopt;  // "1.x" is not a number in HTML
    any_digit = true;
  }
  if (!any_digit) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    int sign = 1;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) sign = text[i++] == '-' ? -1 : 1;
    if (i == text.size()) return std::nullopt;
    int written = 0;
    for (; i < text.size() && is_digit(text[i]); ++i) {
      if (written < 1000) written = written * 10 + (text[i] - '0');
    }
    number.add_exponent(sign * written);
  }
  if (i != text.size()) return std::nullopt;
  const double value = number.to_double();
  if (!std::isfinite(value) || value <= 0 || value > kMaxDensity) return std::nullopt;
  return value;
}

// A candidate with three descriptors is already malformed (make_candidate
// refuses it), so a fourth and later need no room.
using Descriptors = BoundedList<std::string_view, 3>;

// The HTML standard's descriptor tokenizer: whitespace separates, a comma
// ends the candidate, and parentheses protect both (for future descriptors).
Descriptors read_descriptors(std::string_view text, std::size_t& pos) {
  Descriptors descriptors;
  enum { in_descriptor, in_parens, after_descriptor } state = in_descriptor;
  std::size_t start = pos;
  auto flush = [&](std::size_t end) {
    if (end > start) descriptors.push_back(text.substr(start, end - start));
  };
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (state == in_descriptor) {
      if (is_space(c)) {
        flush(pos);
        state = after_descriptor;
      } else if (c == ',') {
        flush(pos);
        ++pos;
        return descriptors;
      } else if (c == '(') {
        state = in_parens;
      }
    } else if (state == in_parens) {
      if (c == ')') state = in_descriptor;
    } else if (!is_space(c)) {
      start = pos--;  // read this character again as the start of a descriptor
      state = in_descriptor;
    }
  }
  if (state != after_descriptor) flush(pos);
  return descriptors;
}

std::optional<SrcsetCandidate> make_candidate(std::string_view url, const Descriptors& descriptors) {
  SrcsetCandidate candidate{std::string(url)};
  bool has_height = false;
  for (std::string_view descriptor : descriptors) {
    const char kind = descriptor.back();
    const std::string_view number = descriptor.substr(0, descriptor.size() - 1);
    if (kind == 'w' && candidate.width == 0 && candidate.density == 0) {
      const auto width = parse_width(number);
      if (!width) return std::nullopt;
      candidate.width = *width;
    } else if (kind == 'x' && candidate.width == 0 && candidate.density == 0 && !has_height) {
      const auto density = parse_density(number);
      if (!density) return std::nullopt;
      candidate.density = *density;
    } else if (kind == 'h' && !has_height && candidate.density == 0) {
      if (!parse_width(number)) return std::nullopt;
      has_height = true;  // allowed beside a width, and otherwise unused
    } else {
      return std::nullopt;
    }
  }
  if (has_height && candidate.width == 0) return std::nullopt;
  if (candidate.width == 0 && candidate.density == 0) candidate.density = 1;
  return candidate;
}

double positive_or(double value, double fallback) {
  return std::isfinite(value) && value > 0 ? value : fallback;
}

}  // namespace

std::vector<SrcsetCandidate> parse_srcset(std::string_view srcset) {
  std::vector<SrcsetCandidate> candidates;
  std::size_t pos = 0;
  while (true) {
    while (pos < srcset.size() && (is_space(srcset[pos]) || srcset[pos] == ',')) ++pos;
    if (pos >= srcset.size()) break;
    const std::size_t url_start = pos;
    while (pos < srcset.size() && !is_space(srcset[pos])) ++pos;
    std::string_view url = srcset.substr(url_start, pos - url_start);
    Descriptors descriptors;
    if (url.back() == ',') {
      // "a.jpg, b.jpg 2x": a comma right after the URL ends a candidate without descriptors.
      while (!url.empty() && url.back() == ',') url.remove_suffix(1);
    } else {
      descriptors = read_descriptors(srcset, pos);
    }
    if (auto candidate = make_candidate(url, descriptors)) candidates.push_back(*candidate);
  }
  return candidates;
}

std::string choose_source(const std::vector<SrcsetCandidate>& candidates,
                          double needed_css_px_width, double device_pixel_ratio, double zoom) {
  const double scale = positive_or(device_pixel_ratio, 1) * positive_or(zoom, 1);
  const bool by_width = largest_width(candidates) > 0;
  // A hair of slack so that 400 × 1.5 computed as 599.9999… still takes a 600w file.
  const double need = (by_width ? positive_or(needed_css_px_width, 0) * scale : scale) * (1 - 1e-9);
  const SrcsetCandidate* best_fit = nullptr;
  const SrcsetCandidate* largest = nullptr;
  for (const SrcsetCandidate& candidate : candidates) {
    const double size = by_width ? candidate.width : candidate.density;
    if (size <= 0) continue;  // an `x` candidate in a srcset judged by width
    if (!largest || size > (by_width ? largest->width : largest->density)) largest = &candidate;
    if (size >= need && (!best_fit || size < (by_width ? best_fit->width : best_fit->density))) {
      best_fit = &candidate;
    }
  }
  if (best_fit) return best_fit->url;
  return largest ? largest->url : std::string();
}

double largest_width(const std::vector<SrcsetCandidate>& candidates) {
  double widest = 0;
  for (const SrcsetCandidate& candidate : candidates) widest = std::max(widest, candidate.width);
  return widest;
}

namespace {

// Candidates are compared by width when any has one, else by density.
double size_on_scale(const SrcsetCandidate& candidate, bool by_width) {
  return by_width ? candidate.width : candidate.density;
}

}  // namespace

std::string largest_source(const std::vector<SrcsetCandidate>& candidates) {
  const bool by_width = largest_width(candidates) > 0;
  const SrcsetCandidate* largest = nullptr;
  for (const SrcsetCandidate& candidate : candidates) {
    if (!largest || size_on_scale(candidate, by_width) > size_on_scale(*largest, by_width)) {
      largest = &candidate;
    }
  }
  return largest ? largest->url : std::string();
}

std::string smallest_source(const std::vector<SrcsetCandidate>& candidates) {
  const bool by_width = largest_width(candidates) > 0;
  const SrcsetCandidate* smallest = nullptr;
  for (const SrcsetCandidate& candidate : candidates) {
    const double size = size_on_scale(candidate, by_width);
    if (size > 0 && (!smallest || size < size_on_scale(*smallest, by_width))) smallest = &candidate;
  }
  return smallest ? smallest->url : std::string();
}

}  // namespace pw
