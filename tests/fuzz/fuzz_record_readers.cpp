// libFuzzer target: the extract stage (every per-resource reader and the
// text sources) must never crash or hang on any JSON. The input is a record
// (an array of resources) or one resource; the first ServiceRequest is also
// read as the order. Spans are ordered.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "terminology/record_facts.h"
#include "terminology/text_sources.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace spinecds;
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  // The markup reducers on the raw bytes too.
  (void)terminology::html_to_text(raw);
  (void)terminology::rtf_to_text(raw);
  fhir::Record record;
  rapidjson::Document d;
  d.Parse<rapidjson::kParseStopWhenDoneFlag>(raw.data(), raw.size());
  if (d.HasParseError()) return 0;
  record.resources.adopt(std::move(d));  // an array's elements, or the one value
  const rapidjson::Value* order = nullptr;
  for (const auto& r : record.resources.GetArray()) {
    if (r.IsObject() && r.HasMember("resourceType") && r["resourceType"] == "ServiceRequest") {
      order = &r;
      break;
    }
  }
  const auto facts = terminology::extract_record_facts(order, record);
  for (const auto& f : facts.findings) {
    if (f.finding.span_begin > f.finding.span_end) std::abort();
  }
  return 0;
}
