// The extract stage: the record's resources, each read by the reader of its
// type (record_reader.h), into facts that keep their evidence.
#include "terminology/record_facts.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "terminology/body_site.h"
#include "terminology/clinical_dates.h"
#include "terminology/level_scan.h"
#include "terminology/order_reader.h"
#include "terminology/record_reader.h"
#include "terminology/resource_status.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

using rapidjson::Value;

std::string to_string(TherapySetting s) {
  switch (s) {
    case TherapySetting::in_person:
      return "in-person";
    case TherapySetting::telehealth:
      return "telehealth";
    case TherapySetting::home:
      return "home";
  }
  return "in-person";
}

std::string to_string(OutcomeInstrument i) {
  switch (i) {
    case OutcomeInstrument::odi:
      return "ODI";
    case OutcomeInstrument::ndi:
      return "NDI";
    case OutcomeInstrument::mjoa:
      return "mJOA";
  }
  return "ODI";
}

std::string to_string(SmokingStatus s) {
  switch (s) {
    case SmokingStatus::current:
      return "current";
    case SmokingStatus::former:
      return "former";
    case SmokingStatus::never:
      return "never";
  }
  return "current";
}

bool is_imaging(const Value& r) {
  const auto type = str(r, "resourceType");
  if (type == "ImagingStudy") return true;
  const Value* code = member(r, "code");
  if (coded_in(code, "lumbar-imaging") || coded_in(code, "flexion-extension-imaging")) return true;
  bool rad = false;
  each(r, "category", [&](const Value& c) {
    for (const auto& cd : codings(&c)) {
      if (cd.code == "RAD" || cd.code == "imaging" || cd.code == "LP29684-5") rad = true;
    }
    const auto low = lower(concept_text(&c));
    if (contains_any(low, {"radiology", "imaging"})) rad = true;
  });
  if (rad) return true;
  const std::string low = lower(concept_text(code));
  return contains_any(low,
                      {"mri", "mr ", "ct ", "x-ray", "xr ", "radiograph", "myelogra", "imaging"});
}

int vertebra_from_site(const Value& site) {
  for (const auto& c : codings(&site)) {
    if (auto l = body_site_level(c.system, c.code); l && l->vertebra) return l->vertebra->ordinal;
  }
  const std::string low = lower(concept_text(&site));
  if (contains(low, "sacrum") || contains(low, "sacral")) return kSacrum;
  // A vertebra named in words ("L4 vertebra"): the engine's level scanner.
  const auto toks = tokenize(low);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const auto scan = scan_level_mention(toks, i, LevelScanMode::lenient);
    if (!scan.mention) continue;
    if (scan.mention->single) return scan.mention->single->ordinal;
    if (!scan.mention->segments.empty()) return scan.mention->segments.front().upper.ordinal;
  }
  return 0;
}

