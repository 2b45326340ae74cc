// Flattened tables, as EHR exports turn a structured report's grid into
// text: a header row names the columns ("Level | Canal | Foramina") and each
// row gives a level and a grade per column ("L4-5 | moderate | mild"). Each
// graded cell is that column's finding at that row's level; "normal", "none"
// or "patent" is the finding negated (tests/data/eval/README.md).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/text/finding_side.h"
#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

namespace {

std::optional<TableColumn> column_kind(const Sentence& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    const std::string_view w = s.toks[k].text;
    if (w == "disc" || w == "disk") return TableColumn{FindingKind::disc_herniation, {}};
    if (w == "facet" || w == "facets") return TableColumn{FindingKind::facet_arthropathy, {}};
    if (w == "recess" || w == "recesses" || w == "subarticular") {
      return TableColumn{FindingKind::stenosis, "lateral-recess"};
    }
    if (w == "foramina" || w == "foramen" || w == "foraminal" || w == "nf") {
      return TableColumn{FindingKind::stenosis, "foraminal"};
    }
    if (w == "canal" || w == "central" || w == "thecal" || w == "stenosis") {
      return TableColumn{FindingKind::stenosis, "central"};
    }
    // "Cord": its cells say whether the cord is compressed and its signal.
    if (w == "cord") return TableColumn{FindingKind::cord_compression, {}};
  }
  return std::nullopt;
}

// What a column header names: the canal, the foramina, the lateral recesses,
// the facets or the disc (whose cells name a herniation or not); other
// columns ("Comment") give no finding here. A side in the header ("Right
// foramen | Left foramen") is the side of every cell below it.
std::optional<TableColumn> column_for(const Sentence& s, std::size_t from, std::size_t to) {
  auto column = column_kind(s, from, to);
  if (!column || column->kind != FindingKind::stenosis) return column;
  // "Foramina (R/L)" names both sides: a cell's two values ("mild/moderate")
  // are theirs in that order; a cell with one value says its side or none.
  std::vector<std::string> sides;
  for (std::size_t k = from; k < to; ++k) {
    const auto w = side_word(s.toks[k].text);
    if (!w) continue;
    if (*w == "bilateral") return column;
    if (std::ranges::find(sides, *w) == sides.end()) sides.push_back(*w);
  }
  if (sides.size() == 1) column->side = sides.front();
  if (sides.size() == 2) column->cell_sides = std::move(sides);
  return column;
}

using Cells = TableCells;

// Whether toks[k] lies inside a level mention ("L4/5"): find_mentions marks
// each token once per sentence (Sentence::mention_at).
bool in_mention(const Sentence& s, std::size_t k) {
  return s.mention_at[k] != kNone;
}

// A tab or a run of spaces before toks[k] inside toks[from, to): the cell
// gap of a table exported without bars ("L3-4<TAB>mild<TAB>moderate").
bool gap_at(const Sentence& s, std::size_t from, std::size_t k) {
  return k > from && s.toks[k].gap_before && !s.toks[k].line_before;
}

// The token ranges of the cells of toks[from, to) split at `sep` ("|", or
// "/" in "Level / Canal / Foramina", or "\t" at the gaps before tokens),
// never at one inside a level ("L4/5").
Cells cells(const Sentence& s, std::size_t from, std::size_t to, std::string_view sep) {
  Cells out;
  std::size_t start = from;
  for (std::size_t k = from; k <= to; ++k) {
    if (sep == "\t") {
      if (k == to || gap_at(s, from, k)) {
        out.emplace_back(start, k);
        start = k;
      }
      continue;
    }
    // "Foramina (R/L)": a slash between two sides joins them in one cell.
    const bool sides =
        k > from && k + 1 < to && names_side(s.toks[k - 1].text) && names_side(s.toks[k + 1].text);
    if (k == to || (punct_is(s.toks[k], sep) && !in_mention(s, k) && !sides)) {
      out.emplace_back(start, k);
      start = k + 1;
    }
  }
  return out;
}

