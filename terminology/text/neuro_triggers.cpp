// Triggers for neurological findings: radiculopathy, neurogenic
// claudication, weakness (MRC strength grades) and the cervical cord
// findings. They belong to the patient, not a motion segment.
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_neuro_triggers(TriggerBuilder& b) {
  b.kind("radiculopathy", true, false, false, true);
  b.add_all(
      {"radiculopathy", "radiculopathies", "radiculitis", "radicular", "sciatica", "radicular pain",
       "radicular symptoms", "radiating leg pain", "radiating pain", "pain radiating", "radiates",
       "radiating", "shooting pain", "sciatic pain", "positive straight leg raise", "positive slr",
       "dermatomal pain", "dermatomal numbness", "radicular complaints", "radiculopathic",
       "lumbosacral radiculopathy", "nerve root irritation", "radicular leg pain", "radic",
       "radics", "polyradiculopathy", "polyradiculopathies", "polyradiculitis",
       // a root's symptoms ("explains her left L5 symptoms", "C6 symptoms")
       "l2 symptoms", "l3 symptoms", "l4 symptoms", "l5 symptoms", "s1 symptoms", "c5 symptoms",
       "c6 symptoms", "c7 symptoms", "c8 symptoms",
       // A patient's words for a compressed root ("the pinched nerve pain
       // down my left leg", "my sciatic nerve is pinched").
       "pinched nerve", "pinched nerves", "trapped nerve", "nerve is pinched", "nerve was pinched",
       "nerve being pinched", "nerves are pinched", "nerve got pinched"});
  // Calques of Romance- and Slavic-language terms for low back pain with
  // sciatica ("lumbociática", "lombosciatalgia", "Lumboischialgie") and for
  // root pain ("radiculalgia"). The tokenizer folds accents ("Lasègue" is
  // "lasegue", listed below).
  b.add_all({"lumbosciatalgia", "lumbosciatica", "lumbociatalgia", "lombosciatalgia",
             "lumboischialgia", "sciatalgia", "ischialgia", "radiculalgia", "lumbocruralgia",
             "cruralgia",
             // the diagnosis itself in Portuguese, Spanish, French and Dutch
             "radiculopatia", "radiculair syndroom", "ciatalgia", "lombociatalgia"});
  // Radiculopathy stated by its signs and its territory, not by the word
  // (issue 11): a lumbosacral dermatome ("follows the L5 dermatome", "in an
  // S1 distribution"), pain radiating down or into the leg, and the nerve
  // tension tests (straight-leg raise, crossed SLR, femoral stretch, slump);
  // "Slump test + on R", "(+) SLUMP TEST L" are written as SLR's signs are.
  b.add_all({"l2 dermatome", "l3 dermatome", "l4 dermatome", "l5 dermatome", "s1 dermatome",
             "l2 dermatomes", "l3 dermatomes", "l4 dermatomes", "l5 dermatomes", "s1 dermatomes",
             "l2 distribution", "l3 distribution", "l4 distribution", "l5 distribution",
             "s1 distribution", "l4 dermatomal", "l5 dermatomal", "s1 dermatomal",
             "dermatomal pattern", "dermatomal distribution", "radiate", "radiation into the arm",
             "radiation into the arms", "radiation down the arm", "radiation to the arm",
             "radiation to the arms", "radiation into the leg", "radiation into the legs",
             "radiation down the leg", "radiation to the leg", "radiation to the legs",
             "radiation below the knee", "shoots down", "shooting down", "shoots into",
             "straight leg raise is positive", "straight leg raise positive",
             "straight leg raising positive", "straight leg raising is positive",
             "positive straight leg raising", "slr positive", "slr is positive", "slr +", "+ slr",
             "crossed straight leg raise", "crossed slr", "contralateral straight leg raise",
             "positive femoral stretch", "femoral stretch test is positive",
             "femoral stretch test positive", "femoral stretch positive",
             "positive femoral nerve stretch", "femoral nerve stretch test positive",
             "positive slump", "slump test positive", "slump test is positive", "slump test +",
             "( + ) slump", "slump test ( + )", "slump positive", "tension signs are positive",
             "positive tension signs", "positive neural tension", "l4 pattern", "l5 pattern",
             "s1 pattern", "root distribution", "nerve root distribution", "sciatic symptoms",
             "sciatic distribution", "sciatic type", "lasegue", "lasegue's", "positive lasegue",
             "positive bragard", "bowstring sign", "slr reproduces",
             "straight leg raise reproduces", "slr ( + )", "positive reverse straight leg raise",
             "reverse straight leg raise is positive", "positive reverse slr",
             // the test named as a test ("Straight leg raising test positive
             // on left side"; "SLRT +ve (Rt)" reads "SLR", spelling.cpp)
             "straight leg raising test positive", "straight leg raising test is positive",
             "straight leg raise test positive", "straight leg raise test is positive",
             "positive straight leg raising test", "positive straight leg raise test",
             "slr test positive", "slr test is positive", "positive slr test",
             // a template's sign before the test or after its label: "(+) SLR
             // R", "SLR: (+) L", "SLR: pos bilat" (session 31)
             "( + ) slr", "( + ) straight leg raise", "( + ) slump", "slr : ( + )", "slr : +",
             "slr : positive", "slr : pos", "slump : ( + )", "slump : positive"});
  // A negative tension test says there is no radiculopathy (issue 11:
  // "negative SLR bilaterally"; "R SLR now negative (was positive at eval)").
  for (auto p :
       {"negative slr", "slr negative", "slr is negative", "slr test negative",
        "negative straight leg raise", "negative straight leg raising",
        "straight leg raise negative", "straight leg raise is negative",
        "straight leg raising negative", "straight leg raising is negative", "negative crossed slr",
        "negative crossed straight leg raise", "negative femoral stretch",
        "femoral stretch test negative", "femoral stretch test is negative",
        "femoral stretch negative", "negative slump", "slump test negative",
        "slump test is negative", "slr neg",
        // "SLR -ve", "SLRT -ve": the "-" is no token, "+ve" keeps its "+"
        "slr - ve", "slr ve", "straight leg raising test negative",
        "straight leg raising test is negative", "straight leg raise test negative",
        "straight leg raise test is negative", "negative straight leg raising test",
        "negative straight leg raise test", "negative slr test", "neg slr", "slr now negative",
        "slr is now negative", "slr now neg", "slump now negative", "slump test now negative",
        "negative slrs", "slrs negative", "slrs are negative", "non radiating", "nonradiating",
        // "(-) SLR L", "SLR (-)", "SLR: neg bilat": the template's sign
        // (the "-" after "(" is skipped, so "( )" is "(-)" only)
        "( ) slr", "( ) straight leg raise", "( ) slump", "slr ( )", "slr : ( )", "slr : neg",
        "slr : negative", "slump : ( )", "slump : negative",
        // the tests named as a group, as physiotherapists write them
        // (session 33): "neural tension tests negative", "ULTT neg"
        "neural tension tests negative", "neural tension test negative",
        "neural tension tests are negative", "neural tension tests were negative",
        "negative neural tension", "neural tension negative", "neurodynamic tests negative",
        "neurodynamic testing negative", "negative neurodynamic", "tension signs negative",
        "negative tension signs", "ultt negative", "ultt neg", "ulnt negative",
        "upper limb tension tests negative", "upper limb tension test negative",
        "negative upper limb tension"}) {
    b.absent(p);
  }
  // "Straight leg raise -ve", "Slump -ve both sides": the sign in full words.
  for (std::string_view test :
       {"straight leg raise", "straight leg raising", "straight leg raise test",
        "straight leg raising test", "slump", "slump test", "femoral stretch",
        "femoral stretch test", "crossed slr"}) {
    b.absent(std::string(test) + " ve");
    b.absent(std::string(test) + " - ve");
    // "+ve" keeps its "+" (a bare "+" after the sign may join two signs)
    b.add(std::string(test) + " + ve");
  }
  // The femoral nerve's tension test under each of its names ("femoral nerve
  // stretch test negative bilaterally", "positive FNST on the left").
  for (std::string_view test :
       {"femoral nerve stretch", "femoral nerve stretch test", "femoral nerve tension test", "fnst",
        "femoral stretch sign", "femoral nerve stretch sign"}) {
    const std::string t(test);
    for (const auto& yes : {"positive " + t, t + " positive", t + " is positive", t + " +"})
      b.add(yes);
    for (const auto& no : {"negative " + t, t + " negative", t + " is negative", t + " neg"})
      b.absent(no);
  }
  // The side or the position between the result and the test ("positive
  // left SLR at 40 degrees", "negative bilateral straight leg raise", "SLR
  // seated and supine negative"): the same signs (s33-wc).
  for (std::string_view test : {"slr", "straight leg raise", "straight leg raising", "slump"}) {
    for (std::string_view side : {"left", "right", "l", "r", "bilateral", "bilat", "b l"}) {
      b.add("positive " + std::string(side) + " " + std::string(test));
      b.absent("negative " + std::string(side) + " " + std::string(test));
      // An exam form's row per side ("SLR Left: Positive at 40 degrees",
      // "SLR (R): negative").
      for (const std::string& label : {std::string(test) + " " + std::string(side),
                                       std::string(test) + " ( " + std::string(side) + " )"}) {
        for (std::string_view yes : {"positive", "pos", "+", "( + )"}) {
          b.add(label + " : " + std::string(yes));
        }
        for (std::string_view no : {"negative", "neg", "( )"})
          b.absent(label + " : " + std::string(no));
      }
    }
    for (std::string_view how : {"seated and supine", "supine and seated", "sitting and supine",
                                 "supine and sitting", "seated", "sitting", "supine"}) {
      b.absent(std::string(test) + " " + std::string(how) + " negative");
      b.absent(std::string(how) + " " + std::string(test) + " negative");
      b.add(std::string(test) + " " + std::string(how) + " positive");
      b.add(std::string(how) + " " + std::string(test) + " positive");
    }
  }
  // Leg pain denied says there is no radiculopathy ("denies leg pain,
  // numbness or weakness"); leg pain affirmed, without a dermatome, is none
  // either, so it speaks only when negated (the rule of "neural foramina").
  // Said beside a radiculopathy named in the sentence or the one before
  // ("her S1 radiculopathy has resolved; no leg pain now"), the denial is
  // that radiculopathy's course, not a finding of its own (deference).
  for (auto p : {"leg pain", "leg symptoms", "lower extremity pain", "lower extremity symptoms",
                 "leg numbness", "radiation of pain", "radiation of the pain"}) {
    auto& e = b.add(p);
    e.rule = TriggerRule::anatomy_only;
    e.deferent = true;
  }

  b.kind("neurogenic-claudication", true, false, false, true);
  b.add_all({"neurogenic claudication", "pseudoclaudication", "pseudo claudication",
             "claudicacao neurogenica", "claudicacion neurogena", "claudication neurogene",
             "neurogene claudicatio", "neurogenic intermittent claudication", "relieved by sitting",
             "relieved with sitting", "improves with sitting", "better with sitting",
             "relieved by forward flexion", "relieved with forward flexion",
             "limited walking tolerance", "reduced walking tolerance",
             "decreased walking tolerance", "walking intolerance", "claudicatory", "claudicant",
             "neurogenic claudicatory", "spinal claudication", "shopping cart sign",
             // "relieved by leaning on a shopping cart": the sign described
             "shopping cart", "shopping trolley", "shopping trolley sign", "claudication symptoms",
             "claudicatory symptoms", "neurogenic type claudication",
             "walking tolerance is limited", "walking tolerance limited",
             "walking tolerance is reduced", "walking tolerance is decreased",
             "limited walking distance", "reduced walking distance",
             "walking distance is limited"});
  // "claudicant leg symptoms", "claudicatory leg pain": the claudication's
  // own symptoms, one finding (longer than the leg pain read above).
  for (std::string_view adjective : {"claudicant", "claudicatory"}) {
    for (std::string_view symptom : {"leg pain", "leg symptoms", "leg symptom", "leg cramping",
                                     "lower extremity symptoms", "lower extremity pain"}) {
      b.add(std::string(adjective) + " " + std::string(symptom));
    }
  }
  b.add("claudication").rule = TriggerRule::not_vascular;
  // "LSS w/ NC", "severe stenosis and NC": in capitals beside stenosis;
  // elsewhere "NC" is "non-contributory" ("FH: NC") (trigger_rules.cpp).
  b.add("nc").rule = TriggerRule::capitals;

  b.kind("weakness", true, false, false, true);
  b.add_all({"weakness", "weak", "foot drop", "footdrop", "motor deficit", "motor deficits",
             "paresis", "motor weakness", "drop foot", "decreased strength", "diminished strength",
             "reduced strength", "strength is reduced", "strength is decreased", "ehl weakness",
             "dorsiflexion weakness", "plantarflexion weakness", "weakened", "paretic"});
  // The patient's own words for a foot drop (portal messages, triage): "I
  // can't lift my left foot", "it slaps the floor when I walk".
  for (std::string_view cannot : {"can ' t", "cannot", "can not", "unable to"}) {
    for (std::string_view whose : {"my", "his", "her", "the"}) {
      for (std::string_view side : {"", "left ", "right "}) {
        for (std::string_view foot : {"foot", "feet"}) {
          b.add(std::string(cannot) + " lift " + std::string(whose) + " " + std::string(side) +
                std::string(foot));
        }
      }
    }
  }
  b.add_all(
      {"foot slaps", "slaps the floor", "slaps the ground", "foot slapping", "foot is slapping"});
  // Heel walking tests ankle dorsiflexion (L5), toe walking plantarflexion
  // (S1): an exam that says the patient cannot do one reports weakness.
  // "Heel-to-toe" or "heel toe" walking is tandem gait, a myelopathy sign
  // (cervical_myelopathy_triggers.cpp), and a different phrase.
  for (std::string_view cannot :
       {"unable to", "cannot", "can not", "difficulty", "difficulty with"}) {
    for (std::string_view walk :
         {"heel walk", "toe walk", "heel walking", "toe walking", "walk on heels", "walk on toes",
          "walk on his heels", "walk on her heels", "walk on his toes", "walk on her toes"}) {
      b.add(std::string(cannot) + " " + std::string(walk));
    }
  }
  // Strength grades (MRC 0-5): "4/5", "4-/5", "4+/5" only beside a muscle or
  // "strength"; a bare "4-5" is a level ("stenosis at 3-4 and 4-5").
  for (auto p :
       {"4 5", "3 5", "2 5", "1 5", "0 5", "4 + 5", "4 - 5", "3 + 5", "3 - 5", "4 +", "4 -"}) {
    b.add(p).rule = TriggerRule::strength_grade;
  }
  // The grade said out ("4 out of 5", "4 minus out of 5", "four out of
  // five"), as dictation writes it.
  for (std::string_view grade : {"0", "1", "2", "3", "4", "zero", "one", "two", "three", "four"}) {
    for (std::string_view sign : {"", " minus", " plus"}) {
      for (std::string_view of : {" out of 5", " out of five"}) {
        b.add(std::string(grade) + std::string(sign) + std::string(of)).rule =
            TriggerRule::strength_grade;
      }
    }
  }
  for (std::string_view of : {"5 minus out of 5", "five minus out of five", "4 minus 5",
                              "3 minus 5", "4 plus 5", "3 plus 5"}) {
    b.add(of).rule = TriggerRule::strength_grade;
  }
  // Japanese and Chinese records grade by manual muscle testing ("deltoid
  // MMT 2", "ankle dorsiflexion strength grade IV"): below 5 is weakness.
  for (std::string_view grade : {"0", "1", "2", "3", "4"}) {
    b.add("mmt " + std::string(grade)).rule = TriggerRule::strength_grade;
  }
  // ("grade I" alone is a slip's grade.)
  for (std::string_view grade : {"i", "ii", "iii", "iv", "0", "1", "2", "3", "4"}) {
    b.add("strength grade " + std::string(grade));
  }
  // A root's palsy ("postoperative C5 palsy"): only after a root's name
  // (trigger_rules.cpp), not Bell's or cerebral palsy.
  b.add("palsy");
  // "Triceps 5-/5": a minus grade is below full strength. "-" and "/" join a
  // phrase's words, so the words of "5/5" match it; the minus decides which
  // of the two readings stands (full_grade_fits, trigger_context.cpp).
  b.add("5 5").rule = TriggerRule::strength_grade;
  // Full strength says there is no weakness (lead's check, category 6).
  for (auto p : {"5 5 throughout",
                 "5 5 bilaterally",
                 "5 5 in all",
                 "5 5 and symmetric",
                 "5 5 symmetric",
                 "5 5 strength",
                 "strength 5 5",
                 "strength is 5 5",
                 "strength was 5 5",
                 "motor 5 5",
                 "motor strength 5 5",
                 "motor strength is 5 5",
                 "full strength",
                 "strength is full",
                 "strength full",
                 "strength is normal",
                 "normal strength",
                 "strength normal",
                 "strength intact",
                 "strength is intact",
                 "motor intact",
                 "motor is intact",
                 "motor exam normal",
                 "motor exam is normal",
                 "motor examination is normal",
                 "motor strength intact",
                 "motor strength is intact",
                 "full motor strength",
                 "normal motor strength",
                 "strength is symmetric and full",
                 "strength : 5 5",
                 "motor : 5 5",
                 "5 5 strength throughout",
                 "5 5 motor strength",
                 "full power",
                 "power 5 5",
                 "power is 5 5",
                 "power is full",
                 "normal power",
                 "intact strength",
                 "intact motor strength",
                 "intact power"}) {
    auto& e = b.absent(p);
    e.deferent = true;
  }
  // Full strength said once for a list of exam items: "intact strength,
  // sensation and reflexes", "strength and sensation are normal".
  for (std::string_view lead : {"strength", "motor strength", "power"}) {
    for (std::string_view rest : {" and sensation", " and reflexes", " , sensation and reflexes",
                                  " , sensation , and reflexes", " , reflexes and sensation",
                                  " and tone", " , tone and reflexes", " , sensation and tone"}) {
      const std::string items = std::string(lead) + std::string(rest);
      for (std::string_view normal : {"intact", "normal", "full"}) {
        b.absent(std::string(normal) + " " + items).deferent = true;
        for (std::string_view verb : {"", " are", " were"}) {
          b.absent(items + std::string(verb) + " " + std::string(normal)).deferent = true;
        }
      }
    }
  }
  // Full strength summarised by limb, as post-operative and hospital notes
  // write it ("BLE 5/5", "b/l UE 5/5", "5/5 in bilateral lower extremities"):
  // no weakness in those limbs; a weaker grade in the sentence ("grip 3/5 ...,
  // LE 5/5") still stands (deference).
  for (std::string_view limb : {"ble",
                                "bue",
                                "bles",
                                "bues",
                                "le",
                                "ue",
                                "les",
                                "ues",
                                "lle",
                                "rle",
                                "lue",
                                "rue",
                                "b l le",
                                "b l ue",
                                "bilat le",
                                "bilat ue",
                                "bilateral le",
                                "bilateral ue",
                                "lower extremities",
                                "upper extremities",
                                "bilateral lower extremities",
                                "bilateral upper extremities",
                                "lower limbs",
                                "upper limbs",
                                "bilateral lower limbs",
                                "bilateral upper limbs",
                                "all extremities",
                                "all four extremities",
                                "all 4 extremities",
                                "all four limbs",
                                "all 4 limbs",
                                "all limbs",
                                "bilateral lower extremity",
                                "bilateral upper extremity"}) {
    const std::string l(limb);
    for (const std::string& p : {l + " 5 5", "5 5 " + l, "5 5 in " + l, "5 5 in the " + l,
                                 "5 5 in both " + l, "5 5 throughout " + l, l + " strength 5 5",
                                 l + " motor 5 5", l + " : 5 5", l + " strength : 5 5"}) {
      b.absent(p).deferent = true;
    }
  }
  // "Motor 5/5 bilateral lower extremities", "strength 5/5 except left EHL
  // 4/5": a full grade beside a muscle or "strength" says no weakness, unless
  // a weaker grade in the sentence says otherwise (deference).
  for (auto p : {"5 5", "5 out of 5", "five out of five", "mmt 5"}) {
    auto& e = b.absent(p);
    e.deferent = true;
    e.rule = TriggerRule::strength_grade;
  }
  // "Power full, nil Hoffmann" (Commonwealth and Singapore notes), "strength
  // grade V" (translated Chinese notes).
  for (auto p : {"power full", "full power", "power is full", "power was full", "strength grade v",
                 "strength grade 5", "power normal", "power is normal", "power was normal",
                 "power normal in all", "power is normal in all"}) {
    b.absent(p).deferent = true;
  }
}

