#include "cards/override_reasons.h"

#include <map>
#include <string>

#include "cards/crd_configuration.h"
#include "cards/json_build.h"

namespace spinecds::cards {

namespace {

constexpr OverrideReason kJudgement{"clinical-judgement", "Patient-specific clinical judgement"};

const std::map<std::string, std::vector<OverrideReason>, std::less<>>& table() {
  static const std::map<std::string, std::vector<OverrideReason>, std::less<>> t = {
      {std::string(kFusionExtent),
       {{"iatrogenic-instability", "Iatrogenic instability expected from planned decompression"},
        {"instability-outside-record", "Instability documented outside this record"},
        {"deformity-correction", "Deformity correction planned"},
        kJudgement}},
      {std::string(kPelvicFixation),
       {{"long-construct-to-sacrum", "Long construct to the sacrum needs pelvic anchorage"},
        {"poor-bone-quality", "Poor bone quality at S1 (osteoporosis)"},
        {"pelvic-indication-outside-record",
         "Indication for pelvic fixation documented outside this record"},
        {"deformity-correction", "Deformity correction planned"},
        kJudgement}},
      {std::string(kFlexionExtensionFilms),
       {{"films-outside-record", "Flexion-extension radiographs obtained outside this record"},
        {"instability-on-static-imaging", "Instability already evident on static imaging"},
        {"films-not-tolerated", "Patient cannot tolerate flexion-extension positioning"},
        kJudgement}},
      {std::string(kPhysicalTherapy),
       {{"pt-outside-record", "Physical therapy completed outside this record"},
        {"urgent-indication", "Urgent indication: progressive neurological deficit"},
        {"pt-not-tolerated", "Physical therapy contraindicated or not tolerated"},
        kJudgement}},
      {std::string(kCriteriaSummary),
       {{"criteria-outside-record", "Criteria documented outside this record"}, kJudgement}},
      {std::string(kDataUnavailable),
       {{"record-reviewed-elsewhere", "Missing data reviewed directly in the chart"}, kJudgement}},
  };
  return t;
}

}  // namespace

const std::vector<OverrideReason>& override_reasons(std::string_view card_kind) {
  static const std::vector<OverrideReason> fallback = {kJudgement};
  const auto& t = table();
  const auto it = t.find(card_kind);
  return it == t.end() ? fallback : it->second;
}

rapidjson::Value override_reasons_json(std::string_view card_kind, Alloc& a) {
  rapidjson::Value arr(rapidjson::kArrayType);
  for (const auto& r : override_reasons(card_kind)) {
    arr.PushBack(coding(kOverrideReasonSystem, r.code, r.display, a), a);
  }
  return arr;
}

}  // namespace spinecds::cards
