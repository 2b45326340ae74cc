// Search answers: their resources, next links, and answers that do not
// answer the query.
#include <doctest/doctest.h>

#include <vector>

#include <rapidjson/document.h>

#include "fhir/bundle_paging.h"

using namespace spinecds::fhir;

namespace {

rapidjson::Document json(const char* text) {
  rapidjson::Document d;
  d.Parse(text);
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

}  // namespace

TEST_CASE("query shapes") {
  CHECK(query_resource_type("Condition?patient=1") == "Condition");
  CHECK(query_resource_type("Patient/1") == "Patient");
  CHECK(is_read_query("Patient/1"));
  CHECK_FALSE(is_read_query("Condition?patient=1"));
  CHECK_FALSE(is_read_query("Condition?patient=Patient/1"));
}

TEST_CASE("next link and entries") {
  const auto b = json(R"({"resourceType":"Bundle","type":"searchset",
    "link":[{"relation":"self","url":"http://s/fhir/C?p=1"},{"relation":"next","url":"http://s/fhir/C?p=2"}],
    "entry":[{"resource":{"resourceType":"Condition","id":"a"}},{"fullUrl":"x"},
             {"resource":{"resourceType":"Condition","id":"b"}}]})");
  CHECK(next_link(b) == "http://s/fhir/C?p=2");
  std::vector<std::string> ids;
  for_each_entry_resource(
      b, [&](const rapidjson::Value& r) { ids.emplace_back(r["id"].GetString()); });
  CHECK(ids == std::vector<std::string>{"a", "b"});
  CHECK_FALSE(search_answer_problem(b, "Condition"));
  CHECK_FALSE(
      next_link(json(R"({"resourceType":"Bundle","link":[{"relation":"self","url":"u"}]})")));
  CHECK_FALSE(next_link(json(R"({"resourceType":"Bundle","link":{"relation":"next"}})")));
  CHECK_FALSE(
      next_link(json(R"({"resourceType":"Bundle","link":[{"relation":"next","url":""}]})")));
}

TEST_CASE("answers that do not answer the search") {
  CHECK(search_answer_problem(json(R"({"resourceType":"OperationOutcome","issue":[]})"),
                              "Condition"));
  CHECK(search_answer_problem(json(R"({"resourceType":"Condition","id":"a"})"), "Condition"));
  CHECK(search_answer_problem(json(R"([1,2])"), "Condition"));
  CHECK(search_answer_problem(json(R"({"resourceType":"Bundle","entry":{}})"), "Condition"));
  CHECK(search_answer_problem(json(R"({"resourceType":"Bundle","entry":[
      {"resource":{"resourceType":"Patient","id":"x"},"search":{"mode":"match"}}]})"),
                              "Condition"));
  CHECK(search_answer_problem(json(R"({"resourceType":"Bundle","entry":[
      {"resource":{"resourceType":"Patient","id":"x"}}]})"),
                              "Condition"));
  // Empty results and _include'd resources are fine.
  CHECK_FALSE(
      search_answer_problem(json(R"({"resourceType":"Bundle","type":"searchset"})"), "Condition"));
  CHECK_FALSE(search_answer_problem(json(R"({"resourceType":"Bundle","entry":[
      {"resource":{"resourceType":"Procedure","id":"p"},"search":{"mode":"match"}},
      {"resource":{"resourceType":"Encounter","id":"e"},"search":{"mode":"include"}}]})"),
                                    "Procedure"));
  CHECK_FALSE(search_answer_problem(json(R"({"resourceType":"Bundle","entry":[
      {"resource":{"resourceType":"Procedure","id":"p"}},
      {"resource":{"resourceType":"Encounter","id":"e"}}]})"),
                                    "Procedure"));
}

TEST_CASE("answers to a read") {
  CHECK_FALSE(read_answer_problem(json(R"({"resourceType":"Patient","id":"1"})"), "Patient"));
  CHECK(read_answer_problem(json(R"({"resourceType":"Bundle"})"), "Patient"));
  CHECK(read_answer_problem(json(R"({"resourceType":"OperationOutcome"})"), "Patient"));
}
