// The text engine on cervical sentences (issue 15 item 3): cord compression
// and signal, myelopathy signs, roots from dermatomes and myotomes, sides of
// foraminal stenosis, cervical operations and levels.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "support/terminology_fixtures.h"
#include "terminology/text_findings.h"

using namespace spinecds::terminology;
using spinecds::test::check_root_and_side;
using spinecds::test::only;
using spinecds::test::RootAndSide;
using spinecds::test::segment_names;

TEST_CASE("cord compression and T2 cord signal, affirmed and denied") {
  const auto flat = only("C5-6: disc osteophyte complex with mild cord flattening.",
                         FindingKind::cord_compression);
  CHECK(segment_names(flat.segments) == std::vector<std::string>{"C5-C6"});
  CHECK(flat.severity == Severity::mild);
  CHECK_FALSE(flat.negated);
  CHECK(only("C3-C4: disc osteophyte complex abuts the ventral cord without deforming it.",
             FindingKind::cord_compression)
            .negated);
  CHECK(only("C4/5: The cord is not compressed.", FindingKind::cord_compression).negated);
  const auto t2 =
      only("T2 hyperintense signal within the cord at C4-5.", FindingKind::cord_signal_change);
  CHECK(segment_names(t2.segments) == std::vector<std::string>{"C4-C5"});
  CHECK_FALSE(t2.negated);
  CHECK(only("The spinal cord is normal in signal throughout.", FindingKind::cord_signal_change)
            .negated);
  // The conus of a lumbar report is no cord finding.
  CHECK(extract_findings("Conus medullaris terminates at L1 and is normal in signal.").empty());
}

TEST_CASE("myelopathy: one finding per sentence of signs, denied signs negated") {
  CHECK_FALSE(only("Wide-based gait; unable to tandem walk.", FindingKind::myelopathy).negated);
  CHECK_FALSE(only("She reports hand clumsiness, dropping objects and difficulty buttoning.",
                   FindingKind::myelopathy)
                  .negated);
  CHECK(only("Denies hand clumsiness.", FindingKind::myelopathy).negated);
  CHECK_FALSE(
      only("Positive Hoffmann sign bilaterally, hyperreflexia.", FindingKind::myelopathy).root);
}

TEST_CASE("roots from the root named, the dermatome, the myotome or the reflex; sides") {
  const RootAndSide cases[] = {
      {"Right C6 radiculopathy.", FindingKind::radiculopathy, "C6", "right"},
      {"Numbness of the left thumb and index finger.", FindingKind::radiculopathy, "C6", "left"},
      {"Pain radiates down the back of the right arm into the middle finger.",
       FindingKind::radiculopathy, "C7", "right"},
      {"Triceps 4/5 on the right.", FindingKind::weakness, "C7", "right"},
      {"Left deltoid weakness 4-/5.", FindingKind::weakness, "C5", "left"},
      {"Possible left C8 radiculopathy versus ulnar neuropathy.", FindingKind::radiculopathy, "C8",
       "left"},
  };
  for (const auto& c : cases) check_root_and_side(c);
  // Biceps names no one root.
  CHECK_FALSE(only("Left biceps 4/5.", FindingKind::weakness).root);
}

TEST_CASE("the side of a foraminal stenosis or herniation is the one written with it") {
  const auto s = only("C6-7 moderate right foraminal stenosis.", FindingKind::stenosis);
  CHECK(s.side == std::optional<std::string>("right"));
  CHECK(only("Severe bilateral foraminal narrowing at C6-7.", FindingKind::stenosis).side ==
        std::optional<std::string>("bilateral"));
  CHECK(only("Left paracentral disc extrusion at C6-7.", FindingKind::disc_herniation).side ==
        std::optional<std::string>("left"));
  // A side across a clause break belongs to another finding.
  CHECK_FALSE(only("Left arm pain; mild canal stenosis at C5-6.", FindingKind::stenosis).side);
}

