#include "service/ledger.h"

#include "service/log.h"

namespace spinecds::service {

Ledger::Ledger(std::unique_ptr<LedgerStore> store, std::size_t queue_capacity)
    : store_(std::move(store)) {
  writer_ = std::make_unique<BatchWriter<LedgerEntry>>(
      queue_capacity, 256, [this](std::vector<LedgerEntry>& batch) {
        if (auto err = store_->put(batch); !err.empty()) {
          log(LogLevel::error, "ledger.store-failed",
              {{"cards", std::to_string(batch.size())}, {"error", err}});
        }
      });
}

Ledger::~Ledger() {
  writer_.reset();
}

std::size_t Ledger::record(std::vector<LedgerEntry> entries) {
  std::size_t dropped = 0;
  for (auto& e : entries) dropped += writer_->push(std::move(e)) ? 0 : 1;
  return dropped;
}

std::vector<LedgerEntry> Ledger::read(const std::string& since) {
  return store_->read(since);
}

std::uint64_t Ledger::dropped() const {
  return writer_->dropped();
}

void Ledger::flush() {
  writer_->drain();
}

}  // namespace spinecds::service
