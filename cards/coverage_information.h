#pragma once
// Da Vinci CRD `ext-coverage-information` for a fusion order: what a
// payer-facing workflow reads from the same assessment the cards show.
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

#include "fhir/record.h"

#include "cards/crd_configuration.h"
#include "criteria/assessment.h"

namespace spinecds::cards {

inline constexpr std::string_view kCoverageInformationUrl =
    "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";

// "Coverage/<id>" of the patient's Coverage: the prefetch `coverage` key
// first, then any other prefetch key (EHRs put resources where they like).
// An active Coverage (or one without status) whose beneficiary, when given,
// is the patient; the first in document order. nullopt: no Coverage, so CRD
// forbids coverage information.
std::optional<std::string> find_coverage_reference(const rapidjson::Value* request);

// The same, from the gathered record (prefetch and FHIR queries alike), so a
// Coverage fetched from the EHR counts as much as a prefetched one. Of several
// usable Coverages the lowest id wins, whatever order they arrived in.
std::optional<std::string> find_coverage_reference(const fhir::Record& record,
                                                   std::string_view patient_id);

struct CoverageInformationInput {
  const criteria::Assessment* assessment = nullptr;
  std::string coverage_reference;  // "Coverage/cov-1"
  std::string patient_id;          // context.patientId
  std::string pa_needed;           // payer profile's code; "" → auth-needed
  CrdVersion version = CrdVersion::v2_0_1;
};

// The extension element ({"url": ..., "extension": [...]}).
rapidjson::Value coverage_information_extension(const CoverageInformationInput& in,
                                                rapidjson::Document::AllocatorType& alloc);

// Stable for the same patient and Coverage (so the same Coverage gets the same
// id across orders and calls, and different Coverages distinct ones: CRD
// resp-32, checked by the Inferno kit).
std::string coverage_assertion_id(std::string_view patient_id, std::string_view coverage_reference);

// A deep copy of `resource` with `extension` appended to its `extension`
// array, replacing an element with the same url. Nothing else changes.
rapidjson::Value with_extension(const rapidjson::Value& resource, const rapidjson::Value& extension,
                                rapidjson::Document::AllocatorType& alloc);

}  // namespace spinecds::cards
