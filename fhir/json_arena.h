#pragma once
// Memory for parsing hook requests, reused across calls (issue 14): each
// thread keeps a few arenas whose first chunk is allocated once, so a call's
// parse does not malloc (and page-fault) a fresh pool. An arena is reset when
// its lease ends: what a large call added beyond the first chunk goes back to
// the system then, so one huge call does not keep its memory.
#include <cstddef>
#include <memory>

#include <rapidjson/document.h>

namespace spinecds::fhir {

class JsonArena {
 public:
  // Holds the seed case's request in situ with its DOM (about 150 KB) twice over.
  static constexpr std::size_t kFirstChunkBytes = std::size_t{384} * 1024;

  JsonArena();
  JsonArena(const JsonArena&) = delete;
  JsonArena& operator=(const JsonArena&) = delete;

  rapidjson::MemoryPoolAllocator<>& allocator() { return allocator_; }
  // Forgets everything allocated; frees every chunk but the first.
  void reset() { allocator_.Clear(); }

 private:
  std::unique_ptr<char[]> first_chunk_;
  rapidjson::MemoryPoolAllocator<> allocator_;
};

// One arena on loan to one call, returned to the current thread's spare list
// (reset) when the lease ends. Move-only. A lease must not outlive the
// threads' spare lists (no lease in a static object).
class JsonArenaLease {
 public:
  JsonArenaLease() = default;  // holds none
  // A spare arena of this thread, or a new one.
  static JsonArenaLease acquire();
  ~JsonArenaLease();
  JsonArenaLease(JsonArenaLease&&) noexcept = default;
  JsonArenaLease& operator=(JsonArenaLease&&) noexcept;
  JsonArenaLease(const JsonArenaLease&) = delete;
  JsonArenaLease& operator=(const JsonArenaLease&) = delete;

  // Null when it holds none.
  rapidjson::MemoryPoolAllocator<>* allocator() const {
    return arena_ ? &arena_->allocator() : nullptr;
  }

 private:
  void give_back();
  std::unique_ptr<JsonArena> arena_;
};

}  // namespace spinecds::fhir
