// Buttons' commands and the carousel's autoplay events cross to the wasm as
// the numbers of their C++ enums, so no name is sent or compared there. Each
// constant is its enumerator's position: CAROUSEL_ in CarouselCommand
// (shared/carousel_controller.h), GALLERY_ in GalleryCommand
// (shared/gallery_keys.h), AUTOPLAY_ in AutoplayEvent
// (shared/carousel_autoplay.h). tests/scripts/commands.test.mjs holds the
// two sides together. esbuild writes the numbers in place of the names.
export const CAROUSEL_PREVIOUS = 0;
export const CAROUSEL_NEXT = 1;

export const GALLERY_PREVIOUS = 1;
export const GALLERY_NEXT = 2;
export const GALLERY_ZOOM_IN = 5;
export const GALLERY_ZOOM_OUT = 6;
export const GALLERY_CLOSE = 8;

export const AUTOPLAY_PLAY_PRESSED = 1;
export const AUTOPLAY_PAUSE_PRESSED = 2;
export const AUTOPLAY_HOVER_IN = 3;
export const AUTOPLAY_HOVER_OUT = 4;
export const AUTOPLAY_FOCUS_IN = 5;
export const AUTOPLAY_FOCUS_OUT = 6;
export const AUTOPLAY_HIDDEN = 7;
export const AUTOPLAY_VISIBLE = 8;
export const AUTOPLAY_OFFSCREEN = 9;
export const AUTOPLAY_ONSCREEN = 10;
export const AUTOPLAY_REDUCED_MOTION_ON = 11;
export const AUTOPLAY_REDUCED_MOTION_OFF = 12;
export const AUTOPLAY_TICK = 13;
