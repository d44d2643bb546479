#include "boundary.h"

#include <cstdint>
#include <cstring>
#include <utility>

namespace pw::wasm {
namespace {

enum ArgKind : unsigned char { kNumber = 0, kString = 1, kNone = 255 };

std::string& args_buffer() {
  static std::string buffer;
  return buffer;
}

std::string& tape() {
  static std::string buffer;
  return buffer;
}

void put(const void* bytes, std::size_t size) {
  tape().append(static_cast<const char*>(bytes), size);
}

void put_entry(char kind, Key key) {
  tape() += kind;
  tape() += static_cast<char>(key);
}

}  // namespace

CallArgs::CallArgs()
    : at_(reinterpret_cast<const unsigned char*>(args_buffer().data())),
      end_(at_ + args_buffer().size()) {}

unsigned char CallArgs::kind() const { return at_ < end_ ? *at_ : kNone; }

bool CallArgs::take(void* into, std::size_t bytes) {
  if (static_cast<std::size_t>(end_ - at_) < bytes) {
    at_ = end_;
    return false;
  }
  std::memcpy(into, at_, bytes);
  at_ += bytes;
  return true;
}

bool CallArgs::take_length(std::size_t& length) {
  std::uint32_t value = 0;
  const bool ok = take(&value, sizeof value);
  length = value;
  return ok;
}

// Past one argument of the kind not asked for.
void CallArgs::skip() {
  if (kind() == kNumber) {
    double ignored = 0;
    ++at_;
    take(&ignored, sizeof ignored);
  } else if (kind() == kString) {
    text();
  } else {
    at_ = end_;
  }
}

double CallArgs::number() {
  if (kind() != kNumber) {
    skip();
    return 0;
  }
  ++at_;
  double value = 0;
  take(&value, sizeof value);
  return value;
}

int CallArgs::integer() {
  const double value = number();
  return value > -2147483648.0 && value < 2147483648.0 ? static_cast<int>(value) : 0;
}

std::size_t CallArgs::count() {
  const double value = number();
  // Every item takes at least five bytes: a count past the end stops there.
  const double most = static_cast<double>(end_ - at_) / 5;
  return value > 0 ? static_cast<std::size_t>(value < most ? value : most) : 0;
}

std::string CallArgs::text() {
  if (kind() != kString) {
    skip();
    return {};
  }
  ++at_;
  std::size_t length = 0;
  if (!take_length(length) || static_cast<std::size_t>(end_ - at_) < length) {
    at_ = end_;
    return {};
  }
  std::string value(reinterpret_cast<const char*>(at_), length);
  at_ += length;
  return value;
}

Result& Result::number(Key key, double value) {
  put_entry('n', key);
  put(&value, sizeof value);
  return *this;
}

Result& Result::flag(Key key, bool value) {
  put_entry(value ? 't' : 'f', key);
  return *this;
}

Result& Result::text(Key key, std::string_view value) {
  put_entry('s', key);
  const auto length = static_cast<std::uint32_t>(value.size());
  put(&length, sizeof length);
  put(value.data(), value.size());
  return *this;
}

Result& Result::text(Key key, const std::string& value) {
  return text(key, std::string_view(value));
}

Result& Result::lines(Key key, const std::vector<std::string>& lines) {
  std::uint32_t length = 0;
  for (const std::string& line : lines) length += static_cast<std::uint32_t>(line.size()) + 1;
  if (length > 0) --length;  // no newline after the last
  put_entry('s', key);
  put(&length, sizeof length);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) tape() += '\n';
    tape() += lines[i];
  }
  return *this;
}

Result& Result::object(Key key) {
  put_entry('{', key);
  return *this;
}

Result& Result::array(Key key) {
  put_entry('[', key);
  return *this;
}

Result& Result::end() {
  tape() += '}';
  return *this;
}

const char* Result::done() const { return tape().data(); }

Result& result() {
  static Result writer;
  tape().clear();
  return writer;
}

}  // namespace pw::wasm

// Room for the next call's arguments: JS writes `bytes` bytes at the address
// returned (the buffer is reused, so steady calls allocate nothing).
PW_EXPORT char* pw_args(std::size_t bytes) {
  std::string& buffer = pw::wasm::args_buffer();
  buffer.resize(bytes);
  return buffer.data();
}
