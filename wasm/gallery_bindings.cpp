// embind surface of the photo lightbox. Each mounted gallery's state lives
// here under an integer id; galleryDestroy() frees it. Values only cross:
// numbers, strings, value_objects and plain JS arrays/objects.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "join_lines.h"

#include "gallery_controller.h"

namespace {

using emscripten::val;

// A few galleries per page at most: a vector searched linearly is smaller
// than a map and as fast.
std::vector<std::pair<int, std::unique_ptr<pw::GalleryState>>>& galleries() {
  static std::vector<std::pair<int, std::unique_ptr<pw::GalleryState>>> all;
  return all;
}

pw::GalleryState* find(int id) {
  for (auto& entry : galleries())
    if (entry.first == id) return entry.second.get();
  return nullptr;
}

struct GalleryConfig {
  int id = 0;
  std::string warnings;
  int count = 0;           // photos the lightbox shows
  val photo_of = val::undefined();  // per item of markup: its photo, or -1 (left to the browser)
  std::string captions;    // a line per photo: names a bare thumbnail without alt
  std::string dialog;
  std::string previous;
  std::string next;
  std::string zoom_in;
  std::string zoom_out;
  std::string close;
};

GalleryConfig gallery_create(const pw::OptionLayers& layers, val markups, bool reduced_motion,
                             bool save_data) {
  static int next_id = 1;
  const auto parsed = pw::parse_gallery_options(layers);
  const std::vector<pw::GalleryItemMarkup> items_markup =
      emscripten::vecFromJSArray<pw::GalleryItemMarkup>(markups);
  std::vector<pw::GalleryItem> items;
  val photo_of = val::array();
  std::vector<std::string> captions;
  for (std::size_t i = 0; i < items_markup.size(); ++i) {
    pw::GalleryItem item = pw::gallery_item(items_markup[i]);
    photo_of.set(i, item.has_image ? static_cast<int>(items.size()) : -1);
    if (!item.has_image) continue;
    captions.push_back(item.caption);
    items.push_back(std::move(item));
  }
  const int id = next_id++;
  const int count = static_cast<int>(items.size());
  galleries().emplace_back(id, std::make_unique<pw::GalleryState>(pw::start_gallery(
                                   parsed.options, std::move(items), reduced_motion, save_data)));
  const pw::GalleryStrings& strings = parsed.options.strings;
  return {id,
          join_lines(parsed.warnings),
          count,
          photo_of,
          join_lines(captions),
          strings.dialog,
          strings.previous,
          strings.next,
          strings.zoom_in,
          strings.zoom_out,
          strings.close};
}

int gallery_fragment_index(int id, const std::string& fragment) {
  pw::GalleryState* state = find(id);
  return state ? pw::gallery_index_for_fragment(*state, fragment) : -1;
}

void gallery_open(int id, int index, pw::GalleryRect thumbnail, pw::GalleryViewport viewport,
                  double now_ms) {
  if (pw::GalleryState* state = find(id))
    pw::gallery_open(*state, index, thumbnail, viewport, {0, 0}, now_ms);
}

void gallery_close(int id, double now_ms) {
  if (pw::GalleryState* state = find(id)) pw::gallery_close(*state, now_ms);
}

// An if-chain rather than a map: a few compares instead of a tree.
pw::GalleryCommand command_named(const std::string& name) {
  using C = pw::GalleryCommand;
  if (name == "previous") return C::previous;
  if (name == "next") return C::next;
  if (name == "zoomIn") return C::zoom_in;
  if (name == "zoomOut") return C::zoom_out;
  if (name == "close") return C::close;
  return C::none;
}

bool gallery_command(int id, const std::string& name, double now_ms) {
  pw::GalleryState* state = find(id);
  return state && pw::gallery_command(*state, command_named(name), now_ms);
}

bool gallery_key(int id, const std::string& key, bool modifier, double now_ms) {
  pw::GalleryState* state = find(id);
  return state && pw::gallery_key(*state, key, modifier, now_ms);
}

void gallery_pointer_down(int id, int pointer, double t_ms, double x, double y, bool mouse) {
  if (pw::GalleryState* state = find(id)) pw::gallery_pointer_down(*state, pointer, {t_ms, x, y}, mouse);
}

void gallery_pointer_move(int id, int pointer, double t_ms, double x, double y) {
  if (pw::GalleryState* state = find(id)) pw::gallery_pointer_move(*state, pointer, {t_ms, x, y});
}

void gallery_pointer_up(int id, int pointer, double t_ms, double x, double y) {
  if (pw::GalleryState* state = find(id)) pw::gallery_pointer_up(*state, pointer, {t_ms, x, y});
}

void gallery_pointer_cancel(int id, double now_ms) {
  if (pw::GalleryState* state = find(id)) pw::gallery_pointer_cancel(*state, now_ms);
}

void gallery_image_loaded(int id, int index, double width, double height, double now_ms) {
  if (pw::GalleryState* state = find(id)) pw::gallery_image_loaded(*state, index, width, height, now_ms);
}

void gallery_image_failed(int id, int index, double now_ms) {
  if (pw::GalleryState* state = find(id)) pw::gallery_image_failed(*state, index, now_ms);
}

void gallery_thumbnail(int id, int index, pw::GalleryRect rect) {
  if (pw::GalleryState* state = find(id)) pw::gallery_thumbnail(*state, index, rect);
}

void gallery_resize(int id, pw::GalleryViewport viewport, double now_ms) {
  if (pw::GalleryState* state = find(id)) pw::gallery_resize(*state, viewport, now_ms);
}

void gallery_set_reduced_motion(int id, bool reduced, double now_ms) {
  if (pw::GalleryState* state = find(id)) pw::gallery_set_reduced_motion(*state, reduced, now_ms);
}

void gallery_set_save_data(int id, bool save_data) {
  if (pw::GalleryState* state = find(id)) pw::gallery_set_save_data(*state, save_data);
}

const char* phase_name(pw::GalleryPhase phase) {
  switch (phase) {
    case pw::GalleryPhase::opening: return "opening";
    case pw::GalleryPhase::open: return "open";
    case pw::GalleryPhase::closing: return "closing";
    default: return "closed";
  }
}

val slide_of(const pw::GallerySlideView& slide) {
  val view = val::object();
  view.set("index", slide.index);
  view.set("position", slide.position);
  view.set("width", slide.width);
  view.set("height", slide.height);
  view.set("x", slide.x);
  view.set("y", slide.y);
  view.set("scale", slide.scale);
  view.set("opacity", slide.opacity);
  view.set("src", slide.src);
  view.set("placeholder", slide.placeholder);
  view.set("loaded", slide.loaded);
  view.set("failed", slide.failed);
  view.set("spinner", slide.spinner);
  view.set("message", slide.message);
  return view;
}

val gallery_frame(int id, double now_ms) {
  val frame = val::object();
  pw::GalleryState* state = find(id);
  const pw::GalleryView view = state ? pw::gallery_frame(*state, now_ms) : pw::GalleryView{};
  frame.set("phase", std::string(phase_name(view.phase)));
  frame.set("index", view.index);
  frame.set("count", view.count);
  val slides = val::array();
  for (std::size_t i = 0; i < view.slides.size(); ++i) slides.set(i, slide_of(view.slides[i]));
  frame.set("slides", slides);
  frame.set("backdrop", view.backdrop_opacity);
  frame.set("animating", view.animating);
  frame.set("wake", view.wake);
  frame.set("wakeAt", view.wake_at_ms);
  frame.set("counter", view.counter);
  frame.set("caption", view.caption);
  frame.set("announcement", view.announcement);
  frame.set("announcementId", view.announcement_id);
  val preload = val::array();
  for (std::size_t i = 0; i < view.preload.size(); ++i) {
    val entry = val::object();
    entry.set("index", view.preload[i].index);
    entry.set("src", view.preload[i].src);
    preload.set(i, entry);
  }
  frame.set("preload", preload);
  frame.set("canPrevious", view.can_previous);
  frame.set("canNext", view.can_next);
  frame.set("canZoomIn", view.can_zoom_in);
  frame.set("canZoomOut", view.can_zoom_out);
  frame.set("zoomed", view.zoomed);
  frame.set("controlsVisible", view.controls_visible);
  frame.set("fragment", view.fragment);
  return frame;
}

void gallery_destroy(int id) {
  auto& all = galleries();
  for (auto it = all.begin(); it != all.end(); ++it) {
    if (it->first == id) {
      all.erase(it);
      return;
    }
  }
}

}  // namespace

