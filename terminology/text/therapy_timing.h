#pragma once
// When the therapy a sentence names is given: still to come in a ward or
// post-operative note ("PT to see in AM"), and whether a bare "therapy" is
// a drug's course rather than physical therapy (therapy_timing.cpp).
#include <vector>

#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

// "PT to see this afternoon", "PT/OT will evaluate tomorrow", "will be d/c
// home with HEP": the visit or programme is still to come (hypothetical).
void therapy_to_come(const Sentence& s, std::vector<Draft>& local);

// "Teriparatide started 10/2024; fusion after 6 months of therapy": a bare
// "therapy" after a drug is the drug's course, no physical therapy.
void drug_course_not_therapy(const Sentence& s, std::vector<Draft>& local);

}  // namespace spinecds::terminology::text
