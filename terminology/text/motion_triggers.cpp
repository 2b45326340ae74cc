// Triggers for motion on flexion-extension: instability, translation,
// angulation (abnormal motion, hypermobility; "stable", "no dynamic change"
// say instability is absent, DESIGN.md §4) and the study that shows it.
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_motion_triggers(TriggerBuilder& b) {
  b.kind("instability", true);
  b.add_all({"instability", "instabilities", "unstable", "hypermobility", "hypermobile",
             "abnormal motion", "abnormal movement", "pathologic motion", "pathological motion",
             "excessive motion", "dynamic instability", "segmental instability",
             "mechanical instability", "abnormal mobility", "gross motion", "gross instability",
             "excessive mobility", "abnormal translation motion", "mobile segment",
             "segmental motion", "abnormal segmental motion", "increased motion",
             "abnormal excursion", "excessive translation", "excessive angulation",
             "unstable segment", "micromotion", "instability pattern",
             // Portuguese, Spanish and Dutch reports (accents folded)
             "instabilidade", "instabilidad", "instavel", "instaveis", "inestable", "instabiliteit",
             "instabiel"});
  // AMA Guides to the Evaluation of Permanent Impairment (5th ed., DRE
  // categories; 6th ed., AOMSI): the motion segment's integrity lost or
  // altered is instability on flexion-extension.
  b.add_all({"loss of motion segment integrity", "alteration of motion segment integrity",
             "altered motion segment integrity", "aomsi"});
  // Phrases that say the segment does not move abnormally: instability absent
  // (DESIGN.md §4, issue 11: "stable", "without dynamic change", "no change
  // between flexion and extension").
  for (auto p :
       {"stable alignment", "stable lumbar alignment", "stable spinal alignment",
        "alignment is stable", "alignment remains stable", "alignment was stable",
        "stable across flexion and extension", "stable across flexion", "stable on flexion",
        "stable on flexion and extension", "stable with flexion",
        "stable with flexion and extension", "stable in flexion and extension",
        "stable between flexion and extension", "stable between flexion", "stable on dynamic",
        "stable on dynamic views", "no dynamic change", "without dynamic change",
        "no dynamic motion", "no dynamic listhesis", "no change in alignment",
        "without change in alignment", "no change between flexion", "no change with flexion",
        "no change on flexion", "no change in position", "does not change with flexion",
        "do not change with flexion", "not change with flexion", "does not change between flexion",
        "does not change on flexion", "unchanged between flexion", "unchanged with flexion",
        "unchanged on flexion", "no significant change with flexion",
        "no significant change between flexion", "no appreciable change with flexion",
        "no appreciable change between flexion", "no motion",
        // a fusion tested at surgery ("the C5-6 arthrodesis was solid,
        // without motion on stress testing")
        "without motion", "without any motion", "without abnormal motion",
        "without significant motion", "no motion on stress testing", "no abnormal motion",
        "no abnormal movement", "no dynamic instability", "no significant motion",
        "no pathologic motion", "no excessive motion", "does not change in position",
        "without significant change with flexion", "no dynamic change in alignment",
        "no significant dynamic change", "without significant dynamic change",
        "motion is preserved", "without dynamic instability", "normal motion", "physiologic motion",
        "physiological motion", "motion is within normal limits", "motion within normal limits",
        "motion is physiologic", "motion is normal", "no dynamic slip",
        "no dynamic anterolisthesis", "no dynamic retrolisthesis", "no dynamic spondylolisthesis",
        "no abnormal dynamic motion", "segmental motion is normal",
        "segmental motion is within normal limits", "segmental motion is physiologic",
        // the adjective before it ("L4/5: Normal segmental motion, 9 degrees
        // of sagittal rotation")
        "normal segmental motion", "normal segmental movement", "physiologic segmental motion",
        "physiological segmental motion"}) {
    b.absent(p);
  }
  // A dynamic or mobile slip is a slip that moves: the slip word is read as
  // the listhesis and these words as its motion (tests/data/eval/README.md,
  // session-20 batch; a measured one is its translation, finding_drafts.cpp).
  for (auto p : {"dynamic", "mobile", "dynamically"}) b.add(p).rule = TriggerRule::slip_motion;
  for (auto p : {"not mobile", "non mobile", "nonmobile", "immobile", "not dynamic"}) {
    b.absent(p).rule = TriggerRule::slip_motion;
  }
  // The same said with a position in the sentence: "alignment is unchanged in
  // flexion", "the slip does not change between positions".
  for (auto p : {"stable",
                 "unchanged",
                 "no change",
                 "no significant change",
                 "does not change",
                 "do not change",
                 "did not change",
                 "without change",
                 "without significant change",
                 "without appreciable change",
                 "without any change",
                 "no appreciable change",
                 "no substantial change",
                 "not change",
                 "remains stable",
                 "remained stable",
                 "is stable",
                 "are stable",
                 "maintained",
                 "no increase",
                 "does not increase",
                 "does not reduce",
                 "no reduction",
                 "fixed",
                 "no dynamic",
                 "static"}) {
    auto& e = b.absent(p);
    e.rule = TriggerRule::motion_context;
  }

  for (auto p : {"within normal limits", "within physiologic limits", "within physiological limits",
                 "is physiologic", "is physiological", "is normal"}) {
    auto& e = b.absent(p);
    e.rule = TriggerRule::motion_named;
  }

  // "Flexion-extension views to assess for motion": the motion sought is
  // instability (ordered studies, tests/data/eval/README.md).
  for (auto p : {"motion", "movement", "abnormal motion"}) {
    b.add(p).rule = TriggerRule::sought;
  }

  b.kind("translation", false, false, true);
  b.add_all({"translation", "translates", "translated", "translational motion",
             "sagittal translation", "dynamic translation", "translacao", "traslacion",
             "translatie"});
  for (auto p : {"shifts forward", "shifted forward", "shifts anteriorly", "shifted anteriorly",
                 "moves forward", "moved forward", "moves anteriorly", "translates forward",
                 "translates anteriorly", "translated anteriorly"}) {
    b.add(p).direction = "antero";
  }
  for (auto p : {"shifts backward", "shifts posteriorly", "moves backward", "moves posteriorly",
                 "translates posteriorly", "translated posteriorly"}) {
    b.add(p).direction = "retro";
  }
  // "L3 moves 4 mm forward relative to L4 from extension to flexion": a
  // vertebra moved on the next, between positions (vertebra_displaced()).
  for (auto p : {"moves", "moved", "shifts", "shifted", "slides", "slid", "glides", "displaced",
                 "displaces"}) {
    b.add(p).rule = TriggerRule::displacement;
  }
  // The atlantodens interval (ADI; the predental space), the gap between the
  // atlas's anterior arch and the dens: given in flexion and in extension,
  // the change is the translation of C1 on C2 (atlantoaxial instability,
  // Hinck & Hopkins, AJR 1960; White & Panjabi, Clinical Biomechanics of the
  // Spine). One position's figure alone is no motion.
  for (auto p :
       {"atlantodens interval", "atlanto dens interval", "atlantodental interval",
        "atlanto dental interval", "anterior atlantodens interval",
        "anterior atlantodental interval", "atlas dens interval", "atlanto odontoid interval",
        "predental space", "predental interval", "adi", "aadi"}) {
    auto& e = b.add(p);
    e.rule = TriggerRule::per_position;
    e.segment_upper = kFirstCervical;
  }
  b.add("motion").rule = TriggerRule::with_mm;
  b.add("movement").rule = TriggerRule::with_mm;
  b.add("excursion").rule = TriggerRule::with_mm;

  b.kind("angulation", false);
  b.add_all({"angulation", "angular motion", "angular mobility", "angular change",
             "angular displacement", "sagittal rotation", "angulates", "sagittal angulation",
             "segmental angulation", "angular instability"});
  // An angle measured per position is angulation ("segmental lordosis at L4-5
  // measures 2 degrees in flexion and 14 degrees in extension"); in neutral it
  // is posture, so these need a position word in the sentence.
  for (auto p : {"segmental lordosis", "segmental kyphosis", "segmental angle", "disc angle",
                 "disk angle", "intervertebral angle", "intersegmental angle"}) {
    b.add(p).rule = TriggerRule::motion_context;
  }
}

