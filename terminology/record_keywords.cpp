// Text in the record: findings from the engine, and the keywords that are
// not finding kinds (daily activities, pain management, injections and
// medications in prose, planned destabilization, films; outcome scores and
// nicotine in their own files).
#include "terminology/record_reader.h"

#include <algorithm>
#include <cstdlib>
#include "terminology/text_findings.h"

namespace spinecds::terminology {

using rapidjson::Value;

namespace {

void flexion_extension_words(ReadContext& cx, const Sentence& s, const std::string& ref) {
  const std::string& low = s.lower;
  const bool fe = (contains(low, "flexion") && contains(low, "extension")) ||
                  contains_any(low, {"flex/ex", "flexion-extension", "flex-ex", "dynamic views",
                                     "dynamic radiograph", "bending views"});
  if (!fe) return;
  if (!contains_any(low, {"view", "film", "radiograph", "x-ray", "xr", "imaging", "study",
                          "studies", "images"})) {
    return;
  }
  if (contains_any(low, {"recommend", "consider", "suggest", "should", "would", "could", "please",
                         "order", "request", "if ", "to assess", "to evaluate"})) {
    return;
  }
  if (contains_any(low, {"not obtained", "not performed", "not done", "were not", "was not",
                         "no flexion", "not available", "none obtained", "without flexion",
                         "not taken", "not been", "unable to obtain"})) {
    cx.fe_not.emplace_back(ref, s.text);
  } else {
    cx.fe_yes.emplace_back(ref, s.text);
  }
}

}  // namespace

// Findings the engine reads in `text`, each quoted by its sentence, then the
// keywords that are not findings.
void findings_in(ReadContext& cx, const std::string& text, const std::string& ref,
                 const std::string& date, SourceKind kind, bool skip_therapy) {
  if (text.empty()) return;
  engine_findings_in(cx, text, ref, date, kind, skip_therapy);
  keywords_in(cx, text, ref, kind);
}

void engine_findings_in(ReadContext& cx, const std::string& text, const std::string& ref,
                        const std::string& date, SourceKind kind, bool skip_therapy) {
  if (text.empty()) return;
  cx.current_date = date;
  const auto bounds = sentence_bounds(text);
  // Each finding keeps its byte span into `text`; its quote is cut around it.
  for (auto& f : extract_findings(text)) {
    if (skip_therapy && f.kind == FindingKind::physical_therapy) continue;
    auto quote = quote_around(text, bounds, f.span_begin, f.span_end);
    cx.facts.findings.push_back({std::move(f), {ref, std::move(quote)}, date, kind});
  }
}

void keywords_in(ReadContext& cx, const std::string& text, const std::string& ref,
                 SourceKind kind) {
  for (const auto& s : sentences(text)) {
    const std::string& low = s.lower;
    if (find_affirmed(low, {"activities of daily living",
                            "daily activities",
                            "adls",
                            "unable to walk",
                            "cannot walk",
                            "can't walk",
                            "unable to stand",
                            "cannot stand",
                            "can't stand",
                            "difficulty walking",
                            "difficulty standing",
                            "walking tolerance",
                            "walk more than",
                            "stand more than",
                            "limits his",
                            "limits her",
                            "limiting her",
                            "limiting his",
                            "limited in",
                            "unable to work",
                            "stopped working",
                            "help with socks",
                            "help dressing",
                            "functional limitation",
                            "functionally limited",
                            "disabling",
                            "severe disability"}) != std::string::npos &&
        !contains_any(low, {"independent in", "independent with", "no limitation",
                            "without limitation", "not limit"})) {
      cx.facts.adl_limitation.emplace_back(ref, s.text);
    }
    if (find_affirmed(low, {"pain management", "pain clinic", "pain medicine",
                            "interventional pain", "pain specialist"}) != std::string::npos) {
      cx.facts.pain_management.emplace_back(ref, s.text);
    }
    if (kind != SourceKind::order && mentions_injection(low) &&
        !contains_any(low,
                      {"recommend", "consider", "will schedule", "plan to", "candidate for"})) {
      cx.facts.injections.emplace_back(ref, s.text);
    }
    if (kind != SourceKind::order &&
        find_affirmed(low, {"nsaid", "anti-inflammator", "ibuprofen", "naproxen", "meloxicam",
                            "gabapentin", "pregabalin", "muscle relaxant", "cyclobenzaprine",
                            "duloxetine", "oral steroid", "medrol dose", "prednisone taper",
                            "tramadol", "acetaminophen"}) != std::string::npos) {
      cx.facts.medications.emplace_back(ref, s.text);
    }
    if (find_affirmed(low, {"cauda equina syndrome"}) != std::string::npos) {
      cx.facts.urgent.push_back({ref, s.text, {}, cx.current_date});
    }
    if (find_affirmed(low, {"neuromuscular scoliosis", "cerebral palsy", "muscular dystrophy",
                            "spinal muscular atrophy", "myelomeningocele",
                            "neuromuscular disease"}) != std::string::npos) {
      cx.facts.neuromuscular.emplace_back(ref, s.text);
    }
    if (find_affirmed(low, {"osteoporosis", "osteoporotic"}) != std::string::npos &&
        !contains(low, "osteopenia")) {
      cx.facts.osteoporosis.emplace_back(ref, s.text);
    }
    outcome_scores_in(cx, s, ref);
    nicotine_in(cx, s, ref);
    destabilization_in(cx, s, ref);
    flexion_extension_words(cx, s, ref);
  }
}

// "bilateral L3-4 facetectomy", "greater than 50% facetectomy at L4-5",
// "pars resection at L5-S1": stated for a level; the bare word
// "facetectomy" (63047's descriptor) proves nothing.
void destabilization_in(ReadContext& cx, const Sentence& s, const std::string& ref) {
  const std::string& low = s.lower;
  const auto facet = low.find("facetectom");
  const auto facet2 = low.find("facet resection");
  const auto pars = low.find("pars");
  const bool pars_resect =
      pars != std::string::npos && !negated_before(low, pars) &&
      contains_any(low,
                   {"pars resection", "resection of the pars", "pars interarticularis resection",
                    "resect the pars", "resection of pars", "removal of the pars", "gill procedure",
                    "gill laminectomy", "pars excision", "excision of the pars"});
  std::optional<double> percent;
  bool wide = false;
  const auto fpos = facet != std::string::npos ? facet : facet2;
  if (fpos != std::string::npos && !negated_before(low, fpos) &&
      !contains_any(low, {"sparing", "preserv", "partial", "medial facetectomy"})) {
    // The qualifier stands in the words just before the procedure
    // ("bilateral L3-4 facetectomy") or just after ("facetectomies
    // bilaterally").
    const std::string before = low.substr(fpos >= 40 ? fpos - 40 : 0, fpos >= 40 ? 40 : fpos);
    const std::string after = low.substr(fpos, 40);
    if (contains_any(before, {"bilateral", "total", "complete", "full", "radical", "wide"}) ||
        contains_any(after, {"bilaterally", "on both sides"})) {
      wide = true;
    }
    // A percentage in the sentence ("60% facetectomy", "more than 50 percent").
    for (std::size_t i = 0; i < low.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(low[i])) ||
          (i > 0 && std::isdigit(static_cast<unsigned char>(low[i - 1])))) {
        continue;
      }
      char* endp = nullptr;
      const double v = std::strtod(low.c_str() + i, &endp);
      std::size_t e = static_cast<std::size_t>(endp - low.c_str());
      while (e < low.size() && low[e] == ' ') ++e;
      if (low.compare(e, 1, "%") == 0 || low.compare(e, 7, "percent") == 0) {
        // "more than 50%" states strictly more: nudge so "> 50" holds.
        const std::string before = low.substr(i >= 16 ? i - 16 : 0, i >= 16 ? 16 : i);
        const bool more =
            contains_any(before, {"more than", "greater than", "over", ">", "exceed"});
        percent = more ? v + 0.5 : v;
      }
    }
  }
  if (!wide && !percent && !pars_resect) return;
  for (const auto& m : level_mentions(s.text)) {
    for (const auto seg : m) {
      cx.facts.destabilizing.push_back({seg, percent, wide, pars_resect, {ref, s.text}});
    }
  }
}

}  // namespace spinecds::terminology
