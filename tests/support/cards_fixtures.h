#pragma once
// Hand-built Assessments and requests for the cards tests: cards are a pure
// function of the Assessment, so their tests do not depend on the criteria
// engine (whose own golden tests are elsewhere).
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "cards/render.h"
#include "criteria/assessment.h"
#include "criteria/policy.h"
#include "support/response_checks.h"
#include "terminology/segment.h"

namespace spinecds::test {

inline terminology::Segment seg(const char* s) {
  return *terminology::parse_canonical_segment(s);
}

inline std::vector<terminology::Segment> segs(std::initializer_list<const char*> l) {
  std::vector<terminology::Segment> out;
  for (auto s : l) out.push_back(seg(s));
  return out;
}

inline criteria::CriterionResult crit(const char* id, criteria::Status s, const char* summary,
                                      std::vector<criteria::Evidence> ev = {},
                                      const char* citation = "") {
  // Titles and documentation wording are the shipped lumbar policy's, as the
  // engine fills them.
  static const criteria::Policy policy =
      *criteria::load_policy(criteria::default_policy_text()).policy;
  const criteria::Rule* rule = policy.rule(id);
  return {id,
          s,
          summary,
          std::move(ev),
          citation,
          policy.criterion_title(id),
          rule ? rule->documentation_needed : std::string()};
}

// The founding case (shared/cases/seed-l2-pelvis): L2-pelvis requested, L4-L5
// supported, PT unknown, no flexion-extension films, no pelvic indication.
inline criteria::Assessment founding_assessment(const std::string& order_ref) {
  using criteria::Status;
  criteria::Assessment a;
  a.order = order_ref;
  a.policy = {"lumbar-fusion", "1.0.0", "default"};
  a.requested_levels = segs({"L2-L3", "L3-L4", "L4-L5", "L5-S1"});
  a.requested_pelvic_fixation = true;
  a.supported_fusion_levels = segs({"L4-L5"});
  a.decompression_only = segs({"L2-L3", "L3-L4", "L5-S1"});
  a.supported_pelvic_fixation = false;
  const criteria::Evidence mri{"DiagnosticReport/dr-mri-lumbar-20260918",
                               "moderate to severe central canal stenosis", "MRI lumbar spine",
                               "2026-09-18"};
  for (const char* s : {"L2-L3", "L3-L4", "L4-L5", "L5-S1"}) {
    criteria::LevelRow row;
    row.segment = seg(s);
    row.requested = true;
    row.stenosis = terminology::Severity::moderate_to_severe;
    row.evidence = {mri};
    if (std::string(s) == "L4-L5") {
      row.instability = true;
      row.fusion_supported = true;
      row.evidence.push_back({"DiagnosticReport/dr-mri-lumbar-20260918",
                              "grade 1 anterolisthesis of L4 on L5", "MRI lumbar spine",
                              "2026-09-18"});
    }
    a.levels.push_back(row);
  }
  a.criteria = {
      crit("conservative-care.pt-6-weeks", Status::unknown,
           "documentation does not show formal physical therapy in the 12 months before the order",
           {}, "NASS coverage recommendations: lumbar fusion, https://www.spine.org/coverage"),
      crit("conservative-care.other", Status::met, "epidural steroid injections and medication",
           {{"Procedure/proc-esi-20260310", "lumbar epidural steroid injection",
             "Epidural steroid injection", "2026-03-10"}}),
      crit("neural-compression", Status::met, "neurogenic claudication and L5 radiculopathy",
           {{"Observation/obs-neuro-exam-20261028", "left foot dorsiflexion 4/5"}}),
      crit("functional-limitation", Status::met, "Oswestry Disability Index 52%",
           {{"Observation/obs-odi-20261028", "52%"}}),
      crit("imaging.stenosis", Status::met, "moderate-or-worse stenosis at L2-L3 to L5-S1", {mri}),
      crit("imaging.flexion-extension", Status::not_met,
           "documentation does not show flexion-extension radiographs",
           {{"DiagnosticReport/dr-xr-lumbar-20260827",
             "flexion and extension views were not obtained"}}),
      crit("instability", Status::not_met,
           "documentation shows instability at L4-L5 only; it does not show instability at L2-L3, "
           "L3-L4 or L5-S1",
           {}, "NASS coverage recommendations: lumbar fusion, https://www.spine.org/coverage"),
      crit("deformity", Status::not_applicable, "the record measures no deformity"),
      crit("pelvic-fixation.indication", Status::not_met,
           "documentation does not show deformity, sagittal imbalance, a high-grade slip or "
           "neuromuscular disease that would indicate pelvic fixation"),
  };
  a.as_of = "2026-11-20";
  a.verdict = criteria::Verdict::not_supported_as_documented;
  return a;
}

inline rapidjson::Document parse_file(const std::string& path) {
  rapidjson::Document d;
  d.Parse(read_text(path).c_str());
  return d;
}

inline std::string source_dir() {
  return SPINECDS_SOURCE_DIR;
}
// The project's copies of the shared/spec files its tests need: no test
// depends on ../shared (tests/data/spec/README.md).
inline std::string shared_dir() {
  return std::string(SPINECDS_SOURCE_DIR) + "/tests/data";
}

inline const rapidjson::Value* first_draft_order(const rapidjson::Value& request) {
  return &request["context"]["draftOrders"]["entry"][0]["resource"];
}

// The policy the service ships, through the loader production uses (a
// hand-built Policy would take shapes the loader rejects).
inline criteria::Policy test_policy() {
  auto load = criteria::load_policy(criteria::default_policy_text());
  REQUIRE_MESSAGE(load.policy.has_value(), load.error);
  return *load.policy;
}

// Renders one order of `request` with `a`.
inline rapidjson::Document render_one(const rapidjson::Value& request,
                                      const std::vector<criteria::Assessment>& as,
                                      cards::Hook hook = cards::Hook::order_sign,
                                      const criteria::Policy* policy = nullptr,
                                      bool coverage_information = true,
                                      std::vector<std::string> review_urls = {}) {
  static const criteria::Policy kPolicy = test_policy();
  cards::RenderInput in;
  in.hook = hook;
  in.request = &request;
  in.orders = {first_draft_order(request)};
  in.assessments = &as;
  in.policy = policy != nullptr ? policy : &kPolicy;
  in.coverage_information = coverage_information;
  in.review_urls = std::move(review_urls);
  return cards::render_response(in);
}

inline std::vector<std::string> card_kinds_of(const rapidjson::Value& resp) {
  // The kind is not in the card; the tests recognise cards by summary words.
  std::vector<std::string> out;
  for (const auto& c : resp["cards"].GetArray()) {
    const std::string s = c["summary"].GetString();
    if (s.find("exceeds") != std::string::npos ||
        s.find("does not show instability") != std::string::npos)
      out.push_back("fusion-extent");
    else if (s.find("Pelvic fixation") != std::string::npos)
      out.push_back("pelvic-fixation");
    else if (s.find("Flexion-extension") != std::string::npos)
      out.push_back("flexion-extension-films");
    else if (s.find("physical therapy") != std::string::npos)
      out.push_back("physical-therapy");
    else if (s.find("partial record") != std::string::npos)
      out.push_back("data-unavailable");
    else
      out.push_back("criteria-summary");
  }
  return out;
}

}  // namespace spinecds::test
