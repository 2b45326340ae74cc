// Figures in a sentence (mm, cm, degrees, grade, percent, weeks, visits);
// the finding each belongs to is figure_owner.cpp's, the positions they
// were measured in are motion_positions.cpp's.
#include "terminology/text/sentence.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "terminology/clinical_dates.h"
#include "terminology/finding_lexicon.h"
#include "terminology/level_scan.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/word_classes.h"
#include "terminology/text/word_lists.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// ---- Measures ----------------------------------------------------------------

namespace {

// "within the past 12 months", "within last 12 months": `word` before "the
// past" / "the last" and the figure ("12 visits within 6 weeks" is a course).
bool from_word_before(const Sentence& s, std::size_t i, std::string_view word) {
  if (i >= 2 && word_is(s.toks[i - 2], word) &&
      any_word_in(s, i - 1, i, {"past", "last", "prior", "preceding"})) {
    return true;
  }
  return i >= 3 && word_is(s.toks[i - 3], word) && word_is(s.toks[i - 2], "the") &&
         any_word_in(s, i - 1, i, {"past", "last", "prior", "preceding"});
}

std::optional<double> number_value(const Token& t) {
  if (t.kind == TokenKind::number) return t.value;
  if (t.kind == TokenKind::alnum && t.text.size() > 1 && t.text[0] == 'x') {
    // "x12": the count after a times sign.
    double v = 0;
    for (std::size_t i = 1; i < t.text.size(); ++i) {
      if (t.text[i] < '0' || t.text[i] > '9') return std::nullopt;
      if (i < 9) v = v * 10 + (t.text[i] - '0');
    }
    return v;
  }
  if (t.kind == TokenKind::word) return number_word(t.text);
  return std::nullopt;
}

// "grade 1 in 2023", "5 mm on the prior": the value ending before `end` is
// dated earlier.
bool dated_earlier(const Sentence& s, std::size_t end) {
  // "grade 1 in 2023", "5 mm on the prior study", "14 degrees previously"
  if (end >= s.toks.size()) return false;
  const Token& w = s.toks[end];
  if (word_is(w, "previously") || word_is(w, "formerly") || word_is(w, "before")) return true;
  if (!(word_is(w, "in") || word_is(w, "on"))) return false;
  std::size_t k = end + 1;
  if (k < s.toks.size() && word_is(s.toks[k], "the")) ++k;
  if (k >= s.toks.size()) return false;
  const Token& n = s.toks[k];
  return (n.kind == TokenKind::number && n.value >= 1900 && n.value <= 2100) ||
         word_is(n, "prior") || word_is(n, "previous") || word_is(n, "earlier");
}

std::optional<int> grade_value(const Token& t) {
  if (t.kind == TokenKind::number && t.text.size() == 1 && t.value >= 1 && t.value <= 5) {
    return static_cast<int>(t.value);
  }
  static constexpr std::array<std::string_view, 5> kRoman = {"i", "ii", "iii", "iv", "v"};
  for (int g = 0; g < 5; ++g) {
    if (t.text == kRoman[g]) return g + 1;
  }
  if (t.kind == TokenKind::word) {
    if (auto n = number_word(t.text); n && *n >= 1 && *n <= 5) return static_cast<int>(*n);
  }
  return std::nullopt;
}

// "PI-LL 22", "PI-LL mismatch: 22": a figure without its unit right after
// a measure that is only ever an angle.
bool unitless_angle(const Sentence& s, std::size_t i) {
  std::size_t p = i;
  while (p > 0 && p + 3 > i &&
         (punct_is(s.toks[p - 1], ":") || punct_is(s.toks[p - 1], "=") ||
          word_is(s.toks[p - 1], "of") || word_is(s.toks[p - 1], "is"))) {
    --p;
  }
  if (p == 0 || s.trigger_at[p - 1] == kNone) return false;
  return s.trigs[static_cast<std::size_t>(s.trigger_at[p - 1])].entry->kind == "pi-ll-mismatch";
}

}  // namespace

bool said_current(const Sentence& s, std::size_t first) {
  for (std::size_t k = first; k > 0 && k + 5 > first; --k) {
    if (brk(s, k - 1)) return false;
    if (std::ranges::find(kPresentWords, s.toks[k - 1].text) != kPresentWords.end()) return true;
  }
  return false;
}

