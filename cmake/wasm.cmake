# WebAssembly build: pw::shared plus the embind module `portal-widgets.{js,wasm}`.
# scripts/build.mjs wraps the emitted glue with web/ into the dist/ bundle.

# Size is a feature: no exceptions, LTO.
target_compile_options(pw_shared PUBLIC -Oz -flto -fno-exceptions -DNDEBUG)

add_executable(pw_wasm
  wasm/carousel_bindings.cpp
  wasm/common_bindings.cpp
  wasm/font_scale_bindings.cpp
  wasm/gallery_bindings.cpp
  wasm/visitor_counter_bindings.cpp
)
target_link_libraries(pw_wasm PRIVATE pw::shared)
# The .wasm file name is baked into the glue, so it is chosen here, not renamed later.
set_target_properties(pw_wasm PROPERTIES OUTPUT_NAME portal-widgets SUFFIX .js)

# emcc's JS optimizer needs Debian's node modules (the machine's node is not Debian's),
# and Closure comes from our devDependencies: emcc 3.1.6 works with 20220104 only.
set_target_properties(pw_wasm PROPERTIES CXX_LINKER_LAUNCHER
  "env;NODE_PATH=/usr/share/nodejs;EM_CLOSURE_COMPILER=${CMAKE_SOURCE_DIR}/node_modules/.bin/google-closure-compiler")

target_link_options(pw_wasm PRIVATE
  --bind
  -Oz
  -flto
  -sMODULARIZE=1
  -sEXPORT_NAME=createPortalWidgetsModule
  -sENVIRONMENT=web
  -sMALLOC=emmalloc            # smallest allocator; we allocate little
  -sFILESYSTEM=0
  -sINITIAL_MEMORY=131072       # two pages to start, grows on demand
  -sTOTAL_STACK=16384           # deepest measured use 3.9 KB (options nested 64 deep, the JSON limit)
  -sALLOW_MEMORY_GROWTH=1
  --closure=1                   # minifies the emscripten glue, a third of the JS
  -sSUPPORT_LONGJMP=0
  -sSUPPORT_ERRNO=0
  -sBINARYEN_EXTRA_PASSES=--converge  # repeat -Oz until it stops shrinking (about 0.7 KB gzip)
  -sTEXTDECODER=2               # every browser we support has TextDecoder: no JS fallback
  -sDYNAMIC_EXECUTION=0         # no eval/new Function: works under a strict CSP
  -sINCOMING_MODULE_JS_API=[locateFile,wasmBinary,print,printErr]
)
