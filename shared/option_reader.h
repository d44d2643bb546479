#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "json_value.h"
#include "language.h"

namespace pw {

// Reads typed values out of an untrusted options object. A value of the wrong
// type or out of range leaves the default in place and adds one warning.
class OptionReader {
 public:
  OptionReader(const JsonValue& object, std::vector<std::string>& warnings);

  void read_number(const char* key, double& out, double min, double max);
  void read_bool(const char* key, bool& out);
  // A switch that may come from an attribute: true/false, or the texts
  // "true"/"false", or "" (an attribute present without a value means on).
  void read_flag(const char* key, bool& out);
  // An amount as a number, or as a decimal text from an attribute ("30",
  // "2.5"); `unit` names it in the warning ("seconds").
  void read_amount(const char* key, double& out, double min, double max, const char* unit);
  void read_seconds(const char* key, double& out, double min, double max) {
    read_amount(key, out, min, max, "seconds");
  }
  // "lang": "vi" or "en" (any region); otherwise the page's `lang` decides.
  Language read_language(const std::string& page_lang);
  void read_string(const char* key, std::string& out, std::size_t max_length = 200);
  // The value under `key` if it is present and of JSON type `type`, else null
  // (a present value of another type is reported).
  const JsonValue* find(const char* key, JsonType type, const char* expected);
  // Reports every key of the object that is not in `known`, in key order.
  void report_unknown_keys(std::initializer_list<const char*> known, const char* where);

  void warn(std::string message) { warnings_.push_back(std::move(message)); }

 private:
  const JsonValue& object_;
  std::vector<std::string>& warnings_;
};

}  // namespace pw