TEST_CASE("cervical operations and levels") {
  const auto acdf = only("Prior C5-C6 ACDF in 2018.", FindingKind::prior_fusion);
  CHECK(segment_names(acdf.segments) == std::vector<std::string>{"C5-C6"});
  CHECK(acdf.historical);
  CHECK(segment_names(only("Status post C5 corpectomy.", FindingKind::prior_fusion).segments) ==
        std::vector<std::string>{"C4-C5", "C5-C6"});
  CHECK(segment_names(
            only("Posterior fusion from occiput to C2.", FindingKind::prior_fusion).segments) ==
        std::vector<std::string>{"C0-C1", "C1-C2"});
  CHECK(segment_names(
            only("Bilateral C6-7 foraminotomies.", FindingKind::prior_laminectomy).segments) ==
        std::vector<std::string>{"C6-C7"});
  // A disc replaced is not fused.
  CHECK(extract_findings("C5-6 cervical disc arthroplasty.").empty());
}

TEST_CASE("neck therapy is therapy; an order or request is only planned") {
  CHECK_FALSE(only("Patient completed 4 telehealth PT sessions for neck pain.",
                   FindingKind::physical_therapy)
                  .negated);
  // Beside the lumbar spine, the neck is another body part (lumbar convention).
  for (const auto& f :
       extract_findings("Underwent PT for neck pain but not for the lumbar spine.")) {
    CHECK_FALSE(counts_toward_criteria(f));
  }
  CHECK(only("Order: posterior cervical fusion C7-T1.", FindingKind::prior_fusion).hypothetical);
  CHECK(only("Requested: ACDF with a C5-C7 plate.", FindingKind::prior_fusion).hypothetical);
  CHECK(only("Neuro screen: negative Hoffmann sign bilaterally.", FindingKind::myelopathy).negated);
  CHECK(extract_findings("Neck pain radiating to the right scapula.").empty());
}

TEST_CASE("each severity group of a stenosis keeps its own side; a root the finding reaches") {
  std::vector<Finding> st;
  for (auto& f : extract_findings("Moderate left and severe right foraminal stenosis at C6-7.")) {
    if (f.kind == FindingKind::stenosis) st.push_back(f);
  }
  REQUIRE(st.size() == 2);
  CHECK(st[0].severity == Severity::moderate);
  CHECK(st[0].side == std::optional<std::string>("left"));
  CHECK(st[1].severity == Severity::severe);
  CHECK(st[1].side == std::optional<std::string>("right"));
  const auto reach =
      only("Severe left foraminal narrowing impinging the exiting left C7 nerve root.",
           FindingKind::stenosis);
  CHECK(reach.root == std::optional<std::string>("C7"));
  CHECK(only("+ Spurling on R.", FindingKind::radiculopathy).side ==
        std::optional<std::string>("right"));
}

TEST_CASE("bare numeric levels are cervical in a cervical sentence; one finding per root") {
  const auto f =
      only("Cervical MRI: moderate canal stenosis at the 5-6 level.", FindingKind::stenosis);
  CHECK(segment_names(f.segments) == std::vector<std::string>{"C5-C6"});
  // Without a cervical word the lumbar reading holds.
  CHECK(segment_names(
            only("Moderate canal stenosis at the 4-5 level.", FindingKind::stenosis).segments) ==
        std::vector<std::string>{"L4-L5"});
  std::vector<std::string> roots;
  for (const auto& r : extract_findings("Left C6 and C7 radicular symptoms.")) {
    if (r.kind == FindingKind::radiculopathy && r.root) roots.push_back(*r.root);
  }
  CHECK(roots == std::vector<std::string>{"C6", "C7"});
}

TEST_CASE("a lost arm reflex is the finding; full strength in a list of muscles is one") {
  const auto bi = only("Absent right biceps reflex.", FindingKind::radiculopathy);
  CHECK_FALSE(bi.negated);
  CHECK(bi.side == "right");
  const auto tri = only("Triceps weakness 4/5 on the left with an absent left triceps jerk.",
                        FindingKind::weakness);
  CHECK_FALSE(tri.negated);
  CHECK(tri.root == "C7");
  CHECK(only("Deltoid 5/5, biceps 5/5, triceps 5/5, grip 5/5 bilaterally.", FindingKind::weakness)
            .negated);
  const auto grip = only("Left grip is weaker than right.", FindingKind::weakness);
  CHECK(grip.side == "left");
  CHECK(only("Right C6 radiculopathy and left deltoid weakness.", FindingKind::weakness).root ==
        "C5");
}

