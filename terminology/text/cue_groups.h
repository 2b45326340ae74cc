#pragma once
// The shape of the ConText cue table's source rows (context_cues.cpp): groups
// of phrases with one effect and one scope. The table is split by subject so
// each part stays readable; cue_table() joins them in a fixed order.
#include <string_view>
#include <vector>

#include "terminology/finding_lexicon.h"

namespace spinecds::terminology::cues {

// Which way a cue's scope reaches from it, and whether it may say that a
// flexion-extension study was (not) done or is sought.
struct Scope {
  bool forward;
  bool backward;
  bool study;
};

constexpr Scope kPre{true, false, false};
constexpr Scope kPost{false, true, false};
constexpr Scope kBoth{true, true, false};
constexpr Scope kPreStudy{true, false, true};
constexpr Scope kPostStudy{false, true, true};
constexpr Scope kNoScope{false, false, false};

struct CueGroup {
  CueEffect effect;
  Scope scope;
  std::string_view phrases;  // separated by "|"
};

// The phrases of a group ("a | b c"), trimmed, in order.
std::vector<std::string_view> group_phrases(std::string_view phrases);

// "History of", "h/o", "s/p", "status post" ("status after", the German
// "Zustand nach" translated), "remote": the historical cues
// that say an event is of the patient's past. The record readers date an
// urgent condition by them too (clinical_dates.cpp, event_date).
inline constexpr std::string_view kHistoryOfCues =
    "status post | status after | s p | history of | h o | hx of | hx | remote";

// "Prior", "previous": a word of the past before the event. With a year in
// its clause it dates the event too ("Prior L4-5 discectomy 2014 for cauda
// equina syndrome" is no urgent indication today).
inline constexpr std::string_view kPastWordCues = "prior | previous | previously";

// Possible existence: hedges, the alternatives weighed, an image offered as
// artefact, what a study could not show well (hedge_cues.cpp).
std::vector<CueGroup> hedge_cue_groups();

// Plans, orders, referrals, requests and bookings (plan_cues.cpp).
std::vector<CueGroup> plan_cue_groups();

// An addendum's corrections of a preliminary read (correction_cues.cpp).
std::vector<CueGroup> correction_cue_groups();

// Needs, contingencies and plans judged or set aside (hypothetical_cues.cpp).
std::vector<CueGroup> hypothetical_cue_groups();

// Therapy given, withheld or only planned, and plans, orders, referrals and
// authorisations (therapy_plan_cues.cpp).
std::vector<CueGroup> therapy_plan_cue_groups();

}  // namespace spinecds::terminology::cues
