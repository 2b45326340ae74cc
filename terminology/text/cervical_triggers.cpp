// Triggers for the cervical spine (issue 15, DESIGN.md §9): cord compression
// and T2 cord signal, the signs of myelopathy (their table is
// cervical_myelopathy_triggers.cpp), radicular signs of the arm and
// the dermatomes that name a root, and the cervical operations (ACDF,
// corpectomy, foraminotomy). The conventions are tests/data/eval/README.md's
// "Cervical files".
//
// Sources: eviCore CMM-601 (myelopathy symptoms and exam signs: fine-motor
// dysfunction, gait disturbance, Hoffmann, hyperreflexia, clonus, Babinski,
// tandem-walk ataxia, myelopathic hand; corpectomy is reconstructed and
// fused) and research/cervical-fusion-criteria.md CF-MYE-02 (cord
// compression, flattening, deformity; T2 hyperintensity, myelomalacia, cord
// oedema); dermatomes and myotomes as in NASS 2010 (C5 deltoid and lateral
// arm, C6 thumb and index finger and wrist extensors, C7 middle finger and
// triceps, C8 ring and little fingers).
#include <array>
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_cervical_triggers(TriggerBuilder& b) {
  b.kind("cord-compression", true);
  b.add_all({"flattens the cord",
             "flattening the cord",
             "flattening of the ventral cord",
             "ventral cord flattening",
             "ventral cord deformity",
             "deforms the cord",
             "deforming the cord",
             "deforms the ventral cord",
             "indents the cord",
             "indenting the cord",
             "indents the ventral cord",
             "indenting the ventral cord",
             "cord indentation",
             "impinges on the cord",
             "impinging on the cord",
             "impinging the cord",
             "compresses the ventral cord",
             "compressing the ventral cord",
             "compressing the hemicord",
             "compresses the hemicord",
             "hemicord compression",
             "cord is compressed",
             "cord is flattened",
             "cord is deformed",
             "cord contact",
             "contacts the cord",
             "contacting the cord",
             "flattening of the spinal cord",
             "spinal cord flattening",
             "deformity of the spinal cord",
             "cord remodeling",
             "compression of the spinal cord",
             "flattens the ventral cord",
             "flattening the ventral cord",

             "cord compressed"});
  // The same said with any verb or noun of deformity and any part of the cord
  // ("deforming the right ventral hemicord", "indentation of the cord",
  // "compressing the thecal sac and cord").
  {
    const std::array<std::string_view, 9> parts = {
        "cord",        "spinal cord",   "hemicord",         "cervical cord",      "ventral cord",
        "dorsal cord", "anterior cord", "ventral hemicord", "ventral spinal cord"};
    const std::array<std::string_view, 5> sides = {"", "left ", "right ", "the left ",
                                                   "the right "};
    for (std::string_view verb :
         {"compress",   "compresses",  "compressing",  "compressed",     "flatten",
          "flattens",   "flattening",  "flattened",    "deform",         "deforms",
          "deforming",  "deformed",    "indent",       "indents",        "indenting",
          "indented",   "impinges on", "impinging on", "impinging upon", "impinges upon",
          "efface",     "effaces",     "effacing",     "effaced",        "remodels",
          "remodeling", "remodelling"}) {
      for (auto side : sides) {
        for (auto part : parts) {
          if (side.starts_with("the")) {
            b.add(std::string(verb) + " " + std::string(side) + std::string(part));
          } else {
            b.add(std::string(verb) + " the " + std::string(side) + std::string(part));
          }
        }
      }
    }
    for (std::string_view noun :
         {"compression", "flattening", "deformity", "deformation", "indentation", "impingement",
          "effacement", "remodeling", "remodelling", "distortion", "mass effect"}) {
      for (auto part : parts) {
        b.add(std::string(noun) + " of the " + std::string(part));
        b.add(std::string(noun) + " upon the " + std::string(part));
        b.add(std::string(noun) + " on the " + std::string(part));
        b.add(std::string(part) + " " + std::string(noun));
      }
    }
    for (std::string_view adverb :
         {"", "mildly ", "moderately ", "severely ", "slightly ", "markedly ", "focally "}) {
      for (std::string_view state : {"flattened", "compressed", "deformed", "indented"}) {
        for (std::string_view subject : {"cord is ", "cord appears ", "cord was "}) {
          b.add(std::string(subject) + std::string(adverb) + std::string(state));
        }
      }
    }
    b.add_all({"compressing the thecal sac and cord", "compresses the thecal sac and cord",
               "compressed the thecal sac and cord", "effacing the thecal sac and cord",
               "mass effect upon the cord", "mass effect upon the spinal cord",
               "mass effect on the spinal cord", "mass effect on the ventral cord",
               "cord is draped", "draping of the cord", "cord draped", "draped cord",
               "cord draping"});
  }
  // "abuts the cord without deforming it", "the cord is not compressed":
  // contact without deformity is no compression (README, Cervical files).
  for (auto p :
       {"abuts the ventral cord without deforming it", "abuts the cord without deforming it",
        "abutting the cord without deforming it", "abutting the ventral cord without deforming it",
        "contacts the cord without deforming it", "contacts the ventral cord without deforming it",
        "without deforming the cord", "cord is not compressed", "cord is not deformed",
        "no cord deformity", "without cord deformity", "without cord compression",
        "without compressing it", "without compressing the cord", "without deforming it",
        "without flattening it", "without flattening the cord", "without indenting it",
        "without indenting the cord", "does not contact the cord",
        "does not contact the ventral cord", "not contacting the cord",
        "without contacting the cord", "without contacting the ventral cord",
        // the cord's outline kept: no deformity ("cord contour preserved")
        "cord contour preserved", "cord contour is preserved", "cord contour maintained",
        "cord contour is maintained", "cord contour is normal", "normal cord contour",
        "cord morphology is normal", "normal cord morphology", "cord shape is preserved"}) {
    b.absent(p);
  }

  // The bare words in a clause about the cord ("Cord: mild ventral
  // deformity", "the cord shows flattening").
  for (auto p :
       {"deformity", "ventral deformity", "flattening", "ventral flattening", "indentation",
        "ventral indentation", "flattened", "deformed", "compressed", "indented", "compression"}) {
    b.add(p).rule = TriggerRule::cord_named;
  }

  b.kind("cord-signal-change", false);
  for (auto p : {"abnormal signal", "signal change", "signal abnormality", "t2 signal",
                 "increased signal", "hyperintensity", "t2 hyperintensity"}) {
    b.add(p).rule = TriggerRule::cord_named;
  }
  for (auto p : {"normal signal", "normal signal and caliber", "normal signal and calibre",
                 "normal signal and size", "normal in signal", "normal in caliber and signal",
                 "normal in calibre and signal", "normal in size and signal"}) {
    b.absent(p).rule = TriggerRule::cord_named;
  }
  b.add_all({"t2 hyperintense signal within the cord",
             "t2 hyperintense signal in the cord",
             "t2 hyperintensity within the cord",
             "t2 hyperintensity in the cord",
             "t2 signal in the cord",
             "t2 signal within the cord",
             "signal within the cord",
             "signal in the cord",
             "increased signal within the cord",
             "increased cord signal",
             "intramedullary t2 hyperintensity",
             "intramedullary signal change",
             "intramedullary hyperintensity",
             "myelomalacic",
             "cord oedema",
             "spinal cord edema",
             "spinal cord oedema",
             "edema within the cord",
             "signal abnormality",
             "cord signal abnormality",
             "t2 hyperintense cord signal",
             "hyperintense cord signal",
             "abnormal signal within the cord",
             "signal change in the cord",
             "signal change within the cord",
             "signal changes in the cord",
             "signal changes within the cord"});
  // "T2 hyperintense focus in the cord", "bright lesion within the spinal cord".
  for (std::string_view sign : {"hyperintense", "t2 hyperintense", "t2 bright", "bright"}) {
    for (std::string_view what : {"focus", "foci", "area", "areas", "lesion", "lesions"}) {
      for (std::string_view in : {"in the", "within the", "of the"}) {
        for (std::string_view part : {"cord", "spinal cord", "cervical cord"}) {
          b.add(std::string(sign) + " " + std::string(what) + " " + std::string(in) + " " +
                std::string(part));
        }
      }
    }
  }
  for (auto p : {"spinal cord is normal in signal",
                 "cord is normal in signal",
                 "cord is otherwise normal in signal",
                 "cord otherwise normal in signal",
                 "cord signal is normal",
                 "normal cord signal",
                 "normal spinal cord signal",
                 "spinal cord is normal in caliber and signal",
                 "spinal cord is normal in size and signal",
                 "cord caliber and signal are normal",
                 "cord size and signal are normal",
                 "normal signal within the cord",
                 "normal signal in the cord",
                 "without signal abnormality",
                 "normal calibre and signal",
                 "normal caliber and signal",
                 "normal signal intensity",
                 "normal intramedullary signal",
                 "without signal change",
                 "without associated signal change",
                 "without cord signal change",
                 "without intramedullary signal change",
                 "without cord signal abnormality",
                 "no cord signal abnormality"}) {
    b.absent(p);
  }

  // Narrowing said with a verb and its object ("a bulge mildly narrows the
  // canal", "a protrusion narrowing the left foramen"): the object is the
  // location, the side in it the side.
  b.kind("stenosis", true, true);
  for (std::string_view verb :
       {"narrows", "narrow", "narrowing", "narrowed", "encroach on", "encroaches on",
        "encroaching on", "encroaches upon", "encroaching upon"}) {
    for (std::string_view side : {"", "left ", "right ", "bilateral "}) {
      for (std::string_view place :
           {"canal", "spinal canal", "central canal", "foramen", "neural foramen", "foramina",
            "neural foramina", "exit foramen", "neuroforamen", "lateral recess"}) {
        b.add(std::string(verb) + " the " + std::string(side) + std::string(place));
      }
    }
    // "osteophytes narrow both exit foramina"
    for (std::string_view place :
         {"foramina", "neural foramina", "exit foramina", "neuroforamina"}) {
      b.add(std::string(verb) + " both " + std::string(place));
    }
  }

  // "NF: moderate R, mild L": the neural foramina's template label.
  b.add("nf").rule = TriggerRule::anatomy_only;

  // A disc osteophyte complex by its other names ("C5-6 DOC", "spondylotic
  // bar", "disc bar"), a summary like the lumbar table's (README, Cervical
  // files: ridge, bar). "DOC" only as written in capitals: "doc" is a doctor.
  b.kind("disc-herniation", true, true);
  for (auto p : {"spondylotic bar", "spondylotic bars", "spondylotic ridge", "spondylotic ridges",
                 "osteophytic bar", "osteophyte bar", "disc bar", "disk bar", "disc ridge",
                 "disk ridge", "disc osteophytic bar"}) {
    b.add(p).deferent = true;
  }
  for (auto p : {"doc", "docs"}) {
    auto& e = b.add(p);
    e.deferent = true;
    e.rule = TriggerRule::capitals;
  }

  add_myelopathy_sign_triggers(b);

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
  // Sensory loss over the lateral shoulder or arm is the C5 dermatome; pain
  // there alone is as often the shoulder itself, so it is no trigger.
  for (std::string_view what : {"sensation", "sensation to light touch", "sensation to pinprick",
                                "numbness", "hypoesthesia", "hypoaesthesia", "paresthesia",
                                "paresthesias", "paraesthesia", "paraesthesiae"}) {
    for (std::string_view where :
         {"over the lateral shoulder", "of the lateral shoulder", "in the lateral shoulder",
          "over the lateral deltoid", "over the lateral arm", "of the lateral arm",
          "in the lateral arm", "along the lateral arm"}) {
      b.add(std::string(what) + " " + std::string(where));
    }
  }
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
  // A cervical root's territory named with the symptom ("C6 dermatome",
  // "C7 paraesthesia", "left C5 pattern").
  for (std::string_view root : {"c5", "c6", "c7", "c8", "t1"}) {
    for (std::string_view what :
         {"dermatome", "dermatomal", "territory", "pattern", "radicular", "numbness", "paresthesia",
          "paresthesias", "paraesthesia", "paraesthesiae", "tingling", "sensory loss", "arm pain",
          "root irritation", "root compression", "nerve root irritation", "nerve root compression",
          "root symptoms"}) {
      b.add(std::string(root) + " " + std::string(what));
    }
  }
  // An arm reflex that is lost or reduced is the finding, not its negation
  // ("absent right biceps reflex", "triceps jerk is absent", "brachioradialis
  // 1+"): the words of loss are part of the trigger, so the negation cue
  // "absent" does not deny it (README, Cervical files: "a lost or diminished
  // root reflex"). The leg reflexes keep the lumbar reading.
  for (std::string_view muscle : {"biceps", "triceps", "brachioradialis", "supinator"}) {
    for (std::string_view jerk : {"reflex", "reflexes", "jerk", "jerks"}) {
      const std::string named = std::string(muscle) + " " + std::string(jerk);
      for (std::string_view loss : {"absent", "diminished", "decreased", "reduced", "depressed",
                                    "hypoactive", "trace", "lost", "sluggish"}) {
        for (std::string_view side : {"", "left ", "right ", "bilateral "}) {
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

  b.kind("prior-fusion", false);
  b.add_all({"acdf", "acdfs", "acif", "corpectomy", "corpectomies", "anterior cervical fusion",
             "posterior cervical fusion", "cervical fusion", "occipitocervical fusion",
             "anterior cervical discectomy and fusion", "solidly fused", "pcf",
             // posterior cervical decompression and fusion
             "pcdf"});
  // Bridging bone said with its trabeculae; only as found ("no bridging
  // trabecular bone" says the fusion is not solid, not that none was done).
  for (auto p : {"bridging trabecular bone", "bridging trabecular", "trabecular bone bridging",
                 "bridging osseous trabeculae"}) {
    b.add(p).rule = TriggerRule::affirmed_only;
  }

  b.kind("prior-laminectomy", false);
  b.add_all({"foraminotomy", "foraminotomies", "laminoplasties", "cervical laminectomy",
             "keyhole foraminotomy"});

  b.kind("pseudarthrosis", false);
  b.add_all({"non-union", "non united", "not united", "failed acdf"});
  // Signs of a non-union give way to the report's own reading of them at that
  // level ("persistent lucency across the L4-5 graft, which may reflect
  // nonunion" is one hedged pseudarthrosis, not also a stated one).
  for (auto p : {"lucent gap", "persistent lucency"}) b.add(p).deferent = true;

  // Not findings: a disc replaced is not fused (README, Cervical files).
  b.kind("", false);
  // Pain to the scapula is not radicular; a normal exam is no finding
  // (README, Cervical files).
  b.add_all({"pain radiating to the scapula", "pain radiating to the right scapula",
             "pain radiating to the left scapula", "radiating to the scapula",
             "radiating to the right scapula", "radiating to the left scapula",
             "radiates to the scapula", "radiating to the shoulder blade",
             "radiating into the scapula"});
  // A negative Romberg is a normal exam, like a negative Spurling.
  b.add_all({"romberg negative", "negative romberg", "romberg sign negative", "romberg is negative",
             "romberg sign is negative"});
  // "Paresthesias in a non-dermatomal pattern" names no root.
  b.add_all({"non dermatomal", "nondermatomal", "non dermatomal pattern",
             "non dermatomal distribution", "nondermatomal pattern", "nondermatomal distribution"});
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
             "negative spurling's",
             "no spurling",
             "no spurling sign",
             "no spurling's sign",
             "spurling neg",
             "neg spurling",
             "( ) spurling",
             "( ) spurling's",
             "spurling ( )",
             "spurling's ( )",
             "sensation intact",
             "sensation is intact",
             "reflexes 2 + and symmetric",
             "reflexes are 2 + and symmetric"});
  b.add_all({"disc arthroplasty", "disc replacement", "cervical disc arthroplasty",
             "total disc replacement", "carpal tunnel", "thumb spica", "scapula",
             "signal abnormality within the marrow", "marrow signal abnormality"});
}

}  // namespace spinecds::terminology::text
