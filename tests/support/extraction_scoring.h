#pragma once
// Scoring `extract` on an evaluation file as DESIGN.md §4 says, the same rules
// as tests/data/eval/score.py: every reported finding is one item per (kind,
// segment); an item matches an expected one on kind, segment, negated and
// uncertain (hypothetical counts as uncertain) and, where the expectation
// gives them, severity, grade, mm and degrees (within 0.5) and, in cervical
// files, root, side and location; items are paired one to one per sentence.
// Used by the lumbar and the cervical evaluation tests.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "support/files.h"
#include "terminology/text_findings.h"

namespace spinecds::test::eval {

using spinecds::terminology::extract_findings;
using spinecds::terminology::Finding;

struct Item {
  std::string kind;
  std::optional<std::string> segment;
  bool negated = false;
  bool uncertain = false;
  std::optional<std::string> severity;
  std::optional<double> grade, mm, degrees;
  std::optional<std::string> root, side, location;  // scored in cervical files only
};

inline std::vector<Item> reported_items(const std::vector<Finding>& findings) {
  std::vector<Item> out;
  for (const auto& f : findings) {
    Item base;
    base.kind = std::string(spinecds::terminology::to_string(f.kind));
    base.negated = f.negated;
    base.uncertain = f.uncertain || f.hypothetical;
    if (f.severity) base.severity = spinecds::terminology::to_string(*f.severity);
    if (f.grade) base.grade = *f.grade;
    base.mm = f.mm;
    base.degrees = f.degrees;
    base.root = f.root;
    base.side = f.side;
    base.location = f.location;
    if (f.segments.empty()) out.push_back(base);
    for (auto s : f.segments) {
      Item i = base;
      i.segment = spinecds::terminology::to_string(s);
      out.push_back(i);
    }
  }
  return out;
}

inline Item expected_item(const rapidjson::Value& e, bool cervical) {
  Item i;
  i.kind = e["kind"].GetString();
  if (e["segment"].IsString()) i.segment = e["segment"].GetString();
  i.negated = e["negated"].GetBool();
  i.uncertain = e["uncertain"].GetBool();
  if (e.HasMember("severity")) i.severity = e["severity"].GetString();
  if (e.HasMember("grade")) i.grade = e["grade"].GetDouble();
  if (e.HasMember("mm")) i.mm = e["mm"].GetDouble();
  if (e.HasMember("degrees")) i.degrees = e["degrees"].GetDouble();
  if (cervical) {
    if (e.HasMember("root")) i.root = e["root"].GetString();
    if (e.HasMember("side")) i.side = e["side"].GetString();
    if (e.HasMember("location")) i.location = e["location"].GetString();
  }
  return i;
}

// Scored fields the expectation leaves out are not compared.
inline bool matches(const Item& want, const Item& got) {
  auto near = [](const std::optional<double>& w, const std::optional<double>& g, double tol) {
    return !w || (g && std::fabs(*w - *g) <= tol);
  };
  return want.kind == got.kind && want.segment == got.segment && want.negated == got.negated &&
         want.uncertain == got.uncertain && (!want.severity || want.severity == got.severity) &&
         near(want.grade, got.grade, 0.0) && near(want.mm, got.mm, 0.5) &&
         near(want.degrees, got.degrees, 0.5) && (!want.root || want.root == got.root) &&
         (!want.side || want.side == got.side) && (!want.location || want.location == got.location);
}

// Maximum one-to-one pairing (Kuhn's augmenting paths; a sentence has a few
// items).
inline int max_matching(const std::vector<Item>& want, const std::vector<Item>& got) {
  std::vector<int> owner(got.size(), -1);
  int matched = 0;
  for (std::size_t w = 0; w < want.size(); ++w) {
    std::vector<bool> seen(got.size(), false);
    std::function<bool(std::size_t)> augment = [&](std::size_t x) {
      for (std::size_t g = 0; g < got.size(); ++g) {
        if (seen[g] || !matches(want[x], got[g])) continue;
        seen[g] = true;
        if (owner[g] < 0 || augment(static_cast<std::size_t>(owner[g]))) {
          owner[g] = static_cast<int>(x);
          return true;
        }
      }
      return false;
    };
    if (augment(w)) ++matched;
  }
  return matched;
}

struct Totals {
  int matched = 0, reported = 0, expected = 0, sentences = 0;
  double precision() const { return reported ? static_cast<double>(matched) / reported : 1.0; }
  double recall() const { return expected ? static_cast<double>(matched) / expected : 1.0; }
};

inline Totals score_file(const std::string& name) {
  const std::string path = std::string(SPINECDS_SOURCE_DIR) + "/tests/data/eval/" + name;
  const std::string json = spinecds::test::read_text(path);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_MESSAGE(!doc.HasParseError(), "cannot parse " << path);
  REQUIRE(doc.IsArray());
  Totals t;
  for (const auto& item : doc.GetArray()) {
    std::vector<Item> want;
    const bool cervical = name.starts_with("cervical-");
    for (const auto& e : item["expected"].GetArray()) want.push_back(expected_item(e, cervical));
    const auto got = reported_items(extract_findings(item["text"].GetString()));
    t.matched += max_matching(want, got);
    t.reported += static_cast<int>(got.size());
    t.expected += static_cast<int>(want.size());
    ++t.sentences;
  }
  // Totals only: held-out sentences are not printed one by one, so nobody
  // tunes on them by reading this output.
  std::cout << name << ": " << t.sentences << " sentences, precision " << t.precision()
            << ", recall " << t.recall() << " (matched " << t.matched << ", reported " << t.reported
            << ", expected " << t.expected << ")\n";
  return t;
}

}  // namespace spinecds::test::eval