TEST_CASE("myelopathy in other words; a negative Romberg is a normal exam") {
  for (const char* text :
       {"Positive finger escape sign on the right.", "Crossed adductor response present.",
        "Biceps and triceps reflexes 3+ bilaterally.", "Extensor plantar response on the left.",
        "Difficulty with fine motor tasks such as buttoning shirts."}) {
    CHECK_FALSE(only(text, FindingKind::myelopathy).negated);
  }
  CHECK(extract_findings("Gait is normal and Romberg negative.").empty());
}

TEST_CASE("radicular territory, and pain that spreads only over the neck and shoulders") {
  const auto c6 = only("Decreased sensation to pinprick in the right C6 dermatome.",
                       FindingKind::radiculopathy);
  CHECK(c6.root == "C6");
  CHECK(c6.side == "right");
  CHECK(extract_findings("Neck pain radiating to the shoulders.").empty());
  CHECK(extract_findings("Axial neck pain radiating between the shoulder blades.").empty());
  CHECK_FALSE(only("Neck pain radiating down the right arm.", FindingKind::radiculopathy).negated);
}

TEST_CASE("foraminal side and grade where structured reports write them") {
  const auto right =
      only("The right C6-7 neural foramen is severely narrowed.", FindingKind::stenosis);
  CHECK(right.side == "right");
  CHECK(right.severity == Severity::severe);
  CHECK(
      only("At C4-5 there is moderate narrowing of the left neural foramen.", FindingKind::stenosis)
          .side == "left");
  std::vector<std::string> sides;
  for (const auto& f : extract_findings("C5-C6: Neural foramina: severe right, mild left.")) {
    if (f.kind == FindingKind::stenosis && f.side) sides.push_back(*f.side);
  }
  CHECK(sides == std::vector<std::string>{"right", "left"});
}

TEST_CASE("cord deformity in other words; the reason for a planned fusion is the patient's") {
  CHECK_FALSE(
      only("Deforming the right ventral hemicord at C5-6.", FindingKind::cord_compression).negated);
  CHECK(only("Disc bulges at C4-5 contact the ventral cord without compressing it.",
             FindingKind::cord_compression)
            .negated);
  const auto my = only(
      "Requested: anterior cervical discectomy and fusion C6/7 for cervical "
      "spondylotic myelopathy.",
      FindingKind::myelopathy);
  CHECK_FALSE(my.hypothetical);
  CHECK(only("Requested: anterior cervical discectomy and fusion C6/7 for cervical spondylotic "
             "myelopathy.",
             FindingKind::prior_fusion)
            .hypothetical);
  // The technique of a study denies nothing.
  CHECK_FALSE(
      only("MRI C-spine w/o contrast: moderate stenosis at C5-6.", FindingKind::stenosis).negated);
}

TEST_CASE("a minus grade is below full strength, and each muscle keeps its own side") {
  const auto tri = only("Strength 5/5 throughout except left triceps 5-/5.", FindingKind::weakness);
  CHECK_FALSE(tri.negated);
  CHECK(tri.root == "C7");
  CHECK(tri.side == "left");
  const auto grid = only(
      "Motor: deltoid 5/5 bilaterally, right triceps 5-/5, left triceps 5/5, grip 5/5 "
      "bilaterally.",
      FindingKind::weakness);
  CHECK_FALSE(grid.negated);
  CHECK(grid.side == "right");
  CHECK_FALSE(
      only("Right wrist extension 5-/5, otherwise full power.", FindingKind::weakness).negated);
  // Full grades stay one negated weakness.
  CHECK(only("Deltoid 5/5, wrist extension 5/5.", FindingKind::weakness).negated);
}

TEST_CASE("a lone grade in a template line keeps the side written beside it") {
  const auto right = only("C6-7: Foramina: right severe.", FindingKind::stenosis);
  CHECK(right.side == "right");
  CHECK(right.severity == Severity::severe);
  CHECK(only("C7-T1: Foramina: moderate on the left.", FindingKind::stenosis).side == "left");
  CHECK(only("C5-6: Foramina: severe bilaterally.", FindingKind::stenosis).side == "bilateral");
  CHECK_FALSE(only("C5-6: Foramina: severe.", FindingKind::stenosis).side);
}