namespace {

void read_order_text(ReadContext& cx, const Value& order) {
  const std::string ref = reference_of(order);
  // Each table is its own group (its own triggers), the text tokenised once.
  const TermTable* const facetectomy[] = {&record_terms().facetectomy};
  const TermTable* const pars[] = {&record_terms().pars_resection};
  const std::span<const TermTable* const> groups[] = {facetectomy, pars};
  std::vector<TermHit> found[2];
  auto scan = [&](const std::string& text) {
    term_hits(text, groups, found);
    for (std::size_t g = 0; g < 2; ++g) {
      for (const auto& h : found[g]) {
        if (!h.stated()) continue;
        destabilization_in(cx, sentence_quote(text, h.sentence_begin, h.sentence_end), h, ref,
                           g == 1);
      }
    }
  };
  scan(concept_text(member(order, "code")));
  each(order, "orderDetail", [&](const Value& d) {
    if (!coded_in(&d, "decompression")) scan(concept_text(&d));
  });
  each(order, "note", [&](const Value& n) { scan(std::string(str(n, "text"))); });
  each(order, "reasonCode", [&](const Value& c) {
    findings_in(cx, concept_text(&c), ref, date_of(order), SourceKind::order, true);
  });
}

void read_resource(ReadContext& cx, const Value& r) {
  if (excluded_by_status(r)) return;
  const auto type = str(r, "resourceType");
  if (type == "Observation" && cx.panel_members.count(reference_of(r)) != 0) return;
  if (type == "Condition") {
    read_condition(cx, r);
  } else if (type == "Procedure") {
    read_procedure(cx, r);
  } else if (type == "Observation") {
    read_observation(cx, r);
  } else if (type == "DiagnosticReport") {
    read_report(cx, r);
  } else if (type == "DocumentReference") {
    read_document(cx, r);
  } else if (type == "Composition") {
    read_composition(cx, r);
  } else if (type == "ServiceRequest") {
    read_service_request(cx, r);
  } else if (type == "Encounter") {
    read_encounter(cx, r);
  } else if (type == "MedicationRequest" || type == "MedicationStatement" ||
             type == "MedicationDispense" || type == "MedicationAdministration") {
    read_medication(cx, r);
  } else if (type == "ImagingStudy") {
    read_imaging_study(cx, r);
  } else if (type == "Claim" || type == "ExplanationOfBenefit") {
    read_claim(cx, r);
  } else if (type == "CarePlan") {
    read_care_plan(cx, r);
  }
}

// How a clinician names the source of a quote ("MRI lumbar spine",
// "Physical therapy note", "Problem list"), so cards can show
// `document date: "words"` instead of a reference.
std::string document_name(const Value& r) {
  const auto type = str(r, "resourceType");
  if (type == "Condition") return "Problem list";
  for (const char* key : {"code", "type", "category"}) {
    const Value* cc = member(r, key);
    if (cc && cc->IsArray()) cc = cc->Empty() ? nullptr : &(*cc)[0];
    if (auto t = trim(concept_text(cc)); !t.empty()) return t;
  }
  if (auto d = str(r, "description"); !d.empty()) return trim(d);
  return std::string(type);
}

// Every quote names its source and date (from the resource it quotes).
// A resource's name and date are worked out once, however many of its quotes
// there are (a report's findings come one after another), not once per quote.
void name_sources(ReadContext& cx) {
  struct Named {
    const Value* resource = nullptr;
    std::optional<std::string> document, date;
  };
  std::vector<Named> named;  // per resource quoted
  std::string last_ref;
  std::size_t last = 0;  // index into named of last_ref's resource
  auto name = [&](Quote& q) {
    if (!q.document.empty() && !q.date.empty()) return;
    if (named.empty() || q.reference != last_ref) {
      auto it = cx.by_ref.find(q.reference);
      if (it == cx.by_ref.end()) return;
      auto n = std::find_if(named.begin(), named.end(),
                            [&](const Named& x) { return x.resource == it->second; });
      last = static_cast<std::size_t>(n - named.begin());
      if (n == named.end()) named.push_back(Named{it->second, std::nullopt, std::nullopt});
      last_ref = q.reference;
    }
    Named& r = named[last];
    if (q.document.empty()) {
      if (!r.document) r.document = document_name(*r.resource);
      q.document = *r.document;
    }
    if (q.date.empty()) {
      if (!r.date) r.date = date_of(*r.resource);
      q.date = *r.date;
    }
  };
  auto& f = cx.facts;
  for (auto& x : f.requested.evidence) name(x);
  for (auto& x : f.findings) name(x.quote);
  for (auto& x : f.destabilizing) name(x.quote);
  for (auto& x : f.therapy) name(x.quote);
  for (auto& x : f.therapy_excluded) name(x.quote);
  for (auto& x : f.outcome_scores) name(x.quote);
  for (auto& x : f.smoking) name(x.quote);
  for (auto& x : f.cotinine) name(x.quote);
  for (auto& x : f.lesions) name(x.quote);
  for (auto* v :
       {&f.therapy_referrals, &f.injections, &f.medications, &f.pain_management, &f.adl_limitation,
        &f.spine_imaging, &f.flexion_extension, &f.flexion_extension_not_obtained,
        &f.neural_conditions, &f.urgent, &f.neuromuscular, &f.osteoporosis, &f.t_score_quotes}) {
    for (auto& q : *v) name(q);
  }
}

// A therapy document that states its course's span ("Pt attended 6 visits
// (09/08/2026 through 10/01/2026)", "Dates of care: ...") is dated by that
// span: its own later date is when it was written (a discharge for
// non-attendance weeks after the last visit), not another session. Its lines
// dated only by the note after the span are left out of the count.
void covered_by_stated_span(RecordFacts& facts, const std::vector<std::size_t>& note_dated) {
  std::map<std::string, std::string> span_end;  // reference -> the latest stated span's end
  for (const auto& t : facts.therapy) {
    if (t.start.size() < 10 || t.end.size() < 10) continue;
    const std::string first = t.start.substr(0, 10);
    const std::string last = t.end.substr(0, 10);
    if (first >= last) continue;
    auto& e = span_end[t.quote.reference];
    e = std::max(e, last);
  }
  if (span_end.empty()) return;
  std::vector<bool> drop(facts.therapy.size(), false);
  // Lines dated only by the note, and single days the document names after
  // its span (its own heading: "Rehabilitation summary (outpatient)
  // 2026/10/20").
  std::vector<std::size_t> after = note_dated;
  for (std::size_t i = 0; i < facts.therapy.size(); ++i) {
    const auto& t = facts.therapy[i];
    if (t.start.size() >= 10 && t.start.substr(0, 10) == t.end.substr(0, 10)) after.push_back(i);
  }
  for (const auto i : after) {
    if (drop[i]) continue;
    const auto& t = facts.therapy[i];
    const auto e = span_end.find(t.quote.reference);
    if (e == span_end.end() || t.end.substr(0, 10) <= e->second) continue;
    // Lines of a shoulder's or a knee's course stay that region's therapy,
    // which the criteria name and never quote.
    if (t.region == BodyRegion::other) continue;
    drop[i] = true;
    facts.therapy_excluded.push_back(
        {t.quote, "dated only by a therapy note written after the span of care it states"});
  }
  std::vector<TherapyItem> kept;
  for (std::size_t i = 0; i < facts.therapy.size(); ++i) {
    if (!drop[i]) kept.push_back(std::move(facts.therapy[i]));
  }
  facts.therapy = std::move(kept);
}

void finish(ReadContext& cx) {
  name_sources(cx);
  // Physical-therapy statements in notes become episodes (or, negated,
  // documentation that PT was not done).
  std::vector<std::size_t> note_dated;  // therapy items dated only by their note
  for (const auto& rf : cx.facts.findings) {
    const auto& f = rf.finding;
    // An order, or an open order's notes, names films to be taken.
    const bool planned =
        rf.source == SourceKind::order || cx.open_orders.contains(rf.quote.reference);
    if (f.kind == FindingKind::flexion_extension_study) {
      // Films only asked for ("could be obtained") are neither taken nor
      // refused.
      if (f.uncertain || f.hypothetical || f.experiencer_other) continue;
      if (!f.negated && planned) continue;
      (f.negated ? cx.facts.flexion_extension_not_obtained : cx.facts.flexion_extension)
          .push_back(rf.quote);
      continue;
    }
    if ((f.kind == FindingKind::translation || f.kind == FindingKind::angulation) &&
        counts_toward_criteria(f) && !planned) {
      cx.facts.flexion_extension.push_back(rf.quote);
      continue;
    }
    if (f.kind == FindingKind::radiculopathy || f.kind == FindingKind::neurogenic_claudication ||
        f.kind == FindingKind::weakness) {
      continue;
    }
    if (f.kind != FindingKind::physical_therapy) continue;
    if (f.negated) {
      cx.facts.therapy_excluded.push_back(
          {rf.quote, "the record states physical therapy was not done"});
      continue;
    }
    // A plan or referral ("2x/week x 6 weeks") is not therapy received.
    if (!counts_toward_criteria(f)) continue;
    if (rf.source == SourceKind::order) continue;
    TherapyItem item;
    item.quote = rf.quote;
    item.is_episode = true;
    item.stated_weeks = f.weeks;
    episode_dates(f, rf.date, item);
    if (f.setting == "telehealth") {
      item.setting = TherapySetting::telehealth;
    } else if (f.setting == "home") {
      item.setting = TherapySetting::home;
    } else if (f.setting == "in-person") {
      // The engine read the setting said of this therapy ("in-person PT at
      // Eastside PT 06/22-08/14; ... an app for a home program"): another
      // clause's words do not change it.
      item.setting = TherapySetting::in_person;
    } else {
      const std::string low = lower(rf.quote.text);
      item.setting = home_words(low)         ? TherapySetting::home
                     : telehealth_words(low) ? TherapySetting::telehealth
                                             : TherapySetting::in_person;
    }
    item.region = treated_region(lower(rf.quote.text));
    // A line of a therapy document that names no region (its heading, the
    // therapist's signature) treated what the document says it treated.
    if (const auto d = cx.therapy_document_region.find(rf.quote.reference);
        item.region == BodyRegion::unspecified && d != cx.therapy_document_region.end()) {
      item.region = d->second;
    }
    if (!f.start && !f.end && !f.weeks) note_dated.push_back(cx.facts.therapy.size());
    cx.facts.therapy.push_back(std::move(item));
  }
  covered_by_stated_span(cx.facts, note_dated);
  clip_told_spans(cx.facts);
  // Sentences the extractor did not read as a flexion-extension finding.
  auto quoted = [](const std::vector<Quote>& list, const Quote& q) {
    for (const auto& x : list) {
      if (x.reference == q.reference && (contains(x.text, q.text) || contains(q.text, x.text)))
        return true;
    }
    return false;
  };
  for (const auto& q : cx.fe_not) {
    if (!quoted(cx.facts.flexion_extension_not_obtained, q) &&
        !quoted(cx.facts.flexion_extension, q)) {
      cx.facts.flexion_extension_not_obtained.push_back(q);
    }
  }
  for (const auto& q : cx.fe_yes) {
    if (!quoted(cx.facts.flexion_extension_not_obtained, q) &&
        !quoted(cx.facts.flexion_extension, q)) {
      cx.facts.flexion_extension.push_back(q);
    }
  }
  auto tidy = [](std::vector<Quote>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  for (auto* v :
       {&cx.facts.injections, &cx.facts.medications, &cx.facts.pain_management,
        &cx.facts.adl_limitation, &cx.facts.spine_imaging, &cx.facts.flexion_extension,
        &cx.facts.flexion_extension_not_obtained, &cx.facts.neural_conditions, &cx.facts.urgent,
        &cx.facts.neuromuscular, &cx.facts.osteoporosis, &cx.facts.therapy_referrals}) {
    tidy(*v);
  }
}

}  // namespace

namespace {

// "https://host/base/Observation/x/_history/2" -> "Observation/x": an
// absolute reference names the resource by its last two path segments.
std::string_view relative_part(std::string_view reference) {
  if (const auto h = reference.find("/_history/"); h != std::string_view::npos)
    reference = reference.substr(0, h);
  const auto last = reference.rfind('/');
  if (last == std::string_view::npos || last == 0) return reference;
  const auto type = reference.rfind('/', last - 1);
  return type == std::string_view::npos ? reference : reference.substr(type + 1);
}

}  // namespace

const Value* resolve_reference(const ReadContext& cx, const Value& from,
                               std::string_view reference) {
  if (reference.starts_with('#')) {
    const Value* contained = member(from, "contained");
    if (!contained || !contained->IsArray()) return nullptr;
    for (const auto& c : contained->GetArray()) {
      if (c.IsObject() && str(c, "id") == reference.substr(1)) return &c;
    }
    return nullptr;
  }
  // As written ("Observation/x"), or a Bundle entry's fullUrl ("urn:uuid:...").
  if (auto it = cx.by_ref.find(std::string(reference)); it != cx.by_ref.end()) return it->second;
  if (!reference.starts_with("http://") && !reference.starts_with("https://")) return nullptr;
  auto it = cx.by_ref.find(std::string(relative_part(reference)));
  return it == cx.by_ref.end() ? nullptr : it->second;
}

namespace {

// `read` is the order's reading when there is an order.
RecordFacts extract(const Value* order, const FusionOrder* read, const fhir::Record& record) {
  ReadContext cx;
  if (record.resources.IsArray()) {
    for (const auto& r : record.resources.GetArray()) {
      if (!r.IsObject()) continue;
      cx.by_ref[reference_of(r)] = &r;
    }
    for (const auto& [url, ref] : record.full_urls) {
      if (auto it = cx.by_ref.find(ref); it != cx.by_ref.end()) cx.by_ref.emplace(url, it->second);
    }
    for (const auto& r : record.resources.GetArray()) {
      // A report's text lines go with their report, whatever its status: a
      // superseded or voided read takes its lines with it.
      if (r.IsObject() && str(r, "resourceType") == "DiagnosticReport") {
        each_report_line(cx, r,
                         [&](const Value& obs) { cx.report_lines.insert(reference_of(obs)); });
        continue;
      }
      if (!r.IsObject() || str(r, "resourceType") != "Observation" || excluded_by_status(r))
        continue;
      each(r, "hasMember", [&](const Value& m) {
        const Value* obs = resolve_reference(cx, r, str(m, "reference"));
        if (obs && obs != &r) cx.panel_members.insert(reference_of(*obs));
      });
    }
  }
  if (order && order->IsObject()) {
    cx.by_ref.emplace(reference_of(*order), order);
    cx.facts.order = "ServiceRequest/" + std::string(str(*order, "id"));
    if (str(*order, "id").empty()) cx.facts.order.clear();
    if (read != nullptr) {
      cx.facts.region = read->region;
      cx.facts.requested = read->requested;
    } else {
      auto fusion = read_fusion_order(*order);
      cx.facts.region = fusion.region;
      cx.facts.requested = std::move(fusion.requested);
    }
    read_order_text(cx, *order);
  }
  if (record.resources.IsArray()) {
    for (const auto& r : record.resources.GetArray()) {
      if (r.IsObject()) read_resource(cx, r);
    }
  }
  finish(cx);
  return std::move(cx.facts);
}

}  // namespace

RecordFacts extract_record_facts(const Value* order, const fhir::Record& record) {
  return extract(order, nullptr, record);
}

RecordFacts extract_record_facts(const Value& order, const FusionOrder& read,
                                 const fhir::Record& record) {
  return extract(&order, &read, record);
}

}  // namespace spinecds::terminology
