#include "size_class_heap.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace pw {
namespace {

// Memory handed out by a fixed arena, as wasm/heap.cpp grows wasm's (from 8
// past a multiple of 16), so a test can see how much the heap took and run
// out on purpose.
struct Arena {
  alignas(16) unsigned char bytes[8 + (1 << 16)];
  std::size_t used = 0;
  std::size_t limit = 1 << 16;
};
Arena* arena = nullptr;

void* grow(std::size_t bytes) {
  if (bytes > arena->limit - arena->used) return nullptr;
  void* start = arena->bytes + 8 + arena->used;
  arena->used += bytes;
  return start;
}

class SizeClassHeapTest : public ::testing::Test {
 protected:
  void SetUp() override {
    memory = std::make_unique<Arena>();
    arena = memory.get();
  }
  std::unique_ptr<Arena> memory;
  SizeClassHeap heap{&grow};
};

bool overlap(const void* a, std::size_t a_bytes, const void* b, std::size_t b_bytes) {
  const auto x = reinterpret_cast<std::uintptr_t>(a);
  const auto y = reinterpret_cast<std::uintptr_t>(b);
  return x < y + b_bytes && y < x + a_bytes;
}

TEST_F(SizeClassHeapTest, BlocksAreSixteenByteAlignedDistinctAndLargeEnough) {
  std::vector<std::pair<void*, std::size_t>> blocks;
  for (std::size_t bytes : {0, 1, 7, 8, 9, 24, 100, 1000, 4000}) {
    void* block = heap.allocate(bytes);
    ASSERT_NE(block, nullptr) << bytes;
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(block) % 16, 0u) << bytes;
    EXPECT_GE(SizeClassHeap::capacity(block), bytes);
    std::memset(block, 0xAB, bytes);  // the whole request is writable
    blocks.push_back({block, SizeClassHeap::capacity(block)});
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    for (std::size_t j = i + 1; j < blocks.size(); ++j) {
      EXPECT_FALSE(overlap(blocks[i].first, blocks[i].second, blocks[j].first, blocks[j].second));
    }
  }
}

TEST_F(SizeClassHeapTest, ASizeCostsAtMostTwiceItsBytesWithTheHeader) {
  EXPECT_EQ(SizeClassHeap::capacity(heap.allocate(8)), 8u);  // 16-byte block
  EXPECT_EQ(SizeClassHeap::capacity(heap.allocate(9)), 24u);  // 32-byte block
  EXPECT_EQ(SizeClassHeap::capacity(heap.allocate(1000)), 1016u);
  const std::size_t before = arena->used;
  heap.allocate(1017);
  EXPECT_EQ(arena->used - before, 2048u);
}

TEST_F(SizeClassHeapTest, AReleasedBlockIsReusedForItsSizeWithoutGrowing) {
  void* first = heap.allocate(100);
  void* second = heap.allocate(100);
  heap.release(first);
  heap.release(second);
  const std::size_t used = arena->used;
  EXPECT_EQ(heap.allocate(120), second);  // the same size class, last freed first
  EXPECT_EQ(heap.allocate(65), first);
  EXPECT_EQ(arena->used, used);
  EXPECT_NE(heap.allocate(100), first);  // the list is empty again: a new block
  EXPECT_GT(arena->used, used);
}

TEST_F(SizeClassHeapTest, ManyFramesOfTheSameWorkGrowNothingAfterTheFirst) {
  auto frame = [&] {
    std::vector<void*> held;
    for (std::size_t bytes : {12, 40, 40, 300, 33, 5000, 12}) held.push_back(heap.allocate(bytes));
    for (void* block : held) heap.release(block);
  };
  frame();
  const std::size_t used = arena->used;
  for (int i = 0; i < 1000; ++i) frame();
  EXPECT_EQ(arena->used, used);
}

TEST_F(SizeClassHeapTest, ReleasingNothingDoesNothing) {
  heap.release(nullptr);
  EXPECT_NE(heap.allocate(8), nullptr);
}

TEST_F(SizeClassHeapTest, ResizeKeepsTheBlockWhileItFitsAndMovesTheContentsWhenNot) {
  auto* block = static_cast<char*>(heap.allocate(10));
  std::memcpy(block, "0123456789", 10);
  EXPECT_EQ(heap.resize(block, 24), block);  // a 32-byte block holds 24
  auto* moved = static_cast<char*>(heap.resize(block, 25));
  ASSERT_NE(moved, nullptr);
  EXPECT_NE(moved, block);
  EXPECT_EQ(std::memcmp(moved, "0123456789", 10), 0);
  EXPECT_EQ(heap.allocate(20), block);  // the old block was released
  void* fresh = heap.resize(nullptr, 5);
  EXPECT_NE(fresh, nullptr);
}

TEST_F(SizeClassHeapTest, OutOfMemoryIsNullAndLosesNothing) {
  arena->limit = 4096;
  void* kept = heap.allocate(100);
  std::memcpy(kept, "kept", 5);
  EXPECT_EQ(heap.allocate(5000), nullptr);  // an 8 KB block is more than there is
  EXPECT_EQ(heap.resize(kept, 5000), nullptr);
  EXPECT_STREQ(static_cast<char*>(kept), "kept");  // the old block stays as it was
  EXPECT_NE(heap.allocate(100), nullptr);           // smaller requests still work
}

TEST_F(SizeClassHeapTest, RequestsPastAGigabyteAreRefusedWithoutAskingForMemory) {
  EXPECT_EQ(heap.allocate(std::size_t{1} << 30), nullptr);
  EXPECT_EQ(heap.allocate(static_cast<std::size_t>(-1)), nullptr);
  EXPECT_EQ(arena->used, 0u);
}

}  // namespace
}  // namespace pw
