#include "terminology/order_reader.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "terminology/body_site.h"
#include "terminology/fhir_values.h"
#include "terminology/level_scan.h"
#include "terminology/order_facets.h"
#include "terminology/record_text.h"
#include "terminology/sentence_split.h"
#include "terminology/text_tokens.h"
#include "terminology/value_sets.h"

namespace spinecds::terminology {

namespace {

using rapidjson::Value;

// What a word in an order names. A list of levels belongs to the procedure
// word next to it, so "L3-4 decompression and L4-5 fusion" fuses L4-L5 only.
enum class Mode { none, fusion, decompression, arthroplasty, history, other };

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// How many tokens the keyword at toks[i] takes, and what it names.
Mode keyword_at(const std::vector<Token>& toks, std::size_t i, std::size_t& len) {
  len = 1;
  const Token& t = toks[i];
  if (t.kind == TokenKind::punct || t.kind == TokenKind::number) return Mode::none;
  const std::string& w = t.text;
  auto next_is = [&](std::size_t k, std::string_view s) {
    return i + k < toks.size() && toks[i + k].text == s;
  };
  if (w == "s" && next_is(1, "/") && next_is(2, "p")) {
    len = 3;
    return Mode::history;
  }
  if (w == "status" && next_is(1, "post")) {
    len = 2;
    return Mode::history;
  }
  if (w == "history" && next_is(1, "of")) {
    len = 2;
    return Mode::history;
  }
  if (arthroplasty_word(toks, i)) {
    len = (w == "disc" || w == "disk") ? 2 : 1;
    return Mode::arthroplasty;
  }
  // A corpectomy is always reconstructed and fused; a plate is fixation
  // across the fused levels ("ACDF with a C5-C7 plate").
  if (one_of(w, {"fusion", "fusions", "arthrodesis", "fuse", "psf", "plf", "tlif", "plif", "alif",
                 "xlif", "llif", "olif", "dlif", "acdf", "acif", "spondylodesis", "instrumentation",
                 "instrumented", "pedicle"}) ||
      one_of(w, {"pcf", "corpectomy", "corpectomies", "plate", "plating"})) {
    return Mode::fusion;
  }
  if (starts_with(w, "decompress") || starts_with(w, "laminectom") || starts_with(w, "laminotom") ||
      starts_with(w, "hemilaminectom") || starts_with(w, "foraminotom") ||
      starts_with(w, "facetectom") || starts_with(w, "discectom") ||
      starts_with(w, "microdiscectom") || starts_with(w, "microdecompress") ||
      w == "laminoplasty") {
    return Mode::decompression;
  }
  if (one_of(w, {"prior", "previous", "previously", "old", "existing"})) return Mode::history;
  if (one_of(w, {"injection", "injections", "esi", "radiculopathy", "stenosis", "spondylolisthesis",
                 "anterolisthesis", "retrolisthesis", "listhesis"})) {
    return Mode::other;
  }
  return Mode::none;
}

// Words that only qualify a procedure ("fusion at L4-5", "L4-5 posterior
// interbody fusion"); anything else between them starts another clause.
bool filler(const Token& t) {
  if (t.kind == TokenKind::number) return true;
  if (t.kind == TokenKind::punct) return one_of(t.text, {"(", ")", ":", "-"});
  return one_of(t.text, {"at",
                         "of",
                         "from",
                         "the",
                         "level",
                         "levels",
                         "posterior",
                         "anterior",
                         "lateral",
                         "lumbar",
                         "lumbosacral",
                         "instrumented",
                         "interbody",
                         "spinal",
                         "spine",
                         "segment",
                         "segments",
                         "open",
                         "minimally",
                         "invasive",
                         "mis",
                         "planned",
                         "revision",
                         "single",
                         "one",
                         "two",
                         "three",
                         "four",
                         "across",
                         "over",
                         "transforaminal",
                         "posterolateral",
                         "extension",
                         "in",
                         "is",
                         "for"});
}

bool list_joint(const std::vector<Token>& toks, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    if (!one_of(toks[k].text, {",", "and", "&", "/", "or", "+"})) return false;
  }
  return true;
}

struct Keyword {
  std::size_t first, last;  // token range
  Mode mode;
};

// "without fusion", "no fusion": the word is there and denied.
bool denied(const std::vector<Token>& toks, std::size_t sentence_begin, std::size_t i) {
  for (std::size_t k = i; k > sentence_begin && i - k < 4; --k) {
    if (one_of(toks[k - 1].text, {"without", "no", "not", "non", "excluding"})) return true;
  }
  return false;
}

// The order's words, one source at a time.
struct TextRead {
  std::vector<Segment> fusion_segments;
  bool pelvis = false;
  bool fusion_affirmed = false;  // a fusion word, neither denied nor of the past
  bool lumbar_word = false;      // "lumbar", "lumbosacral", "thoracolumbar" beside it
  bool cervical_word = false;    // "cervical", "ACDF"
  bool thoracic_word = false;
  bool arthroplasty = false;  // a disc replacement named, not denied
  ApproachSigns approach;     // words beside a fusion word
};

// Whether the procedure keyword `k` is joined to a fusion word by "and",
// "with", "+", "/" and words that only qualify a procedure.
bool joined_to_fusion(const std::vector<Token>& toks, const std::vector<Keyword>& kws,
                      const Keyword& k, const std::vector<LevelMention>& mentions) {
  auto joined = [&](std::size_t from, std::size_t to) {
    bool joiner = false;
    for (std::size_t t = from; t < to; ++t) {
      if (one_of(toks[t].text, {"and", "with", "+", "/", "&", "plus"})) {
        joiner = true;
      } else if (!filler(toks[t])) {
        return false;
      }
    }
    return joiner;
  };
  for (std::size_t i = 0; i < kws.size(); ++i) {
    if (kws[i].first != k.first) continue;
    if (i + 1 < kws.size() && kws[i + 1].mode == Mode::fusion && joined(k.last, kws[i + 1].first))
      return true;
    // Backwards only when that fusion word has no levels of its own before
    // it ("L4-5 TLIF with decompression L3-4" fuses L4-L5 alone).
    const bool own_levels =
        i > 0 && std::any_of(mentions.begin(), mentions.end(),
                             [&](const LevelMention& m) { return m.last <= kws[i - 1].first; });
    if (i > 0 && kws[i - 1].mode == Mode::fusion && !own_levels &&
        joined(kws[i - 1].last, k.first)) {
      return true;
    }
  }
  return false;
}

// "Levels:", "Level -", "Segments" right before a list of levels.
bool labelled_levels(const std::vector<Token>& toks, std::size_t sentence_begin,
                     std::size_t first) {
  std::size_t k = first;
  while (k > sentence_begin && toks[k - 1].kind == TokenKind::punct &&
         one_of(toks[k - 1].text, {":", "-", "("})) {
    --k;
  }
  return k > sentence_begin && one_of(toks[k - 1].text, {"level", "levels", "segment", "segments",
                                                         "interspace", "interspaces"});
}

// How many tokens a region word may stand from its fusion word: "lumbar
// spinal fusion", "fusion, lumbar", "lumbar interbody fusion, L4-5".
constexpr std::size_t kBeside = 4;

TextRead read_text(std::string_view text, Mode fallback) {
  TextRead out;
  if (text.empty()) return out;
  const auto toks = tokenize(text);
  for (const auto& sent : split_sentences(text, toks)) {
    std::vector<Keyword> kws;
    std::vector<LevelMention> mentions;
    bool history = false;  // a word of the past governs what follows
    bool fusion_here = false;
    // Region words count beside a fusion word ("posterior lumbar interbody
    // fusion"), not anywhere in its sentence ("ACDF C5-6; lumbar MRI pending").
    std::vector<std::size_t> lumbar_at, cervical_at, thoracic_at, fusion_at, approach_at;
    ApproachSigns seen;  // every approach word; only those beside a fusion word count
    for (std::size_t i = sent.begin; i < sent.end;) {
      if (auto scan = scan_level_mention(toks, i, LevelScanMode::lenient); scan.mention) {
        auto m = *scan.mention;
        i = std::max(m.last, i + 1);
        if (!m.segments.empty() || m.pelvis) mentions.push_back(std::move(m));
        continue;
      }
      const std::string& w = toks[i].text;
      if (is_pelvis_token(toks[i]) && !denied(toks, sent.begin, i)) out.pelvis = true;
      if (one_of(w, {"lumbar", "lumbosacral", "thoracolumbar", "lumbopelvic", "sacropelvic"}))
        lumbar_at.push_back(i);
      if (one_of(w, {"cervical", "acdf", "cervicothoracic", "occipitocervical"}))
        cervical_at.push_back(i);
      if (w == "thoracic") thoracic_at.push_back(i);
      if (add_approach_word(toks[i], seen)) approach_at.push_back(i);

      std::size_t len = 1;
      const Mode m = keyword_at(toks, i, len);
      if (m == Mode::fusion && !denied(toks, sent.begin, i)) {
        // "s/p L4-5 fusion" is an earlier operation, not the one ordered.
        if (!history) {
          fusion_here = true;
          fusion_at.push_back(i);
        }
        kws.push_back({i, i + len, m});
      } else if (m != Mode::none && m != Mode::fusion) {
        kws.push_back({i, i + len, m});
      }
      if (m == Mode::arthroplasty && !history && !denied(toks, sent.begin, i))
        out.arthroplasty = true;
      if (m == Mode::history) {
        history = true;
      } else if (m != Mode::none || !filler(toks[i])) {
        history = false;
      }
      i += len;
    }
    if (fusion_here) {
      out.fusion_affirmed = true;
      auto beside = [&](const std::vector<std::size_t>& at) {
        for (auto r : at) {
          for (auto f : fusion_at) {
            if ((r > f ? r - f : f - r) <= kBeside) return true;
          }
        }
        return false;
      };
      out.lumbar_word = out.lumbar_word || beside(lumbar_at);
      out.cervical_word = out.cervical_word || beside(cervical_at);
      out.thoracic_word = out.thoracic_word || beside(thoracic_at);
      for (auto a : approach_at) {
        if (beside(std::vector<std::size_t>{a})) add_approach_word(toks[a], out.approach);
      }
    }
    // Lists of levels ("L3-4, L4-5 and L5-S1"), each given to a procedure.
    for (std::size_t a = 0; a < mentions.size();) {
      std::size_t b = a;
      while (b + 1 < mentions.size() && list_joint(toks, mentions[b].last, mentions[b + 1].first)) {
        ++b;
      }
      const std::size_t first = mentions[a].first, last = mentions[b].last;
      const Keyword* before = nullptr;
      const Keyword* after = nullptr;
      for (const auto& k : kws) {
        if (k.last <= first) before = &k;
        if (k.first >= last && !after) after = &k;
      }
      auto adjacent = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
          if (!filler(toks[k])) return false;
        }
        return true;
      };
      // The procedure word right beside the list wins (before, then after);
      // else the nearest before, else after; else the text's fallback.
      const Keyword* by = nullptr;
      if (before && adjacent(before->last, first)) {
        by = before;
      } else if (after && adjacent(last, after->first)) {
        by = after;
      } else {
        by = before ? before : after;
      }
      Mode mode = by ? by->mode : fallback;
      // "L4-5 laminectomy and posterolateral fusion", "fusion and
      // decompression L4-5": procedures joined by "and"/"with" share the levels.
      if (by && mode == Mode::decompression && joined_to_fusion(toks, kws, *by, mentions)) {
        mode = Mode::fusion;
      }
      // "Levels: L4-L5" in a fusion order's note names the fusion levels
      // when no procedure word in the sentence claims them.
      if (!by && labelled_levels(toks, sent.begin, first)) mode = Mode::fusion;
      if (mode == Mode::fusion) {
        for (std::size_t k = a; k <= b; ++k) {
          const auto& m = mentions[k];
          out.fusion_segments.insert(out.fusion_segments.end(), m.segments.begin(),
                                     m.segments.end());
          out.pelvis = out.pelvis || m.pelvis;
        }
      }
      a = b + 1;
    }
  }
  return out;
}

