// Tells emcc that the module imports these from JS (shared/compact_math.h);
// web/loader.js passes the browser's Math functions. The bodies here are
// never used: the build writes no JS glue.
mergeInto(LibraryManager.library, {
  pw_browser_exp: function () {},
  pw_browser_log: function () {},
  pw_browser_sin: function () {},
  pw_browser_cos: function () {},
  pw_browser_hypot: function () {},
  pw_browser_fmod: function () {},
});