TEST_CASE("an artefact named after the finding hedges it, and only the nearest finding") {
  CHECK(only("Findings suggest early cervical myelopathy.", FindingKind::myelopathy).uncertain);
  CHECK(only("Cord signal abnormality at C6-7 may represent artifact.",
             FindingKind::cord_signal_change)
            .uncertain);
  CHECK(
      only("Focal cord signal change at C5-6, likely artifactual.", FindingKind::cord_signal_change)
          .uncertain);
  CHECK(only("Increased T2 signal in the cord at C3-4; this may represent artefact.",
             FindingKind::cord_signal_change)
            .uncertain);
  const auto text = "Moderate stenosis at C4-5, cord signal change at C5-6, likely artifactual.";
  CHECK_FALSE(only(text, FindingKind::stenosis).uncertain);
  CHECK(only(text, FindingKind::cord_signal_change).uncertain);
}

TEST_CASE("'all levels' are the levels of the spine the report is about") {
  const std::vector<std::string> cervical{"C2-C3", "C3-C4", "C4-C5", "C5-C6", "C6-C7", "C7-T1"};
  // The region named in an earlier line of the report.
  CHECK(segment_names(only("MRI CERVICAL SPINE WITHOUT CONTRAST\n"
                           "FINDINGS: There is no cord compression at all levels.",
                           FindingKind::cord_compression)
                          .segments) == cervical);
  CHECK(
      segment_names(only("Mild foraminal narrowing at all cervical levels.", FindingKind::stenosis)
                        .segments) == cervical);
  // A lumbar report, or none named, keeps the lumbar reading.
  CHECK(segment_names(
            only("MRI lumbar spine. No stenosis at all levels.", FindingKind::stenosis).segments)
            .front() == "L1-L2");
  CHECK(segment_names(only("No stenosis at all levels.", FindingKind::stenosis).segments).front() ==
        "L1-L2");
  // The sentence's own region before the report's.
  CHECK(segment_names(only("Cervical MRI unremarkable. Lumbar MRI: mild facet arthropathy at all "
                           "levels.",
                           FindingKind::facet_arthropathy)
                          .segments)
            .front() == "L1-L2");
}

TEST_CASE("the reason given for a planned procedure is stated, by 'for' or 'given'") {
  const auto text = "Recommend ACDF at C5-6 given cord compression and myelopathy.";
  CHECK(only(text, FindingKind::prior_fusion).hypothetical);
  CHECK_FALSE(only(text, FindingKind::cord_compression).hypothetical);
  CHECK_FALSE(only("We recommend PT for the neck given her right C6 radiculopathy.",
                   FindingKind::radiculopathy)
                  .hypothetical);
  // A referral's label, then its reason: stated, unless sought.
  CHECK_FALSE(only("Referral to spine surgery: R C6 radiculopathy.", FindingKind::radiculopathy)
                  .hypothetical);
  CHECK(only("Referral to spine surgery: r/o myelopathy.", FindingKind::myelopathy).hypothetical);
  // What a study is for is still sought.
  CHECK(only("Flexion-extension views are recommended to evaluate for instability at C4-5.",
             FindingKind::instability)
            .hypothetical);
}

TEST_CASE("exam shorthand: 'neg', signs without apostrophes, abilities lost, recovered weakness") {
  CHECK(only("Reflexes 2+ symmetric. Hoffmann neg.", FindingKind::myelopathy).negated);
  CHECK_FALSE(only("Hoffmans + on R, neg on L.", FindingKind::myelopathy).negated);
  CHECK_FALSE(
      only("He drops cups and can no longer do up his shirt buttons.", FindingKind::myelopathy)
          .negated);
  // A negative Spurling is a normal exam, however it is written.
  CHECK(extract_findings("No Spurling sign.").empty());
  CHECK(only("Interscapular pain only, no radiation into the arms.", FindingKind::radiculopathy)
            .negated);
  const auto recovered =
      only("The left deltoid weakness has fully recovered.", FindingKind::weakness);
  CHECK(recovered.negated);
  CHECK(recovered.historical);
  CHECK(recovered.root == "C5");
}

