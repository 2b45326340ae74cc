#include "fhir/json_arena.h"

#include <vector>

namespace spinecds::fhir {

namespace {

// A worker handles one call at a time; a second spare covers a caller that
// holds two results at once (tests comparing answers). More are freed.
constexpr std::size_t kSparesPerThread = 2;

std::vector<std::unique_ptr<JsonArena>>& spares() {
  thread_local std::vector<std::unique_ptr<JsonArena>> list;
  return list;
}

}  // namespace

JsonArena::JsonArena()
    : first_chunk_(new char[kFirstChunkBytes]), allocator_(first_chunk_.get(), kFirstChunkBytes) {}

JsonArenaLease JsonArenaLease::acquire() {
  JsonArenaLease lease;
  auto& list = spares();
  if (list.empty()) {
    lease.arena_ = std::make_unique<JsonArena>();
  } else {
    lease.arena_ = std::move(list.back());
    list.pop_back();
  }
  return lease;
}

JsonArenaLease::~JsonArenaLease() {
  give_back();
}

JsonArenaLease& JsonArenaLease::operator=(JsonArenaLease&& other) noexcept {
  if (this != &other) {
    give_back();
    arena_ = std::move(other.arena_);
  }
  return *this;
}

void JsonArenaLease::give_back() {
  if (!arena_) return;
  arena_->reset();
  auto& list = spares();
  if (list.size() < kSparesPerThread) list.push_back(std::move(arena_));
  arena_.reset();
}

}  // namespace spinecds::fhir