// A part of a cell read on its own: its tokens and the side it is of.
struct CellPart {
  std::size_t first, last;
  std::optional<std::string> side;
};

// The parts of the cell toks[f, l) under `column`: "mild/moderate" under
// "Foramina (R/L)" is a right and a left part; any other cell is one part of
// the column's side.
std::vector<CellPart> side_parts(const Sentence& s, const TableColumn& column, std::size_t f,
                                 std::size_t l) {
  if (column.cell_sides.size() == 2) {
    for (std::size_t m = f + 1; m + 1 < l; ++m) {
      if (punct_is(s.toks[m], "/")) {
        return {{f, m, column.cell_sides[0]}, {m + 1, l, column.cell_sides[1]}};
      }
    }
  }
  return {{f, l, column.side}};
}

// The separator of a header's or row's cells: "|" where there is one, else
// the gaps of tabs or spaces ("\t"), else "/".
std::optional<std::string_view> separator(const Sentence& s, std::size_t from, std::size_t to) {
  std::optional<std::string_view> sep;
  for (std::size_t k = from; k < to; ++k) {
    if (punct_is(s.toks[k], "|")) return "|";
    if (gap_at(s, from, k)) sep = "\t";
    if (in_mention(s, k)) continue;
    if (punct_is(s.toks[k], "/") && sep != "\t") sep = "/";
  }
  return sep;
}

// The columns a header's cells name, the first the level's; none unless the
// first names the level ("Level", "Segment") and another a finding.
std::optional<std::vector<std::optional<TableColumn>>> header_columns(const Sentence& s,
                                                                      const Cells& cs) {
  if (cs.size() < 2) return std::nullopt;
  const auto [f0, l0] = cs.front();
  bool level = false;
  for (std::size_t k = f0; k < l0; ++k) {
    level = level || word_is(s.toks[k], "level") || word_is(s.toks[k], "levels") ||
            word_is(s.toks[k], "segment") || word_is(s.toks[k], "interspace");
  }
  if (!level) return std::nullopt;
  std::vector<std::optional<TableColumn>> out;
  bool any = false;
  for (const auto& [f, l] : cs) {
    out.push_back(column_for(s, f, l));
    any = any || out.back().has_value();
  }
  if (!any) return std::nullopt;
  out.front().reset();
  return out;
}

// A row's cells one per column. The row begins with its level; a row one
// cell short writes the first column's grade after the level in the level's
// cell ("L3-4 mild / mild" under "Level / Canal / Foramina"). In a row split
// at slashes a column for both foramina ("Foramina (R/L)") takes two cells,
// one per side ("L3-4 mild / none/mild"), joined back into its one cell.
std::optional<Cells> row_cells(const Sentence& s, std::size_t from, std::size_t to,
                               const std::vector<std::optional<TableColumn>>& columns,
                               const Mention*& level) {
  level = nullptr;
  for (const auto& m : s.mentions) {
    if (m.first == from && !m.segments.empty()) level = &m;
  }
  if (level == nullptr) return std::nullopt;
  const auto sep = separator(s, from, to);
  if (!sep) return std::nullopt;
  Cells cs = cells(s, from, to, *sep);
  std::size_t paired = 0;
  for (const auto& c : columns) paired += c && c->cell_sides.size() == 2 ? 1 : 0;
  const bool sided =
      *sep == "/" && paired > 0 &&
      (cs.size() == columns.size() + paired || cs.size() + 1 == columns.size() + paired);
  const std::size_t want = sided ? columns.size() + paired : columns.size();
  if (cs.size() + 1 == want && level->last < cs.front().second) {
    const std::size_t end = cs.front().second;
    cs.front().second = level->last;
    cs.insert(cs.begin() + 1, {level->last, end});
  }
  if (sided && cs.size() == want) {
    for (std::size_t c = 0; c < columns.size() && c + 1 < cs.size(); ++c) {
      if (!(columns[c] && columns[c]->cell_sides.size() == 2)) continue;
      cs[c].second = cs[c + 1].second;
      cs.erase(cs.begin() + static_cast<std::ptrdiff_t>(c) + 1);
    }
  }
  // A slash also joins grades ("mild/moderate"): a row split at slashes
  // must fill the header's columns exactly.
  if (cs.size() < 2 || (*sep != "|" && cs.size() != columns.size())) return std::nullopt;
  return cs;
}

