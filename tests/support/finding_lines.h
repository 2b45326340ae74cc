#pragma once
// What the text-engine tests read of a sentence: its findings as a reader of
// them would see them, one sorted line each, or the findings of one kind.
#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/text_findings.h"

namespace spinecds::test {

using Lines = std::vector<std::string>;

// "kind segment[,segment] [negated] [uncertain] [planned] [severity]"; a
// planned finding is scored as uncertain (DESIGN.md section 4).
inline std::string finding_line(const terminology::Finding& f, bool with_severity = true) {
  using terminology::to_string;
  std::string out = std::string(to_string(f.kind));
  for (std::size_t i = 0; i < f.segments.size(); ++i) {
    out += (i == 0 ? " " : ",") + std::string(to_string(f.segments[i]));
  }
  if (f.negated) out += " negated";
  if (f.uncertain) out += " uncertain";
  if (f.hypothetical) out += " planned";
  if (with_severity && f.severity) out += " " + std::string(to_string(*f.severity));
  return out;
}

// Every finding of `text` as a line, sorted.
inline Lines finding_lines(const char* text, bool with_severity = true) {
  Lines out;
  for (const auto& f : terminology::extract_findings(text)) {
    out.push_back(finding_line(f, with_severity));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A sentence and the finding lines it should give, in any order.
struct LinesCase {
  const char* text;
  Lines want;
};

// Checks each case's finding_lines (with or without severity) against its
// lines.
inline void check_lines(std::initializer_list<LinesCase> cases, bool with_severity = true) {
  for (const LinesCase& c : cases) {
    Lines want = c.want;
    std::sort(want.begin(), want.end());
    const Lines got = finding_lines(c.text, with_severity);
    std::string shown = std::string(c.text) + "\n  got: ";
    for (const auto& l : got) shown += "[" + l + "] ";
    INFO(shown);
    CHECK(got == want);
  }
}

// The findings of `text` as lines with their severity: what the tests of
// levels and grades read (`using spinecds::test::graded::read;`).
namespace graded {
inline Lines read(const char* text) {
  return finding_lines(text);
}
}  // namespace graded

// The findings of `text` as lines without severity: the scope tests assert
// what the cues decide (negated, uncertain, planned), not the grade.
inline Lines read(const char* text) {
  return finding_lines(text, false);
}

inline std::vector<terminology::Finding> of_kind(std::string_view text,
                                                 terminology::FindingKind kind) {
  std::vector<terminology::Finding> hits;
  for (auto& f : terminology::extract_findings(text)) {
    if (f.kind == kind) hits.push_back(f);
  }
  return hits;
}

// The one finding of `kind` in `text`; fails when there is not exactly one.
inline terminology::Finding only(std::string_view text, terminology::FindingKind kind) {
  const auto hits = of_kind(text, kind);
  INFO(text);
  REQUIRE(hits.size() == 1);
  return hits.front();
}

// A sentence whose one finding of `kind` is negated or not.
struct NegatedCase {
  const char* text;
  terminology::FindingKind kind;
  bool negated;
};

// Checks each case's one finding of its kind (only) against its negation.
inline void check_negated(std::initializer_list<NegatedCase> cases) {
  for (const NegatedCase& c : cases) CHECK(only(c.text, c.kind).negated == c.negated);
}

// The therapy findings of `text` (the sentences also name pain and levels).
inline std::vector<terminology::Finding> therapy(std::string_view text) {
  return of_kind(text, terminology::FindingKind::physical_therapy);
}

// The one therapy finding of `text` (the test stops when there is not exactly one).
inline terminology::Finding one_therapy(const char* text) {
  CAPTURE(text);
  const auto found = therapy(text);
  REQUIRE(found.size() == 1);
  return found[0];
}

// The first of `fs` on `side` ("left", "right", "bilateral"), or nullptr.
inline const terminology::Finding* on_side(const std::vector<terminology::Finding>& fs,
                                           const char* side) {
  for (const auto& f : fs) {
    if (f.side == std::optional<std::string>(side)) return &f;
  }
  return nullptr;
}

// The two findings of `kind` in `text`, one on the left and one on the right;
// fails when there are not exactly those.
struct LeftAndRight {
  terminology::Finding left, right;
};
inline LeftAndRight left_and_right(std::string_view text, terminology::FindingKind kind) {
  const auto fs = of_kind(text, kind);
  INFO(text);
  REQUIRE(fs.size() == 2);
  const auto* left = on_side(fs, "left");
  const auto* right = on_side(fs, "right");
  REQUIRE(left);
  REQUIRE(right);
  return {*left, *right};
}

// A sentence whose one finding of `kind` has this root and side (nullptr:
// none).
struct RootAndSide {
  const char* text;
  terminology::FindingKind kind;
  const char* root;
  const char* side;
};

inline void check_root_and_side(const RootAndSide& c) {
  const std::string text = c.text;  // a const char* would be logged as its address
  CAPTURE(text);
  const auto f = only(c.text, c.kind);
  const auto as_opt = [](const char* s) {
    return s ? std::optional<std::string>(s) : std::nullopt;
  };
  CHECK(f.root == as_opt(c.root));
  CHECK(f.side == as_opt(c.side));
}

}  // namespace spinecds::test
