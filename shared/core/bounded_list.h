#pragma once
#include <array>
#include <cstddef>

namespace pw {

// A list of at most N items, kept inline: for the few slides of a frame,
// which would otherwise cost an allocation and vector's growth code per frame.
// A push past N is dropped (callers never make more than N).
template <typename T, std::size_t N>
class BoundedList {
 public:
  void push_back(T item) {
    if (count_ < N) items_[count_++] = static_cast<T&&>(item);
  }
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  T& operator[](std::size_t i) { return items_[i]; }
  const T& operator[](std::size_t i) const { return items_[i]; }
  T* begin() { return items_.data(); }
  T* end() { return items_.data() + count_; }
  const T* begin() const { return items_.data(); }
  const T* end() const { return items_.data() + count_; }

 private:
  std::array<T, N> items_{};
  std::size_t count_ = 0;
};

}  // namespace pw
