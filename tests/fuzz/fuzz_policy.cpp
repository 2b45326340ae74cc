// libFuzzer target: the policy loader on arbitrary text. Never a crash; it
// gives a policy or an error, not both, not neither.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "criteria/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto r = spinecds::criteria::load_policy(text);
  if (r.policy.has_value() == !r.error.empty()) std::abort();
  return 0;
}
