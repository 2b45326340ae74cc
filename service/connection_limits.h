#pragma once
// Caps on what clients can make the listener hold (DESIGN.md §8): open
// connections and request body bytes buffered at once. A request that would
// pass a cap is refused with 503 and Retry-After before its body is read, so
// memory stays bounded however many clients send large bodies.
#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>

namespace spinecds::service {

class ConnectionLimits : public std::enable_shared_from_this<ConnectionLimits> {
 public:
  // A share of one cap, given back when destroyed.
  class Lease {
   public:
    Lease() = default;
    Lease(std::shared_ptr<ConnectionLimits> owner, std::atomic<std::size_t>* counter,
          std::size_t amount)
        : owner_(std::move(owner)), counter_(counter), amount_(amount) {}
    Lease(Lease&& o) noexcept { *this = std::move(o); }
    Lease& operator=(Lease&& o) noexcept {
      if (this != &o) {
        release();
        owner_ = std::move(o.owner_);
        counter_ = o.counter_;
        amount_ = o.amount_;
        o.counter_ = nullptr;
      }
      return *this;
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { release(); }
    void release() {
      if (counter_) counter_->fetch_sub(amount_);
      counter_ = nullptr;
      owner_.reset();
    }

   private:
    std::shared_ptr<ConnectionLimits> owner_;  // keeps the counter alive
    std::atomic<std::size_t>* counter_ = nullptr;
    std::size_t amount_ = 0;
  };

  static std::shared_ptr<ConnectionLimits> create(std::size_t max_connections,
                                                  std::size_t max_body_bytes) {
    return std::shared_ptr<ConnectionLimits>(new ConnectionLimits(max_connections, max_body_bytes));
  }

  // nullopt when max_connections are already open.
  std::optional<Lease> try_connection() { return try_take(connections_, 1, max_connections_); }
  // nullopt when `bytes` more would pass max_body_bytes.
  std::optional<Lease> try_body(std::size_t bytes) {
    return try_take(body_bytes_, bytes, max_body_bytes_);
  }

  std::size_t connections() const { return connections_.load(); }
  std::size_t body_bytes() const { return body_bytes_.load(); }

 private:
  ConnectionLimits(std::size_t max_connections, std::size_t max_body_bytes)
      : max_connections_(max_connections), max_body_bytes_(max_body_bytes) {}

  std::optional<Lease> try_take(std::atomic<std::size_t>& counter, std::size_t amount,
                                std::size_t cap) {
    auto cur = counter.load();
    do {
      if (amount > cap || cur > cap - amount) return std::nullopt;
    } while (!counter.compare_exchange_weak(cur, cur + amount));
    return Lease(shared_from_this(), &counter, amount);
  }

  std::size_t max_connections_;
  std::size_t max_body_bytes_;
  std::atomic<std::size_t> connections_{0};
  std::atomic<std::size_t> body_bytes_{0};
};

}  // namespace spinecds::service
