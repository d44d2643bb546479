#include "json_reader.h"

#include <limits>
#include <utility>

#include "decimal_number.h"
#include "json_member_order.h"
#include "utf8.h"

namespace pw {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// One pass over the text, without recursion: open containers wait on a heap
// stack, so depth costs no call frames.
class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : text_(text) {}

  JsonParseResult read() {
    JsonParseResult result;
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    result.ok = read_document(result.value);
    if (!result.ok) {
      result.value = JsonValue{};
      result.error_offset = pos_;
      result.error = error_;
    }
    return result;
  }

 private:
  struct OpenContainer {
    JsonValue value;
    std::string key;  // of the member being read, in an object
  };

  bool more() const { return pos_ < text_.size(); }
  bool at(char c) const { return more() && text_[pos_] == c; }
  bool at_digit() const { return more() && is_digit(text_[pos_]); }
  bool consume(char c) {
    if (!at(c)) return false;
    ++pos_;
    return true;
  }
  bool fail(JsonError reason) {
    error_ = reason;
    return false;
  }

  void skip_whitespace() {
    while (more()) {
      const char c = text_[pos_];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      ++pos_;
    }
  }

  bool read_document(JsonValue& root) {
    std::vector<OpenContainer> open;
    while (true) {
      skip_whitespace();
      JsonValue value;
      if (at('{') || at('[')) {
        if (open.size() >= kMaxJsonDepth) return fail(JsonError::too_deep);
        const bool object = at('{');
        ++pos_;
        value.type = object ? JsonType::object : JsonType::array;
        skip_whitespace();
        if (!consume(object ? '}' : ']')) {
          open.push_back({std::move(value), {}});
          if (object && !read_key(open.back().key)) return false;
          continue;  // to the first element
        }
      } else if (!read_scalar(value)) {
        return false;
      }
      // `value` is complete: hand it to its container, closing every
      // container that ends right after it.
      while (true) {
        if (open.empty()) {
          skip_whitespace();
          if (more()) return fail(JsonError::text_after_value);
          root = std::move(value);
          return true;
        }
        OpenContainer& container = open.back();
        const bool object = container.value.is_object();
        if (object) {
          value.key = std::move(container.key);
          container.value.members.push_back(std::move(value));
        } else {
          container.value.elements.push_back(std::move(value));
        }
        skip_whitespace();
        if (consume(',')) {
          if (object && !read_key(container.key)) return false;
          break;  // to the next element
        }
        if (!consume(object ? '}' : ']')) return fail(object ? JsonError::expected_comma_or_brace : JsonError::expected_comma_or_bracket);
        value = std::move(container.value);
        open.pop_back();
        keep_last_of_repeated_keys(value.members);
      }
    }
  }

  bool read_key(std::string& key) {
    skip_whitespace();
    if (!at('"')) return fail(JsonError::expected_member_name);
    key.clear();
    if (!read_string(key)) return false;
    skip_whitespace();
    return consume(':') || fail(JsonError::expected_colon);
  }

  bool read_scalar(JsonValue& out) {
    if (!more()) return fail(JsonError::unexpected_end);
    switch (text_[pos_]) {
      case '"':
        out.type = JsonType::string;
        return read_string(out.text);
      case 't':
        out.type = JsonType::boolean;
        out.boolean = true;
        return read_word("true");
      case 'f':
        out.type = JsonType::boolean;
        return read_word("false");
      case 'n':
        return read_word("null");
      default:
        if (at('-') || at_digit()) return read_number(out);
        return fail(JsonError::unexpected_character);
    }
  }

  bool read_word(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return fail(JsonError::invalid_literal);
    pos_ += word.size();
    return true;
  }

