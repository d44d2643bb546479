// embind bindings of the photo gallery, in two classes. `Gallery` is what a
// page needs at mount: the adapter creates one per mounted widget from its
// option layers, hands it each thumbnail's markup, starts it, and deletes it
// in destroy(). `GalleryLightbox` is the lightbox over that gallery, created
// once the reader shows intent. Everything that only `GalleryLightbox`
// reaches is split into a second wasm module (scripts/wasm-split-lightbox.mjs
// keys on its name), which web/loader.js loads on intent. Options are parsed
// once, at construction; afterwards an input event is one call and an
// animation frame one call returning the whole view.
#include <emscripten/bind.h>

#include <string>
#include <utility>
#include <vector>

#include "lines.h"
#include "live_instance.h"

#include "gallery/controller.h"
#include "gallery/deep_link_claim.h"
#include "gallery/lightbox_padding.h"

namespace {

using pw::GalleryCommand;
using pw::GalleryItemMarkup;
using pw::GalleryPreloadView;
using pw::GalleryRect;
using pw::GallerySlideView;
using pw::GalleryStrings;
using pw::GalleryView;
using pw::GalleryViewport;

// What the adapter measures of the window: the room the lightbox keeps for
// its controls follows from it here, in C++ (gallery/lightbox_padding.h).
struct GalleryWindow {
  double width = 0;
  double height = 0;
  double device_pixel_ratio = 1;
  double rem_px = 16;  // the root element's font size
};

GalleryViewport viewport_of(const GalleryWindow& window) {
  const pw::Size room = pw::lightbox_padding(window.width, window.rem_px);
  return {window.width, window.height, room.width, room.height, window.device_pixel_ratio};
}

using SlideList = pw::BoundedList<GallerySlideView, 3>;
using PreloadList = pw::BoundedList<GalleryPreloadView, 3>;

// What the adapter needs once at mount: per-photo texts and the buttons' labels.
struct GalleryConfig {
  std::string warnings;       // one per line; "" when none
  int count = 0;              // photos the lightbox shows
  std::string captions;       // per photo, one a line (captions hold no line break)
  std::string thumbnail_names;  // per photo, one a line: the name of a bare image without alt
  std::string early_sources;  // per photo, one a line: see gallery_early_source
  int linked = -1;            // the photo this gallery opens for the page's fragment, or -1
  GalleryStrings labels;
};

const char* phase_name(pw::GalleryPhase phase) {
  switch (phase) {
    case pw::GalleryPhase::opening: return "opening";
    case pw::GalleryPhase::open: return "open";
    case pw::GalleryPhase::closing: return "closing";
    default: return "closed";
  }
}

// The page's deep link: one module per page, so one for all its galleries.
pw::PageDeepLink page_deep_link;

class Gallery {
 public:
  Gallery(const pw::OptionLayers& layers, bool reduced_motion, bool save_data)
      : parsed_(pw::parse_gallery_options(layers)), reduced_motion_(reduced_motion), save_data_(save_data) {}

  // One thumbnail of the page, in document order → the photo it opens, or -1
  // (no usable image: the browser keeps the item).
  int add_item(const GalleryItemMarkup& markup) {
    pw::GalleryItem item = pw::gallery_item(markup);
    if (!item.has_image) return -1;
    items_.push_back(std::move(item));
    return static_cast<int>(items_.size()) - 1;
  }

  // After the last add_item. `fragment`: the page's location.hash, which only
  // one gallery of the page answers (gallery/deep_link_claim.h).
  GalleryConfig start(const std::string& fragment) {
    state_ = pw::start_gallery(std::move(parsed_.options), std::move(items_), reduced_motion_, save_data_);
    std::vector<std::string> captions;
    std::vector<std::string> early_sources;
    std::vector<std::string> thumbnail_names;
    for (std::size_t photo = 0; photo < state_.items.size(); ++photo) {
      captions.push_back(state_.items[photo].caption);
      thumbnail_names.push_back(pw::gallery_thumbnail_name(state_.options.strings, static_cast<int>(photo),
                                                           state_.items[photo].caption));
      early_sources.push_back(pw::gallery_early_source(state_, static_cast<int>(photo)));
    }
    return {pw::wasm::lines(parsed_.warnings),
            static_cast<int>(state_.items.size()),
            pw::wasm::lines(captions),
            pw::wasm::lines(thumbnail_names),
            pw::wasm::lines(early_sources),
            deep_link_.claim(state_, fragment),
            state_.options.strings};
  }

  // What the lightbox works on, once started (C++ only: it does not cross).
  pw::GalleryState& state() { return state_; }

 private:
  pw::wasm::LiveInstance live_;

  pw::ParsedGalleryOptions parsed_;
  std::vector<pw::GalleryItem> items_;  // until start()
  bool reduced_motion_;
  bool save_data_;
  pw::GalleryState state_;
  pw::DeepLinkClaim deep_link_{page_deep_link};  // given back when deleted
};

// The lightbox of one started Gallery, which must outlive it: the adapter
// deletes the lightbox first. `reduced_motion` and `save_data` as they are
// when it is made, since they may have changed since the mount.
class GalleryLightbox {
 public:
  GalleryLightbox(Gallery& gallery, bool reduced_motion, bool save_data, double now_ms) : state_(gallery.state()) {
    pw::gallery_set_reduced_motion(state_, reduced_motion, now_ms);
    pw::gallery_set_save_data(state_, save_data);
  }

