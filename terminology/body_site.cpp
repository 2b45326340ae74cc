#include "terminology/body_site.h"

#include <algorithm>
#include <string>

#include "terminology/value_set_catalog.h"

namespace spinecds::terminology {

namespace {

constexpr std::string_view kSnomed = "http://snomed.info/sct";

struct Site {
  std::string_view code;
  int ordinal;  // 0 for ilium/pelvis
};

// Source: ../shared/research/fusion-criteria-and-codes.md §2g (all marked V);
// the same codes are in valuesets/spine-body-site.json.
constexpr Site kSites[] = {
    {"7610001", kFirstThoracic + 9},
    {"12989004", kFirstThoracic + 10},
    {"23215003", kFirstThoracic + 11},
    {"66794005", kFirstLumbar},
    {"14293000", kFirstLumbar + 1},
    {"36470004", kFirstLumbar + 2},
    {"11994002", kFirstLumbar + 3},
    {"49668003", kFirstLumbar + 4},
    {"54735007", kSacrum},
    {"22356005", 0},
    {"12921003", 0},
};

}  // namespace

std::optional<BodySiteLevel> body_site_level(std::string_view system, std::string_view code) {
  if (canonical_system(system) != kSnomed) return std::nullopt;
  for (const auto& s : kSites) {
    if (s.code != code) continue;
    BodySiteLevel l;
    if (s.ordinal == 0) {
      l.pelvis = true;
    } else {
      l.vertebra = Vertebra{s.ordinal};
    }
    return l;
  }
  return std::nullopt;
}

LevelParse levels_from_body_sites(const std::vector<BodySiteCoding>& codings) {
  std::optional<int> lo, hi;
  bool pelvis = false;
  for (const auto& c : codings) {
    auto l = body_site_level(c.system, c.code);
    if (!l) continue;
    pelvis = pelvis || l->pelvis;
    if (l->vertebra) {
      const int o = l->vertebra->ordinal;
      lo = lo ? std::min(*lo, o) : o;
      hi = hi ? std::max(*hi, o) : o;
    }
  }
  LevelParse p;
  if (pelvis && lo) hi = kSacrum;
  if (!lo || *lo == *hi) {
    p.error = lo ? "the body sites name one vertebra, not a motion segment"
                 : "the body sites name no vertebra";
    return p;
  }
  LevelSpan span;
  for (int o = *lo; o < *hi; ++o) span.segments.push_back(Segment{Vertebra{o}});
  span.pelvis = pelvis;
  p.value = std::move(span);
  return p;
}

}  // namespace spinecds::terminology
