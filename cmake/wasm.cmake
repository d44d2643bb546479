# WebAssembly build: pw::shared plus the embind bindings of wasm/, linked by
# Emscripten into its own modularized glue (portal-widgets.mjs, which
# scripts/build.mjs bundles with web/) and portal-widgets.wasm.

# Size is a feature: no exceptions, no RTTI (embind then names types by
# pointer, hence the define), LTO. Public on core, so every library and the
# bindings compile alike.
target_compile_options(pw_core PUBLIC -Oz -flto -fno-exceptions -fno-rtti -DNDEBUG
  -DEMSCRIPTEN_HAS_UNBOUND_TYPE_NAMES=0)

# nlohmann/json from the host's package, found through its CMake config
# outside the wasm sysroot the toolchain confines searches to. Its include dir
# holds the host's libc headers too, which would shadow the sysroot's: the
# build tree gets an include dir that holds only a link to the nlohmann folder.
find_package(nlohmann_json 3 CONFIG REQUIRED NO_CMAKE_FIND_ROOT_PATH)
get_target_property(PW_NLOHMANN_INCLUDE_DIRS nlohmann_json::nlohmann_json INTERFACE_INCLUDE_DIRECTORIES)
list(GET PW_NLOHMANN_INCLUDE_DIRS 0 PW_NLOHMANN_INCLUDE_DIR)
set(PW_NLOHMANN_LINK_DIR ${CMAKE_BINARY_DIR}/nlohmann-include)
file(MAKE_DIRECTORY ${PW_NLOHMANN_LINK_DIR})
file(CREATE_LINK ${PW_NLOHMANN_INCLUDE_DIR}/nlohmann ${PW_NLOHMANN_LINK_DIR}/nlohmann SYMBOLIC)
target_include_directories(pw_core SYSTEM PUBLIC ${PW_NLOHMANN_LINK_DIR})

set(PW_WASM_SOURCES
  wasm/browser_math.cpp
  wasm/carousel_bindings.cpp
  wasm/common_bindings.cpp
  wasm/font_scale_bindings.cpp
  wasm/strtod.cpp
  wasm/gallery_bindings.cpp
  wasm/lean_printf.cpp
  wasm/problem_bindings.cpp
  wasm/visitor_counter_bindings.cpp
)
add_executable(pw_wasm ${PW_WASM_SOURCES})
target_link_libraries(pw_wasm PRIVATE pw::shared)
# The .mjs suffix makes emcc write the glue as an ES module; the .wasm beside
# it takes the same name (baked into the glue, so renamed here, never after).
set_target_properties(pw_wasm PROPERTIES OUTPUT_NAME portal-widgets SUFFIX .mjs)

# emcc's JS optimizer imports acorn and runs closure; both are the project's
# pinned npm packages (package.json), so the link needs nothing of the distro's.
set(PW_CLOSURE ${CMAKE_SOURCE_DIR}/node_modules/.bin/google-closure-compiler)
set(PW_EMCC_LAUNCHER "env;NODE_PATH=${CMAKE_SOURCE_DIR}/node_modules;EM_CLOSURE_COMPILER=${PW_CLOSURE}")
set_target_properties(pw_wasm PROPERTIES CXX_LINKER_LAUNCHER "${PW_EMCC_LAUNCHER}")

set(PW_WASM_LINK_OPTIONS
  -Oz
  -flto
  -lembind
  -fno-rtti                     # links embind without RTTI, as shared/ is compiled
  -sMODULARIZE=1
  -sEXPORT_ES6=1
  -sEXPORT_NAME=createPortalWidgets
  -sUSE_ES6_IMPORT_META=0       # web/loader.js finds the .wasm itself
  -sENVIRONMENT=web
  -sINCOMING_MODULE_JS_API=[instantiateWasm]  # web/loader.js fetches and instantiates the .wasm itself
  -sDYNAMIC_EXECUTION=0         # no eval or new Function: the strict CSP holds
  -sMALLOC=emmalloc             # Emscripten's small allocator
  -sFILESYSTEM=0
  -sINITIAL_MEMORY=131072       # two pages to start, grows on demand
  -sTOTAL_STACK=16384           # deepest measured use 3.9 KB (options nested 64 deep, the JSON limit)
  -sALLOW_MEMORY_GROWTH=1
  -sSUPPORT_LONGJMP=0
  -sSUPPORT_ERRNO=0
  -sTEXTDECODER=2               # every supported browser has TextDecoder: no fallback decoder
  -sPOLYFILL=0                  # ES2020 browsers only (README): no polyfills in the glue
  --closure 1
)
# Linked with its function names, which the split below reads; what ships
# has none. The split puts what only the lightbox reaches into a second
# module that the page loads on intent (docs/architecture.md, "What loads
# when"): portal-widgets.main.wasm and portal-widgets.lightbox.wasm.
target_link_options(pw_wasm PRIVATE ${PW_WASM_LINK_OPTIONS} --profiling-funcs)
add_custom_command(TARGET pw_wasm POST_BUILD
  COMMAND node ${CMAKE_SOURCE_DIR}/scripts/wasm-split-lightbox.mjs
          ${CMAKE_BINARY_DIR}/portal-widgets.wasm ${CMAKE_BINARY_DIR}
  VERBATIM)

# The same module with its function names kept, for `npm run size -- --why`
# (scripts/wasm-breakdown.mjs); built only when asked for.
add_executable(pw_wasm_names EXCLUDE_FROM_ALL ${PW_WASM_SOURCES})
target_link_libraries(pw_wasm_names PRIVATE pw::shared)
set_target_properties(pw_wasm_names PROPERTIES OUTPUT_NAME portal-widgets-names SUFFIX .mjs
  CXX_LINKER_LAUNCHER "${PW_EMCC_LAUNCHER}")
target_link_options(pw_wasm_names PRIVATE ${PW_WASM_LINK_OPTIONS} --profiling-funcs)

# What each widget adds to the wasm (scripts/wasm-widget-cost.mjs): the module
# linked without that widget's bindings, so the linker and wasm-opt drop all
# that only it reaches. Built only when asked for.
foreach(widget IN ITEMS font_scale visitor_counter gallery carousel)
  set(sources ${PW_WASM_SOURCES})
  list(REMOVE_ITEM sources wasm/${widget}_bindings.cpp)
  add_executable(pw_wasm_without_${widget} EXCLUDE_FROM_ALL ${sources})
  target_link_libraries(pw_wasm_without_${widget} PRIVATE pw::shared)
  set_target_properties(pw_wasm_without_${widget} PROPERTIES
    OUTPUT_NAME portal-widgets-without-${widget} SUFFIX .mjs
    CXX_LINKER_LAUNCHER "${PW_EMCC_LAUNCHER}")
  target_link_options(pw_wasm_without_${widget} PRIVATE ${PW_WASM_LINK_OPTIONS})
endforeach()