namespace {

// "Translation (mm): flexion 7, extension 2", "anterolisthesis (mm) - neutral
// 4": a unit written once in parentheses, as a table header writes it, holds
// for the figures labelled by a position after it.
// "PT visits: 4/12", "sessions 6/10": a label of therapy sessions just before
// the figure at `i`, and no word that the sessions are still to come or
// were missed ("next PT visits 4/8").
bool visits_label_before(const Sentence& s, std::size_t i) {
  const auto& t = s.toks;
  std::size_t j = i;
  if (j > 0 && punct_is(t[j - 1], ":")) --j;
  if (j == 0 || !any_word_in(s, j - 1, j, {"visits", "sessions", "treatments"})) return false;
  return !any_word_in(s, j >= 5 ? j - 5 : 0, j - 1,
                      {"next", "upcoming", "scheduled", "future", "missed", "cancelled", "canceled",
                       "on", "dates"});
}

// "... and 4/15", ", 5/9", "/2026" at `k`: the figures before were a date.
bool date_follows(const Sentence& s, std::size_t k) {
  const auto& t = s.toks;
  if (k >= t.size()) return false;
  // "/2026", "6/2023-8/2023": a date or a month range.
  if (punct_is(t[k], "/") || punct_is(t[k], "-")) return true;
  return (word_is(t[k], "and") || punct_is(t[k], ",") || punct_is(t[k], "&")) && k + 2 < t.size() &&
         t[k + 1].kind == TokenKind::number && punct_is(t[k + 2], "/");
}

std::optional<MeasureKind> header_unit(const Sentence& s, std::size_t& after) {
  for (std::size_t i = 0; i + 2 < s.toks.size(); ++i) {
    if (!punct_is(s.toks[i], "(") || !punct_is(s.toks[i + 2], ")")) continue;
    const auto mk = unit_kind(s.toks[i + 1].text);
    if (mk == MeasureKind::mm || mk == MeasureKind::degrees) {
      after = i + 3;
      return mk;
    }
  }
  return std::nullopt;
}

}  // namespace

