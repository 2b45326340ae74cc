#include "fhir/bundle_paging.h"
#include "fhir/json_access.h"

namespace spinecds::fhir {
namespace {

using json::member;
using json::str;

std::string type_problem(std::string_view got, std::string_view expected) {
  return "the FHIR server answered " + std::string(got.empty() ? "something" : got) + " where " +
         std::string(expected) + " was asked for";
}

}  // namespace

std::string_view query_resource_type(std::string_view query) {
  return query.substr(0, query.find_first_of("/?"));
}

bool is_read_query(std::string_view query) {
  const auto slash = query.find('/');
  return slash != std::string_view::npos && slash < query.find('?');
}

std::optional<std::string> next_link(const rapidjson::Value& bundle) {
  const auto* links = member(bundle, "link");
  if (!links || !links->IsArray()) return std::nullopt;
  for (const auto& link : links->GetArray()) {
    if (str(link, "relation") == "next" && !str(link, "url").empty()) {
      return std::string(str(link, "url"));
    }
  }
  return std::nullopt;
}

void for_each_entry_resource(const rapidjson::Value& bundle,
                             const std::function<void(const rapidjson::Value&)>& fn) {
  const auto* entries = member(bundle, "entry");
  if (!entries || !entries->IsArray()) return;
  for (const auto& entry : entries->GetArray()) {
    const auto* res = member(entry, "resource");
    if (res && res->IsObject()) fn(*res);
  }
}

std::optional<std::string> search_answer_problem(const rapidjson::Value& answer,
                                                 std::string_view expected_type) {
  const auto type = str(answer, "resourceType");
  if (type == "OperationOutcome") return "the FHIR server answered with an OperationOutcome";
  if (type != "Bundle") return type_problem(type, "a Bundle");
  if (const auto* entries = member(answer, "entry"); entries && !entries->IsArray()) {
    return std::string("the Bundle's entry is not an array");
  }
  // A match must be of the type searched for; an entry without search.mode
  // is taken as a match unless it sits beside matches (an _include).
  bool any_expected = false;
  std::string_view stray;
  const auto* entries = member(answer, "entry");
  if (entries) {
    for (const auto& entry : entries->GetArray()) {
      const auto* res = member(entry, "resource");
      if (!res) continue;
      const auto rtype = str(*res, "resourceType");
      const auto* search = member(entry, "search");
      const auto mode = search ? str(*search, "mode") : std::string_view{};
      if (rtype == expected_type) {
        any_expected = true;
      } else if (mode == "match") {
        return type_problem(rtype, expected_type);
      } else if (mode.empty() && stray.empty()) {
        stray = rtype;
      }
    }
  }
  if (!any_expected && !stray.empty()) return type_problem(stray, expected_type);
  return std::nullopt;
}

std::optional<std::string> read_answer_problem(const rapidjson::Value& answer,
                                               std::string_view expected_type) {
  const auto type = str(answer, "resourceType");
  if (type == "OperationOutcome") return "the FHIR server answered with an OperationOutcome";
  if (type != expected_type) return type_problem(type, expected_type);
  return std::nullopt;
}

}  // namespace spinecds::fhir
