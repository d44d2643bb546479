#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/bounded_list.h"
#include "gallery/history.h"
#include "gallery/items.h"
#include "gallery/keys.h"
#include "gallery/motion.h"
#include "gallery/options.h"
#include "gallery/placement.h"
#include "gallery/lightbox_gesture.h"
#include "gallery/srcset.h"
#include "gallery/zoom_pan.h"

namespace pw {

// The photo lightbox as one state machine. The adapter forwards events with
// their time, calls gallery_frame once per animation frame and writes what
// the view says; every decision is here, made by the engine files of this
// folder (items, slides, preload, source, zoom_pan, lightbox_gesture) and of
// core/ (spring, easing), which controller.cpp and its lightbox_*.cpp parts
// only compose.
//
// Geometry: CSS px from the viewport's top-left. Each slide is a box of the
// photo's size at fit (width × height in the view); zooming, panning, the
// strip and the open/close animation are one transform on it, so motion is
// transform-only and the box's size changes only on a resize or when a photo's
// real size becomes known.
//
// Left to the adapter: the dialog's markup and the WAI-ARIA modal pattern
// (focus moved in and trapped, the page made inert, focus returned to the
// thumbnail on close), scroll lock, doing the history step each view names
// (gallery/history.h decides it), decoding images before swapping them in, pointer capture,
// `touch-action: none` on the lightbox, filtering out non-primary mouse
// buttons, the prefers-reduced-motion and save-data queries, and measuring.

inline constexpr double kGalleryOpenCloseMs = 250;  // the thumbnail zooming in or back
inline constexpr double kGallerySpinnerDelayMs = 300;  // a quick load shows no spinner at all

// What the adapter measures of the window.
struct GalleryViewport {
  double width = 0;
  double height = 0;
  // Room the fit keeps free for the buttons and the caption, as totals
  // (left + right, top + bottom); the photo stays centred.
  double padding_width = 0;
  double padding_height = 0;
  double device_pixel_ratio = 1;
};

enum class GalleryPhase { closed, opening, open, closing };

// What is known of one photo.
struct GalleryPhotoState {
  Size size{};              // gallery_full_size of the decoded image; {0, 0} unknown
  bool loaded = false;      // the full image was decoded
  bool failed = false;      // it could not be loaded: an error message in its place
  bool upgrade_failed = false;  // a sharper file failed after one loaded: keep that one
  GalleryRect thumbnail{};  // measured by the adapter
  bool thumbnail_current = false;  // measured since the last resize
  double thumbnail_aspect = 0;     // stays after a resize: the stand-in's shape
};

// The current photo's zoom: at rest, eased or springing between two states
// (progress 0..1), or gliding after a flick (the pan decays, clamped to bounds).
struct GalleryZoomMotion {
  enum Kind { rest, tween, glide };
  Kind kind = rest;
  ZoomState from{};
  ZoomState to{};
  GalleryMotion progress;  // tween
  Point velocity{};        // glide, px/ms
  double start_ms = 0;     // glide
  double duration_ms = 0;  // glide
};

// The opening or closing animation: the current photo's on-screen rectangle
// from `from` to `to` (opening: to wherever the photo now is), with opacity,
// and the backdrop's opacity.
struct GalleryPresentation {
  GalleryRect from{};
  double from_opacity = 1;
  GalleryRect to{};
  double to_opacity = 1;
  double backdrop_from = 0;
  double backdrop_to = 0;
  GalleryMotion progress;  // 0..1
};

struct GalleryState {
  GalleryOptions options;
  std::vector<GalleryItem> items;
  std::vector<GalleryPhotoState> photos;
  GalleryViewport viewport;
  bool reduced_motion = false;
  bool save_data = false;

  GalleryPhase phase = GalleryPhase::closed;
  int index = 0;  // the current photo, always in range (0 without photos)
  GalleryPresentation presentation;
  GalleryMotion strip;  // the slides' common horizontal offset
  GalleryMotion drop;   // the current photo's drag-to-close offset, ≥ 0
  Size image{};         // the size the zoom state of the current photo counts in
  GalleryZoomMotion zoom;
  double sharpest_zoom = 1;  // the most zoom over fit asked on this photo: no downgrade

  LightboxGestureState gesture;
  bool gesture_mouse = false;  // the gesture's pointer is a mouse
  bool tap_mouse = false;      // the pending tap's was
  Pan raw_pan{};               // the finger's pan before rubber-banding
  ZoomState pinch_start{};
  double strip_base = 0;       // the strip's offset when the finger caught it
  double drop_base = 0;        // and the drag-to-close offset

