// Text in the record: findings from the engine, and the terms that are not
// finding kinds (daily activities, pain management, injections and
// medications in prose, planned destabilization, films), whose ConText
// category the engine's scopes decide too (record_terms.h); outcome scores and
// nicotine in their own files.
#include "terminology/record_reader.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>

#include "terminology/char_class.h"
#include "terminology/clinical_dates.h"
#include "terminology/event_date.h"
#include "terminology/record_terms.h"
#include "terminology/text_findings.h"

namespace spinecds::terminology {

using rapidjson::Value;

namespace {

// Films named in a sentence that gave no flexion-extension finding: taken,
// or (negated) not taken; only sought or hedged, neither. An order's words
// (or an open order's notes) name films to be taken, never films taken.
void flexion_extension_words(ReadContext& cx, const std::string& low, const TermHit& h, Quote quote,
                             SourceKind kind) {
  const bool planned = kind == SourceKind::order || cx.open_orders.contains(quote.reference);
  if (!contains_any(low, {"view", "film", "radiograph", "x-ray", "xr", "imaging", "study",
                          "studies", "images"})) {
    return;
  }
  if (h.negated) {
    cx.fe_not.push_back(std::move(quote));
  } else if (h.counts() && !planned) {
    cx.fe_yes.push_back(std::move(quote));
  }
}

// The engine's findings in `text`, each quoted by its sentence, and (with
// `keywords`) the keywords that are not findings: they read and write other
// facts, so the order does not matter.
void read_text(ReadContext& cx, const std::string& text, const std::string& ref,
               const std::string& date, SourceKind kind, bool skip_therapy, bool keywords) {
  if (text.empty()) return;
  cx.current_date = date;
  std::vector<std::pair<std::size_t, std::size_t>> bounds;
  std::vector<Finding> findings;
  const bool one_chunk = read_as_one_chunk(text);
  {
    // Tokens and sentences once for the keyword readers, the quotes and (a
    // text of one chunk) the engine. A longer text's are let go before the
    // engine reads it again in small chunks, so a text of megabytes does not
    // hold two token lists at once.
    const TextReading read(text);
    if (keywords) keywords_in(cx, read, ref, kind);
    bounds = sentence_bounds(read);
    if (one_chunk) findings = extract_findings(text, read.toks, read.sentences);
  }
  if (!one_chunk) findings = extract_findings(text);
  // Each finding keeps its byte span into the text; its quote is cut around it.
  for (auto& f : findings) {
    if (skip_therapy && f.kind == FindingKind::physical_therapy) continue;
    auto quote = quote_around(text, bounds, f.span_begin, f.span_end);
    cx.facts.findings.push_back({std::move(f), {ref, std::move(quote)}, date, kind});
  }
}

}  // namespace

void findings_in(ReadContext& cx, const std::string& text, const std::string& ref,
                 const std::string& date, SourceKind kind, bool skip_therapy) {
  read_text(cx, text, ref, date, kind, skip_therapy, true);
}

void engine_findings_in(ReadContext& cx, const std::string& text, const std::string& ref,
                        const std::string& date, SourceKind kind, bool skip_therapy) {
  read_text(cx, text, ref, date, kind, skip_therapy, false);
}

void keywords_in(ReadContext& cx, const TextReading& read, const std::string& ref,
                 SourceKind kind) {
  const std::string_view text = read.text;
  static const std::array<const TermTable*, 12> kTables = {
      &record_terms().daily_activities,  &record_terms().independence,
      &record_terms().pain_management,   &record_terms().injections,
      &record_terms().medications,       &record_terms().neurologic_urgent,
      &record_terms().neuromuscular,     &record_terms().osteoporosis,
      &record_terms().flexion_extension, &record_terms().facetectomy,
      &record_terms().kyphosis,          &record_terms().spinal_urgent};
  static const std::array<const TermTable*, 1> kPars = {&record_terms().pars_resection};
  static const std::array<const TermTable*, 1> kCotinine = {&record_terms().cotinine};
  // Each group of tables keeps its own triggers (term_hits); the text is
  // walked once for all of them.
  const std::array<std::span<const TermTable* const>, 4> groups = {kTables, kPars, outcome_tables(),
                                                                   kCotinine};
  std::array<std::vector<TermHit>, 4> found;
  term_hits(read, groups, found);
  const auto& hits = found[0];
  // Per sentence: each kind at most once, as before.
  for (std::size_t a = 0; a < hits.size();) {
    std::size_t b = a;
    while (b < hits.size() && hits[b].sentence_begin == hits[a].sentence_begin) ++b;
    const auto sentence = std::span<const TermHit>(hits).subspan(a, b - a);
    a = b;
    const auto& first = sentence.front();
    const std::string quote = sentence_quote(text, first.sentence_begin, first.sentence_end);
    const std::string low = lower(quote);
    auto affirmed = [&](const TermTable& t) -> const TermHit* {
      for (const auto& h : sentence) {
        if (kTables[h.table] == &t && h.counts()) return &h;
      }
      return nullptr;
    };
    auto any = [&](const TermTable& t) -> const TermHit* {
      for (const auto& h : sentence) {
        if (kTables[h.table] == &t) return &h;
      }
      return nullptr;
    };
    if (affirmed(record_terms().daily_activities) && !affirmed(record_terms().independence)) {
      cx.facts.adl_limitation.emplace_back(ref, quote);
    }
    if (affirmed(record_terms().pain_management)) cx.facts.pain_management.emplace_back(ref, quote);
    if (kind != SourceKind::order && affirmed(record_terms().injections)) {
      cx.facts.injections.emplace_back(ref, quote);
    }
    if (kind != SourceKind::order && affirmed(record_terms().medications)) {
      cx.facts.medications.emplace_back(ref, quote);
    }
    // Cauda equina, or a progressive neurological deficit ("progressive
    // neurological deficit: left TA now 2/5"), in a note as in a Condition.
    if (const auto* u = affirmed(record_terms().neurologic_urgent)) {
      const auto at = u->begin - first.sentence_begin;
      const auto words =
          text.substr(first.sentence_begin, first.sentence_end - first.sentence_begin);
      cx.facts.urgent.push_back({ref, quote, {}, event_date(words, cx.current_date, at)});
    }
    // A fracture, tumour or infection at named levels, stated as the
    // present's (not a history's).
    if (const auto* u = affirmed(record_terms().spinal_urgent);
        u && !u->historical && kind != SourceKind::order) {
      const auto words =
          text.substr(first.sentence_begin, first.sentence_end - first.sentence_begin);
      lesion_in(cx, quote, ref,
                event_date(words, cx.current_date, u->begin - first.sentence_begin));
    }
    if (affirmed(record_terms().neuromuscular)) cx.facts.neuromuscular.emplace_back(ref, quote);
    if (affirmed(record_terms().osteoporosis) && !contains(low, "osteopenia")) {
      cx.facts.osteoporosis.emplace_back(ref, quote);
    }
    if (affirmed(record_terms().kyphosis) && kind != SourceKind::order) {
      KyphosisFact k;
      for (const auto& mention : level_mentions(quote)) {
        k.segments.insert(k.segments.end(), mention.begin(), mention.end());
      }
      k.cervical =
          contains(low, "cervical") || std::any_of(k.segments.begin(), k.segments.end(),
                                                   [](const Segment& s) { return is_cervical(s); });
      k.quote = {ref, quote};
      cx.facts.kyphosis.push_back(std::move(k));
    }
    if (const auto* h = any(record_terms().flexion_extension)) {
      flexion_extension_words(cx, low, *h, {ref, quote}, kind);
    }
    for (const auto& h : sentence) {
      // A decompression is planned by nature: the plan is what it states.
      if (kTables[h.table] == &record_terms().facetectomy && h.stated()) {
        destabilization_in(cx, quote, h, ref, false);
        break;
      }
    }
  }
  // Pars resection stands alone in its table: its words overlap nothing above.
  for (const auto& h : found[1]) {
    if (h.stated()) {
      destabilization_in(cx, sentence_quote(text, h.sentence_begin, h.sentence_end), h, ref, true);
    }
  }
  outcome_scores_in(cx, read, ref, found[2]);
  nicotine_in(cx, read, ref, found[3]);
}

// "bilateral L3-4 facetectomy", "greater than 50% facetectomy at L4-5",
// "pars resection at L5-S1": stated for a level; the bare word
// "facetectomy" (63047's descriptor) proves nothing.
void destabilization_in(ReadContext& cx, const std::string& quote, const TermHit& h,
                        const std::string& ref, bool pars_resect) {
  const std::string low = lower(quote);
  const std::size_t fpos = pars_resect ? std::string::npos : h.begin - h.sentence_begin;
  std::optional<double> percent;
  bool wide = false;
  if (fpos < low.size() &&
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
      if (!is_digit(low[i]) || (i > 0 && is_digit(low[i - 1]))) {
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
  // The levels of the resection's own clause: "C4/C5 og C5/C6 med >50 %
  // fasettreseksjon; C3/C4 kun laminektomi" resects no facet at C3/C4.
  std::string_view clause_text = quote;
  if (const std::size_t at = h.begin - h.sentence_begin; at < quote.size()) {
    const std::size_t semi_before = quote.rfind(';', at);
    const std::size_t from = semi_before == std::string::npos ? 0 : semi_before + 1;
    const std::size_t to = std::min(quote.find(';', at), quote.size());
    clause_text = std::string_view(quote).substr(from, to - from);
  }
  for (const auto& m : level_mentions(clause_text)) {
    for (const auto seg : m) {
      cx.facts.destabilizing.push_back({seg, percent, wide, pars_resect, {ref, quote}});
    }
  }
}

}  // namespace spinecds::terminology
