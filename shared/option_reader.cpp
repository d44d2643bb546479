#include "option_reader.h"

#include <cmath>
#include <cstring>

#include "decimal_number.h"
#include "integer_text.h"

namespace pw {

OptionReader::OptionReader(const nlohmann::json& object, std::vector<std::string>& warnings)
    : object_(object), warnings_(warnings) {}

const nlohmann::json* OptionReader::find(const char* key, nlohmann::json::value_t type,
                                         const char* expected) {
  if (!object_.is_object()) return nullptr;
  const auto it = object_.find(key);
  if (it == object_.end()) return nullptr;
  const bool matches = type == nlohmann::json::value_t::number_float
                           ? it->is_number()
                           : it->type() == type;
  if (!matches) {
    warn(std::string("option \"") + key + "\" must be " + expected + "; the default is used");
    return nullptr;
  }
  return &*it;
}

void OptionReader::read_number(const char* key, double& out, double min, double max) {
  const auto* value = find(key, nlohmann::json::value_t::number_float, "a number");
  if (!value) return;
  const double number = value->get<double>();
  if (!std::isfinite(number) || number < min || number > max) {
    warn(std::string("option \"") + key + "\" is out of range; the default is used");
    return;
  }
  out = number;
}

void OptionReader::read_bool(const char* key, bool& out) {
  if (const auto* value = find(key, nlohmann::json::value_t::boolean, "true or false")) {
    out = value->get<bool>();
  }
}

void OptionReader::read_flag(const char* key, bool& out) {
  if (!object_.is_object()) return;
  const auto it = object_.find(key);
  if (it == object_.end()) return;
  if (it->is_boolean()) {
    out = it->get<bool>();
    return;
  }
  if (it->is_string()) {
    const auto& text = it->get_ref<const std::string&>();
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
  if (!object_.is_object()) return;
  const auto it = object_.find(key);
  if (it == object_.end()) return;
  double value = -1;
  if (it->is_number()) {
    value = it->get<double>();
  } else if (it->is_string() && it->get_ref<const std::string&>().size() < 12) {
    value = parse_decimal(it->get_ref<const std::string&>()).value_or(-1);
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
  const auto* value = find(key, nlohmann::json::value_t::string, "a string");
  if (!value) return;
  const auto& text = value->get_ref<const std::string&>();
  if (text.size() > max_length) {
    warn(std::string("option \"") + key + "\" is too long; the default is used");
    return;
  }
  out = text;
}

void OptionReader::report_unknown_keys(std::initializer_list<const char*> known,
                                       const char* where) {
  if (!object_.is_object()) return;
  for (const auto& item : object_.items()) {
    bool is_known = false;
    for (const char* name : known) is_known = is_known || item.key() == name;
    if (!is_known) warn(std::string("unknown ") + where + " \"" + item.key() + "\" is ignored");
  }
}

}  // namespace pw