  bool controls_visible = true;
  double current_since_ms = 0;  // when the current photo was asked for: the spinner's delay
  int announcement_id = 0;      // grows on each change of photo
  double last_ms = 0;           // the latest readable time seen
  LightboxHistory history;      // the lightbox's entry in the browser's history
};

// A closed lightbox over `items` (those gallery_item marked has_image; any
// other shows the error message).
GalleryState start_gallery(GalleryOptions options, std::vector<GalleryItem> items,
                           bool reduced_motion, bool save_data);

// The photo "#anh-3" names, or −1 (also when deep links are off).
int gallery_index_for_fragment(const GalleryState& state, std::string_view fragment);

// The file to fetch for photo `index` as the finger or mouse goes down, so it
// is on its way before the click opens the lightbox: the file the lightbox
// will ask for first. "" when that depends on the screen (the photo has a
// srcset: the slot's width picks the candidate) or there is no such photo.
std::string gallery_early_source(const GalleryState& state, int index);

// Opens at `index` (clamped into range) from the thumbnail's rectangle: the
// photo zooms from there into place (it fades in when the rectangle is
// unusable). `natural` is the full image's size when known, else {0, 0}: the
// thumbnail's aspect stands in. Nothing happens without photos. While open,
// it goes to `index`; while closing, the same photo reverses from where it is.
void gallery_open(GalleryState& state, int index, const GalleryRect& thumbnail,
                  const GalleryViewport& viewport, const Size& natural, double now_ms);

// Zooms back into the current photo's thumbnail (measured with
// gallery_thumbnail; fades out when there is none or it is out of sight).
void gallery_close(GalleryState& state, double now_ms);

// A popstate; `on_our_entry`: the entry now current is the one the lightbox
// pushed. Back from that entry closes the lightbox. Returns whether a frame
// is to be drawn.
bool gallery_popstate(GalleryState& state, bool on_our_entry, double now_ms);

// A button or a key. false when it changed nothing (at an end, at max zoom,
// closed), so the adapter knows whether the key was used.
bool gallery_command(GalleryState& state, GalleryCommand command, double now_ms);

// A key on the open lightbox (gallery_key_command, then gallery_command);
// true: the adapter calls preventDefault.
bool gallery_key(GalleryState& state, std::string_view key, bool modifier, double now_ms);

// Pointer Events on the open lightbox (ignored while it opens or closes). The
// sample's time is the event's. `mouse`: pointerType is "mouse" (a click
// outside the photo then closes; a touch tap toggles the controls).
void gallery_pointer_down(GalleryState& state, int id, const PointerSample& sample, bool mouse);
void gallery_pointer_move(GalleryState& state, int id, const PointerSample& sample);
void gallery_pointer_up(GalleryState& state, int id, const PointerSample& sample);
// pointercancel or lostpointercapture: the gesture ends where it is.
void gallery_pointer_cancel(GalleryState& state, double now_ms);

// The full image of a photo was decoded at its natural size (the real size
// replaces the stand-in without a visible jump), or could not be loaded.
// Report it for every photo, neighbours and preloads too: a loaded photo is
// not fetched ahead again, a failed one shows its error when it comes in.
// A failure after a load is a sharper file (a zoom upgrade) failing: the
// photo stays as it is and its file goes back to the one at fit.
void gallery_image_loaded(GalleryState& state, int index, double natural_width,
                          double natural_height, double now_ms);
void gallery_image_failed(GalleryState& state, int index, double now_ms);

// The thumbnail of a photo was measured (after each change of photo and each
// resize, for the current one at least): where closing zooms back to.
void gallery_thumbnail(GalleryState& state, int index, const GalleryRect& rect);

// The window was resized or rotated: the zoom keeps its magnification over fit
// and the middle of the view, within the new bounds; motion ends at its target.
// Thumbnails measured before count no more.
void gallery_resize(GalleryState& state, const GalleryViewport& viewport, double now_ms);

// prefers-reduced-motion changed: when on, every motion is at its end at once.
void gallery_set_reduced_motion(GalleryState& state, bool reduced, double now_ms);
void gallery_set_save_data(GalleryState& state, bool save_data);

// One slide to draw.
struct GallerySlideView {
  int index = 0;       // the photo (distinct among the slides: key elements by it)
  int position = 0;    // −1 previous, 0 current, +1 next
  double width = 0;    // the box, CSS px: the photo at fit
  double height = 0;
  double x = 0;        // transform: translate(x, y) scale(scale), origin top left
  double y = 0;
  double scale = 1;
  double opacity = 1;
  std::string src;          // the file to load; "" while it should wait (save-data)
  std::string placeholder;  // the thumbnail, shown scaled until src is decoded
  bool loaded = false;
  bool failed = false;
  bool spinner = false;     // loading for more than kGallerySpinnerDelayMs
  std::string message;      // the error, or the loading text beside the spinner
};

// A photo to fetch ahead that no slide shows (neighbour slides in the preload
// set carry their src already).
struct GalleryPreloadView {
  int index = 0;
  std::string src;
};

struct GalleryView {
  GalleryPhase phase = GalleryPhase::closed;  // closed: remove the dialog, restore focus
  int index = 0;
  int count = 0;
  // None while closed; only the current one while opening or closing.
  BoundedList<GallerySlideView, 3> slides;
  double backdrop_opacity = 0;
  bool animating = false;   // request another frame
  bool wake = false;        // nothing animates, but call frame again at wake_at_ms
  double wake_at_ms = 0;    // (the spinner's delay, a tap waiting for a second)
  std::string counter;      // "3 / 10"
  std::string announcement; // for the polite live region
  int announcement_id = 0;  // set the live region when this changes
  BoundedList<GalleryPreloadView, 3> preload;  // preload_indexes gives at most three
  bool arrows = false;      // previous and next are shown: only with more than one photo
  bool can_previous = false;
  bool can_next = false;
  bool can_zoom_in = false;
  bool can_zoom_out = false;
  bool zoomed = false;      // zoomed in: the cursor can show "grab"
  bool controls_visible = true;
  std::string fragment;     // "#anh-3" while open with deep links, else ""
  HistoryStep history = HistoryStep::none;  // what to do to the browser's history now
};

// The picture at `now_ms`. Also confirms a tap once no second tap can follow
// (so a wake is all the timer the adapter needs) and ends finished animations.
GalleryView gallery_frame(GalleryState& state, double now_ms);

}  // namespace pw
