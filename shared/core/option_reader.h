#pragma once
#include <initializer_list>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/json_value.h"
#include "core/language.h"
#include "core/option_layers.h"

namespace pw {

// Reads typed values out of untrusted options given in layers. Each option
// comes from the strongest layer whose value is good; a value of the wrong
// type or out of range is reported with what is used instead, a weaker
// layer's value or the default. So a mistake in mount() options does not
// lose a good data-pw-* attribute.
class OptionReader {
 public:
  OptionReader(const OptionLayerList& layers, std::vector<std::string>& warnings);
  // One object from no particular layer, e.g. the map a counter's option holds;
  // `prefix` goes before its keys in warnings ("map.").
  OptionReader(const JsonValue& object, std::vector<std::string>& warnings, std::string prefix = "");

  // A number from `min` to `max`, given as a number or as a decimal text from
  // an attribute ("30", "2.5"). Out of range, the nearest bound is used; a
  // value that is no number leaves the choice to the next layer or the
  // default. Each warning quotes the value and says which case happened.
  // `unit` names the amount ("seconds"), or is "" for a bare number.
  void read_number(const char* key, double& out, double min, double max, const char* unit = "");
  void read_bool(const char* key, bool& out);
  // A switch that may come from an attribute: true/false, or the texts
  // "true"/"false", or "" (an attribute present without a value means on).
  void read_flag(const char* key, bool& out);
  void read_seconds(const char* key, double& out, double min, double max) {
    read_number(key, out, min, max, "seconds");
  }
  // "lang": "vi" or "en" (any region); otherwise the page's `lang` decides.
  Language read_language(const std::string& page_lang);
  void read_string(const char* key, std::string& out, std::size_t max_length = 200);

  // What a reader made of one layer's value: used or not, and a note that
  // follows the value's name in a warning, saying what was wrong with it or
  // what was changed to use it ("is 5, below the minimum of 10; 10 is used").
  struct Offer {
    bool used = false;
    std::string note;
  };

  // The general case: `take` is offered the key's value of each layer,
  // strongest first, until it uses one. It returns an Offer, or a string: ""
  // when it used the value, or else what is wrong with it ("must be a
  // number"). `otherwise` ends the warning when no layer's value is good.
  template <typename Take>
  void read(const char* key, Take take, const std::string& otherwise = "the default is used") {
    read_with(key, otherwise, &take, [](const JsonValue& value, void* context) {
      auto verdict = (*static_cast<Take*>(context))(value);
      if constexpr (std::is_same_v<decltype(verdict), Offer>) {
        return verdict;
      } else {
        const bool used = verdict.empty();
        return Offer{used, std::move(verdict)};
      }
    });
  }

  // A reader of the objects under `key` in every layer ("strings"); a value
  // there that is not an object is reported and skipped.
  OptionReader nested(const char* key);

  // Reports every key of any layer that is not in `known`, once, in key order.
  void report_unknown_keys(std::initializer_list<const char*> known, const char* where);

  void warn(std::string message) { warnings_.push_back(std::move(message)); }

 private:
  struct Source {
    const JsonValue* object;
    OptionSource source;
    bool from_layer;  // false for an object of no particular layer
  };
  using Taker = Offer (*)(const JsonValue& value, void* context);

  static constexpr std::size_t kMaxSources = 3;  // the three layers
  using Sources = BoundedList<Source, kMaxSources>;

  OptionReader(const Sources& sources, std::vector<std::string>& warnings, std::string prefix);
  void read_with(const char* key, const std::string& otherwise, void* context, Taker take);
  // How a warning names `key` as `source` gave it: data-pw-zoom-max,
  // mount() option "loop", option "interval" in data-pw-options.
  std::string subject(const std::string& key, const Source& source) const;

  Sources sources_;  // strongest first
  std::vector<std::string>& warnings_;
  std::string prefix_;
};

}  // namespace pw
