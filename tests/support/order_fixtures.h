#pragma once
// Fusion orders as the order-text tests write them: a ServiceRequest coded by
// CPT (a fusion whatever its words) with its levels in one text field, or one
// with only a local code whose words alone make it a fusion; and the check
// that the order reads as a fusion of the given levels.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "support/json_fixtures.h"
#include "support/terminology_fixtures.h"
#include "terminology/order_reader.h"

namespace spinecds::test {

// Where a coded order writes its text.
enum class OrderField { code_text, detail, note };

inline std::string coded_order(const std::string& cpt, OrderField field, const std::string& text) {
  std::string out = R"({"resourceType": "ServiceRequest", "id": "sr-order", "status": "draft",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": ")" +
                    cpt + "\"}]";
  if (field == OrderField::code_text) out += R"(, "text": ")" + text + "\"";
  out += "}";
  if (field == OrderField::detail) out += R"(, "orderDetail": [{"text": ")" + text + "\"}]";
  if (field == OrderField::note) out += R"(, "note": [{"text": ")" + text + "\"}]";
  return out + "}";
}

inline std::string local_order(const std::string& text) {
  return R"({"resourceType": "ServiceRequest", "id": "sr-order", "status": "draft",
    "code": {"coding": [{"system": "urn:oid:1.2.840.114350.1.13.0.1.7.2.696580",
                         "code": "SURG77", "display": "SPINE PROCEDURE"}],
             "text": ")" +
         text + "\"}}";
}

// An order's text and the levels it fuses.
struct OrderCase {
  const char* cpt;  // "" for a local code (text in code.text)
  OrderField field;
  const char* text;
  std::vector<std::string> levels;
};

inline terminology::FusionOrder read_order(const OrderCase& c) {
  const auto d = parse_json(c.cpt[0] ? coded_order(c.cpt, c.field, c.text) : local_order(c.text));
  return terminology::read_fusion_order(d);
}

// Levels joined by spaces ("L3-L4 L4-L5"), so a failure prints what was read.
inline std::string joined(const std::vector<std::string>& levels) {
  std::string out;
  for (const auto& s : levels) out += (out.empty() ? "" : " ") + s;
  return out;
}

// The levels an order requests, joined.
inline std::string fused_levels(const terminology::FusionOrder& o) {
  return joined(segment_names(o.requested.segments));
}

// The order is a fusion of exactly the case's levels.
inline void check_order(const OrderCase& c) {
  const std::string text = c.text;
  CAPTURE(text);
  const auto o = read_order(c);
  CHECK(o.region != terminology::FusionRegion::none);
  CHECK(fused_levels(o) == joined(c.levels));
}

}  // namespace spinecds::test
