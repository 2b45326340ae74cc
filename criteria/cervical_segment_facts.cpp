// The cervical engine's reading of imaging and notes per segment: what each
// requested or mentioned segment shows (compression and its side, cord
// signal, instability, an earlier fusion and its state), DESIGN §9.
#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include "criteria/cervical_engine.h"
#include "criteria/dates.h"
#include "terminology/record_text.h"
#include "terminology/text/finding_side.h"
#include "terminology/text_tokens.h"

namespace spinecds::criteria::cervical {

namespace {

// The side of an imaging finding: the text engine's, else the one side its
// quote names ("severe right foraminal stenosis"); "" when none or both.
std::string imaging_side(const RecordFinding& rf) {
  if (rf.finding.side) return terminology::lower(*rf.finding.side);
  // A note's sentence names the patient's limb beside the finding ("right C7
  // radiculopathy from C6-7 foraminal stenosis"); only a report's words are
  // read for the finding's own side.
  if (rf.source != terminology::SourceKind::imaging) return {};
  // The clause that names the finding ("severe right foraminal stenosis;
  // the left foramina are patent" → the first clause).
  std::string low = terminology::lower(rf.quote.text);
  std::size_t from = 0;
  while (from <= low.size()) {
    const auto end = std::min(low.find(';', from), low.size());
    const std::string clause = low.substr(from, end - from);
    if (terminology::contains_any(
            clause, {"stenosis", "narrow", "protrusion", "herniat", "extrusion", "compress",
                     "osteophyte", "stenose", "hernia", "vernauwing", "protrusie"})) {
      low = clause;
      break;
    }
    from = end + 1;
  }
  // The same words the text engine reads as sides (finding_side.cpp).
  bool l = false;
  bool r = false;
  for (const auto& t : terminology::tokenize(low)) {
    const auto side = terminology::text::side_word(t.text);
    // "l", "r", "lt": a note's shorthand; "both levels": no side
    if (!side || t.text.size() < 4 || t.text == "both") continue;
    if (*side == "bilateral") return "bilateral";
    l = l || *side == "left";
    r = r || *side == "right";
  }
  return l == r ? std::string() : l ? "left" : "right";
}

}  // namespace

// Compression a later study has cleared at a segment: the latest imaging
// date that names the segment, when what that study says there denies a
// herniation or cord compression and affirms none. Earlier compression at
// the segment, from imaging or from notes citing it, is superseded
// (cerv-249: "the previously described herniation has largely regressed";
// DESIGN §9 reads the imaging as it stands at the order).
std::map<Segment, std::string> Engine::cleared_segments() const {
  struct Latest {
    std::string date;
    bool clears = false;
    bool compresses = false;
  };
  std::map<Segment, Latest> latest;
  for (const auto& rf : f_.findings) {
    const auto& fd = rf.finding;
    if (rf.source != terminology::SourceKind::imaging || rf.date.empty()) continue;
    if (fd.hypothetical || fd.experiencer_other) continue;
    const bool compresses =
        compressive_kind(fd.kind) && terminology::counts_toward_criteria(fd) &&
        !(fd.kind == FindingKind::stenosis && fd.severity && *fd.severity < min_severity_);
    const bool clears = fd.negated && (fd.kind == FindingKind::disc_herniation ||
                                       fd.kind == FindingKind::cord_compression);
    for (auto s : fd.segments) {
      if (!terminology::is_cervical(s)) continue;
      auto& l = latest[s];
      const std::string day = rf.date.substr(0, 10);
      if (day > l.date) l = Latest{day, false, false};
      if (day != l.date) continue;
      l.clears = l.clears || clears;
      l.compresses = l.compresses || compresses;
    }
  }
  std::map<Segment, std::string> out;
  for (const auto& [s, l] : latest) {
    if (l.clears && !l.compresses) out.emplace(s, l.date);
  }
  return out;
}

void Engine::read_segments() {
  for (auto s : requested_) seg_[s];
  const auto cleared = cleared_segments();
  const auto& translation = th("instability.translationMm");
  const auto& angulation = th("instability.angulationDegrees");
  for (const auto& rf : f_.findings) {
    const auto& fd = rf.finding;
    if (rf.source == terminology::SourceKind::order ||
        rf.source == terminology::SourceKind::patient)
      continue;
    if (fd.hypothetical || fd.experiencer_other) continue;
    for (auto s : fd.segments) {
      if (!terminology::is_cervical(s)) continue;
      auto& sf = seg_[s];
      const Evidence& e = rf.quote;
      if (const auto c = cleared.find(s);
          c != cleared.end() && !rf.date.empty() && rf.date.substr(0, 10) < c->second &&
          compressive_kind(fd.kind) && terminology::counts_toward_criteria(fd)) {
        sf.negative_evidence.push_back(e);
        continue;
      }
      const std::string low = terminology::lower(rf.quote.text);
      if (rf.source == terminology::SourceKind::imaging) sf.imaged = true;
      const std::string side = imaging_side(rf);
      auto foraminal = [&] {
        if (side.empty()) {
          sf.unsided_foraminal = true;
          return;
        }
        if (side == "left" || side == "bilateral") sf.foraminal_sides.insert("left");
        if (side == "right" || side == "bilateral") sf.foraminal_sides.insert("right");
      };
      switch (fd.kind) {
        case FindingKind::stenosis:
          if (fd.negated) {
            sf.negative_evidence.push_back(e);
            sf.imaged = true;
            if (fd.side && fd.location == std::optional<std::string>("foraminal"))
              sf.patent_sides.insert(terminology::lower(*fd.side));
            if (rf.source == terminology::SourceKind::imaging &&
                (!fd.location || fd.location == std::optional<std::string>("central"))) {
              sf.canal_denied = true;
            }
          } else if (terminology::counts_toward_criteria(fd)) {
            sf.imaged = true;
            if (fd.severity && (!sf.stenosis || *fd.severity > *sf.stenosis))
              sf.stenosis = fd.severity;
            // Mild stenosis alone supports nothing; an ungraded one is read
            // as the compression the report names.
            if (fd.severity && *fd.severity < min_severity_) {
              sf.negative_evidence.push_back(e);
              break;
            }
            // Stenosis on one side that presses on the exiting root is at
            // that root's foramen even where the word "foramen" is lost (a
            // table's "Right foramen" column header): not the central canal.
            const bool at_root = !fd.location && fd.root && !side.empty();
            if (at_root || fd.location == std::optional<std::string>("foraminal") ||
                fd.location == std::optional<std::string>("lateral-recess")) {
              foraminal();
            } else {
              sf.compression.insert("central");
              sf.central_from_herniation_only = false;
            }
            sf.compression_evidence.push_back(e);
          }
          break;
        case FindingKind::disc_herniation:
          // A coded diagnosis ("Cervical disc herniation with radiculopathy,
          // C5-6") names no place in the canal: it is no central compression.
          if (rf.source == terminology::SourceKind::condition && side.empty() && !fd.location)
            break;
          if (terminology::counts_toward_criteria(fd)) {
            sf.imaged = true;
            // A herniation to one side presses on that side's root; one
            // with no side named is central in an imaging report. Pressing
            // on a root ("compression of the C7 root"), or named in a clinic
            // note's summary ("Diagnosis: disc herniation C6/7"), its side is
            // the one a report names, else it is central (below).
            const bool unsided =
                side.empty() && fd.location != std::optional<std::string>("foraminal");
            if (unsided && !fd.root && rf.source == terminology::SourceKind::imaging) {
              sf.compression.insert("central");
            } else if (unsided) {
              sf.unsided_herniation = true;
            } else {
              foraminal();
            }
            sf.compression_evidence.push_back(e);
          }
          break;
        case FindingKind::cord_compression:
          if (terminology::counts_toward_criteria(fd)) {
            sf.compression.insert("cord");
            sf.compression_evidence.push_back(e);
          } else if (fd.negated) {
            sf.negative_evidence.push_back(e);
            if (rf.source == terminology::SourceKind::imaging) sf.cord_denied = true;
          }
          sf.imaged = true;
          break;
        case FindingKind::cord_signal_change:
          if (terminology::counts_toward_criteria(fd)) {
            sf.cord_signal = true;
            sf.cord_signal_evidence.push_back(e);
          }
          sf.imaged = true;
          break;
        case FindingKind::spondylolisthesis:
        case FindingKind::translation:
        case FindingKind::angulation:
        case FindingKind::instability: {
          if (!terminology::counts_toward_criteria(fd)) {
            sf.no_instability_evidence.push_back(e);
            break;
          }
          bool ok = fd.kind == FindingKind::instability && !fd.mm && !fd.degrees;
          if (fd.mm && translation.passes(*fd.mm)) ok = true;
          if (fd.degrees && angulation.passes(*fd.degrees)) ok = true;
          (ok ? sf.instability_evidence : sf.no_instability_evidence).push_back(e);
          sf.instability = sf.instability || ok;
          break;
        }
        case FindingKind::prior_fusion:
          if (terminology::counts_toward_criteria(fd) && !restates_order(rf)) {
            sf.prior_fusion = true;
            sf.prior_evidence.push_back(e);
            if (terminology::contains_any(low, {"solid", "healed", "well fused", "bridging bone"}))
              sf.solid = true;
          }
          break;
        case FindingKind::pseudarthrosis:
          if (terminology::counts_toward_criteria(fd)) {
            sf.non_union = true;
            sf.prior_fusion = true;
            sf.prior_evidence.push_back(e);
          } else if (fd.negated) {
            sf.solid = true;
            sf.prior_evidence.push_back(e);
          }
          break;
        case FindingKind::scoliosis:
        case FindingKind::sagittal_imbalance:
          if (terminology::counts_toward_criteria(fd)) sf.deformity = true;
          break;
        default:
          break;
      }
    }
  }
  // A foramen named without a side ("C5-6 foraminal stenosis" in a note)
  // is narrowed on the sides no statement names: a report that says which
  // foramen ("severe left ..., the right foramen is patent") decides.
  for (auto& [s, sf] : seg_) {
    if (sf.unsided_herniation && sf.foraminal_sides.empty()) sf.compression.insert("central");
    if (sf.canal_denied && sf.cord_denied && sf.central_from_herniation_only &&
        !sf.compression.count("cord")) {
      sf.compression.erase("central");
    }
    std::set<std::string> sides = sf.foraminal_sides;
    if (sf.unsided_foraminal && sides.empty()) {
      for (const char* side : {"left", "right"}) {
        if (!sf.patent_sides.count(side)) sides.insert(side);
      }
    }
    for (const auto& side : sides) sf.compression.insert("foraminal-" + side);
  }
  // A cervical kyphosis with cord compression (Aetna, research note
  // CF-TTI-01): a reason to fuse each compressed segment of the curve, or
  // of the cervical spine when no levels are named.
  for (const auto& k : f_.kyphosis) {
    if (!k.cervical) continue;
    for (auto& [s, sf] : seg_) {
      const bool in_curve = k.segments.empty() ||
                            std::find(k.segments.begin(), k.segments.end(), s) != k.segments.end();
      if (!in_curve || !sf.compression.count("cord")) continue;
      sf.deformity = true;
      sf.deformity_evidence.push_back(k.quote);
    }
  }
  const auto& pct = th("laminectomy.facetPercent");
  for (const auto& d : f_.destabilizing) {
    if (!terminology::is_cervical(d.segment)) continue;
    if (!d.bilateral_or_total && !(d.facet_percent && pct.passes(*d.facet_percent))) continue;
    auto& sf = seg_[d.segment];
    sf.destabilized = true;
    sf.destabilized_evidence.push_back(d.quote);
  }
  read_lesions();
}

void Engine::read_lesions() {
  // Dated inside the care window, as an urgent indication must be, and a
  // fracture or dislocation within the profile's months: an old injury or a
  // treated infection asks for no fusion today.
  const int window = static_cast<int>(th("care.windowMonths").value);
  const int acute = static_cast<int>(th("trauma.acuteMonths").value);
  for (const auto& l : f_.lesions) {
    const int months = l.kind == terminology::LesionKind::trauma ? acute : window;
    if (!dated_within(l.quote.date, as_of_, months)) continue;
    for (auto s : l.segments) {
      if (!terminology::is_cervical(s)) continue;
      auto& sf = seg_[s];
      if (!sf.lesion) sf.lesion = l.kind;
      sf.lesion_evidence.push_back(l.quote);
    }
  }
}

}  // namespace spinecds::criteria::cervical
