#include "cards/crd_configuration.h"

#include "cards/json_build.h"

namespace spinecds::cards {

namespace {

struct OptionText {
  std::string_view code;
  std::string_view name;
  std::string_view description;
  bool on = true;  // the default
};

constexpr OptionText kOptions[] = {
    {kFusionExtent, "Fusion extent",
     "Warns when the fusion spans levels without documented instability and suggests limiting "
     "the construct."},
    {kPelvicFixation, "Pelvic fixation",
     "Warns when pelvic fixation is ordered without a documented indication."},
    {kFlexionExtensionFilms, "Flexion-extension radiographs",
     "Suggests flexion-extension radiographs when instability is not documented by them."},
    {kPhysicalTherapy, "Physical therapy",
     "Warns when the required formal physical therapy is not documented or not met."},
    {kCriteriaSummary, "Criteria summary",
     "Summarizes which medical-necessity criteria the record meets, with the guideline."},
    {kDataUnavailable, "Data unavailable",
     "Says which parts of the record could not be retrieved for the advice."},
    {kInstructions, "Instructions",
     "CRD instructions card: the documentation still needed for the order, without links or "
     "suggestions.",
     false},
    {kReviewLink, "Full review link",
     "CRD external reference: each card of an order the documentation does not fully support "
     "links the order's full review (every level, criterion and piece of evidence)."},
};

constexpr int kDefaultMaxCards = 10;

}  // namespace

const std::vector<std::string_view>& card_kinds() {
  static const std::vector<std::string_view> kinds = {
      kFusionExtent,    kPelvicFixation,  kFlexionExtensionFilms, kPhysicalTherapy,
      kCriteriaSummary, kDataUnavailable, kInstructions};
  return kinds;
}

rapidjson::Value discovery_configuration_options(rapidjson::Document::AllocatorType& a) {
  rapidjson::Value arr(rapidjson::kArrayType);
  for (const auto& o : kOptions) {
    rapidjson::Value opt(rapidjson::kObjectType);
    put(opt, "code", o.code, a);
    put(opt, "type", "boolean", a);
    put(opt, "name", o.name, a);
    put(opt, "description", o.description, a);
    opt.AddMember("default", o.on, a);
    arr.PushBack(opt, a);
  }
  rapidjson::Value max(rapidjson::kObjectType);
  put(max, "code", kMaxCards, a);
  put(max, "type", "integer", a);
  put(max, "name", "Maximum cards", a);
  put(max, "description", "The most cards returned per call; the most important cards are kept.",
      a);
  max.AddMember("default", kDefaultMaxCards, a);
  arr.PushBack(max, a);
  return arr;
}

rapidjson::Value discovery_crd_extension(rapidjson::Document::AllocatorType& a) {
  rapidjson::Value ext(rapidjson::kObjectType);
  rapidjson::Value versions(rapidjson::kArrayType);
  versions.PushBack(jstr("2.0.1", a), a);
  versions.PushBack(jstr("2.2", a), a);
  ext.AddMember("davinci-crd.version", versions, a);
  ext.AddMember("davinci-crd.configuration-options", discovery_configuration_options(a), a);
  return ext;
}

CardConfiguration read_card_configuration(const rapidjson::Value* request) {
  CardConfiguration cfg;
  const rapidjson::Value* conf = member(member(request, "extension"), "davinci-crd.configuration");
  if (conf == nullptr || !conf->IsObject()) return cfg;
  for (const auto& m : conf->GetObject()) {
    const std::string_view key(m.name.GetString(), m.name.GetStringLength());
    if (key == kMaxCards) {
      if (m.value.IsInt() && m.value.GetInt() >= 0) cfg.max_cards = m.value.GetInt();
      continue;
    }
    bool known = false;
    for (auto k : card_kinds()) known = known || k == key;
    known = known || key == kReviewLink;
    if (!known || !m.value.IsBool()) continue;
    if (m.value.GetBool()) {
      cfg.enabled_extra.insert(std::string(key));
    } else {
      cfg.disabled.insert(std::string(key));
    }
  }
  return cfg;
}

CrdVersion requested_crd_version(const rapidjson::Value* request) {
  const auto v = str_member(member(request, "extension"), "davinci-crd.requestedVersion");
  // 2.1 and later use the terminology.hl7.org card types and 2.2's codes;
  // 2.0.x, 1.x, absent or unreadable stay on 2.0.1.
  if (v.empty() || v.starts_with("1") || v.starts_with("2.0")) return CrdVersion::v2_0_1;
  if (v[0] < '0' || v[0] > '9') return CrdVersion::v2_0_1;
  return CrdVersion::v2_2;
}

}  // namespace spinecds::cards
