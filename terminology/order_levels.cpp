#include "terminology/order_levels.h"
#include "fhir/json_access.h"

#include <algorithm>
#include <string>
#include <vector>

#include "terminology/body_site.h"
#include "terminology/level_scan.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

using fhir::json::str;

using fhir::json::member;

bool negated_before(const std::vector<Token>& toks, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 3; --k) {
    const std::string& w = toks[k - 1].text;
    if (w == "without" || w == "no" || w == "not" || w == "excluding") return true;
  }
  return false;
}

// "with iliac fixation" in an orderDetail names no level but does name the
// pelvis.
bool names_pelvis(std::string_view text) {
  const auto toks = tokenize(text);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (is_pelvis_token(toks[i]) && !negated_before(toks, i)) return true;
  }
  return false;
}

struct Acc {
  std::vector<Segment> segments;
  bool pelvis = false;
  void add_text(std::string_view text) {
    add(levels_in_text(text));
    pelvis = pelvis || names_pelvis(text);
  }
  void add(const LevelParse& p) {
    if (!p.value) return;
    segments.insert(segments.end(), p.value->segments.begin(), p.value->segments.end());
    pelvis = pelvis || p.value->pelvis;
  }
};

}  // namespace

LevelParse levels_in_text(std::string_view text) {
  const auto toks = tokenize(text);
  Acc acc;
  bool pelvis_word = false;
  std::size_t i = 0;
  while (i < toks.size()) {
    auto scan = scan_level_mention(toks, i, LevelScanMode::lenient);
    if (scan.mention) {
      acc.segments.insert(acc.segments.end(), scan.mention->segments.begin(),
                          scan.mention->segments.end());
      acc.pelvis = acc.pelvis || scan.mention->pelvis;
      i = std::max(scan.mention->last, i + 1);
      continue;
    }
    if (is_pelvis_token(toks[i]) && !negated_before(toks, i)) pelvis_word = true;
    ++i;
  }
  LevelParse p;
  if (acc.segments.empty()) {
    p.error = "no vertebral level in the text";
    return p;
  }
  std::sort(acc.segments.begin(), acc.segments.end());
  acc.segments.erase(std::unique(acc.segments.begin(), acc.segments.end()), acc.segments.end());
  p.value = LevelSpan{std::move(acc.segments), acc.pelvis || pelvis_word};
  return p;
}

LevelParse order_levels(const rapidjson::Value& sr) {
  Acc acc;
  if (const auto* code = member(sr, "code")) acc.add_text(str(*code, "text"));
  if (const auto* details = member(sr, "orderDetail"); details && details->IsArray()) {
    for (const auto& d : details->GetArray()) acc.add_text(str(d, "text"));
  }
  if (const auto* notes = member(sr, "note"); notes && notes->IsArray()) {
    for (const auto& n : notes->GetArray()) acc.add_text(str(n, "text"));
  }
  if (const auto* sites = member(sr, "bodySite"); sites && sites->IsArray()) {
    std::vector<BodySiteCoding> codings;
    for (const auto& s : sites->GetArray()) {
      acc.add_text(str(s, "text"));
      const auto* coding = member(s, "coding");
      if (!coding || !coding->IsArray()) continue;
      for (const auto& c : coding->GetArray()) {
        codings.push_back({str(c, "system"), str(c, "code")});
      }
    }
    acc.add(levels_from_body_sites(codings));
  }
  LevelParse p;
  if (acc.segments.empty()) {
    p.error = "the order names no vertebral level";
    return p;
  }
  std::sort(acc.segments.begin(), acc.segments.end());
  acc.segments.erase(std::unique(acc.segments.begin(), acc.segments.end()), acc.segments.end());
  p.value = LevelSpan{std::move(acc.segments), acc.pelvis};
  return p;
}

}  // namespace spinecds::terminology
