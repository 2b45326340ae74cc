// libFuzzer target: the one order reader must never crash or hang on any
// JSON; what it returns is well formed (sorted, unique segments; a region
// `none` carries no levels).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <rapidjson/document.h>

#include "terminology/fusion_orders.h"
#include "terminology/order_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseStopWhenDoneFlag>(reinterpret_cast<const char*>(data), size);
  if (d.HasParseError()) return 0;
  using namespace spinecds::terminology;
  const auto o = read_fusion_order(d);
  const auto& s = o.requested.segments;
  if (std::adjacent_find(s.begin(), s.end(), [](auto a, auto b) { return !(a < b); }) != s.end())
    std::abort();
  if (o.region == FusionRegion::none && !s.empty()) std::abort();
  // The same value as a draftOrders Bundle entry.
  (void)lumbar_fusion_orders(d);
  return 0;
}
