#pragma once
// One finding read from a sentence: the value `spinecds extract` prints and
// the criteria consume. Fields that do not apply stay empty (nullopt).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "terminology/segment.h"

namespace spinecds::terminology {

// Ordered by increasing severity, so the worst of several is the max.
enum class Severity { minimal, mild, mild_to_moderate, moderate, moderate_to_severe, severe };
std::string to_string(Severity s);  // "moderate-to-severe"
std::optional<Severity> parse_severity(std::string_view canonical);

struct Finding {
  std::string kind;  // "stenosis", "spondylolisthesis", ... (DESIGN.md §4)
  std::vector<Segment> segments;  // sorted, unique
  bool negated = false;
  bool uncertain = false;
  std::optional<Severity> severity;
  std::optional<int> grade;          // Meyerding grade 1..5
  std::optional<double> mm;          // translation, slip, imbalance, SVA
  std::optional<double> degrees;     // angulation, Cobb, obliquity, PI-LL
  std::optional<std::string> direction;  // "antero", "retro", "lateral"
  std::optional<std::string> location;   // "central", "foraminal", "lateral-recess"
  // Therapy statements.
  std::optional<double> weeks;
  std::optional<int> visits;
  std::optional<std::string> start;    // ISO date "2026-08-03"
  std::optional<std::string> end;      // ISO date
  std::optional<std::string> setting;  // "in-person", "telehealth", "home"
  bool pelvis = false;                 // the finding names the pelvis/ilium
  // Code-point offsets [begin, end) of the evidence in the source text.
  std::size_t span_begin = 0;
  std::size_t span_end = 0;
};

}  // namespace spinecds::terminology