class OrderRead {
 public:
  explicit OrderRead(const Value& sr) : sr_(sr) { ref_ = reference_of(sr); }

  FusionOrder run() {
    FusionOrder out;
    const Value* code = member(sr_, "code");
    bool other_service = false;
    for (auto t : concept_texts(code)) {
      take(t, Mode::fusion);
      other_service = other_service || names_other_service(t);
    }
    for (const auto& c : codings(code)) {
      fold(coding_region(c));
      note_code(c, out.codes);
    }
    if (coded_in(code, "pelvic-fixation")) out.requested.pelvis = true;
    if (const Value* details = member(sr_, "orderDetail"); details && details->IsArray()) {
      for (const auto& d : details->GetArray()) {
        for (const auto& c : codings(&d)) note_code(c, out.codes);
        detail(d, out.requested);
      }
    }
    if (const Value* notes = member(sr_, "note"); notes && notes->IsArray()) {
      for (const auto& n : notes->GetArray()) take(str(n, "text"), Mode::none);
    }
    body_sites(out.requested);

    const bool fusion = coded_ != FusionRegion::none || (words_.fusion_affirmed && !other_service);
    if (!fusion) return arthroplasty_only(out.codes);
    auto& segs = out.requested.segments;
    const auto& named = site_segments_.empty() ? text_segments_ : site_segments_;
    if (segs.empty()) segs.assign(named.begin(), named.end());
    out.requested.pelvis = out.requested.pelvis || words_.pelvis;
    std::sort(segs.begin(), segs.end());
    segs.erase(std::unique(segs.begin(), segs.end()), segs.end());
    auto& ev = out.requested.evidence;
    ev.insert(ev.end(), evidence_.begin(), evidence_.end());
    std::sort(ev.begin(), ev.end());
    ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
    out.region = region(out.requested);
    out.regions = order_regions(out.region, coded_all_, segs, words_.lumbar_word,
                                words_.cervical_word, words_.thoracic_word);
    out.approach = approach_.approach();
    for (const auto& [region, signs] : coded_approach_) {
      out.approach_by_region.emplace_back(region, signs.approach());
    }
    out.arthroplasty = arthroplasty_ || words_.arthroplasty;
    return out;
  }

