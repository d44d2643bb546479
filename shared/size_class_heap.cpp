#include "size_class_heap.h"

#include <cstring>

namespace pw {
namespace {

constexpr std::size_t kHeader = 8;  // the block's size class
constexpr int kSmallestShift = 4;   // 16-byte blocks: a header and 8 bytes

// The smallest size class whose block holds `bytes` and the header; −1 past 1 GB.
int size_class(std::size_t bytes, int sizes) {
  for (int k = 0; k < sizes; ++k) {
    if (bytes <= (std::size_t{1} << (k + kSmallestShift)) - kHeader) return k;
  }
  return -1;
}

std::size_t block_bytes(int k) { return std::size_t{1} << (k + kSmallestShift); }

unsigned char* header_of(const void* payload) {
  return static_cast<unsigned char*>(const_cast<void*>(payload)) - kHeader;
}

}  // namespace

void* SizeClassHeap::allocate(std::size_t bytes) {
  const int k = size_class(bytes, kSizes);
  if (k < 0) return nullptr;
  unsigned char* block = static_cast<unsigned char*>(free_[k]);
  if (block) {
    std::memcpy(&free_[k], block + kHeader, sizeof(void*));  // the next freed block
  } else {
    block = static_cast<unsigned char*>(grow_(block_bytes(k)));
    if (!block) return nullptr;
  }
  const int size_of_block = k;
  std::memcpy(block, &size_of_block, sizeof size_of_block);
  return block + kHeader;
}

void SizeClassHeap::release(void* payload) {
  if (!payload) return;
  unsigned char* block = header_of(payload);
  int k = 0;
  std::memcpy(&k, block, sizeof k);
  std::memcpy(block + kHeader, &free_[k], sizeof(void*));
  free_[k] = block;
}

std::size_t SizeClassHeap::capacity(const void* payload) {
  int k = 0;
  std::memcpy(&k, header_of(payload), sizeof k);
  return block_bytes(k) - kHeader;
}

void* SizeClassHeap::resize(void* payload, std::size_t bytes) {
  if (!payload) return allocate(bytes);
  const std::size_t room = capacity(payload);
  if (bytes <= room) return payload;
  void* moved = allocate(bytes);
  if (!moved) return nullptr;
  std::memcpy(moved, payload, room);
  release(payload);
  return moved;
}

}  // namespace pw
