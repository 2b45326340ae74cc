#pragma once
// The issued-card ledger's writer: entries leave the hook's request path
// through a bounded, batching queue (a full queue drops and counts), and
// analytics reads them back with the feedback they join.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "service/batch_writer.h"
#include "service/ledger_store.h"

namespace spinecds::service {

class Ledger {
 public:
  explicit Ledger(std::unique_ptr<LedgerStore> store, std::size_t queue_capacity = 4096);
  ~Ledger();
  // Queues every entry; how many were dropped because the queue was full.
  std::size_t record(std::vector<LedgerEntry> entries);
  std::vector<LedgerEntry> read(const std::string& since);
  std::uint64_t dropped() const;
  void flush();

 private:
  std::unique_ptr<LedgerStore> store_;
  std::unique_ptr<BatchWriter<LedgerEntry>> writer_;  // last: stops first
};

}  // namespace spinecds::service
