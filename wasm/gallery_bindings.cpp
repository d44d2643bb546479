// Exports of the photo lightbox. Each mounted gallery's state lives here
// under an integer id; galleryDestroy frees it. Values only cross.
#include <string>
#include <utility>
#include <vector>

#include "boundary.h"
#include "instance_registry.h"
#include "option_layers_arg.h"
#include "pointer_sample_arg.h"

#include "gallery_controller.h"

namespace {

using pw::wasm::CallArgs;
using pw::wasm::Key;
using pw::wasm::Result;
using pw::wasm::result;

// A plain global, set up by _initialize before any export runs: no guard on
// every call, as a function's static would have.
InstanceRegistry<pw::GalleryState> all_galleries;

pw::GalleryState* gallery_of(CallArgs& args) { return all_galleries.find(args.integer()); }

// What web/gallery.js read of one thumbnail, verbatim: (href, src, dataSrc,
// srcset, dataSrcset, figcaption, dataCaption, alt, thumbWidth, thumbHeight,
// width, height). Braced lists are read left to right.
pw::GalleryItemMarkup markup_of(CallArgs& args) {
  return {args.text(),   args.text(),   args.text(),   args.text(),  args.text(),
          args.text(),   args.text(),   args.text(),   args.number(), args.number(),
          args.number(), args.number()};
}

// (x, y, width, height)
pw::GalleryRect rect_of(CallArgs& args) {
  return {args.number(), args.number(), args.number(), args.number()};
}

// (width, height, paddingWidth, paddingHeight, dpr)
pw::GalleryViewport viewport_of(CallArgs& args) {
  return {args.number(), args.number(), args.number(), args.number(), args.number()};
}

// A button's command by its number (web/commands.js); none when out of range.
pw::GalleryCommand command_of(int number) {
  using C = pw::GalleryCommand;
  return number > static_cast<int>(C::none) && number <= static_cast<int>(C::close) ? static_cast<C>(number)
                                                                                   : C::none;
}

const char* phase_name(pw::GalleryPhase phase) {
  switch (phase) {
    case pw::GalleryPhase::opening: return "opening";
    case pw::GalleryPhase::open: return "open";
    case pw::GalleryPhase::closing: return "closing";
    default: return "closed";
  }
}

void put_slide(Result& out, const pw::GallerySlideView& slide) {
  out.object()
      .number(Key::index, slide.index)
      .number(Key::width, slide.width)
      .number(Key::height, slide.height)
      .number(Key::x, slide.x)
      .number(Key::y, slide.y)
      .number(Key::scale, slide.scale)
      .number(Key::opacity, slide.opacity)
      .text(Key::src, slide.src)
      .text(Key::placeholder, slide.placeholder)
      .flag(Key::loaded, slide.loaded)
      .flag(Key::failed, slide.failed)
      .flag(Key::spinner, slide.spinner)
      .text(Key::message, slide.message)
      .end();
}

const char* flag_result(bool value) { return result().flag(Key::none, value).done(); }

}  // namespace

// (layers, markupCount, markups…, reducedMotion, saveData) → the gallery's id, texts,
// which markup item shows which photo (-1: none, left to the browser) and
// per photo the file to fetch as a finger goes down ("" for none)
PW_EXPORT const char* galleryCreate() {
  CallArgs args;
  auto parsed = pw::parse_gallery_options(pw::wasm::option_layers(args));
  std::vector<pw::GalleryItem> items;
  std::vector<int> photo_of;
  for (std::size_t left = args.count(); left > 0; --left) {
    pw::GalleryItem item = pw::gallery_item(markup_of(args));
    photo_of.push_back(item.has_image ? static_cast<int>(items.size()) : -1);
    if (item.has_image) items.push_back(std::move(item));
  }
  const bool reduced_motion = args.flag();
  const bool save_data = args.flag();
  const int count = static_cast<int>(items.size());
  const int id = all_galleries.add(
      pw::start_gallery(std::move(parsed.options), std::move(items), reduced_motion, save_data));
  const pw::GalleryState& state = *all_galleries.find(id);
  const pw::GalleryStrings& strings = state.options.strings;  // moved, not copied
  Result& out = result()
                    .object()
                    .number(Key::id, id)
                    .lines(Key::warnings, parsed.warnings)
                    .number(Key::count, count)
                    .array(Key::photoOf);
  for (int photo : photo_of) out.number(Key::none, photo);
  out.end().array(Key::earlySources);
  for (int photo = 0; photo < count; ++photo) out.text(Key::none, pw::gallery_early_source(state, photo));
  out.end().array(Key::captions);
  for (const pw::GalleryItem& item : state.items) out.text(Key::none, item.caption);
  return out.end()
      .text(Key::dialog, strings.dialog)
      .text(Key::previous, strings.previous)
      .text(Key::next, strings.next)
      .text(Key::zoomIn, strings.zoom_in)
      .text(Key::zoomOut, strings.zoom_out)
      .text(Key::close, strings.close)
      .end()
      .done();
}

// (id, fragment) → the photo a #anh-N link names, or -1
PW_EXPORT const char* galleryFragmentIndex() {
  CallArgs args;
  const pw::GalleryState* state = gallery_of(args);
  const std::string fragment = args.text();
  return result().number(Key::none, state ? pw::gallery_index_for_fragment(*state, fragment) : -1).done();
}

