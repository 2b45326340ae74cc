#include "terminology/order_reader.h"

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>

#include "terminology/body_site.h"
#include "terminology/fhir_values.h"
#include "terminology/level_parser.h"
#include "terminology/level_scan.h"
#include "terminology/order_facets.h"
#include "terminology/order_words.h"
#include "terminology/procedure_denial.h"
#include "terminology/record_text.h"
#include "terminology/sentence_split.h"
#include "terminology/text/check_boxes.h"
#include "terminology/text_tokens.h"
#include "terminology/value_sets.h"
#include "terminology/wrapped_lines.h"

namespace spinecds::terminology {

namespace {

using rapidjson::Value;
using namespace order_words;

// The order's words, one source at a time.
struct TextRead {
  std::vector<Segment> fusion_segments;
  bool pelvis = false;
  bool fusion_affirmed = false;  // a fusion word, neither denied nor of the past
  bool lumbar_word = false;      // "lumbar", "lumbosacral", "thoracolumbar" beside it
  bool cervical_word = false;    // "cervical", "ACDF"
  bool thoracic_word = false;
  bool arthroplasty = false;  // a disc replacement named, not denied
  // Levels a disc replacement's word claims ("L4/5 total disc replacement").
  std::vector<Segment> arthroplasty_segments;
  ApproachSigns approach;  // words beside a fusion word
  // A count of the fusion's levels ("2-level TLIF", "fusion L4-S1 (3
  // levels)") that disagrees with the levels the fusion is given.
  bool count_disagrees = false;
};

// What a procedure word names; a fusion of the past is history.
Mode effective_mode(const Keyword& k) {
  return k.past ? Mode::history : k.mode;
}

// "ACDF C6-C7 2018", "previous ACDF C5-C6 (2017)" in an order's note: a
// fusion followed by a year, only its levels between, is the one done that
// year; the order being signed is not dated by a bare year.
bool dated_after(const std::vector<Token>& toks, const Keyword& k,
                 const std::vector<LevelMention>& mentions, std::size_t end) {
  std::size_t j = k.last;
  for (int steps = 0; j < end && steps < 4; ++steps) {
    const auto m = std::find_if(mentions.begin(), mentions.end(),
                                [&](const LevelMention& x) { return x.first == j; });
    if (m != mentions.end()) {
      j = m->last;
    } else if (toks[j].text == "(" || toks[j].text == "in") {
      ++j;
    } else {
      break;
    }
  }
  return j < end && toks[j].kind == TokenKind::number && toks[j].text.size() == 4 &&
         toks[j].value >= 1950 && toks[j].value <= 2100;
}

// A level count ("2-level", "(3 levels)") at tokens [first, last).
struct LevelCount {
  std::size_t first, last, n;
};

// How many tokens a region word may stand from its fusion word: "lumbar
// spinal fusion", "fusion, lumbar", "lumbar interbody fusion, L4-5".
constexpr std::size_t kBeside = 4;

TextRead read_text(std::string_view text, Mode fallback) {
  TextRead out;
  if (text.empty()) return out;
  const auto read = read_tokens(text);
  const auto split = split_sentences(text, read);
  // A pick-list's unticked item ("Implants: [x] pedicle screw system  [ ]
  // iliac screws", "Levels: [ ] L2-3  [x] L3-4") is a choice the template
  // offered, not part of the order: read the order as the text engine reads
  // a note.
  const auto boxed = text::without_check_boxes(read, split);
  const std::vector<Token>& toks = boxed ? boxed->toks : read;
  const std::vector<TokenRange>& sentences = boxed ? boxed->sentences : split;
  std::vector<std::size_t> fusion_counts;  // the counts that are the fusion's
  for (const auto& sent : sentences) {
    std::vector<Keyword> kws;
    std::vector<LevelMention> mentions;
    std::vector<LevelCount> counts;
    bool history = false;  // a word of the past governs what follows
    bool fusion_here = false;
    // Region words count beside a fusion word ("posterior lumbar interbody
    // fusion"), not anywhere in its sentence ("ACDF C5-6; lumbar MRI pending").
    std::vector<std::size_t> lumbar_at, cervical_at, thoracic_at, fusion_at, approach_at;
    ApproachSigns seen;  // every approach word; only those beside a fusion word count
    // What a removal word takes out or explores is no fusion ordered: a
    // procedure word right after it ("exploration of fusion L4-5", "removal
    // of instrumentation"), or hardware past its levels ("removal of L4-5,
    // L5-S1 pedicle screws"); "ROH L4-S1, L3-4 TLIF" orders the TLIF.
    bool removal_direct = false, removal_hardware = false;
    for (std::size_t i = sent.begin; i < sent.end;) {
      if (auto scan = scan_level_mention(toks, i, LevelScanMode::order); scan.mention) {
        auto m = *scan.mention;
        i = std::max(m.last, i + 1);
        if (!m.segments.empty() || m.pelvis) mentions.push_back(std::move(m));
        removal_direct = false;
        continue;
      }
      if (std::size_t after = i; const auto n = level_count_at(toks, i, after)) {
        counts.push_back({i, after, *n});
        i = after;
        continue;
      }
      const std::string_view w = toks[i].text;
      if (pelvic_fixation_word(toks, sent.begin, sent.end, i)) out.pelvis = true;
      if (one_of(w, {"lumbar", "lumbosacral", "thoracolumbar", "lumbopelvic", "sacropelvic"}))
        lumbar_at.push_back(i);
      if (one_of(w, {"cervical", "acdf", "cervicothoracic", "occipitocervical"}))
        cervical_at.push_back(i);
      if (w == "thoracic") thoracic_at.push_back(i);
      if (add_approach_word(toks[i], seen)) approach_at.push_back(i);

      std::size_t len = 1;
      const Mode m = keyword_at(toks, i, len);
      if (m == Mode::fusion && (removal_direct || (removal_hardware && hardware_word(w)))) {
        kws.push_back({i, i + len, Mode::other});
        i += len;
        continue;
      }
      const bool removal = removal_word(w);
      removal_direct = removal || (removal_direct && filler(toks[i]));
      removal_hardware =
          removal || (removal_hardware && (filler(toks[i]) || list_joint(toks, i, i + 1)));
      if (m == Mode::fusion && !denied_procedure_word(toks, sent.begin, sent.end, i)) {
        // "s/p L4-5 fusion" is an earlier operation, not the one ordered.
        if (!history) {
          fusion_here = true;
          fusion_at.push_back(i);
        }
        kws.push_back({i, i + len, m, history});
      } else if (m != Mode::none && m != Mode::fusion) {
        kws.push_back({i, i + len, m});
      }
      if (m == Mode::arthroplasty && !history &&
          !denied_procedure_word(toks, sent.begin, sent.end, i))
        out.arthroplasty = true;
      // The words of one old procedure stay old ("prior instrumented fusion
      // L3-L5", "s/p pedicle screw fusion").
      if (m == Mode::history) {
        history = true;
      } else if (m != Mode::fusion && (m != Mode::none || !filler(toks[i]))) {
        history = false;
      }
      i += len;
    }
    for (auto& k : kws) {
      if (k.mode != Mode::fusion || k.past || !dated_after(toks, k, mentions, sent.end)) continue;
      k.past = true;
      std::erase(fusion_at, k.first);
    }
    fusion_here = !fusion_at.empty();
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
    // The procedure words right beside the tokens [first, last), with only
    // words that qualify a procedure between.
    const auto adjacent = [&](std::size_t from, std::size_t to) {
      for (std::size_t k = from; k < to; ++k) {
        if (!filler(toks[k])) return false;
      }
      return true;
    };
    const auto right_before = [&](std::size_t first) -> const Keyword* {
      const Keyword* before = nullptr;
      for (const auto& k : kws) {
        if (k.last <= first) before = &k;
      }
      return before && adjacent(before->last, first) ? before : nullptr;
    };
    const auto right_after = [&](std::size_t last) -> const Keyword* {
      for (const auto& k : kws) {
        if (k.first >= last) return adjacent(last, k.first) ? &k : nullptr;
      }
      return nullptr;
    };
    // The procedure word of the tokens [first, last): the one right beside
    // them wins (before, then after); else the nearest before, else after.
    const auto procedure_of = [&](std::size_t first, std::size_t last) -> const Keyword* {
      if (const Keyword* k = right_before(first)) return k;
      if (const Keyword* k = right_after(last)) return k;
      const Keyword* before = nullptr;
      const Keyword* after = nullptr;
      for (const auto& k : kws) {
        if (k.last <= first) before = &k;
        if (k.first >= last && !after) after = &k;
      }
      return before ? before : after;
    };
    // A level count is its procedure's: "1-level TLIF L4-5 and laminectomy
    // L3-4" counts the fusion, "one-level decompression" another procedure,
    // "prior 2-level fusion" an old one; a corpectomy counts vertebral bodies.
    for (const auto& c : counts) {
      const Keyword* by = procedure_of(c.first, c.last);
      if (by && by->mode == Mode::fusion && !by->past &&
          !toks[by->first].text.starts_with("corpectom")) {
        fusion_counts.push_back(c.n);
      }
    }
    // The levels of a list of mentions, given to a procedure.
    const auto give = [&](std::span<const LevelMention> list) {
      const std::size_t first = list.front().first, last = list.back().last;
      // Else the text's fallback; a fusion of the past ("prior fusion L5-S1
      // and L3-4") names levels already fused.
      const Keyword* by = procedure_of(first, last);
      Mode mode = by ? effective_mode(*by) : fallback;
      // "L4-5 laminectomy and posterolateral fusion", "fusion and
      // decompression L4-5": procedures joined by "and"/"with" share the levels.
      if (by && mode == Mode::decompression &&
          joined_to_fusion(toks, kws, *by, mentions, first, last)) {
        mode = Mode::fusion;
      }
      // "Levels: L4-L5" in a fusion order's note names the fusion levels
      // when no procedure word in the sentence claims them.
      if (!by && labelled_levels(toks, sent.begin, first)) mode = Mode::fusion;
      // "Revision C5 to C6: removal of anterior plate, re-do interbody
      // fusion": levels heading a colon are those of every procedure the
      // rest of the sentence lists, so a fusion among them fuses them.
      if (mode != Mode::fusion && heads_procedures(toks, last, sent.end, kws, mentions))
        mode = Mode::fusion;
      // "C4-5 ACDF above the C5-6 fusion": the fusion it lies beside.
      if (landmark_levels(toks, sent.begin, first)) mode = Mode::history;
      if (mode == Mode::arthroplasty) {
        for (const auto& m : list) {
          out.arthroplasty_segments.insert(out.arthroplasty_segments.end(), m.segments.begin(),
                                           m.segments.end());
        }
      }
      if (mode != Mode::fusion) return;
      for (const auto& m : list) {
        out.fusion_segments.insert(out.fusion_segments.end(), m.segments.begin(), m.segments.end());
        out.pelvis = out.pelvis || m.pelvis;
      }
    };
    // Lists of levels ("L3-4, L4-5 and L5-S1"), each given to a procedure.
    for (std::size_t a = 0; a < mentions.size();) {
      std::size_t b = a;
      while (b + 1 < mentions.size() && list_joint(toks, mentions[b].last, mentions[b + 1].first)) {
        ++b;
      }
      // "decomp L2-3, L3-4 fusion", "TLIF L4-5, L3-4 laminectomy", "ROH
      // L4-S1, L3-4 TLIF": a list between two procedures of different kinds,
      // each right beside it, is two clauses; the level written against the
      // second procedure is its, the rest run on the first.
      const std::span<const LevelMention> list(mentions.data() + a, b + 1 - a);
      const Keyword* head = right_before(list.front().first);
      const Keyword* tail = right_after(list.back().last);
      const bool two = head && tail && effective_mode(*head) != effective_mode(*tail);
      // The scanner reads "L2-3, L3-4" as one mention: cut it.
      const auto cut = two && b == a ? cut_last_item(toks, list.back()) : std::nullopt;
      if (two && b > a) {
        give(list.first(b - a));
        give(list.last(1));
      } else if (cut) {
        give(std::span<const LevelMention>(&cut->before, 1));
        give(std::span<const LevelMention>(&cut->last, 1));
      } else {
        give(list);
      }
      a = b + 1;
    }
  }
  // "1 level ALIF L5-S1, 2 level posterior fusion L4-S1": the largest count
  // is the whole construct.
  std::set<Segment> fused(out.fusion_segments.begin(), out.fusion_segments.end());
  if (!fusion_counts.empty() && !fused.empty()) {
    out.count_disagrees =
        *std::max_element(fusion_counts.begin(), fusion_counts.end()) != fused.size();
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
      // "3-level L4-S1 fusion": the count and the levels disagree; the
      // reader does not guess which is meant (DESIGN §3: the order's levels
      // are unreadable, an order-levels gap), unless body sites say where.
      count_conflict_ = take(t, Mode::fusion).count_disagrees || count_conflict_;
      other_service = other_service || names_other_service(t);
    }
    for (const auto& c : codings(code)) {
      fold(coding_region(c));
      note_code(c, out.codes);
      other_service = other_service || is_supply_code(c);
    }
    if (coded_in(code, "pelvic-fixation")) out.requested.pelvis = true;
    // Whether the order's own code is a fusion's: a referral or clearance
    // whose details carry the planned fusion's CPT codes "for
    // authorization reference" signs no fusion (ehr-311).
    const bool own_code_fusion = coded_ != FusionRegion::none;
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
    // An OR case request may name its levels only in its reason ("L4-5
    // spondylolisthesis with stenosis - MIS TLIF L4-5"): when nothing else
    // names a level, the levels a procedure word there claims are the
    // order's. Only those: the reason's other words describe a diagnosis,
    // not what is ordered, so they set no region, pelvis or approach.
    if (text_segments_.empty() && site_segments_.empty() && out.requested.segments.empty()) {
      reason_levels();
    }

    const bool fusion =
        own_code_fusion ||
        (!other_service && (coded_ != FusionRegion::none || words_.fusion_affirmed));
    if (!fusion) {
      // A pelvic-fixation add-on signed on its own (a bare 22848) is no
      // fusion, but says the fusion signed with it is fixed to the pelvis
      // (join_pelvic_add_ons). Only its code says so: a body site or word
      // naming the pelvis on an imaging order does not.
      if (coded_in(code, "pelvic-fixation") && !arthroplasty_ && !words_.arthroplasty) {
        FusionOrder add_on;
        add_on.requested.pelvis = true;
        add_on.codes = std::move(out.codes);
        return add_on;
      }
      return arthroplasty_only(out.codes);
    }
    auto& segs = out.requested.segments;
    const auto& named = site_segments_.empty() ? text_segments_ : site_segments_;
    if (segs.empty() && !(count_conflict_ && site_segments_.empty())) {
      segs.assign(named.begin(), named.end());
    }
    out.requested.pelvis = out.requested.pelvis || words_.pelvis;
    std::erase_if(segs, [&](const Segment& g) {
      return arthroplasty_segments_.contains(g) && !text_segments_.contains(g);
    });
    std::sort(segs.begin(), segs.end());
    segs.erase(std::unique(segs.begin(), segs.end()), segs.end());
    auto& ev = out.requested.evidence;
    ev.insert(ev.end(), evidence_.begin(), evidence_.end());
    std::sort(ev.begin(), ev.end());
    ev.erase(std::unique(ev.begin(), ev.end()), ev.end());
    // Unreadable levels still say which region the order fuses ("3-level
    // L4-S1" is lumbar whichever count is meant).
    RequestedLevels where{segs, out.requested.pelvis, {}};
    if (segs.empty()) where.segments.assign(named.begin(), named.end());
    out.region = region(where);
    out.regions = order_regions(out.region, coded_all_, where.segments, words_.lumbar_word,
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
  // Levels the texts give to a disc replacement: a body site or approach
  // spanning a hybrid ("L4-S1" for an L5-S1 ALIF and an L4-5 disc
  // replacement) does not fuse them.
  std::set<Segment> arthroplasty_segments_;
  bool count_conflict_ = false;  // code.text's level count disagrees with its levels
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

  TextRead take(std::string_view text, Mode fallback, std::set<Segment>* into = nullptr) {
    TextRead r = read_text(text, fallback);
    words_.fusion_affirmed = words_.fusion_affirmed || r.fusion_affirmed;
    words_.lumbar_word = words_.lumbar_word || r.lumbar_word;
    words_.cervical_word = words_.cervical_word || r.cervical_word;
    words_.thoracic_word = words_.thoracic_word || r.thoracic_word;
    words_.pelvis = words_.pelvis || r.pelvis;
    words_.arthroplasty = words_.arthroplasty || r.arthroplasty;
    arthroplasty_segments_.insert(r.arthroplasty_segments.begin(), r.arthroplasty_segments.end());
    approach_.merge(r.approach);
    if (!into) into = &text_segments_;
    into->insert(r.fusion_segments.begin(), r.fusion_segments.end());
    if (!r.fusion_segments.empty() || r.pelvis) evidence_.emplace_back(ref_, trim(text));
    return r;
  }

  void reason_levels() {
    const Value* reasons = member(sr_, "reasonCode");
    if (!reasons || !reasons->IsArray()) return;
    for (const auto& r : reasons->GetArray()) {
      for (auto t : concept_texts(&r)) {
        const TextRead read = read_text(t, Mode::none);
        if (read.fusion_segments.empty()) continue;
        text_segments_.insert(read.fusion_segments.begin(), read.fusion_segments.end());
        evidence_.emplace_back(ref_, trim(t));
      }
    }
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
      // A body site with no text still names its levels in a coding's
      // display ("Structure of L4-L5 intervertebral disc").
      for (auto t : concept_texts(&s)) take(t, Mode::fusion, &site_segments_);
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

OrderTextExtent read_order_text(std::string_view text, bool detail) {
  TextRead r = read_text(text, detail ? Mode::fusion : Mode::none);
  return {std::move(r.fusion_segments), r.pelvis, r.fusion_affirmed};
}

FusionOrder read_fusion_order(const Value& service_request) {
  if (!service_request.IsObject() || str(service_request, "resourceType") != "ServiceRequest")
    return {};
  return OrderRead(service_request).run();
}

}  // namespace spinecds::terminology