// "Right paracentral / foraminal disc extrusion": the side and place a disc
// cell names are its herniation's, as in a sentence (README: "paracentral"
// gives a side but no location; two places named give none).
void disc_cell_place(const Sentence& s, std::size_t from, std::size_t to, Finding& f) {
  std::optional<std::string> place;
  bool two_places = false;
  for (std::size_t k = from; k < to; ++k) {
    if (names_side(s.toks[k].text)) add_side(s.toks[k].text, f);
    if (auto loc = location_word(s.toks[k].text, "disc-herniation")) {
      two_places = two_places || (place && *place != *loc);
      place = std::move(loc);
    }
  }
  if (place && !two_places) f.location = place;
}

// The findings of one row's cells `cs` (the first the level's) under `columns`.
void row_findings(const Sentence& s, const std::vector<std::optional<TableColumn>>& columns,
                  const Cells& cs, const Mention& level, std::vector<Draft>& out) {
  for (std::size_t c = 1; c < cs.size() && c < columns.size(); ++c) {
    if (!columns[c]) continue;
    const auto [f, l] = cs[c];
    if (f >= l) continue;
    Draft d;
    d.f.kind = columns[c]->kind;
    d.f.segments = level.segments;
    d.first = f;
    d.last = l;
    if (d.f.kind == FindingKind::cord_compression) {
      // "flattened, no signal change", "not compressed": each cord finding
      // the cell names, denied only by a cue of its own cell.
      for (std::size_t k = f; k < l; ++k) {
        if (s.trigger_at[k] == kNone) continue;
        const Trig& t = s.trigs[static_cast<std::size_t>(s.trigger_at[k])];
        if (t.first != k) continue;
        const auto kind = parse_finding_kind(t.entry->kind);
        if (kind != FindingKind::cord_compression && kind != FindingKind::cord_signal_change) {
          continue;
        }
        Draft c = d;
        c.f.kind = *kind;
        c.first = t.first;
        c.last = t.last;
        const bool own_cue = t.has_cue && t.cue_first >= f && t.cue_first < l;
        c.f.negated = t.entry->absent || (own_cue && t.negated);
        c.f.uncertain = own_cue && t.uncertain && !c.f.negated;
        out.push_back(std::move(c));
      }
      continue;
    }
    if (d.f.kind == FindingKind::disc_herniation) {
      // "disc osteophyte complex", "protrusion": a herniation named in the
      // cell; "bulge" or "normal" names none.
      for (std::size_t k = f; k < l; ++k) {
        if (s.trigger_at[k] == kNone) continue;
        const Trig& t = s.trigs[static_cast<std::size_t>(s.trigger_at[k])];
        if (t.entry->kind != "disc-herniation") continue;
        // Only a cue in the same cell ("no herniation") speaks of it.
        const bool own_cue = t.has_cue && t.cue_first >= f && t.cue_first < l;
        d.f.negated = t.entry->absent || (own_cue && t.negated);
        d.f.uncertain = own_cue && t.uncertain && !d.f.negated;
        disc_cell_place(s, f, l, d.f);
        out.push_back(d);
        break;
      }
      continue;
    }
    if (d.f.kind == FindingKind::stenosis) d.f.location = columns[c]->location;
    for (const auto& part : side_parts(s, *columns[c], f, l)) {
      // "severe R, moderate L", "mild bilateral": one finding per grade, each
      // with the side written after it.
      std::size_t k = part.first;
      bool graded = false;
      while (k < part.last) {
        std::size_t end = 0;
        const auto sev = severity_at(s, k, end, part.last);
        if (!sev) break;
        graded = true;
        Draft g = d;
        g.f.severity = sev;
        std::size_t side_end = end;
        g.f.side = side_after_grade(s, end, side_end);
        if (!g.f.side) g.f.side = part.side;
        out.push_back(std::move(g));
        k = side_end;
        while (k < part.last && (punct_is(s.toks[k], ",") || word_is(s.toks[k], "and"))) ++k;
      }
      if (!graded && normal_word(s.toks[part.first])) {
        Draft n = d;
        n.f.negated = true;
        n.f.side = part.side;
        out.push_back(std::move(n));
      }
    }
  }
}

