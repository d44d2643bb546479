#include "core/option_reader.h"

#include <cmath>
#include <optional>
#include <utility>

#include "core/decimal_number.h"
#include "core/decimal_text.h"

namespace pw {
namespace {

// A key or a text value as quoted in a warning: at most kMaxQuotedBytes, cut
// between characters, so a 100 KB text does not make a 100 KB console line.
constexpr std::size_t kMaxQuotedBytes = 40;

std::string shortened(const std::string& text) {
  if (text.size() <= kMaxQuotedBytes) return text;
  std::size_t end = kMaxQuotedBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "…";
}

// "zoomMax" → "zoom-max": the named attribute a camelCase option comes from.
std::string kebab_case(const std::string& key) {
  std::string kebab;
  for (char c : key) {
    if (c >= 'A' && c <= 'Z') {
      kebab += '-';
      c = static_cast<char>(c - 'A' + 'a');
    }
    kebab += c;
  }
  return kebab;
}

// A number as a warning shows it: 5, 2.5, 0.125.
std::string number_text(double value) {
  if (!(std::fabs(value) < 1e15)) return value < 0 ? "-∞" : "∞";  // what "1e999" reads as
  return decimal_text(value, 3);
}

// "10 seconds", or "10" for a bare number.
std::string amount_text(double value, const char* unit) {
  return *unit ? number_text(value) + " " + unit : number_text(value);
}

// A refused value as its warning shows it, after the option's name: a text
// in quotes, cut short between characters; a number as written; nothing for
// other types, which "must be …" describes well enough.
std::string quoted_value(const JsonValue& value) {
  if (value.is_string()) return " \"" + shortened(value.text) + "\"";
  if (value.is_number()) return " " + number_text(value.number);
  return "";
}

}  // namespace

OptionReader::OptionReader(const OptionLayerList& layers, std::vector<std::string>& warnings)
    : warnings_(warnings) {
  for (std::size_t i = layers.size(); i-- > 0;) sources_.push_back({&layers[i].object, layers[i].source, true});
}

OptionReader::OptionReader(const JsonValue& object, std::vector<std::string>& warnings,
                           std::string prefix)
    : warnings_(warnings), prefix_(std::move(prefix)) {
  sources_.push_back({&object, OptionSource::data_options, false});
}

OptionReader::OptionReader(const Sources& sources, std::vector<std::string>& warnings,
                           std::string prefix)
    : sources_(sources), warnings_(warnings), prefix_(std::move(prefix)) {}

std::string OptionReader::subject(const std::string& key, const Source& source) const {
  const std::string quoted = "\"" + prefix_ + shortened(key) + "\"";
  if (!source.from_layer) return "option " + quoted;
  switch (source.source) {
    case OptionSource::attributes: return "data-pw-" + kebab_case(prefix_ + shortened(key));
    case OptionSource::mount: return "mount() option " + quoted;
    default: return "option " + quoted + " in data-pw-options";
  }
}

void OptionReader::read_with(const char* key, const std::string& otherwise, void* context,
                             Taker take) {
  std::vector<std::string> refused;
  std::string outcome = otherwise;
  std::string adjusted;  // how the value used was changed, if it was
  for (const Source& source : sources_) {
    const JsonValue* value = source.object->find(key);
    if (!value) continue;
    const Offer offer = take(*value, context);
    if (offer.used) {
      outcome = subject(key, source) + " is used";
      if (!offer.note.empty()) adjusted = subject(key, source) + " " + offer.note;
      break;
    }
    refused.push_back(subject(key, source) + quoted_value(*value) + " " + offer.note);
  }
  for (const std::string& each : refused) warn(each + "; " + outcome);
  if (!adjusted.empty()) warn(std::move(adjusted));
}

void OptionReader::read_number(const char* key, double& out, double min, double max,
                               const char* unit) {
  // A default outside the range stands for "none given" (zoomMax 0: the photo's own size).
  const std::string otherwise =
      out >= min && out <= max ? "the default, " + amount_text(out, unit) + ", is used" : "the default is used";
  read(
      key,
      [&](const JsonValue& value) -> Offer {
        std::optional<double> number;
        if (value.is_number()) {
          number = value.number;
        } else if (value.is_string()) {
          number = value.text.size() < 24 ? parse_decimal(value.text) : std::nullopt;
          if (!number) return {false, "is not a number"};
        }
        if (!number) return {false, "must be a number"};
        // Out of range: the nearest bound, and the warning says which.
        const bool below = *number < min;
        if (below || *number > max) {
          out = below ? min : max;
          return {true, "is " + number_text(*number) + (below ? ", below the minimum of " : ", above the maximum of ") +
                            amount_text(out, unit) + "; " + number_text(out) + " is used"};
        }
        out = *number;
        return {true, ""};
      },
      otherwise);
}

void OptionReader::read_bool(const char* key, bool& out) {
  read(key, [&](const JsonValue& value) -> std::string {
    if (!value.is_boolean()) return "must be true or false";
    out = value.boolean;
    return "";
  });
}

void OptionReader::read_flag(const char* key, bool& out) {
  read(key, [&](const JsonValue& value) -> std::string {
    const std::string& text = value.text;
    if (value.is_boolean()) {
      out = value.boolean;
    } else if (value.is_string() && (text.empty() || text == "true" || text == key)) {
      out = true;
    } else if (value.is_string() && text == "false") {
      out = false;
    } else {
      return "must be true or false";
    }
    return "";
  });
}

Language OptionReader::read_language(const std::string& page_lang) {
  Language language = language_for_page(page_lang);
  read(
      "lang",
      [&](const JsonValue& value) -> std::string {
        const auto chosen = value.is_string() && value.text.size() <= 35
                                ? parse_language(value.text)
                                : std::nullopt;
        if (!chosen) return "must be \"vi\" or \"en\"";
        language = *chosen;
        return "";
      },
      "the page language is used");
  return language;
}

void OptionReader::read_string(const char* key, std::string& out, std::size_t max_length) {
  read(key, [&](const JsonValue& value) -> std::string {
    if (!value.is_string()) return "must be a string";
    if (value.text.size() > max_length) return "is too long";
    out = value.text;
    return "";
  });
}

OptionReader OptionReader::nested(const char* key) {
  Sources objects;
  for (const Source& source : sources_) {
    const JsonValue* value = source.object->find(key);
    if (!value) continue;
    if (value->is_object()) {
      objects.push_back({value, source.source, source.from_layer});
    } else {
      warn(subject(key, source) + " must be an object; it is ignored");
    }
  }
  return OptionReader(objects, warnings_, prefix_ + key + ".");
}

void OptionReader::report_unknown_keys(std::initializer_list<const char*> known,
                                       const char* where) {
  // Key order, each key once whichever layers it is in: the layers' keys in
  // order (a page may write thousands), merged.
  std::vector<std::uint32_t> order[kMaxSources];
  std::size_t next[kMaxSources] = {};
  for (std::size_t i = 0; i < sources_.size(); ++i) order[i] = members_by_key(sources_[i].object->members);
  const std::string* last = nullptr;
  for (;;) {
    const std::string* smallest = nullptr;
    std::size_t from = 0;
    for (std::size_t i = 0; i < sources_.size(); ++i) {
      if (next[i] == order[i].size()) continue;
      const std::string& key = sources_[i].object->members[order[i][next[i]]].key;
      if (!smallest || key < *smallest) smallest = &key, from = i;
    }
    if (!smallest) return;
    ++next[from];
    if (last && *last == *smallest) continue;
    last = smallest;
    bool is_known = false;
    for (const char* name : known) is_known = is_known || *smallest == name;
    if (!is_known) warn(std::string("unknown ") + where + " \"" + shortened(*smallest) + "\" is ignored");
  }
}

}  // namespace pw