std::vector<Measure> find_measures(const Sentence& s) {
  std::vector<Measure> out;
  const auto& t = s.toks;
  std::size_t header_end = 0;
  const auto header = header_unit(s, header_end);
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (s.mention_at[i] != kNone) continue;
    // "grau I", "grado II": the Portuguese and Spanish word for the grade.
    if (word_is(t[i], "grade") || word_is(t[i], "grd") || word_is(t[i], "gr") ||
        word_is(t[i], "meyerding") || word_is(t[i], "grau") || word_is(t[i], "grado")) {
      std::size_t k = i + 1;
      while (k < t.size() && (word_is(t[k], "grade") || punct_is(t[k], "-") ||
                              punct_is(t[k], ":") || word_is(t[k], "meyerding"))) {
        ++k;
      }
      if (k < t.size()) {
        if (auto g = grade_value(t[k])) {
          out.push_back({MeasureKind::grade, static_cast<double>(*g), i, k + 1});
          i = k;
          continue;
        }
      }
      continue;
    }
    if (t[i].kind == TokenKind::word && !cls_is(s, i, kNumberWord)) continue;
    auto v = number_value(t[i]);
    if (!v) continue;
    std::size_t k = i + 1;
    // "twenty-two degrees", "thirty five": tens and units written as words.
    if (t[i].kind == TokenKind::word && *v >= 20) {
      std::size_t u = k;
      if (u < t.size() && punct_is(t[u], "-")) ++u;
      if (u < t.size() && t[u].kind == TokenKind::word) {
        if (auto units = number_word(t[u].text); units && *units >= 1 && *units <= 9) {
          *v += *units;
          k = u + 1;
        }
      }
    }
    // "three point five millimeters": a decimal dictated in words.
    if (t[i].kind == TokenKind::word && k + 1 < t.size() && word_is(t[k], "point") &&
        t[k + 1].kind == TokenKind::word) {
      if (auto tenths = number_word(t[k + 1].text); tenths && *tenths <= 9) {
        *v += *tenths / 10;
        k += 2;
      }
    }
    if (k < t.size() && punct_is(t[k], "-") && !t[k].space_before) ++k;  // "6-week"
    // "10 physical therapy visits", "6 PT sessions": the count before the
    // therapy's name (or its place: "13 clinic visits", "9 office visits").
    const std::size_t named = k;
    while (k < t.size() && k < named + 3 &&
           (t[k].text == "pt" || t[k].text == "physical" || t[k].text == "therapy" ||
            t[k].text == "formal" || t[k].text == "supervised" || t[k].text == "physiotherapy" ||
            t[k].text == "clinic" || t[k].text == "office" || t[k].text == "outpatient")) {
      ++k;
    }
    // "9 of 12 authorized visits": the count attended of those a payer
    // allowed (the allowance alone, "12 authorized visits", is no course).
    if (k == named && k + 1 < t.size() && i >= 2 &&
        (word_is(t[i - 1], "of") || punct_is(t[i - 1], "/")) &&
        t[i - 2].kind == TokenKind::number &&
        any_word_in(s, k, k + 1,
                    {"authorized", "authorised", "approved", "scheduled", "allotted"}) &&
        unit_kind(t[k + 1].text) == MeasureKind::visits) {
      ++k;
    }
    if (k < t.size() && k > named && unit_kind(t[k].text) != MeasureKind::visits) k = named;
    if (k < t.size() && !unit_kind(t[k].text) && t[i].kind == TokenKind::number &&
        unitless_angle(s, i)) {
      out.push_back({MeasureKind::degrees, *v, i, i + 1});
      continue;
    }
    // "L4-5 6/2 mm (flexion/extension)", "(mm) ... L3-4 2/1": a pair of
    // figures in a labelled order, the unit written once after the pair or in
    // the header.
    if (t[i].kind == TokenKind::number && k + 1 < t.size() && punct_is(t[k], "/") &&
        t[k + 1].kind == TokenKind::number && pair_order(s)) {
      const std::size_t second = k + 1;
      const bool unit_after = second + 1 < t.size() && unit_kind(t[second + 1].text);
      const auto unit = unit_after                  ? unit_kind(t[second + 1].text)
                        : header && i >= header_end ? header
                                                    : std::nullopt;
      // "AROM flex/ext 50/25% limited": a range of motion, no figure.
      const bool rom = unit == MeasureKind::percent && range_of_motion(s, i, second + 2);
      if (unit == MeasureKind::mm || unit == MeasureKind::degrees || unit == MeasureKind::percent) {
        if (!rom) {
          out.push_back({*unit, *v, i, i + 1});
          out.push_back({*unit, t[second].value, second, second + (unit_after ? 2 : 1)});
        }
        i = second + (unit_after ? 1 : 0);
        continue;
      }
    }
    // "PT visits: 4/12", "sessions 6/10 to date": the visits attended of
    // those authorised, written after their label. Dates are no count ("next
    // PT visits 4/8 and 4/15", "visits 3/2/2026").
    if (t[i].kind == TokenKind::number && k == i + 1 && k + 1 < t.size() && punct_is(t[k], "/") &&
        t[k + 1].kind == TokenKind::number && visits_label_before(s, i) && *v <= t[k + 1].value &&
        t[k + 1].value <= 60 && !date_follows(s, k + 2)) {
      out.push_back({MeasureKind::visits, *v, i, k + 2});
      i = k + 1;
      continue;
    }
    // A bare figure labelled by a position after a header's unit.
    if (header && i >= header_end && t[i].kind == TokenKind::number && i > 0 &&
        (k >= t.size() || !unit_kind(t[k].text)) &&
        position_word(t[i - 1].text) != Position::none) {
      out.push_back({*header, *v, i, i + 1});
      continue;
    }
    if (k >= t.size()) continue;
    const std::string_view unit = t[k].text;
    if (auto mk = unit_kind(unit)) {
      double value = *v;
      MeasureKind kind = *mk;
      if (kind == MeasureKind::cm) {
        kind = MeasureKind::mm;
        value *= 10;
      } else if (kind == MeasureKind::months) {
        kind = MeasureKind::weeks;
        value = std::round(value * 52.0 / 12.0 * 10) / 10;
      }
      // "3 months ago", "outside the 12-month window", "PT within the past
      // 12 months": a time since, or a look-back a rule sets, is no length
      // of care.
      if (kind == MeasureKind::weeks &&
          ((k + 1 < t.size() &&
            any_word_in(s, k + 1, k + 2, {"ago", "window", "lookback", "look"})) ||
           (from_word_before(s, i, "within")))) {
        i = k;
        continue;
      }
      // A number word is a count ("six weeks") or, before its unit written
      // out, a measurement ("four millimeters", "twenty-two degrees").
      if (t[i].kind == TokenKind::word &&
          !(kind == MeasureKind::weeks || kind == MeasureKind::visits ||
            ((kind == MeasureKind::mm || kind == MeasureKind::degrees) && unit.size() > 3))) {
        continue;
      }
      // "lumbar flexion 50% limited": a range of motion, not a slip's percentage.
      if (kind == MeasureKind::percent && range_of_motion(s, i, k + 1)) {
        i = k;
        continue;
      }
      std::size_t from = i;
      // "approx. 6 1/2 weeks", "2 1/2 cm": a whole number and a fraction
      // before the unit are one figure, not the fraction's denominator.
      if (i >= 3 && t[i].kind == TokenKind::number && punct_is(t[i - 1], "/") &&
          !t[i - 1].space_before && !t[i].space_before && t[i - 2].kind == TokenKind::number &&
          t[i - 3].kind == TokenKind::number && t[i - 2].space_before &&
          (t[i].value == 2 || t[i].value == 3 || t[i].value == 4) && t[i - 2].value >= 1 &&
          t[i - 2].value < t[i].value && kind != MeasureKind::visits) {
        const double whole = t[i - 3].value + t[i - 2].value / t[i].value;
        value = kind == MeasureKind::mm && unit_kind(unit) == MeasureKind::cm ? whole * 10
                : unit_kind(unit) == MeasureKind::months ? std::round(whole * 52.0 / 12.0 * 10) / 10
                                                         : whole;
        from = i - 3;
      }
      // "03/21 PT visits", "5/12 physio sessions": visits attended of those
      // authorised; the course is the visits attended (a first figure above
      // the second is no such count). A date is no count at all: "3/2/2026",
      // "cancelled the 03/14 and 03/21 PT visits", "missed 4/2 PT visit" (one
      // visit, on a day).
      // "completed 6 of 8 PT sessions" is the same count written in words.
      const bool of = i >= 2 && word_is(t[i - 1], "of");
      if (kind == MeasureKind::visits && i >= 2 && (punct_is(t[i - 1], "/") || of) &&
          t[i - 2].kind == TokenKind::number && t[i].kind == TokenKind::number) {
        const bool dated =
            !of && (unit == "visit" || unit == "session" ||
                    (i >= 3 && (punct_is(t[i - 3], "/") ||
                                any_word_in(s, i - 3, i - 2,
                                            {"the", "and", "on", "since", "from", "after", "before",
                                             "until", "last", "next", "her", "his", "per"}))));
        if (dated) {
          i = k;
          continue;
        }
        if (auto done = number_value(t[i - 2]); done && *done <= value) {
          value = *done;
          from = i - 2;
        }
      }
      out.push_back({kind, value, from, k + 1});
      i = k;
    }
  }
  // "previously grade 2, now grade 1", "(previously 35 degrees)": an earlier
  // value is not the finding's, unless it is a position's ("from 3 mm in
  // extension to 7 mm in flexion").
  std::erase_if(out, [&](const Measure& m) {
    return earlier_value(s, m.first) && measure_position(s, m) == Position::none;
  });
  // "Grade 2 L5-S1 spondylolisthesis, grade 1 in 2023": a value dated earlier
  // gives way to an undated one of the same kind.
  std::vector<bool> earlier(out.size());
  std::array<int, 8> current{};  // undated values per MeasureKind
  for (std::size_t i = 0; i < out.size(); ++i) {
    earlier[i] = dated_earlier(s, out[i].last) && measure_position(s, out[i]) == Position::none;
    if (!earlier[i]) ++current[static_cast<std::size_t>(out[i].kind)];
  }
  // "... showed 2 mm of translation at L4-5; today there is 6 mm": a value
  // said to be today's gives way to none, and one of the same kind in another
  // clause is the earlier.
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (earlier[i] || !said_current(s, out[i].first)) continue;
    for (std::size_t j = 0; j < out.size(); ++j) {
      if (j != i && out[j].kind == out[i].kind && !said_current(s, out[j].first) &&
          measure_position(s, out[j]) == Position::none &&
          crosses_break(s, std::min(out[i].first, out[j].first),
                        std::max(out[i].first, out[j].first))) {
        earlier[j] = true;
      }
    }
  }
  std::vector<Measure> kept;
  kept.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (!(earlier[i] && current[static_cast<std::size_t>(out[i].kind)] > 0)) kept.push_back(out[i]);
  }
  return kept;
}

}  // namespace spinecds::terminology::text
