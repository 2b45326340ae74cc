// Triggers for the signs of a cervical root in the arm (issue 15, DESIGN.md
// §9): radicular pain and Spurling, a dermatome's sensory loss, a lost arm
// reflex, weakness by grip or MRC grade; and the normal exam that is no
// finding. The root itself is read by nerve_root.cpp. The conventions are
// tests/data/eval/README.md's "Cervical files".
//
// Sources: dermatomes and myotomes as in NASS 2010 (C5 deltoid and lateral
// arm, C6 thumb and index finger and wrist extensors, C7 middle finger and
// triceps, C8 ring and little fingers).
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/text/hand_edges.h"
#include "terminology/text/root_words.h"
#include "terminology/text/trigger_builder.h"
#include "terminology/text/word_lists.h"

namespace spinecds::terminology::text {

namespace {

// The arm reflexes as an exam table's rows name them ("BR reflex", "Biceps
// refl", "Triceps jerk").
constexpr std::array<std::string_view, 15> kReflexRows = {
    "biceps reflex",    "triceps reflex",   "brachioradialis reflex", "br reflex",
    "biceps refl",      "triceps refl",     "brachioradialis refl",   "br refl",
    "biceps jerk",      "triceps jerk",     "supinator jerk",         "biceps reflexes",
    "triceps reflexes", "supinator reflex", "brachioradialis jerk"};

}  // namespace

void add_arm_root_sign_triggers(TriggerBuilder& b) {
  // Radicular signs of the arm; a dermatome names its root (neuro details).
  b.kind("radiculopathy", true, false, false, true);
  b.add_all({"spurling", "spurling's", "spurling sign", "spurling test", "spurling maneuver",
             "spurling's maneuver", "positive spurling", "cervical radiculopathy",
             "radicular arm pain", "radiating arm pain", "arm pain radiating",
             "shoulder abduction relief", "thumb and index finger", "index finger and thumb",
             "thumb", "index finger", "middle finger", "long finger", "ring and little fingers",
             "ring and small fingers", "little and ring fingers", "small and ring fingers",
             "little finger", "small finger", "ulnar hand", "triceps reflex", "biceps reflex",
             "brachioradialis reflex", "radicular distribution", "c5 distribution",
             "c6 distribution", "c7 distribution", "c8 distribution", "radiculopathic pain",
             // British: radicular arm pain.
             "brachialgia", "lateral forearm", "radial forearm", "shoulder abduction sign",
             "shoulder abduction relief sign", "relief with shoulder abduction",
             "relieved by shoulder abduction", "relieved with shoulder abduction", "bakody sign",
             "bakody's sign"});
  // Spurling's result by side after the test ("Spurling negative on the left
  // and positive on the right", "... however it is positive on the right").
  for (std::string_view result : {"positive", "reproduces radicular pain", "reproduces arm pain"}) {
    for (std::string_view on : {" on the ", " on ", " ", " at the "}) {
      for (std::string_view side : {"left", "right", "l", "r"}) {
        b.add(std::string(result) + std::string(on) + std::string(side)).rule =
            TriggerRule::spurling_named;
      }
    }
  }
  // Sensory loss over the lateral shoulder or arm is the C5 dermatome; pain
  // there alone is as often the shoulder itself, so it is no trigger. The
  // state may stand between ("sensation decreased over the lateral
  // shoulder") and the side before the place ("over the left lateral arm").
  for (std::string_view what :
       {"sensation", "sensation to light touch", "sensation to pinprick", "numbness",
        "hypoesthesia", "hypoaesthesia", "paresthesia", "paresthesias", "paraesthesia",
        "paraesthesiae", "pinprick", "pin prick", "light touch"}) {
    for (std::string_view state :
         {"", "decreased ", "diminished ", "reduced ", "absent ", "altered ", "impaired "}) {
      for (std::string_view prep : {"over the ", "of the ", "in the ", "along the "}) {
        for (std::string_view side : {"", "left ", "right ", "l ", "r "}) {
          for (std::string_view where : {"shoulder", "deltoid", "arm"}) {
            b.add(std::string(what) + " " + std::string(state) + std::string(prep) +
                  std::string(side) + "lateral " + std::string(where));
            // The side between the two words: "over the lateral L shoulder".
            if (!side.empty()) {
              b.add(std::string(what) + " " + std::string(state) + std::string(prep) + "lateral " +
                    std::string(side) + std::string(where));
            }
          }
        }
      }
    }
  }
  // The ulnar border of the hand is the C8 dermatome ("decreased pinprick
  // along the ulnar border of the L hand", "numbness over the ulnar aspect of
  // R hand"), as the ulnar hand is.
  for (std::string_view edge : kUlnarEdgeWords) {
    for (std::string_view of : {" of the ", " of ", " of his ", " of her "}) {
      for (std::string_view side : {"", "left ", "right ", "l ", "r "}) {
        for (std::string_view hand : {"hand", "hands"}) {
          b.add("ulnar " + std::string(edge) + std::string(of) + std::string(side) +
                std::string(hand));
        }
      }
    }
  }
  // "ring/little fingers": a slash joins two fingers as "and" does (the
  // matcher passes over the "/" between a phrase's words).
  b.add_all({"ring little fingers", "ring small fingers", "little ring fingers",
             "small ring fingers", "ring little finger", "ring small finger"});
  // The patient's word for the little finger ("tingling in my pinky", "ring
  // finger and pinky on my right hand"): C8 as the little finger is.
  b.add_all({"pinky", "pinkie", "pinky finger", "pinkie finger", "pinkies", "ring finger and pinky",
             "ring finger and pinkie", "pinky and ring finger", "pinkie and ring finger",
             "ring and pinky fingers", "pinky and ring fingers", "ring pinky fingers",
             "ring fingers and pinkies"});
  // The lateral arm likewise: its numbness is C5, pain there alone (often the
  // shoulder's) is no finding.
  for (std::string_view what : {"numbness", "paresthesia", "paresthesias", "paraesthesia",
                                "tingling", "hypoesthesia", "sensory loss", "dysesthesia"}) {
    b.add("lateral arm " + std::string(what));
  }
  // Numbered digits ("paresthesias in the hand involving digits 4 and 5"):
  // the numbers name the fingers, as the words do.
  for (std::string_view digit : {"digit", "digits"}) {
    for (std::string_view n : {"1", "2", "3", "4", "5"}) {
      b.add(std::string(digit) + " " + std::string(n));
    }
  }
  // Ordinal digits ("paresthesias of the 4th and 5th digits", "the fifth
  // finger"), as the numbers are ("4th" is the tokens "4" "th").
  for (std::string_view noun : {"digit", "digits", "finger", "fingers"}) {
    static constexpr std::array<std::string_view, 5> kNumbered = {"1 st", "2 nd", "3 rd", "4 th",
                                                                  "5 th"};
    for (const std::span<const std::string_view> ordinals :
         {std::span<const std::string_view>(kNumbered),
          std::span<const std::string_view>(kOrdinalWords).first(5)}) {
      for (std::size_t i = 0; i < ordinals.size(); ++i) {
        b.add(std::string(ordinals[i]) + " " + std::string(noun));
        for (std::size_t j = i + 1; j < ordinals.size(); ++j) {
          // "4th/5th digits": the matcher passes over the slash.
          for (std::string_view join : {" and ", " "}) {
            b.add(std::string(ordinals[i]) + std::string(join) + std::string(ordinals[j]) + " " +
                  std::string(noun));
          }
        }
      }
    }
  }
  // A cervical root's territory named with the symptom ("C6 dermatome",
  // "C7 paraesthesia", "left C5 pattern").
  for (std::string_view root : {"c5", "c6", "c7", "c8", "t1"}) {
    for (std::string_view what : {"dermatome",
                                  "dermatomes",
                                  "dermatomal",
                                  "territory",
                                  "territories",
                                  "pattern",
                                  "patterns",
                                  "distributions",
                                  "radicular",
                                  "numbness",
                                  "paresthesia",
                                  "paresthesias",
                                  "paraesthesia",
                                  "paraesthesiae",
                                  "tingling",
                                  "sensory loss",
                                  "arm pain",
                                  "root irritation",
                                  "root compression",
                                  "nerve root irritation",
                                  "nerve root compression",
                                  "root symptoms"}) {
      b.add(std::string(root) + " " + std::string(what));
    }
  }
  // An arm reflex that is lost or reduced is the finding, not its negation
  // ("absent right biceps reflex", "triceps jerk is absent", "brachioradialis
  // 1+"): the words of loss are part of the trigger, so the negation cue
  // "absent" does not deny it (README, Cervical files: "a lost or diminished
  // root reflex"). The leg reflexes keep the lumbar reading.
  // "BR" is the brachioradialis ("BR reflex diminished on the left").
  // "Tricipital reflex abolished", "bicipital reflex diminished": the
  // adjective as Romance-language authors write it.
  for (std::string_view muscle : kArmReflexMuscles) {
    for (std::string_view jerk : {"reflex", "reflexes", "jerk", "jerks"}) {
      const std::string named = std::string(muscle) + " " + std::string(jerk);
      for (std::string_view loss : {"absent", "diminished", "decreased", "reduced", "depressed",
                                    "hypoactive", "trace", "lost", "sluggish", "abolished"}) {
        // Exam notes abbreviate the side ("absent L triceps reflex").
        for (std::string_view side : {"", "left ", "right ", "bilateral ", "l ", "r "}) {
          b.add(std::string(loss) + " " + std::string(side) + named);
        }
        b.add(named + " " + std::string(loss));
        b.add(named + " is " + std::string(loss));
        b.add(named + " are " + std::string(loss));
      }
      for (std::string_view grade : {"0", "1 +", "trace"}) b.add(named + " " + std::string(grade));
      b.add("loss of the " + named);
      b.add("loss of " + named);
      b.add("absence of the " + named);
    }
    // In a reflex list the muscle stands for its reflex ("Reflexes: biceps
    // 2+, brachioradialis 1+ R", "DTRs: 1+ left biceps").
    for (std::string_view grade : {"1 +", "trace"}) {
      b.add(std::string(muscle) + " " + std::string(grade));
      for (std::string_view side : {"", "left ", "right ", "l ", "r "}) {
        b.add(std::string(grade) + " " + std::string(side) + std::string(muscle));
      }
    }
  }

  // "Triceps reflex 2+ on the right, 1+ on the left": a grade below 2+ in an
  // item of only the grade and its side is the reflex the item before names
  // (elided_grades.cpp).
  for (std::string_view grade :
       {"0", "1 +", "trace", "absent", "diminished", "decreased", "reduced", "hypoactive"}) {
    b.add(grade).rule = TriggerRule::elided_reflex;
  }

  // An exam table's reflex row, one grade per side ("BR reflex  2+  1+"
  // under "RIGHT LEFT"): a grade below 2+ in either column is the finding;
  // its side is the column's (table_rows.cpp column_side).
  // Under "Reflexes" the muscle alone names its reflex ("Triceps  2+  1+").
  std::vector<std::string_view> rows(kReflexRows.begin(), kReflexRows.end());
  rows.insert(rows.end(), {"biceps", "triceps", "brachioradialis"});
  for (std::string_view row : rows) {
    for (std::string_view grades : {"2 + 1 +", "1 + 2 +", "2 + trace", "trace 2 +", "2 + 0",
                                    "0 2 +", "1 + 1 +", "trace trace"}) {
      b.add(std::string(row) + " " + std::string(grades));
    }
  }

  b.kind("weakness", true, false, false, true);
  b.add_all({"deltoid weakness", "triceps weakness", "biceps weakness", "grip weakness",
             "weak grip", "wrist extension weakness", "wrist extensor weakness",
             "intrinsic weakness", "hand intrinsic weakness"});
  // Weakness said without the word: a grip or a side "weaker", a reduced grip,
  // an MRC grade in words ("MRC grade 4 power").
  b.add_all({"weaker",
             "reduced grip",
             "decreased grip",
             "diminished grip",
             "poor grip",
             "weakened grip",
             "reduced grip strength",
             "decreased grip strength",
             "diminished grip strength",
             "grip strength reduced",
             "grip strength decreased",
             "grip strength diminished",
             "grip strength is reduced",
             "grip strength is decreased",
             "grip strength is diminished",
             "grip is weak",
             "mrc grade 4",
             "mrc grade 3",
             "mrc grade 2",
             "mrc grade 1",
             "mrc 4",
             "mrc 3",
             "mrc 2",
             "mrc 4 +",
             "mrc 4 -",
             "mrc grade 4 +",
             "mrc grade 4 -"});
}

void add_arm_normal_exam_triggers(TriggerBuilder& b) {
  b.kind("", false);
  // A root test not done ("Spurling deferred d/t virtual format", "SLR not
  // performed", "unable to perform Spurling"): not examined, no finding either way.
  for (std::string_view test :
       {"spurling", "spurling's", "spurlings", "spurling test", "spurling's test",
        "spurling maneuver", "spurling's maneuver", "slr", "slrs", "straight leg raise",
        "straight leg raising", "straight leg raise test", "slump", "slump test", "femoral stretch",
        "femoral stretch test", "neural tension testing", "neural tension tests",
        "provocative testing", "provocative tests", "crossed slr",
        // the myelopathy signs, as a form leaves them
        // ("Hoffmann: not tested", "Gait/tandem:
        // unable to assess (wheelchair)")
        "hoffmann", "hoffmann's", "hoffman", "hoffman's", "hoffmann sign", "lhermitte",
        "lhermitte's", "lhermitte sign", "babinski", "clonus", "romberg", "tandem gait", "tandem",
        "gait / tandem", "gait", "reflexes", "dtrs"}) {
    const std::string t(test);
    for (std::string_view not_done :
         {" deferred", " was deferred", " is deferred", " not tested", " not performed",
          " not done", " not assessed", " was not performed", " was not done", " was not tested",
          " was not assessed", " not attempted", " could not be performed",
          " unable to be performed", " unable to be assessed", " not able to be performed",
          " not examined", " nt", " n t"}) {
      b.add(t + std::string(not_done));
    }
    // A form's field left undone ("Crossed SLR: Not done").
    for (std::string_view not_done :
         {" : deferred", " : not tested", " : not performed", " : not done", " : not assessed",
          " : unable to assess", " : unable to test", " : not examined", " : not attempted",
          " : not assessable", " : n / a"}) {
      b.add(t + std::string(not_done));
    }
    for (std::string_view not_done :
         {"deferred ", "unable to perform ", "unable to assess ", "did not perform ",
          "could not perform ", "unable to test ", "did not test "}) {
      b.add(std::string(not_done) + t);
    }
  }
  // Pain to the scapula is not radicular; a normal exam is no finding
  // (README, Cervical files).
  b.add_all({"pain radiating to the scapula", "pain radiating to the right scapula",
             "pain radiating to the left scapula", "radiating to the scapula",
             "radiating to the right scapula", "radiating to the left scapula",
             "radiates to the scapula", "radiating to the shoulder blade",
             "radiating into the scapula"});
  // A normal reflex grade in an exam row ("Biceps reflex 2+", "BR reflex
  // 2+ 2+") is no finding; nor is a reflex said intact ("biceps reflex
  // intact on the right, diminished on the left").
  for (std::string_view row : kReflexRows) {
    b.add(std::string(row) + " 2 +");
    b.add(std::string(row) + " 2 + 2 +");
    // The side before the grade ("Triceps reflex right 2+, left 1+",
    // "Biceps reflex: R 2+"): the normal side's cell is no finding; the
    // other side's grade is its own item (elided_grades.cpp).
    for (std::string_view label : {" ", " : "}) {
      for (std::string_view side : {"right", "left", "r", "l", "rt", "lt"}) {
        b.add(std::string(row) + std::string(label) + std::string(side) + " 2 +");
      }
    }
    for (std::string_view intact : {"intact", "is intact", "are intact", "symmetric",
                                    "are symmetric", "preserved", "is preserved"}) {
      b.add(std::string(row) + " " + std::string(intact));
    }
  }
  // A negative Romberg is a normal exam, like a negative Spurling.
  b.add_all({"romberg negative", "negative romberg", "romberg sign negative", "romberg is negative",
             "romberg sign is negative"});
  // "Paresthesias in a non-dermatomal pattern" names no root.
  b.add_all({"non dermatomal", "nondermatomal", "non dermatomal pattern",
             "non dermatomal distribution", "nondermatomal pattern", "nondermatomal distribution"});
  // "Numbness in both hands, no dermatomal pattern": the root pattern is
  // denied, not the symptom; a symptom in no dermatome is no radiculopathy
  // (README: hand numbness without a dermatome is no finding), so the
  // denial is no negated radiculopathy either.
  b.add_all({"no dermatomal pattern", "no dermatomal distribution", "without a dermatomal pattern",
             "without dermatomal pattern", "without a dermatomal distribution",
             "not in a dermatomal pattern", "not in a dermatomal distribution",
             "in no dermatomal pattern", "not dermatomal", "not follow a dermatomal pattern",
             "not follow a dermatomal distribution", "not follow any dermatomal pattern",
             "no clear dermatomal pattern", "no specific dermatomal pattern"});
  b.add_all({"in all dermatomes",
             "spurling negative",
             "negative spurling",
             "spurling's negative",
             "spurling's test negative",
             "spurling's sign negative",
             "spurling's is negative",
             "spurling maneuver negative",
             "spurling's maneuver negative",
             "spurling test negative",
             "spurling is negative",
             "spurling sign negative",
             "spurling test is negative",
             "spurling's test is negative",
             "spurling sign is negative",
             "spurling's sign is negative",
             "spurling maneuver is negative",
             "spurling's maneuver is negative",
             "negative spurling's",
             "no spurling",
             "no spurling sign",
             "no spurling's sign",
             "spurling neg",
             "neg spurling",
             "spurling's neg",
             "neg spurling's",
             "spurlings neg",
             "spurlings negative",
             "neg spurlings",
             "negative spurlings",
             "( ) spurling",
             "( ) spurling's",
             "spurling ( )",
             "spurling's ( )",
             "sensation intact",
             "sensation is intact",
             "reflexes 2 + and symmetric",
             "reflexes are 2 + and symmetric"});
}

}  // namespace spinecds::terminology::text
