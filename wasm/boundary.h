#pragma once
// The hand-written boundary between web/wasm-module.js and C++, in place of
// embind: its runtime and per-function glue were a third of the bundle.
//
// A call crosses in three steps. JS writes the arguments into a buffer that
// C++ owns (pw_args), calls an export that takes no parameters, and the export
// reads them in order through CallArgs. An export with a result writes it to
// the result tape (Result) and returns the tape's address, which JS decodes
// into plain objects, arrays, numbers, booleans and strings.
//
// Arguments, one after another: a number as 0 then an f64 (booleans and
// undefined as JS's +value), a string as 1, a u32 n and n bytes of UTF-8.
// JS writes an array's items in its place, so a rectangle crosses as four
// numbers; a list of any length is preceded by its length (CallArgs::count).
// Plain objects do not cross: the adapters pass values in the order the
// export's comment gives.
// Result tape, one entry after another: a kind byte, the member's key (a
// byte: its place in wasm/result_keys.def, 0 in arrays and at the top), then
//   'n' f64 | 't' | 'f' | 's' u32 n, n bytes | '{' … '}' | '[' … '}'
// where '}' (no name) closes the innermost object or array.
// All little-endian and unaligned; both sides are the same machine.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#define PW_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE

namespace pw::wasm {

// The name of a member of a result (wasm/result_keys.def).
enum class Key : unsigned char {
  none,  // an array's items and the top value have no name
#define PW_KEY(name) name,
#include "result_keys.def"
#undef PW_KEY
};

// The arguments of the current call, read in the order JS wrote them. A
// read of the wrong kind, or past the end, gives the empty value: JS and C++
// disagreeing is a bug, but never a read out of bounds.
class CallArgs {
 public:
  CallArgs();
  double number();
  int integer();  // a number in int's range, truncated; 0 otherwise
  bool flag() { return number() != 0; }
  std::string text();
  // The length of the list that follows; never more items than the bytes left hold.
  std::size_t count();

 private:
  unsigned char kind() const;
  bool take(void* into, std::size_t bytes);
  bool take_length(std::size_t& length);
  void skip();

  const unsigned char* at_;
  const unsigned char* end_;
};

// The result of the current call. Each export starts one with result(),
// chains its members and returns done().
class Result {
 public:
  Result& number(Key key, double value);
  Result& flag(Key key, bool value);
  Result& text(Key key, std::string_view value);
  // Out of line, so a call site passes the string, not its inlined size and data.
  Result& text(Key key, const std::string& value);
  Result& text(Key key, const char* value) { return text(key, std::string_view(value)); }
  // Lines as one string, "\n" between them (warnings, per-item labels), which
  // the adapters split.
  Result& lines(Key key, const std::vector<std::string>& lines);
  Result& object(Key key = Key::none);
  Result& array(Key key = Key::none);
  Result& end();
  const char* done() const;
};

Result& result();

}  // namespace pw::wasm