 private:
  const Value& sr_;
  std::string ref_;
  FusionRegion coded_ = FusionRegion::none;
  std::set<FusionRegion> coded_all_;                      // every region a code names
  ApproachSigns approach_;                                // from the codes and the words
  std::map<FusionRegion, ApproachSigns> coded_approach_;  // each region's own codes
  bool arthroplasty_ = false;                             // an arthroplasty code
  TextRead words_;                                        // what every text together says
  std::set<Segment> text_segments_;
  // Levels a bodySite's text names: the field that says where, so they win
  // over the levels of the code text, details and notes ("ACDF C4-C5 ...
  // removal of the old plate and new plate C4-C6" with bodySite "C4-C5").
  std::set<Segment> site_segments_;
  std::vector<Quote> evidence_;

  // A specific region wins over `unknown`, which wins over `none`; of two
  // specific regions, lumbar wins, so a combined thoracolumbar order is assessed.
  void fold(FusionRegion r) {
    if (r == FusionRegion::none) return;
    coded_all_.insert(r);
    if (coded_ == FusionRegion::none || coded_ == FusionRegion::unknown ||
        r == FusionRegion::lumbar) {
      coded_ = r;
    }
  }

  void take(std::string_view text, Mode fallback, std::set<Segment>* into = nullptr) {
    const TextRead r = read_text(text, fallback);
    words_.fusion_affirmed = words_.fusion_affirmed || r.fusion_affirmed;
    words_.lumbar_word = words_.lumbar_word || r.lumbar_word;
    words_.cervical_word = words_.cervical_word || r.cervical_word;
    words_.thoracic_word = words_.thoracic_word || r.thoracic_word;
    words_.pelvis = words_.pelvis || r.pelvis;
    words_.arthroplasty = words_.arthroplasty || r.arthroplasty;
    approach_.merge(r.approach);
    if (!into) into = &text_segments_;
    into->insert(r.fusion_segments.begin(), r.fusion_segments.end());
    if (!r.fusion_segments.empty() || r.pelvis) evidence_.emplace_back(ref_, trim(text));
  }