void add_cord_triggers(TriggerBuilder& b) {
  b.kind("cord-compression", true);
  b.add_all({"cord compression", "compression of the cord", "spinal cord compression",
             "cord impingement", "cord flattening", "flattening of the cord", "cord deformity",
             "deformity of the cord", "compresses the cord", "compressing the cord",
             "cord effacement", "effacement of the cord", "mass effect on the cord",
             "conus compression", "compression of the conus",
             // translated reports: "compresión medular" is the cord's
             "medullary compression", "compression medullary", "compresses the spinal cord",
             "compressing the spinal cord"});
  for (std::string_view verb : {"compresses", "compressing", "indents", "indenting"}) {
    for (std::string_view face : {"face", "aspect", "surface", "contour", "margin"}) {
      for (std::string_view side : {"anterior", "ventral", "posterior", "dorsal"}) {
        for (std::string_view cord : {"cord", "spinal cord"}) {
          b.add(std::string(verb) + " the " + std::string(side) + " " + std::string(face) +
                " of the " + std::string(cord));
        }
      }
    }
  }
  // Contact with the cord is read as compression only when nothing in the
  // sentence says more ("abutting the cord, without cord compression").
  for (auto p : {"cord abutment", "abuts the cord", "abutting the cord"}) b.add(p).deferent = true;
  b.kind("cord-signal-change", false);
  b.add_all({"cord signal", "cord signal abnormality", "cord signal change", "myelomalacia",
             "cord edema", "intramedullary signal", "intramedullary t2", "cord hyperintensity",
             "abnormal cord signal", "signal abnormality within the cord"});
  // A syrinx is a developmental cavity (Chiari, tethered cord), not the
  // compressive cord signal change of DESIGN §9: "No syrinx" is no finding.
  b.kind("myelopathy", true, false, false, true);
  b.add_all({"myelopathy", "myelopathic", "compressive myelopathy", "cervical myelopathy",
             "hoffmann sign", "hoffmann's sign", "positive hoffmann", "hyperreflexia", "clonus"});
}

}  // namespace spinecds::terminology::text
