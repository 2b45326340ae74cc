#pragma once
// FHIR datatypes as the record readers need them: codings, the words of a
// CodeableConcept, a resource's reference and date. Null-safe on untrusted
// resources (fhir/json_access.h underneath).
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "fhir/json_access.h"

namespace spinecds::terminology {

using fhir::json::member;
using fhir::json::str;

// Calls fn for each element of the array at `key`; a single object where R4
// has an array is tolerated.
template <typename Fn>
void each(const rapidjson::Value& v, const char* key, Fn&& fn) {
  const rapidjson::Value* a = member(v, key);
  if (!a) return;
  if (a->IsArray()) {
    for (const auto& x : a->GetArray()) fn(x);
  } else if (a->IsObject()) {
    fn(*a);
  }
}

struct Coding {
  std::string_view system;
  std::string_view code;
  std::string_view display;
};

std::vector<Coding> codings(const rapidjson::Value* codeable_concept);
bool coded_in(const rapidjson::Value* codeable_concept, std::string_view value_set);

// The words of a CodeableConcept: its text, else its displays joined by "; ",
// else its codes with their systems' common names ("CPT 97162").
std::string concept_text(const rapidjson::Value* codeable_concept);
// Its text and every display, each alone (EHRs put a procedure's name in either).
std::vector<std::string_view> concept_texts(const rapidjson::Value* codeable_concept);

// "DiagnosticReport/mri-1"
std::string reference_of(const rapidjson::Value& resource);
// The resource's clinical date (effective, performed, authored, ...), ISO date
// part only; empty when it has none.
std::string date_of(const rapidjson::Value& resource);
// The first clinical date the resource states, in date_of's order, as written:
// a month or a year alone too ("2026-05"); empty when it states none.
std::string_view stated_date(const rapidjson::Value& resource);

}  // namespace spinecds::terminology