  void detail(const Value& d, RequestedLevels& req) {
    for (const auto& c : codings(&d)) fold(coding_region(c));
    if (coded_in(&d, "pelvic-fixation")) {
      req.pelvis = true;
      if (auto t = concept_texts(&d); !t.empty()) evidence_.emplace_back(ref_, trim(t.front()));
      return;
    }
    // A decompression detail's levels are not fusion levels, whatever its
    // descriptor says.
    if (coded_in(&d, "decompression")) return;
    // An orderDetail of a fusion order that names levels and no procedure
    // ("Levels: L3-L5") names the fusion levels.
    for (auto t : concept_texts(&d)) take(t, Mode::fusion);
    if (d.IsObject()) {
      if (auto v = str(d, "valueString"); !v.empty()) take(v, Mode::fusion);
    }
  }

  // Coded body sites name vertebrae; the span between the highest and the
  // lowest is the construct. They win over the words.
  void body_sites(RequestedLevels& req) {
    const Value* sites = member(sr_, "bodySite");
    if (!sites || !sites->IsArray()) return;
    std::vector<BodySiteCoding> coded;
    for (const auto& s : sites->GetArray()) {
      for (const auto& c : codings(&s)) coded.push_back({c.system, c.code});
      if (auto t = str(s, "text"); !t.empty()) take(t, Mode::fusion, &site_segments_);
    }
    const auto span = levels_from_body_sites(coded);
    if (span.value) {
      req.segments = span.value->segments;
      evidence_.emplace_back(ref_, "body sites " + to_string(req.segments.front().upper) + " to " +
                                       to_string(Vertebra{req.segments.back().upper.ordinal + 1}));
    }
    for (const auto& c : coded) {
      if (auto l = body_site_level(c.system, c.code); l && l->pelvis) req.pelvis = true;
    }
  }

