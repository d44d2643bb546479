# WebAssembly build: pw::shared plus the exports of wasm/ as one standalone
# `portal-widgets.wasm`, with no emscripten glue: web/wasm-module.js loads it
# and speaks the boundary of wasm/boundary.h. scripts/build.mjs bundles web/.

# Size is a feature: no exceptions, no RTTI (nothing asks a type its name), LTO.
target_compile_options(pw_shared PUBLIC -Oz -flto -fno-exceptions -fno-rtti -DNDEBUG)

# nlohmann/json from the host's headers. -I/usr/include would shadow the wasm
# sysroot, and find_package fails under emcmake: an include dir in the build
# tree that holds only a link to the nlohmann folder.
find_path(PW_NLOHMANN_INCLUDE_DIR nlohmann/json.hpp PATHS /usr/include /usr/local/include
          NO_DEFAULT_PATH NO_CMAKE_FIND_ROOT_PATH REQUIRED)
set(PW_NLOHMANN_LINK_DIR ${CMAKE_BINARY_DIR}/nlohmann-include)
file(MAKE_DIRECTORY ${PW_NLOHMANN_LINK_DIR})
file(CREATE_LINK ${PW_NLOHMANN_INCLUDE_DIR}/nlohmann ${PW_NLOHMANN_LINK_DIR}/nlohmann SYMBOLIC)
target_include_directories(pw_shared SYSTEM PUBLIC ${PW_NLOHMANN_LINK_DIR})

set(PW_WASM_SOURCES
  wasm/boundary.cpp
  wasm/carousel_bindings.cpp
  wasm/common_bindings.cpp
  wasm/compact_libc.cpp
  wasm/heap.cpp
  wasm/instance_registry.cpp
  wasm/font_scale_bindings.cpp
  wasm/strtod.cpp
  wasm/gallery_bindings.cpp
  wasm/visitor_counter_bindings.cpp
)
add_executable(pw_wasm ${PW_WASM_SOURCES})
target_link_libraries(pw_wasm PRIVATE pw::shared)
# A .wasm output makes emcc write the module alone, with WASI-style imports.
set_target_properties(pw_wasm PROPERTIES OUTPUT_NAME portal-widgets SUFFIX .wasm)

# emcc's JS optimizer needs Debian's node modules (the machine's node is not Debian's).
set_target_properties(pw_wasm PROPERTIES CXX_LINKER_LAUNCHER "env;NODE_PATH=/usr/share/nodejs")

set(PW_WASM_LINK_OPTIONS
  -Oz
  -flto
  --no-entry                    # a library of exports (PW_EXPORT), no main()
  -sSTANDALONE_WASM=1           # no JS glue: a few WASI imports that web/wasm-module.js stubs
  -sMALLOC=none                 # wasm/heap.cpp: pw::SizeClassHeap is malloc and free
  -sFILESYSTEM=0
  -sINITIAL_MEMORY=131072       # two pages to start, grows on demand
  -sTOTAL_STACK=16384           # deepest measured use 3.9 KB (options nested 64 deep, the JSON limit)
  -sALLOW_MEMORY_GROWTH=1
  -sSUPPORT_LONGJMP=0
  -sSUPPORT_ERRNO=0
  -sBINARYEN_EXTRA_PASSES=--converge  # repeat -Oz until it stops shrinking (about 0.7 KB gzip)
  --js-library ${CMAKE_SOURCE_DIR}/wasm/browser_math.js  # Math imports, see shared/compact_math.h
)
target_link_options(pw_wasm PRIVATE ${PW_WASM_LINK_OPTIONS})
set_target_properties(pw_wasm PROPERTIES LINK_DEPENDS ${CMAKE_SOURCE_DIR}/wasm/browser_math.js)

# One more wasm-opt over the linked module: functions ordered by how often they
# are called, so the commonest calls take the shortest indices, then -Oz until
# the module stops shrinking. emcc's own passes end otherwise; this takes about
# 0.6 KB gzip off. Features stay the MVP's, as emcc's, so no browser the README
# lists loses the module.
# - Not --ignore-implicit-traps (0.1 KB gzip less): with the inlining below,
#   binaryen 108 then miscompiled the carousel's inert slides (all shown).
# - Functions of up to 5 bytes are inlined at every call (binaryen's default
#   is 2). The module grows 0.5 KB raw but gzips 0.5 KB smaller: the inlined
#   bodies repeat, calls to hundreds of different indices did not. 4 and 6
#   do less, 8 and up more than undo it (measured on this module).
find_program(PW_WASM_OPT wasm-opt REQUIRED)
set(PW_LAST_WASM_OPT --mvp-features --enable-mutable-globals --always-inline-max-function-size 5 --converge --reorder-functions -Oz)
add_custom_command(TARGET pw_wasm POST_BUILD
  COMMAND ${PW_WASM_OPT} $<TARGET_FILE:pw_wasm> ${PW_LAST_WASM_OPT} -o $<TARGET_FILE:pw_wasm>
  VERBATIM)

# The same module with its function names kept, for `npm run size -- --why`
# (scripts/wasm-breakdown.mjs); built only when asked for.
add_executable(pw_wasm_names EXCLUDE_FROM_ALL ${PW_WASM_SOURCES})
target_link_libraries(pw_wasm_names PRIVATE pw::shared)
set_target_properties(pw_wasm_names PROPERTIES OUTPUT_NAME portal-widgets-names SUFFIX .wasm
  CXX_LINKER_LAUNCHER "env;NODE_PATH=/usr/share/nodejs")
target_link_options(pw_wasm_names PRIVATE ${PW_WASM_LINK_OPTIONS} --profiling-funcs)
add_custom_command(TARGET pw_wasm_names POST_BUILD  # -g: keep the names through the same pass
  COMMAND ${PW_WASM_OPT} $<TARGET_FILE:pw_wasm_names> ${PW_LAST_WASM_OPT} -g -o $<TARGET_FILE:pw_wasm_names>
  VERBATIM)
