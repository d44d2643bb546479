#include "core/json_parse.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace pw {
namespace {

using nlohmann::json;

// The text as nlohmann's lexer reads it: its own adapter for a range of
// chars, under a type of this file's own, so that the lexer specialised
// below is this file's alone.
struct JsonText : nlohmann::detail::iterator_input_adapter<const char*> {
  using iterator_input_adapter::iterator_input_adapter;
};

}  // namespace
}  // namespace pw

NLOHMANN_JSON_NAMESPACE_BEGIN
namespace detail {

// nlohmann's own get_token_string() writes each control character with
// snprintf, which brings all of printf into the wasm (4.4 KB gzip; see
// the size ledger in docs/architecture.md) for a text that our handler never
// reads. The same text without printf.
template <>
std::string lexer<json, pw::JsonText>::get_token_string() const {
  return pw::printable_json_token({token_string.data(), token_string.size()});
}

}  // namespace detail
NLOHMANN_JSON_NAMESPACE_END

namespace pw {
namespace {

// Each repeated key keeps its first place and its last value, as a
// JavaScript object does. Found by sorting: thousands of members from
// untrusted text cost O(n log n) comparisons, never O(n²).
void keep_last_of_repeated_keys(std::vector<JsonMember>& members) {
  if (members.size() < 2) return;
  const std::vector<std::uint32_t> order = members_by_key(members);
  // The order's own element type: one vector instantiation fewer in the wasm.
  std::vector<std::uint32_t> repeated(members.size());
  bool any = false;
  for (std::size_t run = 0, end = 0; run < order.size(); run = end) {
    for (end = run + 1; end < order.size() && members[order[end]].key == members[order[run]].key;) ++end;
    if (end - run == 1) continue;
    members[order[run]] = std::move(members[order[end - 1]]);
    for (std::size_t i = run + 1; i < end; ++i) repeated[order[i]] = true;
    any = true;
  }
  if (!any) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (repeated[i]) continue;
    if (kept != i) members[kept] = std::move(members[i]);
    ++kept;
  }
  members.erase(members.begin() + static_cast<std::ptrdiff_t>(kept), members.end());
}

// nlohmann's SAX events built into a JsonValue. Open containers wait on a
// heap stack, as nlohmann's parser keeps its own: depth costs no call frames.
// Returning false stops the parse.
class JsonValueBuilder {
 public:
  JsonValue take_root() { return std::move(root_); }

  bool null() { return add(JsonValue{}); }

  bool boolean(bool value) {
    JsonValue out;
    out.type = JsonType::boolean;
    out.boolean = value;
    return add(std::move(out));
  }

  // nlohmann reports a number written with a minus sign here, even "-0", and
  // one without it as number_unsigned; both only when they fit 64 bits.
  bool number_integer(json::number_integer_t value) {
    const std::uint64_t magnitude = 0 - static_cast<std::uint64_t>(value);  // |INT64_MIN| too
    const double signed_value = magnitude ? -static_cast<double>(magnitude) : 0.0;
    return add(number(JsonNumberForm::negative_integer, magnitude, signed_value));
  }

  bool number_unsigned(json::number_unsigned_t value) {
    return add(number(JsonNumberForm::unsigned_integer, value, static_cast<double>(value)));
  }

  // nlohmann has already refused a value that is not finite.
  bool number_float(json::number_float_t value, const std::string& /*as_written*/) {
    return add(number(JsonNumberForm::decimal, 0, value));
  }

  bool string(std::string& value) {
    JsonValue out;
    out.type = JsonType::string;
    out.text = std::move(value);
    return add(std::move(out));
  }

  bool binary(json::binary_t& /*value*/) { return false; }  // JSON text has none

  bool start_object(std::size_t /*unknown*/) { return open(JsonType::object); }
  bool start_array(std::size_t /*unknown*/) { return open(JsonType::array); }

  bool key(std::string& name) {
    key_ = std::move(name);
    return true;
  }

  bool end_object() {
    keep_last_of_repeated_keys(open_.back().members);
    return close();
  }
  bool end_array() { return close(); }

  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& /*error*/) {
    return false;
  }

 private:
  static JsonValue number(JsonNumberForm form, std::uint64_t integer, double value) {
    JsonValue out;
    out.type = JsonType::number;
    out.number_form = form;
    out.integer = integer;
    out.number = value;
    return out;
  }

  // A member takes the key just read; nested containers read theirs later.
  void name(JsonValue& value) {
    if (!open_.empty() && open_.back().is_object()) value.key = std::move(key_);
  }

  bool open(JsonType type) {
    if (open_.size() >= kMaxJsonDepth) return false;
    JsonValue container;
    container.type = type;
    name(container);
    open_.push_back(std::move(container));
    return true;
  }

  bool close() {
    JsonValue done = std::move(open_.back());
    open_.pop_back();
    return place(std::move(done));
  }

  bool add(JsonValue value) {
    name(value);
    return place(std::move(value));
  }

  bool place(JsonValue value) {
    if (open_.empty()) {
      root_ = std::move(value);
    } else if (open_.back().is_object()) {
      open_.back().members.push_back(std::move(value));
    } else {
      open_.back().elements.push_back(std::move(value));
    }
    return true;
  }

  std::vector<JsonValue> open_;
  std::string key_;
  JsonValue root_;
};

}  // namespace

std::string printable_json_token(std::string_view token) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : token) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte > 0x1F) {
      out += c;
      continue;
    }
    out += "<U+00";
    out += kHex[byte >> 4];
    out += kHex[byte & 15];
    out += '>';
  }
  return out;
}

JsonParseResult parse_json(std::string_view text) {
  JsonParseResult result;
  // nlohmann's lexer takes a NUL byte for the end of the text ("{}\0x" would
  // pass); valid JSON never holds one raw, only as the escape \u0000.
  if (text.find('\0') != std::string_view::npos) return result;
  JsonValueBuilder builder;
  // What json::sax_parse does for JSON text, on our adapter.
  nlohmann::detail::parser<json, JsonText> parser(JsonText(text.data(), text.data() + text.size()));
  if (!parser.sax_parse(&builder, /*strict=*/true)) return result;
  result.ok = true;
  result.value = builder.take_root();
  return result;
}

}  // namespace pw
