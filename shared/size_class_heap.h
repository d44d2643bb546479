#pragma once
#include <cstddef>

namespace pw {

// The wasm module's allocator (wasm/heap.cpp makes it malloc and free): in
// place of emmalloc, whose splitting and merging of free blocks is 1.8 KB
// of code. Every block is a power of two from 16 B, with an 8-byte header
// that says which; a freed block goes on its size's list and the next
// request of that size takes it. Nothing is ever split or merged, so a
// request costs at most twice its size, and memory grows to the most the
// module ever held of each size: a few KB over what it holds at its peak
// (lightboxes, carousels and counters re-make the same sizes on every frame).
//
// Blocks are multiples of 16 B, so when the memory `grow` gives starts 8 B
// past a multiple of 16, every pointer handed out is 16-byte aligned, as
// operator new's must be on wasm32 (__STDCPP_DEFAULT_NEW_ALIGNMENT__).
class SizeClassHeap {
 public:
  // `bytes` more memory (a power of two from 16), or nullptr when there is
  // none. Successive calls need not be contiguous.
  using Grow = void* (*)(std::size_t bytes);

  constexpr explicit SizeClassHeap(Grow grow) : grow_(grow) {}

  // nullptr when the memory cannot grow (or `bytes` is over 1 GB). Never
  // nullptr for 0 bytes while memory lasts: each call gives a distinct block.
  void* allocate(std::size_t bytes);
  // nullptr does nothing; any other pointer must come from this heap.
  void release(void* block);
  // The block itself when `bytes` fits in it, else a new block with the
  // contents copied and the old one released; nullptr (the old block kept)
  // when memory cannot grow.
  void* resize(void* block, std::size_t bytes);
  // How many bytes `block` can hold.
  static std::size_t capacity(const void* block);

 private:
  static constexpr int kSizes = 27;  // 16 B … 1 GB
  Grow grow_;
  void* free_[kSizes] = {};
};

}  // namespace pw
