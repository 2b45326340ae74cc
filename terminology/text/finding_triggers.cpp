// Finding triggers: the words that name each finding kind (DESIGN.md §4),
// with the context rule a word list cannot say, and the phrases that contain a
// trigger word but are no finding. Data only; terminology/text/triggers.cpp
// applies the rules. The kinds' phrases are in one file per group
// (trigger_builder.h lists them); this file assembles the table.
//
// Sources: radiology reporting usage for lumbar degenerative disease (Fardon
// et al., "Lumbar disc nomenclature: version 2.0", Spine J 2014: protrusion,
// extrusion, sequestration; bulge is not a herniation), spondylolisthesis
// (Meyerding grading; anterolisthesis, retrolisthesis, laterolisthesis),
// flexion-extension instability (translation, angulation, abnormal motion),
// deformity measures (SRS-Schwab: PI-LL, SVA, coronal balance), and the
// issue 11 conventions in tests/data/eval/README.md.
#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology {

namespace {

std::vector<TriggerEntry> build_triggers() {
  text::TriggerBuilder b;
  text::add_stenosis_triggers(b);
  text::add_alignment_triggers(b);
  text::add_motion_triggers(b);
  text::add_facet_disc_triggers(b);
  text::add_deformity_triggers(b);
  text::add_neuro_triggers(b);
  text::add_decompression_fusion_triggers(b);
  text::add_cord_triggers(b);
  text::add_cervical_triggers(b);
  text::add_failed_fusion_osteotomy_triggers(b);
  text::add_study_triggers(b);
  text::add_therapy_triggers(b);

  // Phrases that contain a trigger word but are not findings.
  b.kind("", false);
  b.add_all({"anterior decompression", "anterior cervical decompression", "generalized weakness",
             "general weakness", "diffuse weakness", "weak pulses", "weak signal",
             "weakly enhancing", "facet effusion", "facet effusions", "facet joint effusion",
             "facet joint effusions", "facet fluid", "facet joint fluid", "lordotic curve",
             "lordotic curvature", "kyphotic curve", "kyphotic curvature", "pedicle screw",
             "pedicle screws", "interbody cage", "interbody cages", "flexion extension strength",
             "disc space narrowing", "disk space narrowing", "disc height narrowing",
             "joint space narrowing", "narrowing of the disc space", "narrowing of the disk space",
             "intervertebral disc space narrowing", "stable", "no change", "physical exam",
             "fusion of the sacroiliac", "marrow signal", "flexion extension strength",
             // the name of a study, not a curve
             "scoliosis series", "scoliosis survey", "scoliosis study", "scoliosis radiographs",
             "scoliosis films", "scoliosis views", "scoliosis x rays", "scoliosis xrays",
             "scoliosis protocol",
             // a surgical instrument named for Cobb, not a curve's angle
             "cobb elevator", "cobb elevators",
             // the anatomical name of a level ("the last mobile segment, L4-5"),
             // not a slip that moves
             "last mobile segment", "last mobile lumbar segment", "last mobile level",
             "lowest mobile segment", "lowest mobile level", "last mobile motion segment",
             // a report put into another language, not a vertebra that moves
             // ("outside MRI report (Spanish, translated by staff)")
             "translated by", "translated from", "translated into", "translated to english",
             "translation by", "translation of the report", "translated report"});
  // the report's language named beside the report ("outside report,
  // translated", "MRI (translated):")
  b.add_all({"report , translated", "report translated", "( translated )", "( translated :",
             "translated ) :", "translated copy", "translated version", "english translation",
             "machine translated", "machine translation", "translated text"});
  // Moved, not copied: the table holds tens of thousands of entries and is
  // built by every process that reads text (each `spinecds assess`).
  return std::move(b.out);
}

}  // namespace

const std::vector<TriggerEntry>& trigger_table() {
  static const std::vector<TriggerEntry> t = build_triggers();
  return t;
}

}  // namespace spinecds::terminology
