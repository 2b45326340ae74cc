// Triggers for neurological findings: radiculopathy, neurogenic
// claudication, weakness (MRC strength grades) and the cervical cord
// findings. They belong to the patient, not a motion segment.
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_neuro_triggers(TriggerBuilder& b) {
  b.kind("radiculopathy", true, false, false, true);
  b.add_all({"radiculopathy",
             "radiculopathies",
             "radiculitis",
             "radicular",
             "sciatica",
             "radicular pain",
             "radicular symptoms",
             "radiating leg pain",
             "radiating pain",
             "pain radiating",
             "radiates",
             "radiating",
             "shooting pain",
             "sciatic pain",
             "positive straight leg raise",
             "positive slr",
             "dermatomal pain",
             "dermatomal numbness",
             "radicular complaints",
             "radiculopathic",
             "lumbosacral radiculopathy",
             "nerve root irritation",
             "radicular leg pain"});

  b.kind("neurogenic-claudication", true, false, false, true);
  b.add_all({"neurogenic claudication",
             "pseudoclaudication",
             "pseudo claudication",
             "neurogenic intermittent claudication",
             "relieved by sitting",
             "relieved with sitting",
             "improves with sitting",
             "better with sitting",
             "relieved by forward flexion",
             "relieved with forward flexion",
             "limited walking tolerance",
             "reduced walking tolerance",
             "decreased walking tolerance",
             "walking intolerance",
             "claudicatory",
             "claudicant",
             "neurogenic claudicatory",
             "spinal claudication",
             "shopping cart sign",
             "claudication symptoms",
             "claudicatory symptoms",
             "neurogenic type claudication",
             "walking tolerance is limited",
             "walking tolerance limited",
             "walking tolerance is reduced",
             "walking tolerance is decreased",
             "limited walking distance",
             "reduced walking distance",
             "walking distance is limited"});
  b.add("claudication").rule = TriggerRule::not_vascular;

  b.kind("weakness", true, false, false, true);
  b.add_all({"weakness",
             "weak",
             "foot drop",
             "footdrop",
             "motor deficit",
             "motor deficits",
             "paresis",
             "motor weakness",
             "drop foot",
             "decreased strength",
             "diminished strength",
             "reduced strength",
             "strength is reduced",
             "strength is decreased",
             "give way weakness",
             "ehl weakness",
             "dorsiflexion weakness",
             "plantarflexion weakness",
             "weakened",
             "paretic"});
  // Strength grades (MRC 0-5): "4/5", "4-/5", "4+/5" only beside a muscle or
  // "strength"; a bare "4-5" is a level ("stenosis at 3-4 and 4-5").
  for (auto p :
       {"4 5", "3 5", "2 5", "1 5", "0 5", "4 + 5", "4 - 5", "3 + 5", "3 - 5", "4 +", "4 -"}) {
    b.add(p).rule = TriggerRule::strength_grade;
  }
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
                 "normal power"}) {
    auto& e = b.absent(p);
    e.deferent = true;
  }
  // "Motor 5/5 bilateral lower extremities", "strength 5/5 except left EHL
  // 4/5": a full grade beside a muscle or "strength" says no weakness, unless
  // a weaker grade in the sentence says otherwise (deference).
  for (auto p : {"5 5"}) {
    auto& e = b.absent(p);
    e.deferent = true;
    e.rule = TriggerRule::strength_grade;
  }
}

void add_cord_triggers(TriggerBuilder& b) {
  b.kind("cord-compression", true);
  b.add_all({"cord compression", "compression of the cord", "spinal cord compression",
             "cord impingement", "cord flattening", "flattening of the cord", "cord deformity",
             "deformity of the cord", "compresses the cord", "compressing the cord",
             "cord effacement", "effacement of the cord", "mass effect on the cord",
             "cord abutment", "abuts the cord", "abutting the cord", "conus compression",
             "compression of the conus"});
  b.kind("cord-signal-change", false);
  b.add_all({"cord signal", "cord signal abnormality", "cord signal change", "myelomalacia",
             "cord edema", "intramedullary signal", "intramedullary t2", "cord hyperintensity",
             "abnormal cord signal", "signal abnormality within the cord", "syrinx"});
  b.kind("myelopathy", true, false, false, true);
  b.add_all({"myelopathy", "myelopathic", "compressive myelopathy", "cervical myelopathy",
             "hoffmann sign", "hoffmann's sign", "positive hoffmann", "hyperreflexia", "clonus"});
}

}  // namespace spinecds::terminology::text