  bool read_number(JsonValue& out) {
    out.type = JsonType::number;
    const bool negative = consume('-');
    if (!at_digit()) return fail(JsonError::expected_digit);
    DecimalNumber decimal;
    std::uint64_t integer = 0;
    bool integer_fits = true;
    if (at('0')) {
      ++pos_;
      if (at_digit()) return fail(JsonError::leading_zero);
    }
    for (; at_digit(); ++pos_) {
      const unsigned digit = static_cast<unsigned>(text_[pos_] - '0');
      integer_fits = integer_fits && integer <= (std::numeric_limits<std::uint64_t>::max() - digit) / 10;
      if (integer_fits) integer = integer * 10 + digit;
      decimal.add_digit(text_[pos_], false);
    }
    bool written_as_decimal = false;
    if (consume('.')) {
      written_as_decimal = true;
      if (!at_digit()) return fail(JsonError::expected_fraction_digit);
      for (; at_digit(); ++pos_) decimal.add_digit(text_[pos_], true);
    }
    if (consume('e') || consume('E')) {
      written_as_decimal = true;
      const bool negative_exponent = at('-');
      if (!consume('-')) consume('+');
      if (!at_digit()) return fail(JsonError::expected_exponent_digit);
      int power = 0;
      for (; at_digit(); ++pos_) {
        if (power < kMaxDecimalExponent) power = power * 10 + (text_[pos_] - '0');
      }
      decimal.add_exponent(negative_exponent ? -power : power);
    }
    constexpr std::uint64_t kMostNegative = std::uint64_t{1} << 63;  // |INT64_MIN|
    if (!written_as_decimal && integer_fits && (!negative || integer <= kMostNegative)) {
      out.number_form = negative ? JsonNumberForm::negative_integer : JsonNumberForm::unsigned_integer;
      out.integer = integer;
      out.number = negative && integer != 0 ? -static_cast<double>(integer) : static_cast<double>(integer);
      return true;
    }
    // Integers beyond 64 bits are kept as doubles, as nlohmann did.
    const double magnitude = decimal.to_double();
    if (magnitude == std::numeric_limits<double>::infinity()) return fail(JsonError::number_out_of_range);
    out.number_form = JsonNumberForm::decimal;
    out.number = negative ? -magnitude : magnitude;
    return true;
  }

  bool read_string(std::string& out) {
    ++pos_;  // the opening quote
    while (true) {
      const std::size_t run = pos_;
      while (more()) {
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
        ++pos_;
      }
      out.append(text_.data() + run, pos_ - run);
      if (!more()) return fail(JsonError::unterminated_string);
      const auto c = static_cast<unsigned char>(text_[pos_]);
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c < 0x20) return fail(JsonError::control_character);
      if (!(c == '\\' ? read_escape(out) : read_utf8(out))) return false;
    }
  }

  bool read_escape(std::string& out) {
    ++pos_;  // the backslash
    if (!more()) return fail(JsonError::unterminated_string);
    char simple = 0;
    switch (text_[pos_++]) {
      case '"': simple = '"'; break;
      case '\\': simple = '\\'; break;
      case '/': simple = '/'; break;
      case 'b': simple = '\b'; break;
      case 'f': simple = '\f'; break;
      case 'n': simple = '\n'; break;
      case 'r': simple = '\r'; break;
      case 't': simple = '\t'; break;
      case 'u': break;
      default: --pos_; return fail(JsonError::invalid_escape);
    }
    if (simple) {
      out += simple;
      return true;
    }
    unsigned code = 0;
    if (!read_hex4(code)) return false;
    if (code >= 0xDC00 && code <= 0xDFFF) return fail(JsonError::lone_low_surrogate);
    if (code >= 0xD800 && code <= 0xDBFF) {
      unsigned low = 0;
      if (!consume('\\') || !consume('u')) return fail(JsonError::lone_high_surrogate);
      if (!read_hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return fail(JsonError::lone_high_surrogate);
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, static_cast<char32_t>(code));
    return true;
  }

  bool read_hex4(unsigned& code) {
    for (int i = 0; i < 4; ++i, ++pos_) {
      const char c = more() ? text_[pos_] : '\0';
      unsigned digit = 0;
      if (is_digit(c)) {
        digit = static_cast<unsigned>(c - '0');
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
        digit = static_cast<unsigned>((c | 0x20) - 'a' + 10);
      } else {
        return fail(JsonError::expected_hex_digits);
      }
      code = code * 16 + digit;
    }
    return true;
  }

  bool read_utf8(std::string& out) {
    const std::size_t length = utf8_sequence_length(text_.substr(pos_));
    if (length == 0) return fail(JsonError::invalid_utf8);
    out.append(text_.data() + pos_, length);
    pos_ += length;
    return true;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  JsonError error_ = JsonError::none;
};

}  // namespace

JsonParseResult parse_json(std::string_view text) { return JsonReader(text).read(); }

}  // namespace pw
