#pragma once
// What the cards-render tests share: the project's own order-sign request and
// founding Assessment, every check the project applies to a response, and
// small readers of a rendered response.
#include <algorithm>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "support/cards_fixtures.h"

namespace spinecds::test {

inline const std::string kOwnRequest = "/tests/data/cards/order-sign-l2-pelvis.json";

inline rapidjson::Document own_request() {
  return parse_file(source_dir() + kOwnRequest);
}

inline criteria::Assessment own_founding() {
  return founding_assessment("ServiceRequest/sr-fusion-cards-1");
}

inline void set_status(criteria::Assessment& a, const char* id, criteria::Status s) {
  for (auto& c : a.criteria)
    if (c.id == id) c.status = s;
}

// Every check the project applies to a response.
inline void validate(const rapidjson::Value& resp, const rapidjson::Value& request,
                     const ResponseExpectations& ex) {
  static const Schema own(
      read_text(source_dir() + "/tests/data/schemas/hook-response.schema.json"));
  REQUIRE(own.ok());
  CHECK_MESSAGE(own.validate(resp) == "", own.validate(resp));
  // The reference schemas, copied from shared/spec into tests/data/spec.
  const std::string shared_path =
      source_dir() + "/tests/data/spec/schemas/hook-response.schema.json";
  REQUIRE_MESSAGE(file_exists(shared_path), shared_path << " is missing");
  {
    static const Schema shared(read_text(shared_path));
    CHECK_MESSAGE(shared.validate(resp) == "", shared.validate(resp));
    static const Schema ci(read_text(
        source_dir() + "/tests/data/spec/schemas/coverage-information-extension.schema.json"));
    auto each_resource = [&](const rapidjson::Value& action) {
      if (!action.HasMember("resource")) return;
      if (const auto* e = find_coverage_information(action["resource"]))
        CHECK_MESSAGE(ci.validate(*e) == "", ci.validate(*e));
    };
    for (const auto& c : resp["cards"].GetArray())
      if (c.HasMember("suggestions"))
        for (const auto& s : c["suggestions"].GetArray())
          for (const auto& a : s["actions"].GetArray()) each_resource(a);
    if (resp.HasMember("systemActions"))
      for (const auto& a : resp["systemActions"].GetArray()) each_resource(a);
  }
  const auto problems = check_response_rules(resp, request, ex);
  for (const auto& p : problems) FAIL_CHECK(p);
}

inline const rapidjson::Value& card(const rapidjson::Value& resp, const std::string& kind) {
  const auto kinds = card_kinds_of(resp);
  const auto it = std::find(kinds.begin(), kinds.end(), kind);
  REQUIRE_MESSAGE(it != kinds.end(), kind);
  return resp["cards"][static_cast<rapidjson::SizeType>(it - kinds.begin())];
}

inline std::vector<std::string> detail_codes(const rapidjson::Value& sr) {
  std::vector<std::string> out;
  if (!sr.HasMember("orderDetail")) return out;
  for (const auto& d : sr["orderDetail"].GetArray())
    out.push_back(d["coding"][0]["code"].GetString());
  return out;
}

inline bool has(const std::vector<std::string>& v, const char* s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

}  // namespace spinecds::test
