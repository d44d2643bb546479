#pragma once
#include <memory>
#include <utility>
#include <vector>

// The state of every mounted widget of one kind, under the integer id that JS
// holds. A page has a few widgets of a kind at most, so a vector searched
// linearly is smaller than a std::map (no tree code in the wasm) and as fast.
// States live behind unique_ptr so a pointer stays valid while others come and go.
template <typename State>
class InstanceRegistry {
 public:
  int add(State state) {
    const int id = next_id_++;
    entries_.emplace_back(id, std::make_unique<State>(std::move(state)));
    return id;
  }

  State* find(int id) {
    for (auto& entry : entries_)
      if (entry.first == id) return entry.second.get();
    return nullptr;
  }

  void remove(int id) {
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
      if (it->first == id) {
        entries_.erase(it);
        return;
      }
    }
  }

 private:
  int next_id_ = 1;
  std::vector<std::pair<int, std::unique_ptr<State>>> entries_;
};