  FusionRegion region(const RequestedLevels& req) const {
    const auto& segs = req.segments;
    const bool lumbar_levels = std::any_of(segs.begin(), segs.end(), is_lumbar);
    const bool cervical_levels = std::any_of(
        segs.begin(), segs.end(), [](Segment s) { return s.upper.ordinal < kFirstThoracic; });
    const bool thoracic_levels = !segs.empty() && !lumbar_levels && !cervical_levels;
    if (coded_ == FusionRegion::lumbar || lumbar_levels || req.pelvis || words_.lumbar_word)
      return FusionRegion::lumbar;
    if (coded_ == FusionRegion::cervical || cervical_levels || words_.cervical_word)
      return FusionRegion::cervical;
    if (coded_ == FusionRegion::thoracic || thoracic_levels || words_.thoracic_word)
      return FusionRegion::thoracic;
    return FusionRegion::unknown;
  }

  void note_code(const Coding& c, std::vector<std::string>& codes) {
    if (is_procedure_code(c)) codes.emplace_back(c.code);
    approach_.add_code(c);
    if (const auto region = coding_region(c);
        region != FusionRegion::none && region != FusionRegion::unknown) {
      coded_approach_[region].add_code(c);
    }
    if (is_arthroplasty_code(c)) arthroplasty_ = true;
  }

  // Not a fusion; a cervical disc arthroplasty still says so (its services
  // give it no fusion cards), with its codes and no levels.
  FusionOrder arthroplasty_only(std::vector<std::string>& codes) const {
    FusionOrder out;
    if (!arthroplasty_ && !words_.arthroplasty) return out;
    out.arthroplasty = true;
    out.codes = std::move(codes);
    out.approach = Approach::anterior;
    const bool cervical = arthroplasty_ || words_.cervical_word ||
                          std::any_of(text_segments_.begin(), text_segments_.end(), is_cervical) ||
                          std::any_of(site_segments_.begin(), site_segments_.end(), is_cervical);
    if (cervical) out.regions = {FusionRegion::cervical};
    return out;
  }
};

}  // namespace

FusionOrder read_fusion_order(const Value& service_request) {
  if (!service_request.IsObject() || str(service_request, "resourceType") != "ServiceRequest")
    return {};
  return OrderRead(service_request).run();
}

}  // namespace spinecds::terminology
