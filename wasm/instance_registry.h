#pragma once
#include <utility>
#include <vector>

// The state of every mounted widget of one kind, under the integer id that JS
// holds. A page has a few widgets of a kind at most, so a vector searched
// linearly is smaller than a std::map (no tree code in the wasm) and as fast.
// States live on the heap so a pointer stays valid while others come and go.
//
// The kinds share one untyped registry (wasm/instance_registry.cpp): one copy
// of the vector's code in the module instead of one per kind.
class UntypedRegistry {
 public:
  using Destroy = void (*)(void* state);
  int add(void* state, Destroy destroy);
  void* find(int id) const;
  void remove(int id);

 private:
  struct Entry {
    int id;
    void* state;
    Destroy destroy;
  };
  int next_id_ = 1;
  std::vector<Entry> entries_;
};

template <typename State>
class InstanceRegistry {
 public:
  int add(State state) {
    return untyped_.add(new State(std::move(state)),
                        [](void* gone) { delete static_cast<State*>(gone); });
  }
  State* find(int id) const { return static_cast<State*>(untyped_.find(id)); }
  void remove(int id) { untyped_.remove(id); }

 private:
  UntypedRegistry untyped_;
};
