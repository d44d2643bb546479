// Tells emcc that the module imports these from JS (shared/compact_math.h);
// web/loader.js passes the browser's Math functions. The bodies here are
// never used: the build writes no JS glue.
mergeInto(LibraryManager.library, {
  compact_exp: function () {},
  compact_log: function () {},
  compact_hypot: function () {},
  compact_fmod: function () {},
});
