#pragma once
#include <emscripten/val.h>

#include <string>
#include <vector>

// Plain JS objects and arrays built for the web layer. Each `val::set` with a
// literal key inlines a key conversion, the set and two releases; through these
// out-of-line writers a field costs one call, which keeps the bindings small.
class JsObject {
 public:
  JsObject() : object_(emscripten::val::object()) {}

  __attribute__((noinline)) JsObject& number(const char* key, double value) {
    object_.set(key, value);
    return *this;
  }
  __attribute__((noinline)) JsObject& flag(const char* key, bool value) {
    object_.set(key, value);
    return *this;
  }
  __attribute__((noinline)) JsObject& text(const char* key, const std::string& value) {
    object_.set(key, value);
    return *this;
  }
  __attribute__((noinline)) JsObject& value(const char* key, const emscripten::val& value) {
    object_.set(key, value);
    return *this;
  }

  const emscripten::val& get() const { return object_; }

 private:
  emscripten::val object_;
};

// A JS array of numbers (indexes, offsets, 0/1 flags).
template <typename T>
__attribute__((noinline)) emscripten::val js_numbers(const std::vector<T>& values) {
  emscripten::val array = emscripten::val::array();
  for (std::size_t i = 0; i < values.size(); ++i) array.set(i, static_cast<double>(values[i]));
  return array;
}
