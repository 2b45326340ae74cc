// libFuzzer target: parse_levels, levels_in_text and the free-text level
// scanner must never crash or hang; parse_levels never returns both a value
// and an error.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "terminology/level_parser.h"
#include "terminology/level_scan.h"
#include "terminology/order_levels.h"
#include "terminology/text_tokens.h"

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
  // The free-text scanner at every token: a mention ends after it starts and
  // inside the tokens, with sorted segments.
  const auto toks = spinecds::terminology::tokenize(text);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const auto scan = spinecds::terminology::scan_level_mention(
        toks, i, spinecds::terminology::LevelScanMode::lenient);
    if (!scan.mention) continue;
    const auto& m = *scan.mention;
    if (m.first != i || m.last <= m.first || m.last > toks.size()) std::abort();
    if (!std::is_sorted(m.segments.begin(), m.segments.end())) std::abort();
  }
  return 0;
}
