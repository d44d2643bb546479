# libFuzzer build (the `fuzz` preset, clang only): shared/'s libraries instrumented
# for coverage with ASan and UBSan, and one fuzzer per tests/fuzz/*_fuzz.cpp.
# UB aborts (no recovery), so libFuzzer keeps the input that caused it.
# The json_reader target also reads each text into nlohmann's own DOM, as
# the reference for values.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "PW_FUZZ needs clang (libFuzzer): use the `fuzz` preset")
endif()

set(PW_FUZZ_COMMON_FLAGS -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
foreach(library ${PW_LIBRARIES})
  target_compile_options(${library} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                         -fsanitize=fuzzer-no-link,address,undefined ${PW_FUZZ_COMMON_FLAGS})
endforeach()

file(GLOB PW_FUZZ_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/fuzz/*_fuzz.cpp)
foreach(source ${PW_FUZZ_SOURCES})
  get_filename_component(name ${source} NAME_WE)
  add_executable(${name} ${source})
  target_link_libraries(${name} PRIVATE pw::shared)
  target_compile_options(${name} PRIVATE -Wall -Wextra
                         -fsanitize=fuzzer,address,undefined ${PW_FUZZ_COMMON_FLAGS})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined ${PW_FUZZ_COMMON_FLAGS})
endforeach()
