// malloc and free of the wasm module: pw::SizeClassHeap over the memory past
// the linker's __heap_base, grown a page at a time. Linked with -sMALLOC=none
// (which also leaves out emscripten's sbrk), so these are the only allocator.
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "size_class_heap.h"

namespace {

constexpr std::uintptr_t kPage = 65536;

extern "C" unsigned char __heap_base;  // where the data and the stack end
std::uintptr_t heap_end = 0;           // the end of what the heap has handed out

void* more_memory(std::size_t bytes) {
  if (!heap_end) {  // 8 past a multiple of 16: payloads after the 8-byte header are 16-aligned
    heap_end = ((reinterpret_cast<std::uintptr_t>(&__heap_base) + 15) & ~std::uintptr_t{15}) + 8;
  }
  if (bytes > UINTPTR_MAX - heap_end) return nullptr;
  const std::uintptr_t end = heap_end + bytes;
  const std::uintptr_t have = __builtin_wasm_memory_size(0) * kPage;
  if (end > have) {
    const std::uintptr_t pages = (end - have + kPage - 1) / kPage;
    // web/wasm-module.js takes memory.buffer afresh on every call: no notice needed.
    if (__builtin_wasm_memory_grow(0, pages) == static_cast<std::size_t>(-1)) return nullptr;
  }
  void* start = reinterpret_cast<void*>(heap_end);
  heap_end = end;
  return start;
}

// Constant-initialized: ready before any constructor that allocates.
pw::SizeClassHeap heap{&more_memory};

}  // namespace

extern "C" {

void* malloc(std::size_t bytes) { return heap.allocate(bytes); }

void free(void* block) { heap.release(block); }

void* realloc(void* block, std::size_t bytes) { return heap.resize(block, bytes); }

void* calloc(std::size_t count, std::size_t size) {
  if (size != 0 && count > static_cast<std::size_t>(-1) / size) return nullptr;
  void* block = heap.allocate(count * size);
  if (block) std::memset(block, 0, count * size);
  return block;
}

}  // extern "C"
