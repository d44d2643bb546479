#include "instance_registry.h"

int UntypedRegistry::add(void* state, Destroy destroy) {
  const int id = next_id_++;
  entries_.push_back({id, state, destroy});
  return id;
}

void* UntypedRegistry::find(int id) const {
  for (const Entry& entry : entries_)
    if (entry.id == id) return entry.state;
  return nullptr;
}

void UntypedRegistry::remove(int id) {
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->id == id) {
      const Entry gone = *it;
      entries_.erase(it);
      gone.destroy(gone.state);
      return;
    }
  }
}
