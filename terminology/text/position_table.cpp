// Per-position tables, as a flexion-extension report's grid is flattened to
// text: a header names the slip (or its motion) with its unit and one
// position per column ("Anterolisthesis (mm) | Neutral | Flexion |
// Extension"), and each row gives a level and a figure per position
// ("L4-5 | 3 | 6 | 2"). The slip is measured in neutral; its motion is the
// largest difference between positions (tests/data/eval/README.md, Motion).
#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

namespace {

// The unit a header cell toks[from, to) names: "(mm)", "(degrees)", "(°)", "(%)".
std::optional<MeasureKind> unit_in(const Sentence& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    const std::string_view w = s.toks[k].text;
    if (w == "mm") return MeasureKind::mm;
    if (w == "degrees" || w == "degree" || w == "deg" || w == "°") return MeasureKind::degrees;
    if (w == "%" || w == "percent") return MeasureKind::percent;
  }
  return std::nullopt;
}

// The position a cell toks[from, to) names and nothing else ("Flexion",
// "Neutral (standing)", "Ext"), or none.
Position position_cell(const Sentence& s, std::size_t from, std::size_t to) {
  Position found = Position::none;
  for (std::size_t k = from; k < to; ++k) {
    if (s.toks[k].kind == TokenKind::punct) continue;
    Position p = position_word(s.toks[k].text);
    if (word_is(s.toks[k], "flex")) p = Position::flexion;
    if (word_is(s.toks[k], "ext")) p = Position::extension;
    if (p == Position::none || (found != Position::none && p != found)) return Position::none;
    found = p;
  }
  return found;
}

// The figure of a row's cell toks[from, to): one number, its unit at most.
std::optional<double> figure_cell(const Sentence& s, std::size_t from, std::size_t to) {
  if (from >= to || s.toks[from].kind != TokenKind::number) return std::nullopt;
  for (std::size_t k = from + 1; k < to; ++k) {
    if (!unit_in(s, k, k + 1) && !punct_is(s.toks[k], ".")) return std::nullopt;
  }
  return s.toks[from].value;
}

}  // namespace

std::optional<std::vector<std::optional<TableColumn>>> position_header(Sentence& s,
                                                                       const TableCells& cs) {
  if (cs.size() < 3) return std::nullopt;
  std::vector<Position> positions;
  for (std::size_t c = 1; c < cs.size(); ++c) {
    positions.push_back(position_cell(s, cs[c].first, cs[c].second));
    if (positions.back() == Position::none) return std::nullopt;
  }
  find_triggers(s);
  const auto [f0, l0] = cs.front();
  for (const auto& t : s.trigs) {
    if (t.first < f0 || t.first >= l0) continue;
    const auto kind = parse_finding_kind(t.entry->kind);
    if (kind != FindingKind::spondylolisthesis && kind != FindingKind::translation &&
        kind != FindingKind::angulation) {
      continue;
    }
    const MeasureKind unit = unit_in(s, f0, l0).value_or(
        *kind == FindingKind::angulation ? MeasureKind::degrees : MeasureKind::mm);
    std::vector<std::optional<TableColumn>> out;
    out.emplace_back(TableColumn{.kind = *kind, .location = std::nullopt, .unit = unit});
    if (t.entry->direction != nullptr) out.front()->direction = t.entry->direction;
    for (const Position p : positions) {
      out.emplace_back(
          TableColumn{.kind = *kind, .location = std::nullopt, .position = p, .unit = unit});
    }
    return out;
  }
  return std::nullopt;
}

bool position_row(Sentence& s, const std::vector<std::optional<TableColumn>>& columns,
                  std::vector<Draft>& out) {
  const Mention* level = nullptr;
  for (const auto& m : s.mentions) {
    if (m.first == 0 && !m.segments.empty()) level = &m;
  }
  const auto sep = table_separator(s, 0, s.toks.size());
  if (level == nullptr || !sep || !columns.front()) return false;
  const auto cs = table_cells(s, 0, s.toks.size(), *sep);
  if (cs.size() != columns.size() || cs.front().second != level->last) return false;
  std::optional<double> neutral;
  std::vector<double> figures;
  for (std::size_t c = 1; c < cs.size(); ++c) {
    const auto v = figure_cell(s, cs[c].first, cs[c].second);
    if (!v) return false;
    if (columns[c]->position == Position::neutral && !neutral) neutral = *v;
    figures.push_back(*v);
  }
  const TableColumn& first = *columns.front();
  Draft d;
  d.f.segments = level->segments;
  d.first = 0;
  d.last = s.toks.size();
  if (first.kind == FindingKind::spondylolisthesis) {
    Draft slip = d;
    slip.f.kind = FindingKind::spondylolisthesis;
    slip.f.direction = first.direction;
    if (neutral && first.unit == MeasureKind::mm) slip.f.mm = *neutral;
    out.push_back(std::move(slip));
  }
  const auto [low, high] = std::ranges::minmax(figures);
  if (high == low) {
    // A slip that does not change between positions: no instability.
    d.f.kind = FindingKind::instability;
    d.f.negated = true;
  } else {
    d.f.kind =
        first.unit == MeasureKind::degrees ? FindingKind::angulation : FindingKind::translation;
    if (first.unit == MeasureKind::mm) d.f.mm = high - low;
    if (first.unit == MeasureKind::degrees) d.f.degrees = high - low;
  }
  out.push_back(std::move(d));
  return true;
}

}  // namespace spinecds::terminology::text
