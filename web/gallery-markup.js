// What the host's thumbnail markup says, read for web/gallery.js: DOM only,
// verbatim; shared/gallery/items.h decides what a thumbnail means.
import { wellFormed } from './well-formed.js';

const number = (value) => {
  const parsed = parseFloat(value);
  return parsed > 0 && isFinite(parsed) ? parsed : 0;
};

// What one thumbnail says, verbatim, as the GalleryItemMarkup of
// wasm/gallery_bindings.cpp, and the link that opens it, if any.
export function readMarkup(root, img) {
  const link = img.closest('a[href]');
  const figure = img.closest('figure');
  const captioned = img.closest('[data-pw-caption]');
  const caption = figure && root.contains(figure) ? figure.querySelector('figcaption') : null;
  const attr = (name) => wellFormed(img.getAttribute(name) || '');
  const linked = link && root.contains(link) ? link : null;
  return {
    link: linked,
    markup: {
      href: linked ? wellFormed(linked.getAttribute('href') || '') : '',
      src: attr('src'),
      dataSrc: attr('data-src'),
      srcset: attr('srcset'),
      dataSrcset: attr('data-srcset'),
      figcaption: caption ? wellFormed(caption.textContent) : '',
      dataCaption:
        captioned && root.contains(captioned) ? wellFormed(captioned.getAttribute('data-pw-caption')) : '',
      alt: attr('alt'),
      thumbWidth: number(attr('width')) || img.naturalWidth || 0, // the thumbnail's size
      thumbHeight: number(attr('height')) || img.naturalHeight || 0,
      declaredWidth: number(attr('data-pw-width')), // the full image's size, when the page says it
      declaredHeight: number(attr('data-pw-height')),
    },
  };
}
