// Motion tables run into one line ("L3-4: flexion 3, extension 1; L4-5:
// flexion 8, extension 2"): each level's row read apart, with a draft of its
// own (split from motion_positions.cpp, which reads the figures of one row).
#include <algorithm>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

// The level whose row a figure is in: the nearest level before it in its
// clause ("L3-4: flexion 3, extension 1; L4-5: flexion 8, extension 2").
int row_level(const Sentence& s, const Measure& m) {
  for (std::size_t k = m.first; k > 0; --k) {
    if (s.mention_at[k - 1] != kNone) return s.mention_at[k - 1];
    if (brk(s, k - 1)) break;
  }
  return kNone;
}

}  // namespace

void motion_between_positions(const Sentence& s, const std::vector<Measure>& measures,
                              std::vector<Draft>& local) {
  // A motion table flattened to one line gives each level's row its own
  // motion: the figures of each level are read apart when two or more levels
  // each have figures in two positions.
  std::vector<int> rows;
  if (s.about_positions) {
    for (const auto& m : measures) {
      const int level = row_level(s, m);
      if (level == kNone || s.mentions[static_cast<std::size_t>(level)].segments.size() != 1 ||
          measure_position(s, m) == Position::none) {
        continue;
      }
      if (std::count(rows.begin(), rows.end(), level) == 0) rows.push_back(level);
    }
  }
  const auto row_figures = [&](int level) {
    std::vector<Measure> out;
    for (const auto& m : measures) {
      if (row_level(s, m) == level) out.push_back(m);
    }
    return out;
  };
  const auto positions_in = [&](const std::vector<Measure>& row) {
    std::vector<Position> seen;
    for (const auto& m : row) {
      const Position p = measure_position(s, m);
      if (p != Position::none && std::find(seen.begin(), seen.end(), p) == seen.end()) {
        seen.push_back(p);
      }
    }
    return seen.size();
  };
  if (rows.size() < 2 || std::any_of(rows.begin(), rows.end(), [&](int level) {
        return positions_in(row_figures(level)) < 2;
      })) {
    motion_from(s, measures, local, nullptr);
    return;
  }
  // Each row's level needs a draft: the finding of the table ("Anterolisthesis:
  // L3-4 neutral 2 mm, ...; L4-5 ..."), placed at that level. A slip at a
  // level outside the table ("Grade 1 anterolisthesis L5-S1 with translation
  // at L3-4 (...) and L4-5 (...)") is no row's: the row is its motion.
  const auto in_table = [&](const Draft& d) {
    return d.f.segments.empty() || std::any_of(rows.begin(), rows.end(), [&](int level) {
             return s.mentions[static_cast<std::size_t>(level)].segments == d.f.segments;
           });
  };
  for (const int level : rows) {
    const auto& segments = s.mentions[static_cast<std::size_t>(level)].segments;
    const bool has = std::any_of(local.begin(), local.end(), [&](const Draft& d) {
      return !d.f.negated && d.f.segments == segments;
    });
    if (has) continue;
    const auto model = std::find_if(local.begin(), local.end(), [](const Draft& d) {
      return !d.f.negated &&
             (d.f.kind == FindingKind::translation || d.f.kind == FindingKind::angulation ||
              d.f.kind == FindingKind::spondylolisthesis);
    });
    if (model == local.end()) continue;
    Draft d = *model;
    if (d.f.kind == FindingKind::spondylolisthesis && !in_table(d)) {
      const auto figures = row_figures(level);
      d.f.kind = std::any_of(figures.begin(), figures.end(),
                             [](const Measure& m) { return m.kind == MeasureKind::mm; })
                     ? FindingKind::translation
                     : FindingKind::angulation;
      d.f.direction.reset();
    }
    d.f.segments = segments;
    d.f.mm.reset();
    d.f.degrees.reset();
    d.f.grade.reset();
    d.f.severity.reset();
    local.push_back(std::move(d));
  }
  // The table's slip without a level ("Anterolisthesis in flexion /
  // extension: L4/5 8 mm / 3 mm; ...") took a row's first figure, which is a
  // position's, not the slip's.
  for (auto& d : local) {
    if (d.f.kind == FindingKind::spondylolisthesis && d.f.segments.empty()) d.f.mm.reset();
  }
  for (const int level : rows) {
    motion_from(s, row_figures(level), local,
                &s.mentions[static_cast<std::size_t>(level)].segments);
  }
}

}  // namespace spinecds::terminology::text