void add_study_triggers(TriggerBuilder& b) {
  b.kind("flexion-extension-study", false, false, false, true);
  for (auto base :
       {"flexion extension", "flexion and extension", "extension and flexion", "extension flexion",
        "flex ex", "flex and ex", "flex ext", "flex and ext", "flexion ext",
        "flexion extension lateral", "flexion and extension lateral", "dynamic",
        // German and Central-European reports: "Funktionsaufnahmen in
        // Inklination/Reklination", translated.
        "flexion reclination", "flexion and reclination", "functional"}) {
    const bool dynamic =
        std::string_view(base) == "dynamic" || std::string_view(base) == "functional";
    for (auto suffix : {"",
                        "views",
                        "view",
                        "radiographs",
                        "radiograph",
                        "films",
                        "film",
                        "x rays",
                        "x ray",
                        "xrays",
                        "xray",
                        "imaging",
                        "study",
                        "studies",
                        "series",
                        "images",
                        "lateral views",
                        "lateral radiographs",
                        "lumbar radiographs",
                        "radiography"}) {
      if (dynamic && std::string_view(suffix).empty()) continue;
      std::string p = base;
      if (*suffix) p += std::string(" ") + suffix;
      // "between flexion and extension" alone names positions, not images.
      b.add(p).rule = *suffix ? TriggerRule::none : TriggerRule::study_named;
    }
  }

  // The abbreviations name the films themselves ("no listhesis on flex/ex").
  b.add_all({"flex ex", "flex extension", "flexion ex", "flex and ex", "f e views", "f e films",
             "flex ext", "flexion ext", "flex and ext"});
  b.add_all({"flexion view", "flexion views", "extension view", "extension views",
             "flexion radiograph", "flexion radiographs", "extension radiograph",
             "extension radiographs", "lateral flexion view", "lateral extension view"});
}

}  // namespace spinecds::terminology::text
