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
#include "terminology/order_text.h"
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