// (id, index, thumbnailRect, viewport, nowMs)
PW_EXPORT void galleryOpen() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const int index = args.integer();
  const pw::GalleryRect thumbnail = rect_of(args);
  const pw::GalleryViewport viewport = viewport_of(args);
  const double now_ms = args.number();
  if (state) pw::gallery_open(*state, index, thumbnail, viewport, {0, 0}, now_ms);
}

// (id, nowMs)
PW_EXPORT void galleryClose() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const double now_ms = args.number();
  if (state) pw::gallery_close(*state, now_ms);
}

// (id, command, nowMs) → whether the button did something
PW_EXPORT const char* galleryCommand() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const pw::GalleryCommand command = command_of(args.integer());
  const double now_ms = args.number();
  return flag_result(state && pw::gallery_command(*state, command, now_ms));
}

// (id, key, modifier, nowMs) → whether the key was the lightbox's
PW_EXPORT const char* galleryKey() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const std::string key = args.text();
  const bool modifier = args.flag();
  const double now_ms = args.number();
  return flag_result(state && pw::gallery_key(*state, key, modifier, now_ms));
}

// (id, pointerId, tMs, x, y, mouse)
PW_EXPORT void galleryPointerDown() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const int pointer = args.integer();
  const pw::PointerSample sample = pw::wasm::pointer_sample(args);
  const bool mouse = args.flag();
  if (state) pw::gallery_pointer_down(*state, pointer, sample, mouse);
}

// (id, pointerId, tMs, x, y)
PW_EXPORT void galleryPointerMove() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const int pointer = args.integer();
  const pw::PointerSample sample = pw::wasm::pointer_sample(args);
  if (state) pw::gallery_pointer_move(*state, pointer, sample);
}

// (id, pointerId, tMs, x, y)
PW_EXPORT void galleryPointerUp() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const int pointer = args.integer();
  const pw::PointerSample sample = pw::wasm::pointer_sample(args);
  if (state) pw::gallery_pointer_up(*state, pointer, sample);
}

// (id, nowMs)
PW_EXPORT void galleryPointerCancel() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const double now_ms = args.number();
  if (state) pw::gallery_pointer_cancel(*state, now_ms);
}

// (id, index, naturalWidth, naturalHeight, nowMs)
PW_EXPORT void galleryImageLoaded() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const int index = args.integer();
  const double width = args.number();
  const double height = args.number();
  const double now_ms = args.number();
  if (state) pw::gallery_image_loaded(*state, index, width, height, now_ms);
}

// (id, index, nowMs)
PW_EXPORT void galleryImageFailed() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const int index = args.integer();
  const double now_ms = args.number();
  if (state) pw::gallery_image_failed(*state, index, now_ms);
}

// (id, index, rect): where the thumbnail is now, for the closing animation
PW_EXPORT void galleryThumbnail() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const int index = args.integer();
  const pw::GalleryRect rect = rect_of(args);
  if (state) pw::gallery_thumbnail(*state, index, rect);
}

// (id, viewport, nowMs)
PW_EXPORT void galleryResize() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const pw::GalleryViewport viewport = viewport_of(args);
  const double now_ms = args.number();
  if (state) pw::gallery_resize(*state, viewport, now_ms);
}

// (id, reduced, nowMs)
PW_EXPORT void gallerySetReducedMotion() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const bool reduced = args.flag();
  const double now_ms = args.number();
  if (state) pw::gallery_set_reduced_motion(*state, reduced, now_ms);
}

// (id, saveData)
PW_EXPORT void gallerySetSaveData() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const bool save_data = args.flag();
  if (state) pw::gallery_set_save_data(*state, save_data);
}

// (id, nowMs) → the lightbox as it should look this frame
PW_EXPORT const char* galleryFrame() {
  CallArgs args;
  pw::GalleryState* state = gallery_of(args);
  const double now_ms = args.number();
  const pw::GalleryView view = state ? pw::gallery_frame(*state, now_ms) : pw::GalleryView{};
  Result& out = result()
                    .object()
                    .text(Key::phase, phase_name(view.phase))
                    .number(Key::index, view.index)
                    .array(Key::slides);
  for (const auto& slide : view.slides) put_slide(out, slide);
  out.end().array(Key::preload);
  for (const auto& preload : view.preload)
    out.object().number(Key::index, preload.index).text(Key::src, preload.src).end();
  return out.end()
      .number(Key::backdrop, view.backdrop_opacity)
      .flag(Key::animating, view.animating)
      .flag(Key::wake, view.wake)
      .number(Key::wakeAt, view.wake_at_ms)
      .text(Key::counter, view.counter)
      .text(Key::announcement, view.announcement)
      .number(Key::announcementId, view.announcement_id)
      .flag(Key::canPrevious, view.can_previous)
      .flag(Key::canNext, view.can_next)
      .flag(Key::canZoomIn, view.can_zoom_in)
      .flag(Key::canZoomOut, view.can_zoom_out)
      .flag(Key::zoomed, view.zoomed)
      .flag(Key::controlsVisible, view.controls_visible)
      .text(Key::fragment, view.fragment)
      .end()
      .done();
}

// (id)
PW_EXPORT void galleryDestroy() {
  CallArgs args;
  all_galleries.remove(args.integer());
}
