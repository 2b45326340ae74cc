#include "terminology/fusion_orders.h"
#include "fhir/json_access.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "terminology/order_levels.h"
#include "terminology/text_tokens.h"
#include "terminology/value_sets.h"

namespace spinecds::terminology {

namespace {

using fhir::json::str;

FusionRegion coding_region(std::string_view system, std::string_view code) {
  if (in_value_set("spinal-fusion-lumbar", system, code)) return FusionRegion::lumbar;
  if (in_value_set("spinal-fusion-thoracic", system, code)) return FusionRegion::thoracic;
  if (in_value_set("spinal-fusion-cervical", system, code)) return FusionRegion::cervical;
  if (in_value_set("spinal-fusion-region-agnostic", system, code)) return FusionRegion::unknown;
  return FusionRegion::none;
}

// A specific region wins over `unknown`, which wins over `none`; of two
// specific regions, lumbar wins, so a combined thoracolumbar order is assessed.
void fold(FusionRegion& acc, FusionRegion r) {
  if (r == FusionRegion::none) return;
  if (acc == FusionRegion::none || acc == FusionRegion::unknown) {
    acc = r;
  } else if (r == FusionRegion::lumbar) {
    acc = r;
  }
}

struct Scan {
  FusionRegion region = FusionRegion::none;
  bool any_coding = false;
};

void scan_codings(const rapidjson::Value& codeable, Scan& s) {
  if (!codeable.IsObject()) return;
  auto it = codeable.FindMember("coding");
  if (it == codeable.MemberEnd() || !it->value.IsArray()) return;
  for (const auto& c : it->value.GetArray()) {
    const auto code = str(c, "code");
    if (code.empty()) continue;
    s.any_coding = true;
    fold(s.region, coding_region(str(c, "system"), code));
  }
}

// An order with no coding at all, only text ("Posterior lumbar fusion
// L4-5"), is a fusion when the text says so; imaging of a fusion is not.
bool text_names_fusion(std::string_view text) {
  bool fusion = false;
  for (const auto& t : tokenize(text)) {
    const std::string& w = t.text;
    if (w == "mri" || w == "ct" || w == "xr" || w == "x" || w == "radiograph" ||
        w == "radiographs" || w == "imaging" || w == "views") {
      return false;
    }
    if (w == "fusion" || w == "arthrodesis" || w == "tlif" || w == "plif" || w == "alif" ||
        w == "xlif" || w == "llif" || w == "olif" || w == "psf" || w == "plf") {
      fusion = true;
    }
  }
  return fusion;
}

// Region from the levels an order names: lumbar when any level is lumbar or
// lumbosacral, otherwise the region of the highest level.
FusionRegion region_from_levels(const rapidjson::Value& sr) {
  const auto levels = order_levels(sr);
  if (!levels.value) return FusionRegion::unknown;
  const auto& segs = levels.value->segments;
  if (std::any_of(segs.begin(), segs.end(), is_lumbar) || levels.value->pelvis) {
    return FusionRegion::lumbar;
  }
  return segs.front().upper.ordinal < kFirstThoracic ? FusionRegion::cervical
                                                     : FusionRegion::thoracic;
}

}  // namespace

FusionRegion fusion_region(const rapidjson::Value& sr) {
  if (str(sr, "resourceType") != "ServiceRequest") return FusionRegion::none;
  Scan s;
  if (auto it = sr.FindMember("code"); it != sr.MemberEnd()) scan_codings(it->value, s);
  if (auto it = sr.FindMember("orderDetail"); it != sr.MemberEnd() && it->value.IsArray()) {
    for (const auto& d : it->value.GetArray()) scan_codings(d, s);
  }
  if (s.region == FusionRegion::unknown) return region_from_levels(sr);
  if (s.region == FusionRegion::none && !s.any_coding) {
    auto it = sr.FindMember("code");
    if (it != sr.MemberEnd() && text_names_fusion(str(it->value, "text"))) {
      const auto r = region_from_levels(sr);
      // Text alone must name a lumbar level: an uncoded order is not
      // guessed to be a lumbar fusion.
      return r == FusionRegion::unknown ? FusionRegion::none : r;
    }
  }
  return s.region;
}

std::vector<const rapidjson::Value*> lumbar_fusion_orders(const rapidjson::Value& draft_orders) {
  std::vector<const rapidjson::Value*> out;
  if (!draft_orders.IsObject()) return out;
  auto entries = draft_orders.FindMember("entry");
  if (entries == draft_orders.MemberEnd() || !entries->value.IsArray()) return out;
  for (const auto& e : entries->value.GetArray()) {
    if (!e.IsObject()) continue;
    auto res = e.FindMember("resource");
    if (res == e.MemberEnd()) continue;
    const auto region = fusion_region(res->value);
    // `unknown` (deformity or add-on codes with no readable level) is kept:
    // a lumbar deformity fusion must not slip through unassessed.
    if (region == FusionRegion::lumbar || region == FusionRegion::unknown) {
      out.push_back(&res->value);
    }
  }
  return out;
}

}  // namespace spinecds::terminology
