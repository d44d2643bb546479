# Native build: shared/'s libraries with warnings, optional sanitizers, and the tests.
find_package(GTest REQUIRED)

foreach(library ${PW_LIBRARIES})
  target_compile_options(${library} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
endforeach()

if(PW_SANITIZE)  # public on core: every library and test links it
  set(PW_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(pw_core PUBLIC ${PW_SANITIZER_FLAGS})
  target_link_options(pw_core PUBLIC ${PW_SANITIZER_FLAGS})
endif()

enable_testing()
include(GoogleTest)

# One test file per shared/ source, named after it, in the same folders.
file(GLOB_RECURSE PW_NATIVE_TESTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/native/*_test.cpp)
add_executable(pw_native_tests ${PW_NATIVE_TESTS})
target_link_libraries(pw_native_tests PRIVATE pw::shared GTest::gtest_main)
target_compile_options(pw_native_tests PRIVATE -Wall -Wextra)
gtest_discover_tests(pw_native_tests DISCOVERY_TIMEOUT 30)
