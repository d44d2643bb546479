# Native build: pw::shared with warnings, optional sanitizers, and the tests.
find_package(GTest REQUIRED)

target_compile_options(pw_shared PRIVATE -Wall -Wextra -Wpedantic -Wshadow)

if(PW_SANITIZE)
  set(PW_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_compile_options(pw_shared PUBLIC ${PW_SANITIZER_FLAGS})
  target_link_options(pw_shared PUBLIC ${PW_SANITIZER_FLAGS})
endif()

enable_testing()
include(GoogleTest)

# One test file per shared/ source, named after it.
file(GLOB PW_NATIVE_TESTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/native/*_test.cpp)
add_executable(pw_native_tests ${PW_NATIVE_TESTS})
target_link_libraries(pw_native_tests PRIVATE pw::shared GTest::gtest_main)
target_compile_options(pw_native_tests PRIVATE -Wall -Wextra)
gtest_discover_tests(pw_native_tests DISCOVERY_TIMEOUT 30)
