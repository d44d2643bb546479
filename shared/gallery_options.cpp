#include "gallery_options.h"

#include <cstdlib>

#include "option_reader.h"

namespace pw {
namespace {

// A number, or its decimal text from an attribute ("4", "2.5").
void read_zoom_max(const nlohmann::json& object, double& out, OptionReader& reader) {
  const auto it = object.find("zoomMax");
  if (it == object.end()) return;
  double value = -1;
  if (it->is_number()) {
    value = it->get<double>();
  } else if (it->is_string()) {
    const auto& text = it->get_ref<const std::string&>();
    char* end = nullptr;
    if (!text.empty() && text.size() < 12) value = std::strtod(text.c_str(), &end);
    if (!end || *end != '\0') value = -1;
  }
  if (!(value >= kMinGalleryZoomMax && value <= kMaxGalleryZoomMax)) {
    reader.warn("option \"zoomMax\" must be a number from 1 to 32 (times the fitted size); "
                "the default is used");
    return;
  }
  out = value;
}

void read_strings(const nlohmann::json& object, GalleryStrings& strings,
                  std::vector<std::string>& warnings) {
  OptionReader reader(object, warnings);
  reader.read_string("dialog", strings.dialog);
  reader.read_string("previous", strings.previous);
  reader.read_string("next", strings.next);
  reader.read_string("zoomIn", strings.zoom_in);
  reader.read_string("zoomOut", strings.zoom_out);
  reader.read_string("close", strings.close);
  reader.read_string("counter", strings.counter);
  reader.read_string("announcement", strings.announcement);
  reader.read_string("announcementWithoutCaption", strings.announcement_without_caption);
  reader.read_string("error", strings.error);
  reader.read_string("loading", strings.loading);
  reader.report_unknown_keys({"dialog", "previous", "next", "zoomIn", "zoomOut", "close",
                              "counter", "announcement", "announcementWithoutCaption", "error",
                              "loading"},
                             "text in \"strings\"");
}

}  // namespace

ParsedGalleryOptions parse_gallery_options(const OptionLayers& layers) {
  MergedOptions merged = merge_option_layers(layers);
  ParsedGalleryOptions parsed{GalleryOptions{}, std::move(merged.warnings)};
  GalleryOptions& options = parsed.options;
  OptionReader reader(merged.object, parsed.warnings);

  options.language = language_for_page(layers.page_lang);
  std::string lang;
  reader.read_string("lang", lang, 35);
  if (!lang.empty()) {
    if (const auto chosen = parse_language(lang)) {
      options.language = *chosen;
    } else {
      reader.warn("option \"lang\" must be \"vi\" or \"en\"; the page language is used");
    }
  }
  options.strings = default_gallery_strings(options.language);

  reader.read_flag("loop", options.loop);
  read_zoom_max(merged.object, options.zoom_max, reader);
  reader.read_flag("deepLink", options.deep_link);
  reader.read_flag("preload", options.preload);
  if (const auto* strings = reader.find("strings", nlohmann::json::value_t::object, "an object")) {
    read_strings(*strings, options.strings, parsed.warnings);
  }
  reader.report_unknown_keys({"lang", "loop", "zoomMax", "deepLink", "preload", "strings"},
                             "option");
  return parsed;
}

}  // namespace pw
