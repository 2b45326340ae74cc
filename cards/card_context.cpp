#include "cards/card_context.h"

#include <algorithm>

#include "cards/card_uuid.h"
#include "cards/criterion_names.h"
#include "cards/markdown_escape.h"
#include "cards/override_reasons.h"

namespace spinecds::cards {

namespace {

constexpr std::size_t kSummaryMax = 139;  // "<140 characters" (Inferno fails 140)
constexpr std::size_t kMaxLinks = 4;
constexpr std::size_t kDetailMax = 800;  // DESIGN.md §6: a narrow EHR panel

std::string_view topic_system(CrdVersion v) {
  return v == CrdVersion::v2_2 ? "http://terminology.hl7.org/CodeSystem/cdshooks-card-type"
                               : "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp";
}

// A narrow panel shows at most kDetailMax characters: past that, whole lines
// are dropped from the end (a cut line could break an escape or emphasis).
// Only a detail that does not fit is copied.
void put_detail(rapidjson::Value& card, const std::string& d, Alloc& a) {
  if (code_point_count(d) <= kDetailMax) {
    put(card, "detail", d, a);
    return;
  }
  constexpr std::string_view kMore = "\n\n…";
  std::string out = d;
  while (!out.empty() && code_point_count(out) + code_point_count(kMore) > kDetailMax) {
    const auto nl = out.find_last_of('\n');
    out.resize(nl == std::string::npos ? 0 : nl);
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  put(card, "detail", out + std::string(kMore), a);
}

// A card's link as it is written: views into the guideline (built at
// start-up), the review URL or a citation parsed for this card.
struct LinkView {
  std::string_view label;
  std::string_view url;
};

std::string problem_key(const OrderInput& in, std::string_view kind) {
  return in.order_reference + "\n" + std::string(kind);
}

}  // namespace

std::string order_reference(const rapidjson::Value* order, const criteria::Assessment& a) {
  const auto id = str_member(order, "id");
  if (!id.empty()) {
    auto type = str_member(order, "resourceType");
    return std::string(type.empty() ? "ServiceRequest" : type) + "/" + std::string(id);
  }
  return a.order;
}

rapidjson::Value make_card(const CardContext& ctx, const OrderInput& in, const CardSpec& spec) {
  Alloc& a = *ctx.alloc;
  rapidjson::Value card(rapidjson::kObjectType);
  put(card, "uuid", card_uuid(ctx.hook_instance, problem_key(in, spec.kind)), a);
  put(card, "summary", truncate_code_points(spec.summary, kSummaryMax), a);
  const bool warning = spec.indicator == Indicator::warning && !ctx.order_select;
  put(card, "indicator", warning ? "warning" : "info", a);

  rapidjson::Value source(rapidjson::kObjectType);
  put(source, "label", ctx.guideline->label, a);
  put(source, "url", ctx.guideline->url, a);
  rapidjson::Value topic(rapidjson::kObjectType);
  put(topic, "system", topic_system(ctx.crd), a);
  put(topic, "code", spec.topic, a);
  put(source, "topic", std::move(topic), a);
  put(card, "source", std::move(source), a);

  if (!spec.detail.empty()) put_detail(card, spec.detail, a);
  put(card, "overrideReasons", override_reasons_json(spec.kind, a), a);

  std::vector<LinkView> links;
  links.reserve(kMaxLinks + 2);
  if (!in.review_url.empty()) {
    links.push_back({"Full review: every level, criterion and piece of evidence", in.review_url});
  }
  // Citations the guideline did not parse at start-up are parsed here and
  // kept until the links are written (the views point into each list's own
  // storage, which stays put when `parsed` grows).
  std::vector<std::vector<LinkInfo>> parsed;
  for (const auto& id : spec.criteria_for_links) {
    const auto* c = find_criterion(*in.assessment, id);
    if (c == nullptr) continue;
    const auto* cited = ctx.guideline->cited_links(c->citation);
    if (cited == nullptr) cited = &parsed.emplace_back(parse_citation(c->citation));
    for (const auto& l : *cited) {
      // The source is shown beside the links already.
      const bool dup = l.url == ctx.guideline->url ||
                       std::any_of(links.begin(), links.end(),
                                   [&](const LinkView& x) { return x.url == l.url; });
      if (!dup && links.size() < kMaxLinks + (in.review_url.empty() ? 0u : 1u)) {
        links.push_back({l.label, l.url});
      }
    }
  }
  // A card without citations of its own still links its guideline.
  if (links.size() == (in.review_url.empty() ? 0u : 1u))
    links.push_back({ctx.guideline->label, ctx.guideline->url});
  rapidjson::Value arr(rapidjson::kArrayType);
  for (const auto& l : links) {
    rapidjson::Value link(rapidjson::kObjectType);
    put(link, "label", truncate_code_points(l.label, 120), a);
    put(link, "url", l.url, a);
    put(link, "type", "absolute", a);
    arr.PushBack(link, a);
  }
  put(card, "links", std::move(arr), a);
  return card;
}

rapidjson::Value make_action(std::string_view type, std::string_view description,
                             rapidjson::Value resource, Alloc& a) {
  rapidjson::Value action(rapidjson::kObjectType);
  put(action, "type", type, a);
  put(action, "description", description, a);
  put(action, "resource", std::move(resource), a);
  return action;
}

void add_suggestion(const CardContext& ctx, const OrderInput& in, rapidjson::Value& card,
                    std::string_view kind, std::string_view key, std::string_view label,
                    bool recommended, std::string_view selection_behavior,
                    rapidjson::Value action) {
  Alloc& a = *ctx.alloc;
  rapidjson::Value s(rapidjson::kObjectType);
  put(s, "label", label, a);
  put(s, "uuid",
      card_uuid(ctx.hook_instance, problem_key(in, kind) + "\nsuggestion\n" + std::string(key)), a);
  if (recommended) s.AddMember("isRecommended", true, a);
  rapidjson::Value actions(rapidjson::kArrayType);
  actions.PushBack(action, a);
  put(s, "actions", std::move(actions), a);

  // Keep the card's member order readable: suggestions and selectionBehavior
  // go after detail, before overrideReasons (a re-built object is cheap here).
  auto it = card.FindMember("suggestions");
  if (it == card.MemberEnd()) {
    rapidjson::Value rebuilt(rapidjson::kObjectType);
    for (auto& m : card.GetObject()) {
      const std::string_view name(m.name.GetString(), m.name.GetStringLength());
      if (name == "overrideReasons") {
        rebuilt.AddMember("suggestions", rapidjson::Value(rapidjson::kArrayType), a);
        put(rebuilt, "selectionBehavior", selection_behavior, a);
      }
      rebuilt.AddMember(m.name, m.value, a);
    }
    if (!rebuilt.HasMember("suggestions")) {
      rebuilt.AddMember("suggestions", rapidjson::Value(rapidjson::kArrayType), a);
      put(rebuilt, "selectionBehavior", selection_behavior, a);
    }
    card = std::move(rebuilt);
    it = card.FindMember("suggestions");
  }
  it->value.PushBack(s, a);
}

rapidjson::Value copy_reason_codes(const rapidjson::Value* order, Alloc& a) {
  rapidjson::Value out(rapidjson::kArrayType);
  const auto* rc = member(order, "reasonCode");
  if (rc != nullptr && rc->IsArray()) {
    for (const auto& c : rc->GetArray()) {
      if (c.IsObject() && !c.ObjectEmpty()) out.PushBack(rapidjson::Value(c, a), a);
    }
  }
  return out;
}

}  // namespace spinecds::cards
