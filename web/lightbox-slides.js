// The lightbox's slides: at most three elements (made by lightbox-dialog.js),
// kept by photo so an image is not reloaded when the strip moves on, each
// drawn as a GallerySlideView (wasm/gallery_bindings.cpp) says.
import { setStyle, setText } from './lightbox-dialog.js';

// `pool`: the slide elements; `slides`: this frame's views; `request(index,
// src)`: fetches a full image that a slide is waiting for.
export function renderSlides(pool, slides, request) {
  const free = pool.filter((slide) => !slides.some((view) => view.index === slide.photo));
  for (const view of slides) {
    let slide = pool.find((candidate) => candidate.photo === view.index);
    if (!slide) {
      slide = free.shift();
      if (!slide) continue;
      slide.photo = view.index;
      slide.shows = null;
    }
    drawSlide(slide, view, request);
  }
  for (const slide of free) {
    slide.photo = -1;
    slide.node.hidden = true;
  }
}

function drawSlide(slide, view, request) {
  const { node, img, spinner, message } = slide;
  node.hidden = false;
  setStyle(node, 'width', view.width + 'px');
  setStyle(node, 'height', view.height + 'px');
  setStyle(node, 'transform', 'translate(' + view.x.toFixed(2) + 'px,' + view.y.toFixed(2) + 'px) scale(' + view.scale.toFixed(4) + ')');
  setStyle(node, 'opacity', String(view.opacity));
  // The thumbnail stands in, scaled, until the full image is decoded.
  const shows = view.loaded && view.src ? view.src : view.placeholder;
  if (slide.shows !== shows) {
    slide.shows = shows;
    if (shows) img.src = shows;
    else img.removeAttribute('src');
  }
  img.hidden = view.failed;
  spinner.hidden = !view.spinner;
  setText(message, view.message);
  message.hidden = !view.message;
  if (view.src && !view.loaded && !view.failed) request(view.index, view.src);
}
