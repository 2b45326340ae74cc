#include "service/ledger.h"

#include "service/log.h"

namespace spinecds::service {

namespace {
// A batch gathers this long before it is stored: one wake-up and one
// transaction for the cards of many calls (issue 14 item 5).
constexpr std::chrono::milliseconds kLinger{20};
}  // namespace

Ledger::Ledger(std::unique_ptr<LedgerStore> store, std::size_t queue_capacity)
    : store_(std::move(store)) {
  writer_ = std::make_unique<BatchWriter<LedgerEntry>>(
      queue_capacity, 256,
      [this](std::vector<LedgerEntry>& batch) {
        if (auto err = store_->put(batch); !err.empty()) {
          log(LogLevel::error, "ledger.store-failed",
              {{"cards", std::to_string(batch.size())}, {"error", err}});
        }
      },
      std::chrono::milliseconds(0), kLinger, "ledger-writer");
}

Ledger::~Ledger() {
  writer_.reset();
}

std::size_t Ledger::record(std::vector<LedgerEntry> entries) {
  return writer_->push_all(entries);
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
