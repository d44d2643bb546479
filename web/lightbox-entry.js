// Entry of dist/portal-widgets-lightbox.<hash>.js: the lightbox's JS, loaded
// on intent by web/lightbox-script.js, which reads what this leaves on its
// <script> tag. The .single builds bundle web/gallery-lightbox.js instead.
import { createLightbox } from './gallery-lightbox.js';

document.currentScript.pwLightbox = createLightbox;
