# The wasm preset's toolchain file: Emscripten's own, found beside the emcc
# on PATH (a distribution's package and emsdk lay it out alike), so no
# installation path is written into CMakePresets.json.
find_program(PW_EMCC emcc REQUIRED)
get_filename_component(PW_EMCC_REAL "${PW_EMCC}" REALPATH)  # /usr/bin/emcc is a link into the install
get_filename_component(PW_EMSCRIPTEN_ROOT "${PW_EMCC_REAL}" DIRECTORY)
set(PW_EMSCRIPTEN_TOOLCHAIN "${PW_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
if(NOT EXISTS "${PW_EMSCRIPTEN_TOOLCHAIN}")
  message(FATAL_ERROR "No Emscripten.cmake beside ${PW_EMCC_REAL}; install Emscripten (npm start does).")
endif()
include("${PW_EMSCRIPTEN_TOOLCHAIN}")
