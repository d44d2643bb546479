// Loads the lightbox's JS, dist/portal-widgets-lightbox.<hash>.js, with a
// <script> tag, which works from the classic script and the ES module alike
// and under a CSP that allows the bundle's own origin. The tag carries the
// file's SRI hash, written in at build time, so a changed or stale file
// never runs, and the page's nonce when the bundle was given one. The file's
// entry (web/lightbox-entry.js) hands its createLightbox to the tag that
// loaded it, so nothing is added to the page's global scope.
export function loadLightboxScript(url, integrity, nonce) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    if (nonce) script.nonce = nonce;
    script.onload = () => {
      script.remove();
      if (script.pwLightbox) resolve(script.pwLightbox);
      else reject(new Error(url + ' did not hand over the lightbox'));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(url + ' could not be loaded (missing, blocked, or not the file this bundle was built with)'));
    };
    document.head.append(script);
  });
}
