// libFuzzer target: the findings extractor must never crash or hang, and every
// span must lie inside the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "terminology/text_findings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto findings = spinecds::terminology::extract_findings(text);
  for (const auto& f : findings) {
    if (f.span_begin > f.span_end || f.span_end > size) std::abort();
    if (spinecds::terminology::to_string(f.kind) == "unknown") std::abort();
  }
  (void)spinecds::terminology::findings_to_json(findings);
  return 0;
}
