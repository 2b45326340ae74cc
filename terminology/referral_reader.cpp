// ServiceRequests in the record: therapy referrals (a plan, not therapy
// received), pain-clinic referrals, notes.
#include "terminology/record_reader.h"

#include <algorithm>

namespace spinecds::terminology {

using rapidjson::Value;

void read_service_request(ReadContext& cx, const Value& r) {
  const std::string ref = reference_of(r);
  const Value* code = member(r, "code");
  const std::string code_text = concept_text(code);
  std::string notes;
  each(r, "note", [&](const Value& n) { notes += std::string(str(n, "text")) + "\n"; });
  const std::string low = lower(code_text);
  const auto status = str(r, "status");
  if (status == "entered-in-error") return;
  if (coded_in(code, "physical-therapy-formal") || pt_words(low)) {
    cx.facts.therapy_referrals.emplace_back(ref, trim(code_text));
    // A completed referral may carry the course in its notes ("completed
    // 8 weeks in clinic"); an open one is only a plan.
    if (status == "completed") {
      // Completed means carried out: its occurrence, when given, dates the
      // course as a Procedure's performance would.
      if (has_course_period(r) || !str(r, "occurrenceDateTime").empty()) {
        std::string all = code_text;
        each(r, "bodySite", [&](const Value& s) { all += ".\n" + concept_text(&s); });
        each(r, "reasonCode", [&](const Value& s) { all += ".\n" + concept_text(&s); });
        const bool home = coded_in(code, "home-exercise") || home_words(low);
        const std::size_t before = cx.facts.therapy.size();
        read_therapy_course(cx, r, ref, code_text, all, notes, home);
        // The request's period is what was asked for; its sessions, when
        // the record dates them, are what was given.
        for (std::size_t i = before; i < cx.facts.therapy.size(); ++i) {
          cx.facts.therapy[i].told = true;
        }
      }
      findings_in(cx, notes, ref, date_of(r), SourceKind::clinical, false);
    }
    return;
  }
  const std::string date = date_of(r);
  if (status != "revoked") {
    // A referral to a pain clinic is part of the documented pain management.
    // (A referral is what the engine calls hypothetical; it still counts
    // here, unless the words deny it.)
    const auto hits = term_hits(code_text, record_terms().pain_management);
    if (std::any_of(hits.begin(), hits.end(), [](const TermHit& h) { return h.stated(); })) {
      cx.facts.pain_management.emplace_back(ref, trim(code_text));
    }
  }
  // The order's own code text names levels for planned imaging, not
  // findings; only notes are read. They are clinical text (the history that
  // justifies the order: "failed gabapentin", "ESI x2"), but until the order
  // is carried out the films they name ("standing flex/ex lateral views,
  // measure translation at L4-5") are to be taken, not taken.
  if (status != "completed") cx.open_orders.insert(ref);
  findings_in(cx, notes, ref, date, SourceKind::clinical, true);
}

}  // namespace spinecds::terminology