// "Foraminal stenosis (R/L): L3-4 mild/none; L4-5 moderate/moderate": one
// column for both sides before the colon (toks[colon]), then rows of a level
// and a grade per side, between semicolons or commas. Every row must be one.
bool sided_rows(Sentence& s, std::size_t colon, std::vector<Draft>& out) {
  const auto column = column_for(s, 0, colon);
  if (!column || column->cell_sides.size() != 2) return false;
  const std::vector<std::optional<TableColumn>> columns = {std::nullopt, column};
  std::vector<std::pair<Cells, const Mention*>> rows;
  for (std::size_t from = colon + 1; from < s.toks.size();) {
    std::size_t to = from;
    while (to < s.toks.size() && !punct_is(s.toks[to], ";") && !punct_is(s.toks[to], ",")) ++to;
    std::size_t last = to;  // a closing full stop is no part of the row
    while (last > from && punct_is(s.toks[last - 1], ".")) --last;
    const Mention* level = nullptr;
    for (const auto& m : s.mentions) {
      if (m.first == from && !m.segments.empty() && m.last < last) level = &m;
    }
    bool slash = false;
    for (std::size_t k = level ? level->last : last; k < last; ++k) {
      slash = slash || punct_is(s.toks[k], "/");
    }
    if (level == nullptr || !slash) return false;
    rows.push_back({Cells{{from, level->last}, {level->last, last}}, level});
    from = to + 1;
  }
  if (rows.empty()) return false;
  find_triggers(s);
  apply_context(s);
  for (const auto& [cs, level] : rows) row_findings(s, columns, cs, *level, out);
  return true;
}

}  // namespace

bool normal_word(const Token& t) {
  return word_is(t, "normal") || word_is(t, "none") || word_is(t, "patent") || word_is(t, "no") ||
         word_is(t, "absent") || word_is(t, "unremarkable") || word_is(t, "nl") ||
         word_is(t, "preserved") || word_is(t, "widely") || word_is(t, "nil") || word_is(t, "free");
}

std::optional<std::vector<std::optional<TableColumn>>> table_header(Sentence& s) {
  // Most sentences stop here, before cells() builds a vector.
  if (!s.mentions.empty()) return std::nullopt;
  const auto sep = separator(s, 0, s.toks.size());
  if (!sep) return std::nullopt;
  const auto cs = cells(s, 0, s.toks.size(), *sep);
  if (auto columns = header_columns(s, cs)) return columns;
  return position_header(s, cs);
}

std::optional<std::string_view> table_separator(const Sentence& s, std::size_t from,
                                                std::size_t to) {
  return separator(s, from, to);
}

TableCells table_cells(const Sentence& s, std::size_t from, std::size_t to, std::string_view sep) {
  return cells(s, from, to, sep);
}

bool table_row(Sentence& s, const std::vector<std::optional<TableColumn>>& columns,
               std::vector<Draft>& out) {
  if (columns.size() > 1 && columns[1] && columns[1]->position != Position::none) {
    return position_row(s, columns, out);
  }
  const Mention* level = nullptr;
  const auto cs = row_cells(s, 0, s.toks.size(), columns, level);
  if (!cs) return false;
  s.cord_cells.clear();
  for (std::size_t c = 1; c < cs->size() && c < columns.size(); ++c) {
    if (columns[c] && columns[c]->kind == FindingKind::cord_compression) {
      s.cord_cells.push_back((*cs)[c]);
    }
  }
  find_triggers(s);
  apply_context(s);
  row_findings(s, columns, *cs, *level, out);
  return true;
}