TEST_CASE("contact with the cord gives way to what the sentence says of compression") {
  CHECK(only("C6/7: disc prolapse abutting the cord, without cord compression.",
             FindingKind::cord_compression)
            .negated);
  CHECK_FALSE(
      only("C6/7: disc prolapse abutting the cord.", FindingKind::cord_compression).negated);
}

TEST_CASE("level lists and table cells: each grade with the side written after it") {
  auto sides_of = [](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& f : extract_findings(text)) {
      if (f.kind == FindingKind::stenosis) {
        out.push_back(segment_names(f.segments).front() + " " + f.side.value_or("-"));
      }
    }
    return out;
  };
  CHECK(sides_of("Foraminal stenosis: C4-5 mild R; C5-6 severe L; C6-7 moderate B.") ==
        std::vector<std::string>{"C4-C5 right", "C5-C6 left", "C6-C7 bilateral"});
  // The anatomy alone, graded level by level.
  CHECK(sides_of("Neural foramina: C5-6 severe on the right; C6-7 moderate bilaterally.") ==
        std::vector<std::string>{"C5-C6 right", "C6-C7 bilateral"});
  CHECK(sides_of("Level | Canal | Foramina\nC5-6 | moderate | severe R, moderate L") ==
        std::vector<std::string>{"C5-C6 -", "C5-C6 right", "C5-C6 left"});
  // No side written, none given.
  CHECK(sides_of("Canal stenosis: C3-4 mild, C4-5 severe.") ==
        std::vector<std::string>{"C3-C4 -", "C4-C5 -"});
}

TEST_CASE("a numbered impression item ends the level header of the item before it") {
  const auto text =
      "IMPRESSION:\n1. C6-C7: Left foraminal disc extrusion.\n2. Otherwise mild spondylosis "
      "without significant stenosis.";
  CHECK(segment_names(only(text, FindingKind::disc_herniation).segments) ==
        std::vector<std::string>{"C6-C7"});
  const auto rest = only(text, FindingKind::stenosis);
  CHECK(rest.negated);
  CHECK(rest.segments.empty());
  // Lines under a level header without numbers stay in its passage.
  CHECK(segment_names(
            only("C6-C7:\nSevere left foraminal stenosis.", FindingKind::stenosis).segments) ==
        std::vector<std::string>{"C6-C7"});
}

TEST_CASE("cord signal and flattening in other words, with a grade inside the phrase") {
  CHECK(only("No signal change in the cord.", FindingKind::cord_signal_change).negated);
  CHECK_FALSE(only("Signal change in the cord at C4-5.", FindingKind::cord_signal_change).negated);
  CHECK(only("The cord is otherwise normal in signal.", FindingKind::cord_signal_change).negated);
  const auto flat = only("The cord is mildly flattened at C5-6.", FindingKind::cord_compression);
  CHECK(flat.severity == Severity::mild);
  CHECK_FALSE(only("The cord is flattened at C5-6.", FindingKind::cord_compression).severity);
}

TEST_CASE("an operation done now and the earlier one it revises are two fusions") {
  int now = 0, earlier = 0;
  for (const auto& f : extract_findings("Procedure: posterior C5-C6 instrumented fusion for "
                                        "symptomatic pseudarthrosis of a prior C5-6 ACDF.")) {
    if (f.kind != FindingKind::prior_fusion) continue;
    CHECK(segment_names(f.segments) == std::vector<std::string>{"C5-C6"});
    (f.historical ? earlier : now) += 1;
  }
  CHECK(now == 1);
  CHECK(earlier == 1);
}

TEST_CASE("a reflex list: the muscle stands for its reflex, each grade keeps its side") {
  const auto br =
      only("Reflexes: biceps 2+ R, 2+ L; brachioradialis 1+ R, 2+ L.", FindingKind::radiculopathy);
  CHECK(br.root == "C6");
  CHECK(br.side == "right");
  CHECK(extract_findings("Reflexes: biceps 2+, triceps 2+ bilaterally.").empty());
  const auto c8 =
      only("Paraesthesia in the left little and ring fingers.", FindingKind::radiculopathy);
  CHECK(c8.root == "C8");
  CHECK(c8.side == "left");
}

