#pragma once
// Records for the record-reader tests: the facts read from a JSON array of
// resources, and the resources those tests build again and again (a plain-text
// note, an order with its notes).
#include <string>

#include "support/fhir_base64.h"
#include "support/terminology_fixtures.h"
#include "terminology/record_facts.h"

namespace spinecds::test {

// The facts of a record holding the resources of a JSON array.
inline terminology::RecordFacts facts_of(const std::string& resources_json) {
  return terminology::extract_record_facts(nullptr, record_of(resources_json));
}

// A current DocumentReference of `date` whose one attachment is `text` as
// plain text.
inline std::string note_document(const std::string& id, const std::string& date,
                                 const std::string& text) {
  return R"({"resourceType":"DocumentReference","id":")" + id + R"(","status":"current","date":")" +
         date + R"(","content":[{"attachment":{"contentType":"text/plain","data":")" +
         fhir_base64(text) + R"("}}]})";
}

// A ServiceRequest (an order) with its status, its code's text, the day it
// was written and one note.
inline std::string service_request(const std::string& id, const std::string& status,
                                   const std::string& code_text, const std::string& authored_on,
                                   const std::string& note) {
  return R"({"resourceType":"ServiceRequest","id":")" + id + R"(","status":")" + status +
         R"(","intent":"order","code":{"text":")" + code_text + R"("},"authoredOn":")" +
         authored_on + R"(","note":[{"text":")" + note + R"("}]})";
}

}  // namespace spinecds::test
