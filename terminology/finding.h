#pragma once
// One finding read from a sentence: the value `spinecds extract` prints and
// the criteria consume. Fields that do not apply stay empty (nullopt).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "terminology/finding_kind.h"
#include "terminology/segment.h"

namespace spinecds::terminology {

// Ordered by increasing severity, so the worst of several is the max.
enum class Severity { minimal, mild, mild_to_moderate, moderate, moderate_to_severe, severe };
std::string to_string(Severity s);  // "moderate-to-severe"
std::optional<Severity> parse_severity(std::string_view canonical);

struct Finding {
  FindingKind kind = FindingKind::stenosis;
  std::vector<Segment> segments;  // sorted, unique
  // The segments a measured curve spans ("Cobb angle 32 degrees from T12 to
  // L4"): a deformity belongs to no one segment, but its extent matters.
  std::vector<Segment> extent;
  // ConText categories (DESIGN.md §4). "Resolved" is negated and historical.
  bool negated = false;
  bool uncertain = false;
  bool hypothetical = false;       // only sought: "evaluate for", "rule out", an Indication
  bool historical = false;         // "prior", "status post", "history of": still counts
  bool experiencer_other = false;  // about someone else ("mother had scoliosis")
  std::optional<Severity> severity;
  std::optional<int> grade;              // Meyerding grade 1..5
  std::optional<double> mm;              // translation, slip, imbalance, SVA
  std::optional<double> degrees;         // angulation, Cobb, obliquity, PI-LL
  std::optional<std::string> direction;  // "antero", "retro", "lateral"
  std::optional<std::string> location;   // "central", "foraminal", "lateral-recess"
  std::optional<std::string> root;       // nerve root named: "L5", "S1", "C6"
  std::optional<std::string> side;       // "left", "right", "bilateral"
  // Muscle strength on the MRC scale 0..5 ("4/5 triceps": 4, with root C7);
  // "4+" and "4-" are a third of a grade above and below (4.33, 3.67).
  std::optional<double> strength;
  // Therapy statements.
  std::optional<double> weeks;
  std::optional<int> visits;
  std::optional<std::string> start;    // ISO date "2026-08-03"
  std::optional<std::string> end;      // ISO date
  std::optional<std::string> setting;  // "in-person", "telehealth", "home"
  bool pelvis = false;                 // the finding names the pelvis/ilium
  // Byte offsets [begin, end) of the evidence in the UTF-8 text the engine
  // was given, so the quoted words are text.substr(begin, end - begin).
  // `spinecds extract` prints them as code points (findings_to_json).
  std::size_t span_begin = 0;
  std::size_t span_end = 0;
};

// Whether a finding may support (or count against) a criterion: the one rule
// every consumer uses. Historical findings count; negated, hedged, merely
// sought and someone else's findings are kept as facts for review only.
inline bool counts_toward_criteria(const Finding& f) {
  return !f.negated && !f.uncertain && !f.hypothetical && !f.experiencer_other;
}

}  // namespace spinecds::terminology