  void open(int index, const GalleryRect& thumbnail, const GalleryWindow& window, double now_ms) {
    pw::gallery_open(state_, index, thumbnail, viewport_of(window), {0, 0}, now_ms);
  }
  void close(double now_ms) { pw::gallery_close(state_, now_ms); }
  // A popstate; `on_our_entry`: the entry now current is the one the
  // lightbox pushed. Returns whether to draw a frame (gallery/history.h).
  bool popstate(bool on_our_entry, double now_ms) { return pw::gallery_popstate(state_, on_our_entry, now_ms); }

  // A button: whether it did something.
  bool command(GalleryCommand command, double now_ms) { return pw::gallery_command(state_, command, now_ms); }
  // KeyboardEvent.key: whether the key was the lightbox's.
  bool key(const std::string& key, bool modifier, double now_ms) {
    return pw::gallery_key(state_, key, modifier, now_ms);
  }

  // Pointer Events on the stage: pointerId, a PointerSample (wasm/common_bindings.cpp),
  // and on the way down whether pointerType is "mouse".
  void pointer_down(int id, const pw::PointerSample& p, bool mouse) { pw::gallery_pointer_down(state_, id, p, mouse); }
  void pointer_move(int id, const pw::PointerSample& p) { pw::gallery_pointer_move(state_, id, p); }
  void pointer_up(int id, const pw::PointerSample& p) { pw::gallery_pointer_up(state_, id, p); }
  void pointer_cancel(double now_ms) { pw::gallery_pointer_cancel(state_, now_ms); }

  void image_loaded(int index, double natural_width, double natural_height, double now_ms) {
    pw::gallery_image_loaded(state_, index, natural_width, natural_height, now_ms);
  }
  void image_failed(int index, double now_ms) { pw::gallery_image_failed(state_, index, now_ms); }
  // Where the thumbnail is now, for the closing animation.
  void thumbnail(int index, const GalleryRect& rect) { pw::gallery_thumbnail(state_, index, rect); }
  void resize(const GalleryWindow& window, double now_ms) { pw::gallery_resize(state_, viewport_of(window), now_ms); }
  void set_reduced_motion(bool reduced, double now_ms) { pw::gallery_set_reduced_motion(state_, reduced, now_ms); }
  void set_save_data(bool save_data) { pw::gallery_set_save_data(state_, save_data); }

  // The lightbox as it should look at `now_ms`.
  GalleryView frame(double now_ms) { return pw::gallery_frame(state_, now_ms); }

