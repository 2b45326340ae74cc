#pragma once
// Reading search results: a Bundle's resources, its next link, and whether
// it answers the query that was asked.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace spinecds::fhir {

// "Condition?patient=1" -> "Condition"; "Patient/1" -> "Patient".
std::string_view query_resource_type(std::string_view query);

// True for "Patient/1" (a read), false for a search "Condition?...".
bool is_read_query(std::string_view query);

// The url of link[relation=next], if the Bundle has one.
std::optional<std::string> next_link(const rapidjson::Value& bundle);

// Calls `fn` for each entry.resource that is an object.
void for_each_entry_resource(const rapidjson::Value& bundle,
                             const std::function<void(const rapidjson::Value&)>& fn);

// Why a search answer is not usable as the result of a search for
// `expected_type` (nullopt when it is): not a Bundle, an OperationOutcome,
// or matches of another resource type. Included resources may be of any type.
std::optional<std::string> search_answer_problem(const rapidjson::Value& answer,
                                                 std::string_view expected_type);

// The same for a read of `expected_type`.
std::optional<std::string> read_answer_problem(const rapidjson::Value& answer,
                                               std::string_view expected_type);

}  // namespace spinecds::fhir