TEST_CASE("a flattened table's disc column names a herniation, or denies one, at its row") {
  const auto text =
      "Level | Canal | Disc\nC4-5 | mild | bulge\nC5-6 | patent | protrusion\nC7-T1 | mild | no "
      "herniation";
  std::vector<std::string> discs;
  for (const auto& f : extract_findings(text)) {
    if (f.kind == FindingKind::disc_herniation) {
      discs.push_back(segment_names(f.segments).front() + (f.negated ? " no" : " yes"));
    }
  }
  // The canal cell's "patent" denies only the canal.
  CHECK(discs == std::vector<std::string>{"C5-C6 yes", "C7-T1 no"});
}

TEST_CASE("(-) and (+) beside a sign") {
  CHECK(only("(-) Hoffman's, (-) Spurling's.", FindingKind::myelopathy).negated);
  CHECK(only("Babinski (-) bilaterally.", FindingKind::myelopathy).negated);
  CHECK_FALSE(only("(+) Hoffman's bilaterally.", FindingKind::myelopathy).negated);
  CHECK_FALSE(only("(+) Spurling's on the right.", FindingKind::radiculopathy).negated);
  // A negative Spurling is a normal exam: no finding.
  CHECK(extract_findings("(-) Spurling's.").empty());
}

TEST_CASE("bare deformity and signal words in a clause about the cord") {
  const auto text = "C5-C6: Cord: mild ventral deformity, no abnormal signal.";
  const auto flat = only(text, FindingKind::cord_compression);
  CHECK_FALSE(flat.negated);
  CHECK(flat.severity == Severity::mild);
  CHECK(only(text, FindingKind::cord_signal_change).negated);
  CHECK(only("Cord: normal signal and caliber.", FindingKind::cord_signal_change).negated);
  CHECK(only("Other levels: no stenosis. Cord signal normal.", FindingKind::cord_signal_change)
            .negated);
  CHECK_FALSE(
      only("The cord shows mild flattening at C4-5.", FindingKind::cord_compression).negated);
  // Said of something else, they are no cord finding.
  CHECK(extract_findings("Mild thecal sac deformity at C4-5. Vertebral body heights are normal.")
            .empty());
}

TEST_CASE("exam template lines: a grade before the reflex, Romberg graded after a colon") {
  const auto dtr = only("DTRs: 1+ left brachioradialis, otherwise 2+.", FindingKind::radiculopathy);
  CHECK(dtr.side == "left");
  CHECK(dtr.root == "C6");
  CHECK_FALSE(only("Romberg: positive.", FindingKind::myelopathy).negated);
  CHECK(extract_findings("Romberg: negative.").empty());
}

TEST_CASE("a foraminal side after a comma-set grade, and 'left worse than right'") {
  std::vector<std::string> sides;
  for (const auto& f : extract_findings("CT: foraminal stenosis, severe on the left at C5-C6 and "
                                        "moderate on the right at C6-C7.")) {
    if (f.kind == FindingKind::stenosis) sides.push_back(f.side.value_or("-"));
  }
  CHECK(sides == std::vector<std::string>{"left", "right"});
  CHECK(only("Foraminal stenosis at C5-6, left worse than right.", FindingKind::stenosis).side ==
        "bilateral");
  CHECK(only("Uncovertebral osteophytes narrow both exit foramina at C5/6, the right more than "
             "the left.",
             FindingKind::stenosis)
            .side == "bilateral");
}

TEST_CASE("myelopathy signs denied in other words; a sign found outweighs those denied") {
  struct Case {
    const char* text;
    bool negated;
  };
  for (const Case c :
       {Case{"Negative Hoffmann's, negative Babinski, no clonus, normal gait.", true},
        Case{"Toes downgoing bilaterally.", true},
        Case{"Babinski positive on the right, Hoffmann negative.", false},
        Case{"Hoffmann positive; no clonus.", false}}) {
    CHECK(only(c.text, FindingKind::myelopathy).negated == c.negated);
  }
}
