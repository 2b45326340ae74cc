// libFuzzer target: parse_levels and levels_in_text must never crash, hang or
// return both a value and an error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "terminology/level_parser.h"
#include "terminology/order_levels.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto p = spinecds::terminology::parse_levels(text);
  if (p.value.has_value() == !p.error.empty()) std::abort();
  if (p.value) {
    if (p.value->segments.empty()) std::abort();
    (void)spinecds::terminology::to_json(*p.value);
  } else if (p.error.find('\n') != std::string::npos) {
    std::abort();
  }
  (void)spinecds::terminology::levels_in_text(text);
  return 0;
}
