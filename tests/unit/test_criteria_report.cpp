// The reviewer's text report: recommendation first, then criteria met, not
// met or unclear, documentation still needed, evidence and citations.
#include <doctest/doctest.h>

#include <string>

#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "criteria/report_text.h"

using namespace spinecds;

TEST_CASE("the report reads in a reviewer's order") {
  criteria::Assessment a;
  a.order = "ServiceRequest/sr-1";
  a.policy.version = "1.0.0";
  a.as_of = "2026-11-20";
  a.verdict = criteria::Verdict::not_supported_as_documented;
  a.requested_levels = {terminology::Segment{terminology::Vertebra{23}},
                        terminology::Segment{terminology::Vertebra{24}}};
  a.requested_pelvic_fixation = true;
  a.supported_fusion_levels = {terminology::Segment{terminology::Vertebra{23}}};
  a.decompression_only = {terminology::Segment{terminology::Vertebra{24}}};
  a.criteria.push_back({"conservative-care.pt-6-weeks",
                        criteria::Status::unknown,
                        "Documentation does not show any physical therapy.",
                        {},
                        "Aetna CPB 0743",
                        {},
                        {}});
  a.criteria.push_back({"neural-compression",
                        criteria::Status::met,
                        "Documentation shows radiculopathy.",
                        {{"Condition/c-1", "Right L5 radiculopathy"}},
                        "Aetna CPB 0743",
                        {},
                        {}});
  a.data_gaps.push_back({"procedures", "timeout after 3000 ms", false});
  // What to add comes from the policy, as the engine fills it.
  const auto policy = *criteria::load_policy(criteria::default_policy_text()).policy;
  for (auto& c : a.criteria) c.documentation_needed = policy.rule(c.id)->documentation_needed;
  const auto text = criteria::to_text(a);
  CAPTURE(text);
  const auto rec = text.find("RECOMMENDATION");
  const auto met = text.find("CRITERIA MET");
  const auto unmet = text.find("CRITERIA NOT MET OR UNCLEAR");
  const auto needed = text.find("DOCUMENTATION STILL NEEDED");
  const auto cites = text.find("CITATIONS");
  REQUIRE(rec != std::string::npos);
  CHECK(rec < met);
  CHECK(met < unmet);
  CHECK(unmet < needed);
  CHECK(needed < cites);
  CHECK(text.find("NOT SUPPORTED AS DOCUMENTED") != std::string::npos);
  CHECK(text.find("L4-L5") != std::string::npos);
  CHECK(text.find("Condition/c-1: \"Right L5 radiculopathy\"") != std::string::npos);
  CHECK(text.find("in-person physical therapy") != std::string::npos);
  CHECK(text.find("procedures: timeout after 3000 ms") != std::string::npos);
  // The same Assessment gives the same text.
  CHECK(criteria::to_text(a) == text);
}

TEST_CASE("a not-applicable assessment says so and stops") {
  criteria::Assessment a;
  a.as_of = "2026-11-20";
  const auto text = criteria::to_text(a);
  CHECK(text.find("NOT APPLICABLE") != std::string::npos);
  CHECK(text.find("CRITERIA MET") == std::string::npos);
}

TEST_CASE("the report names the family that judged the order") {
  criteria::Assessment a;
  a.as_of = "2026-11-20";
  a.family = "cervical-fusion";
  const auto text = criteria::to_text(a);
  CHECK(text.rfind("SpineCDS cervical fusion review", 0) == 0);
  CHECK(text.find("no cervical fusion is ordered") != std::string::npos);
  CHECK(text.find("lumbar") == std::string::npos);
}
