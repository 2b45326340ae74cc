// Triggers for physical therapy: supervised, home exercise and telehealth
// programmes (settings as DESIGN.md §4 names them).
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_therapy_triggers(TriggerBuilder& b) {
  b.kind("physical-therapy", false, false, false, true);
  b.add_all({"physical therapy", "physiotherapy", "formal therapy", "supervised therapy",
             "aquatic therapy", "physical therapist", "pt program", "therapy program",
             "physical therapy program", "rehabilitation program", "physical rehabilitation",
             "course of therapy", "therapy course", "therapy sessions", "therapy visits",
             // British shorthand
             "physio", "physio sessions", "course of physio"});
  b.add("therapy").rule = TriggerRule::therapy_word;
  b.add("pt").rule = TriggerRule::pt_abbreviation;
  for (auto p : {"home exercise program", "home exercise programme", "home exercises",
                 "home exercise", "hep", "home program", "home programme", "home based exercise",
                 "home based exercises", "home exercise plan", "home physical therapy",
                 "self directed exercise", "self directed exercises"}) {
    b.add(p).setting = "home";
  }
  for (auto p : {"telehealth physical therapy", "virtual physical therapy", "telehealth pt",
                 "virtual pt", "telerehabilitation", "telerehab"}) {
    b.add(p).setting = "telehealth";
  }
}

}  // namespace spinecds::terminology::text
