// Card 6: parts of the record could not be retrieved, so the clinician knows
// the advice rests on a partial record.
#include "cards/card_kinds.h"
#include "cards/levels_text.h"
#include "cards/markdown_escape.h"

namespace spinecds::cards {

namespace {

std::string_view key_meaning(std::string_view key) {
  struct K {
    std::string_view key, meaning;
  };
  static constexpr K kKeys[] = {
      {"patient", "the patient"},
      {"conditions", "conditions and diagnoses"},
      {"procedures", "procedures (physical therapy, injections, prior surgery)"},
      {"observations", "observations (imaging findings, exams, Oswestry scores, therapy)"},
      {"diagnosticReports", "imaging and other reports"},
      {"serviceRequests", "orders and referrals"},
      {"medications", "medications"},
      {"coverage", "insurance coverage"},
      {"documents", "clinical documents"},
      {criteria::kOrderLevelsGap, "the levels the order fuses"},
  };
  for (const auto& k : kKeys) {
    if (k.key == key) return k.meaning;
  }
  return {};
}

}  // namespace

rapidjson::Value card_data_unavailable(const CardContext& ctx, const OrderInput& in) {
  const criteria::Assessment& a = *in.assessment;
  if (a.data_gaps.empty()) return rapidjson::Value();
  const FusionFindings f = fusion_findings(a);
  const std::string requested = construct_name(f.requested, f.pelvis_requested);

  std::string keys;
  for (std::size_t i = 0; i < a.data_gaps.size(); ++i) {
    if (i > 0) keys += ", ";
    keys += a.data_gaps[i].key;
  }
  CardSpec spec;
  spec.kind = kDataUnavailable;
  spec.indicator = Indicator::info;
  spec.topic = kTopicGuideline;
  spec.summary = "Advice on fusion " + requested + " rests on a partial record: " + keys +
                 " could not be retrieved";
  if (a.data_gaps.size() == 1 && a.data_gaps.front().key == criteria::kOrderLevelsGap) {
    spec.summary = "The levels of this fusion order could not be read: add them to the order";
  }
  std::string d = "Some of the record could not be retrieved for " +
                  markdown_escape(in.order_reference) +
                  ". Criteria that depend on it may show as not documented when the chart "
                  "holds them.\n\n| Data | What it holds | Problem |\n|---|---|---|\n";
  for (const auto& g : a.data_gaps) {
    const auto meaning = key_meaning(g.key);
    d += "| " + markdown_escape(g.key) + " | " +
         (meaning.empty() ? std::string("record data") : std::string(meaning)) + " | " +
         (g.key == criteria::kOrderLevelsGap ? "not read: "
          : g.partial                        ? "partly retrieved, cut short: "
                                             : "not retrieved: ") +
         markdown_escape(g.reason) + " |\n";
  }
  spec.detail = d;
  return make_card(ctx, in, spec);
}

}  // namespace spinecds::cards
