// Conditions: problem-list text, coded neural, urgent and deformity facts.
#include "terminology/record_reader.h"

#include <algorithm>
#include <span>
#include <vector>

#include "terminology/char_class.h"
#include "terminology/clinical_dates.h"
#include "terminology/event_date.h"
#include "terminology/segment.h"

namespace spinecds::terminology {

using rapidjson::Value;

void read_condition(ReadContext& cx, const Value& r) {
  const std::string ref = reference_of(r);
  const Value* code = member(r, "code");
  const std::string text = concept_text(code);
  const std::string date = date_of(r);
  const std::size_t before = cx.facts.findings.size();
  // A diagnosis only considered (provisional, differential, unconfirmed) is
  // uncertain: its findings are kept with that category and count for
  // nothing, and its codes waive, show or support nothing.
  bool considered = false;
  for (const auto& c : codings(member(r, "verificationStatus"))) {
    if (c.code == "unconfirmed" || c.code == "provisional" || c.code == "differential")
      considered = true;
  }
  if (const auto* vs = member(r, "verificationStatus")) {
    const std::string t = lower(str(*vs, "text"));
    if (t == "unconfirmed" || t == "provisional" || t == "differential") considered = true;
  }
  if (considered) {
    engine_findings_in(cx, text, ref, date, SourceKind::condition, false);
    for (std::size_t i = before; i < cx.facts.findings.size(); ++i) {
      cx.facts.findings[i].finding.uncertain = true;
    }
    return;
  }
  findings_in(cx, text, ref, date, SourceKind::condition, false);
  each(r, "note", [&](const Value& n) {
    findings_in(cx, std::string(str(n, "text")), ref, date, SourceKind::condition, false);
  });
  bool inactive = false;
  for (const auto& c : codings(member(r, "clinicalStatus"))) {
    if (c.code == "resolved" || c.code == "inactive" || c.code == "remission") inactive = true;
  }
  const std::string low = lower(text);
  if (coded_in(code, "condition-radiculopathy") || coded_in(code, "condition-lumbar-stenosis")) {
    // M48.062 names neurogenic claudication; M48.061 says "without".
    bool claudication = false;
    for (const auto& c : codings(code)) {
      if (c.code == "M48.062") claudication = true;
    }
    if (coded_in(code, "condition-radiculopathy") || claudication) {
      if (!inactive) cx.facts.neural_conditions.emplace_back(ref, text, "", date_of(r));
    }
  }
  // A fracture or tumour elsewhere (a wrist, a breast) waives nothing: the
  // words count only with a spinal context.
  // A vertebra named alone ("L1 burst fracture") is the spine's too.
  const auto names_vertebra = [&] {
    for (std::size_t i = 0; i + 1 < low.size(); ++i) {
      if ((i == 0 || !is_alnum(low[i - 1])) &&
          starts_vertebra_name(std::string_view(low).substr(i))) {
        return true;
      }
    }
    return false;
  };
  const bool spinal = contains_any(low, {"spin", "lumbar", "vertebra", "sacr", "cord", "cauda",
                                         "disc", "epidural", "thoracolumbar"}) ||
                      !level_mentions(text).empty() || names_vertebra();
  // The two urgent tables' hits, each table its own group, the text read once.
  std::vector<TermHit> urgent_hits[2];
  if (!inactive) {
    const TermTable* const neurologic[] = {&record_terms().neurologic_urgent};
    const TermTable* const spinal_urgent[] = {&record_terms().spinal_urgent};
    const std::span<const TermTable* const> groups[] = {neurologic, spinal_urgent};
    term_hits(text, groups, urgent_hits);
  }
  // A sacral insufficiency or stress fracture heals with rest: it asks for
  // no urgent operation, so waives no conservative care (ehr-300).
  std::erase_if(urgent_hits[1], [&](const TermHit& h) {
    const std::size_t from = h.begin >= 24 ? h.begin - 24 : 0;
    const std::string_view before = std::string_view(low).substr(from, h.begin - from);
    return before.find("insufficiency") != std::string_view::npos ||
           before.find("stress") != std::string_view::npos;
  });
  auto affirmed = [](const std::vector<TermHit>& hits) {
    return std::any_of(hits.begin(), hits.end(), [](const TermHit& h) { return h.counts(); });
  };
  if (!inactive && (coded_in(code, "condition-urgent") || affirmed(urgent_hits[0]) ||
                    (spinal && affirmed(urgent_hits[1])))) {
    // Dated from the clause of the condition's words ("Back pain; cauda
    // equina syndrome 2011 s/p decompression").
    std::size_t at = 0;
    for (const auto& hits : urgent_hits) {
      if (!hits.empty()) {
        at = hits.front().begin;
        break;
      }
    }
    cx.facts.urgent.push_back({ref, text, {}, event_date(text, date, at)});
    if (spinal && affirmed(urgent_hits[1])) lesion_in(cx, text, ref, event_date(text, date, at));
  }
  if (coded_in(code, "condition-neuromuscular")) cx.facts.neuromuscular.emplace_back(ref, text);
  for (const auto& c : codings(code)) {
    if ((c.system == kIcd10 && (c.code.rfind("M80", 0) == 0 || c.code.rfind("M81", 0) == 0)) ||
        (c.system == kSnomed && c.code == "64859006")) {
      cx.facts.osteoporosis.emplace_back(ref, text);
    }
  }
  // Coded slips, instability, scoliosis and pseudarthrosis whose words gave
  // no finding still count, at the body site's levels.
  auto has_kind = [&](FindingKind kind) {
    for (std::size_t i = before; i < cx.facts.findings.size(); ++i) {
      if (cx.facts.findings[i].finding.kind == kind) return true;
    }
    return false;
  };
  auto synth = [&](FindingKind kind) {
    Finding f;
    f.kind = kind;
    int lo = 0, hi = 0;
    each(r, "bodySite", [&](const Value& site) {
      const int v = vertebra_from_site(site);
      if (v == 0) return;
      lo = lo == 0 ? v : std::min(lo, v);
      hi = std::max(hi, v);
    });
    for (int v = lo; lo != 0 && v < hi; ++v) f.segments.push_back(Segment{Vertebra{v}});
    if (f.segments.empty()) {
      for (const auto& m : level_mentions(text)) {
        f.segments.insert(f.segments.end(), m.begin(), m.end());
      }
    }
    if (f.segments.empty()) return;
    cx.facts.findings.push_back({f, {ref, text}, date, SourceKind::condition});
  };
  if (coded_in(code, "condition-spondylolisthesis") && !has_kind(FindingKind::spondylolisthesis)) {
    synth(FindingKind::spondylolisthesis);
  }
  if (coded_in(code, "condition-lumbar-instability") && !has_kind(FindingKind::instability)) {
    synth(FindingKind::instability);
  }
  for (const auto& c : codings(code)) {
    if (c.system == kIcd10 && c.code == "M96.0" && !has_kind(FindingKind::pseudarthrosis)) {
      synth(FindingKind::pseudarthrosis);
    }
  }
}

}  // namespace spinecds::terminology
