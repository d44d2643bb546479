// embind surface of the photo lightbox. Each mounted gallery's state lives
// here under an integer id; galleryDestroy() frees it. Values only cross:
// numbers, strings, value_objects and plain JS arrays/objects.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <utility>
#include <vector>

#include "instance_registry.h"
#include "join_lines.h"
#include "js_object.h"

#include "gallery_controller.h"

namespace {

using emscripten::val;

InstanceRegistry<pw::GalleryState>& galleries() {
  static InstanceRegistry<pw::GalleryState> all;
  return all;
}

pw::GalleryState* find(int id) { return galleries().find(id); }

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
  const int count = static_cast<int>(items.size());
  const int id = galleries().add(
      pw::start_gallery(parsed.options, std::move(items), reduced_motion, save_data));
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
  return JsObject()
      .number("index", slide.index)
      .number("position", slide.position)
      .number("width", slide.width)
      .number("height", slide.height)
      .number("x", slide.x)
      .number("y", slide.y)
      .number("scale", slide.scale)
      .number("opacity", slide.opacity)
      .text("src", slide.src)
      .text("placeholder", slide.placeholder)
      .flag("loaded", slide.loaded)
      .flag("failed", slide.failed)
      .flag("spinner", slide.spinner)
      .text("message", slide.message)
      .get();
}

val gallery_frame(int id, double now_ms) {
  pw::GalleryState* state = find(id);
  const pw::GalleryView view = state ? pw::gallery_frame(*state, now_ms) : pw::GalleryView{};
  val slides = val::array();
  for (std::size_t i = 0; i < view.slides.size(); ++i) slides.set(i, slide_of(view.slides[i]));
  val preload = val::array();
  for (std::size_t i = 0; i < view.preload.size(); ++i) {
    preload.set(i, JsObject()
                       .number("index", view.preload[i].index)
                       .text("src", view.preload[i].src)
                       .get());
  }
  return JsObject()
      .text("phase", phase_name(view.phase))
      .number("index", view.index)
      .number("count", view.count)
      .value("slides", slides)
      .number("backdrop", view.backdrop_opacity)
      .flag("animating", view.animating)
      .flag("wake", view.wake)
      .number("wakeAt", view.wake_at_ms)
      .text("counter", view.counter)
      .text("caption", view.caption)
      .text("announcement", view.announcement)
      .number("announcementId", view.announcement_id)
      .value("preload", preload)
      .flag("canPrevious", view.can_previous)
      .flag("canNext", view.can_next)
      .flag("canZoomIn", view.can_zoom_in)
      .flag("canZoomOut", view.can_zoom_out)
      .flag("zoomed", view.zoomed)
      .flag("controlsVisible", view.controls_visible)
      .text("fragment", view.fragment)
      .get();
}

void gallery_destroy(int id) { galleries().remove(id); }
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
