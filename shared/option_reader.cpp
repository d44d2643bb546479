#include "option_reader.h"

#include <cmath>
#include <utility>

#include "decimal_number.h"
#include "integer_text.h"

namespace pw {

OptionReader::OptionReader(const JsonValue& object, std::vector<std::string>& warnings)
    : object_(object), warnings_(warnings) {}

const JsonValue* OptionReader::find(const char* key, JsonType type, const char* expected) {
  const JsonValue* value = object_.find(key);
  if (!value) return nullptr;
  if (value->type != type) {
    warn(std::string("option \"") + key + "\" must be " + expected + "; the default is used");
    return nullptr;
  }
  return value;
}

void OptionReader::read_number(const char* key, double& out, double min, double max) {
  const auto* value = find(key, JsonType::number, "a number");
  if (!value) return;
  const double number = value->number;
  if (!std::isfinite(number) || number < min || number > max) {
    warn(std::string("option \"") + key + "\" is out of range; the default is used");
    return;
  }
  out = number;
}

void OptionReader::read_bool(const char* key, bool& out) {
  if (const auto* value = find(key, JsonType::boolean, "true or false")) out = value->boolean;
}

void OptionReader::read_flag(const char* key, bool& out) {
  const JsonValue* value = object_.find(key);
  if (!value) return;
  if (value->is_boolean()) {
    out = value->boolean;
    return;
  }
  if (value->is_string()) {
    const std::string& text = value->text;
    if (text.empty() || text == "true" || text == key) {
      out = true;
      return;
    }
    if (text == "false") {
      out = false;
      return;
    }
  }
  warn(std::string("option \"") + key + "\" must be true or false; the default is used");
}

void OptionReader::read_amount(const char* key, double& out, double min, double max,
                               const char* unit) {
  const JsonValue* found = object_.find(key);
  if (!found) return;
  double value = -1;
  if (found->is_number()) {
    value = found->number;
  } else if (found->is_string() && found->text.size() < 12) {
    value = parse_decimal(found->text).value_or(-1);
  }
  if (!(value >= min && value <= max)) {
    warn(std::string("option \"") + key + "\" must be a number of " + unit + " from " +
         integer_text(static_cast<int>(min)) + " to " + integer_text(static_cast<int>(max)) +
         "; the default is used");
    return;
  }
  out = value;
}

Language OptionReader::read_language(const std::string& page_lang) {
  std::string lang;
  read_string("lang", lang, 35);
  if (lang.empty()) return language_for_page(page_lang);
  if (const auto chosen = parse_language(lang)) return *chosen;
  warn("option \"lang\" must be \"vi\" or \"en\"; the page language is used");
  return language_for_page(page_lang);
}

void OptionReader::read_string(const char* key, std::string& out, std::size_t max_length) {
  const auto* value = find(key, JsonType::string, "a string");
  if (!value) return;
  if (value->text.size() > max_length) {
    warn(std::string("option \"") + key + "\" is too long; the default is used");
    return;
  }
  out = value->text;
}

namespace {

// A key as quoted in a warning: at most kMaxQuotedKeyBytes, cut between
// characters, so a 100 KB key does not make a 100 KB console line.
constexpr std::size_t kMaxQuotedKeyBytes = 40;

std::string shortened_key(const std::string& key) {
  if (key.size() <= kMaxQuotedKeyBytes) return key;
  std::size_t end = kMaxQuotedKeyBytes;
  while (end > 0 && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80) --end;
  return key.substr(0, end) + "…";
}

}  // namespace

void OptionReader::report_unknown_keys(std::initializer_list<const char*> known,
                                       const char* where) {
  std::vector<const std::string*> unknown;
  for (const JsonMember& member : object_.members) {
    bool is_known = false;
    for (const char* name : known) is_known = is_known || member.key == name;
    if (!is_known) unknown.push_back(&member.key);
  }
  // Key order, not document order: the warnings read the same whichever
  // layer a key came from (and as they did when objects were sorted maps).
  for (std::size_t i = 1; i < unknown.size(); ++i) {
    for (std::size_t j = i; j > 0 && *unknown[j] < *unknown[j - 1]; --j) {
      std::swap(unknown[j], unknown[j - 1]);
    }
  }
  for (const std::string* key : unknown) {
    warn(std::string("unknown ") + where + " \"" + shortened_key(*key) + "\" is ignored");
  }
}

}  // namespace pw