 private:
  pw::wasm::LiveInstance live_;
  pw::GalleryState& state_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(gallery) {
  using namespace emscripten;
  enum_<GalleryCommand>("GalleryCommand")
      .value("previous", GalleryCommand::previous)
      .value("next", GalleryCommand::next)
      .value("zoomIn", GalleryCommand::zoom_in)
      .value("zoomOut", GalleryCommand::zoom_out)
      .value("close", GalleryCommand::close);

  // What the adapter does to the browser's history after a view (gallery/history.h).
  enum_<pw::HistoryStep>("GalleryHistoryStep")
      .value("none", pw::HistoryStep::none)
      .value("push", pw::HistoryStep::push)
      .value("replace", pw::HistoryStep::replace)
      .value("back", pw::HistoryStep::back);

  // What web/gallery.js reads of one thumbnail, verbatim (shared/gallery/items.h).
  value_object<GalleryItemMarkup>("GalleryItemMarkup")
      .field("href", &GalleryItemMarkup::link_href)
      .field("src", &GalleryItemMarkup::img_src)
      .field("dataSrc", &GalleryItemMarkup::img_data_src)
      .field("srcset", &GalleryItemMarkup::img_srcset)
      .field("dataSrcset", &GalleryItemMarkup::img_data_srcset)
      .field("figcaption", &GalleryItemMarkup::figcaption)
      .field("dataCaption", &GalleryItemMarkup::data_caption)
      .field("alt", &GalleryItemMarkup::alt)
      .field("thumbWidth", &GalleryItemMarkup::thumb_width)
      .field("thumbHeight", &GalleryItemMarkup::thumb_height)
      .field("declaredWidth", &GalleryItemMarkup::declared_width)
      .field("declaredHeight", &GalleryItemMarkup::declared_height);

  value_object<GalleryRect>("GalleryRect")
      .field("x", &GalleryRect::x)
      .field("y", &GalleryRect::y)
      .field("width", &GalleryRect::width)
      .field("height", &GalleryRect::height);

  value_object<GalleryWindow>("GalleryWindow")
      .field("width", &GalleryWindow::width)
      .field("height", &GalleryWindow::height)
      .field("devicePixelRatio", &GalleryWindow::device_pixel_ratio)
      .field("remPx", &GalleryWindow::rem_px);

  // Only the labels the adapter writes; the other strings stay in C++.
  value_object<GalleryStrings>("GalleryLabels")
      .field("dialog", &GalleryStrings::dialog)
      .field("previous", &GalleryStrings::previous)
      .field("next", &GalleryStrings::next)
      .field("zoomIn", &GalleryStrings::zoom_in)
      .field("zoomOut", &GalleryStrings::zoom_out)
      .field("close", &GalleryStrings::close);

  value_object<GalleryConfig>("GalleryConfig")
      .field("warnings", &GalleryConfig::warnings)
      .field("count", &GalleryConfig::count)
      .field("captions", &GalleryConfig::captions)
      .field("thumbnailNames", &GalleryConfig::thumbnail_names)
      .field("earlySources", &GalleryConfig::early_sources)
      .field("linked", &GalleryConfig::linked)
      .field("labels", &GalleryConfig::labels);

  // A slide's position is not read by the adapter, so it does not cross.
  value_object<GallerySlideView>("GallerySlideView")
      .field("index", &GallerySlideView::index)
      .field("width", &GallerySlideView::width)
      .field("height", &GallerySlideView::height)
      .field("x", &GallerySlideView::x)
      .field("y", &GallerySlideView::y)
      .field("scale", &GallerySlideView::scale)
      .field("opacity", &GallerySlideView::opacity)
      .field("src", &GallerySlideView::src)
      .field("placeholder", &GallerySlideView::placeholder)
      .field("loaded", &GallerySlideView::loaded)
      .field("failed", &GallerySlideView::failed)
      .field("spinner", &GallerySlideView::spinner)
      .field("message", &GallerySlideView::message);
  // Always three slots; slideCount says how many are slides.
  value_array<SlideList>("GallerySlides")
      .element(emscripten::index<0>())
      .element(emscripten::index<1>())
      .element(emscripten::index<2>());

  value_object<GalleryPreloadView>("GalleryPreloadView")
      .field("index", &GalleryPreloadView::index)
      .field("src", &GalleryPreloadView::src);
  // Always three slots; an unused one has no src.
  value_array<PreloadList>("GalleryPreloads")
      .element(emscripten::index<0>())
      .element(emscripten::index<1>())
      .element(emscripten::index<2>());

  // A view only goes out, but embind wants a setter beside each getter.
  value_object<GalleryView>("GalleryView")
      .field("phase", +[](const GalleryView& view) { return std::string(phase_name(view.phase)); },
             +[](GalleryView&, std::string) {})
      .field("index", &GalleryView::index)
      .field("slides", &GalleryView::slides)
      .field("slideCount", +[](const GalleryView& view) { return static_cast<int>(view.slides.size()); },
             +[](GalleryView&, int) {})
      .field("preload", &GalleryView::preload)
      .field("backdrop", &GalleryView::backdrop_opacity)
      .field("animating", &GalleryView::animating)
      .field("wake", &GalleryView::wake)
      .field("wakeAt", &GalleryView::wake_at_ms)
      .field("counter", &GalleryView::counter)
      .field("announcement", &GalleryView::announcement)
      .field("announcementId", &GalleryView::announcement_id)
      .field("arrows", &GalleryView::arrows)
      .field("canPrevious", &GalleryView::can_previous)
      .field("canNext", &GalleryView::can_next)
      .field("canZoomIn", &GalleryView::can_zoom_in)
      .field("canZoomOut", &GalleryView::can_zoom_out)
      .field("zoomed", &GalleryView::zoomed)
      .field("controlsVisible", &GalleryView::controls_visible)
      .field("fragment", &GalleryView::fragment)
      .field("history", &GalleryView::history);

  class_<Gallery>("Gallery")
      .constructor<const pw::OptionLayers&, bool, bool>()
      .function("addItem", &Gallery::add_item)
      .function("start", &Gallery::start);

  class_<GalleryLightbox>("GalleryLightbox")
      .constructor<Gallery&, bool, bool, double>()
      .function("open", &GalleryLightbox::open)
      .function("close", &GalleryLightbox::close)
      .function("popstate", &GalleryLightbox::popstate)
      .function("command", &GalleryLightbox::command)
      .function("key", &GalleryLightbox::key)
      .function("pointerDown", &GalleryLightbox::pointer_down)
      .function("pointerMove", &GalleryLightbox::pointer_move)
      .function("pointerUp", &GalleryLightbox::pointer_up)
      .function("pointerCancel", &GalleryLightbox::pointer_cancel)
      .function("imageLoaded", &GalleryLightbox::image_loaded)
      .function("imageFailed", &GalleryLightbox::image_failed)
      .function("thumbnail", &GalleryLightbox::thumbnail)
      .function("resize", &GalleryLightbox::resize)
      .function("setReducedMotion", &GalleryLightbox::set_reduced_motion)
      .function("setSaveData", &GalleryLightbox::set_save_data)
      .function("frame", &GalleryLightbox::frame);
}
