#pragma once
// Builds the trigger table (finding_triggers.cpp) from one file per group of
// finding kinds: each group sets a kind with `kind()` and adds its phrases.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "terminology/finding_lexicon.h"

namespace spinecds::terminology::text {

struct TriggerBuilder {
  std::vector<TriggerEntry> out;
  TriggerEntry proto;
  void kind(std::string k, bool severity, bool location = false, bool direction = false,
            bool no_levels = false) {
    proto = TriggerEntry{};
    proto.kind = std::move(k);
    proto.takes_severity = severity;
    proto.takes_location = location;
    proto.takes_direction = direction;
    proto.no_levels = no_levels;
  }
  TriggerEntry& add(std::string_view phrase) {
    TriggerEntry e = proto;
    e.words = split_phrase(phrase);
    out.push_back(std::move(e));
    return out.back();
  }
  // A phrase that itself says the finding is absent ("stable alignment").
  TriggerEntry& absent(std::string_view phrase) {
    TriggerEntry& e = add(phrase);
    e.absent = true;
    return e;
  }
  void add_all(std::initializer_list<std::string_view> phrases) {
    for (auto p : phrases) add(p);
  }
};

// In the table's order (a phrase listed twice keeps its first reading).
void add_stenosis_triggers(TriggerBuilder& b);                 // degenerative_triggers.cpp
void add_alignment_triggers(TriggerBuilder& b);                // alignment_triggers.cpp
void add_motion_triggers(TriggerBuilder& b);                   // motion_triggers.cpp
void add_facet_disc_triggers(TriggerBuilder& b);               // degenerative_triggers.cpp
void add_deformity_triggers(TriggerBuilder& b);                // deformity_triggers.cpp
void add_neuro_triggers(TriggerBuilder& b);                    // neuro_triggers.cpp
void add_decompression_fusion_triggers(TriggerBuilder& b);     // surgery_triggers.cpp
void add_cord_triggers(TriggerBuilder& b);                     // neuro_triggers.cpp
void add_cervical_triggers(TriggerBuilder& b);                 // cervical_triggers.cpp
void add_cervical_cord_triggers(TriggerBuilder& b);            // cervical_cord_triggers.cpp
void add_arm_root_sign_triggers(TriggerBuilder& b);            // arm_root_sign_triggers.cpp
void add_arm_normal_exam_triggers(TriggerBuilder& b);          // arm_root_sign_triggers.cpp
void add_cervical_surgery_triggers(TriggerBuilder& b);         // surgery_triggers.cpp
void add_myelopathy_sign_triggers(TriggerBuilder& b);          // cervical_myelopathy_triggers.cpp
void add_failed_fusion_osteotomy_triggers(TriggerBuilder& b);  // surgery_triggers.cpp
void add_study_triggers(TriggerBuilder& b);                    // motion_triggers.cpp
void add_therapy_triggers(TriggerBuilder& b);                  // therapy_triggers.cpp

}  // namespace spinecds::terminology::text