EMSCRIPTEN_BINDINGS(gallery) {
  using emscripten::value_object;
  value_object<pw::GalleryItemMarkup>("GalleryItemMarkup")
      .field("href", &pw::GalleryItemMarkup::link_href)
      .field("src", &pw::GalleryItemMarkup::img_src)
      .field("dataSrc", &pw::GalleryItemMarkup::img_data_src)
      .field("srcset", &pw::GalleryItemMarkup::img_srcset)
      .field("dataSrcset", &pw::GalleryItemMarkup::img_data_srcset)
      .field("sizes", &pw::GalleryItemMarkup::img_sizes)
      .field("figcaption", &pw::GalleryItemMarkup::figcaption)
      .field("dataCaption", &pw::GalleryItemMarkup::data_caption)
      .field("alt", &pw::GalleryItemMarkup::alt)
      .field("thumbWidth", &pw::GalleryItemMarkup::thumb_width)
      .field("thumbHeight", &pw::GalleryItemMarkup::thumb_height)
      .field("width", &pw::GalleryItemMarkup::declared_width)
      .field("height", &pw::GalleryItemMarkup::declared_height);
  value_object<pw::GalleryRect>("GalleryRect")
      .field("x", &pw::GalleryRect::x)
      .field("y", &pw::GalleryRect::y)
      .field("width", &pw::GalleryRect::width)
      .field("height", &pw::GalleryRect::height);
  value_object<pw::GalleryViewport>("GalleryViewport")
      .field("width", &pw::GalleryViewport::width)
      .field("height", &pw::GalleryViewport::height)
      .field("paddingWidth", &pw::GalleryViewport::padding_width)
      .field("paddingHeight", &pw::GalleryViewport::padding_height)
      .field("dpr", &pw::GalleryViewport::device_pixel_ratio);
  value_object<GalleryConfig>("GalleryConfig")
      .field("id", &GalleryConfig::id)
      .field("warnings", &GalleryConfig::warnings)
      .field("count", &GalleryConfig::count)
      .field("photoOf", &GalleryConfig::photo_of)
      .field("captions", &GalleryConfig::captions)
      .field("dialog", &GalleryConfig::dialog)
      .field("previous", &GalleryConfig::previous)
      .field("next", &GalleryConfig::next)
      .field("zoomIn", &GalleryConfig::zoom_in)
      .field("zoomOut", &GalleryConfig::zoom_out)
      .field("close", &GalleryConfig::close);

  emscripten::function("galleryCreate", &gallery_create);
  emscripten::function("galleryFragmentIndex", &gallery_fragment_index);
  emscripten::function("galleryOpen", &gallery_open);
  emscripten::function("galleryClose", &gallery_close);
  emscripten::function("galleryCommand", &gallery_command);
  emscripten::function("galleryKey", &gallery_key);
  emscripten::function("galleryPointerDown", &gallery_pointer_down);
  emscripten::function("galleryPointerMove", &gallery_pointer_move);
  emscripten::function("galleryPointerUp", &gallery_pointer_up);
  emscripten::function("galleryPointerCancel", &gallery_pointer_cancel);
  emscripten::function("galleryImageLoaded", &gallery_image_loaded);
  emscripten::function("galleryImageFailed", &gallery_image_failed);
  emscripten::function("galleryThumbnail", &gallery_thumbnail);
  emscripten::function("galleryResize", &gallery_resize);
  emscripten::function("gallerySetReducedMotion", &gallery_set_reduced_motion);
  emscripten::function("gallerySetSaveData", &gallery_set_save_data);
  emscripten::function("galleryFrame", &gallery_frame);
  emscripten::function("galleryDestroy", &gallery_destroy);
}