namespace {

// "LEVEL CANAL R FORAMEN L FORAMEN L3-4 MILD PATENT PATENT L4-5 SEVERE ...":
// a table whose cells a scan or a copy ran together with single spaces. The
// header's columns each end on the anatomy's noun; each row is a level and
// one grade (or "patent") per column, with nothing else between rows.
bool run_together_table(Sentence& s, std::vector<Draft>& out) {
  if (s.mentions.size() < 2 || s.toks.empty() ||
      !(word_is(s.toks[0], "level") || word_is(s.toks[0], "levels") ||
        word_is(s.toks[0], "segment"))) {
    return false;
  }
  std::vector<std::optional<TableColumn>> columns = {std::nullopt};
  std::size_t start = 1;
  const std::size_t header_end = s.mentions.front().first;
  for (std::size_t k = 1; k < header_end; ++k) {
    if (s.toks[k].kind != TokenKind::word) return false;
    if (!column_kind(s, k, k + 1) || names_side(s.toks[k].text)) continue;
    auto column = column_for(s, start, k + 1);
    if (!column) return false;
    columns.push_back(std::move(column));
    start = k + 1;
  }
  if (start != header_end || columns.size() < 2) return false;
  std::vector<std::pair<Cells, const Mention*>> rows;
  std::size_t k = header_end;
  for (const auto& m : s.mentions) {
    if (m.first != k || m.segments.empty()) return false;
    Cells cs = {{m.first, m.last}};
    k = m.last;
    for (std::size_t c = 1; c < columns.size(); ++c) {
      if (k >= s.toks.size()) return false;
      // A cell is one word, or words joined without a space
      // ("moderate-severe"): "MODERATE SEVERE" is two cells.
      std::size_t cell_end = k + 1;
      while (cell_end < s.toks.size() && !s.toks[cell_end].space_before) ++cell_end;
      std::size_t end = 0;
      if (!severity_at(s, k, end, cell_end) && normal_word(s.toks[k])) end = k + 1;
      if (end <= k) return false;
      cs.emplace_back(k, end);
      k = end;
    }
    rows.emplace_back(std::move(cs), &m);
  }
  while (k < s.toks.size() && s.toks[k].kind == TokenKind::punct) ++k;
  if (k != s.toks.size()) return false;
  find_triggers(s);
  apply_context(s);
  for (const auto& [cs, level] : rows) row_findings(s, columns, cs, *level, out);
  return true;
}

}  // namespace

// "LEVEL / CANAL / FORAMINA: L2-3 nl / nl; L3-4 mild / mild": a header and
// its rows on one line, the header before the colon, rows between semicolons.
bool inline_table(Sentence& s, std::vector<Draft>& out) {
  if (s.mentions.empty()) return false;
  if (run_together_table(s, out)) return true;
  std::size_t colon = 0;
  while (colon < s.mentions.front().first && !punct_is(s.toks[colon], ":")) ++colon;
  if (colon >= s.mentions.front().first) return false;
  const auto sep = separator(s, 0, colon);
  const auto columns = sep ? header_columns(s, cells(s, 0, colon, *sep)) : std::nullopt;
  if (!columns) return sided_rows(s, colon, out);
  find_triggers(s);
  apply_context(s);
  bool any = false;
  for (std::size_t from = colon + 1; from < s.toks.size();) {
    std::size_t to = from;
    while (to < s.toks.size() && !punct_is(s.toks[to], ";")) ++to;
    const Mention* level = nullptr;
    if (const auto cs = row_cells(s, from, to, *columns, level)) {
      row_findings(s, *columns, *cs, *level, out);
      any = true;
    }
    from = to + 1;
  }
  return any;
}

}  // namespace spinecds::terminology::text
