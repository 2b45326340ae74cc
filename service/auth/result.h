#pragma once
// A value or the reason there is none. The auth module reports every failure
// this way (no exceptions cross its edge), and the reason ends up in the log
// line of a refused call, so it must never quote the token.
#include <optional>
#include <string>
#include <utility>

namespace spinecds::service::auth {

template <class T>
class Result {
 public:
  static Result ok(T value) {
    Result r;
    r.value_ = std::move(value);
    return r;
  }
  static Result fail(std::string why) {
    Result r;
    r.error_ = std::move(why);
    return r;
  }

  explicit operator bool() const { return value_.has_value(); }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  const std::string& error() const { return error_; }

 private:
  std::optional<T> value_;
  std::string error_;
};

}  // namespace spinecds::service::auth
