#pragma once
// The assessment engine: a pure function of the extracted facts, the policy
// and the date. No I/O, no clock, no FHIR JSON: extraction is the stage
// before (terminology::extract_record_facts).
#include <string>
#include <vector>

#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "fhir/record.h"
#include "terminology/record_facts.h"

namespace spinecds::criteria {

struct AssessInput {
  const terminology::RecordFacts* facts = nullptr;  // one fusion order and the record
  std::vector<fhir::DataGap> data_gaps;             // what gathering could not get
  std::string as_of;                // "2026-11-20": authoredOn, else the call's date
  std::string profile = "default";  // payer profile chosen from the Coverage
  // The procedure family (criteria/procedure_family.h) whose service asks;
  // "" → the family of the policy's id, else lumbar fusion.
  std::string family;
  // The order's approach as the order reader gives it ("anterior",
  // "posterior", "combined"; "" or "unknown" when it does not say).
  std::string approach;
  // The order's CPT/HCPCS codes: a mixed order's approach is read from the
  // codes of this family's procedures (an ACDF beside a lumbar PLIF is
  // anterior for the cervical family).
  std::vector<std::string> order_codes;
};

Assessment assess(const Policy& policy, const AssessInput& in);

}  // namespace spinecds::criteria
