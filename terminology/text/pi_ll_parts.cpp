// The PI-LL mismatch of a pelvic incidence and a lumbar lordosis given apart
// ("Standing films: SVA +8 cm, PI 62, LL 35"): deformity clinic notes list the
// two angles and leave the difference, the measure SRS-Schwab grades, to the
// reader (tests/data/eval/README.md, session-21 batch).
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "terminology/text/sentence.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/word_classes.h"

namespace spinecds::terminology::text {

namespace {

// The angle written after the name that ends at toks[k]: "PI 62", "PI: 62",
// "LL = 35", "lumbar lordosis of 32 degrees", "pelvic incidence measures 58",
// "lumbar lordosis (L1-S1) 31 degrees" (the levels it is measured over).
std::optional<double> angle_after(const Sentence& s, std::size_t k, std::size_t& end) {
  std::size_t j = k + 1;
  bool levels = false;
  while (j < s.toks.size() && j < k + 6) {
    if (s.mention_at[j] != kNone && !levels) {
      levels = true;
      j = std::max(j + 1, s.mentions[static_cast<std::size_t>(s.mention_at[j])].last);
    } else if (punct_is(s.toks[j], ":") || punct_is(s.toks[j], "=") || punct_is(s.toks[j], "(") ||
               punct_is(s.toks[j], ")") || word_is(s.toks[j], "of") || word_is(s.toks[j], "is") ||
               word_is(s.toks[j], "measures") || word_is(s.toks[j], "measuring")) {
      ++j;
    } else {
      break;
    }
  }
  if (j >= s.toks.size() || s.toks[j].kind != TokenKind::number || s.mention_at[j] != kNone) {
    return std::nullopt;
  }
  end = j + 1;
  return s.toks[j].value;
}

// Where a named angle ends: "pi" or "pelvic incidence"; "ll" or "lumbar lordosis".
bool names_angle(const Sentence& s, std::size_t k, std::string_view abbrev, std::string_view first,
                 std::string_view second) {
  if (word_is(s.toks[k], abbrev)) return true;
  return k > 0 && word_is(s.toks[k], second) && word_is(s.toks[k - 1], first);
}

// "L1-S1 lordosis 50", "T12-S1 lordosis of 48": a lordosis measured over the
// lumbar levels is the lumbar lordosis.
bool lumbar_lordosis(const Sentence& s, std::size_t k) {
  if (!word_is(s.toks[k], "lordosis") || k == 0 || s.mention_at[k - 1] == kNone) return false;
  const Mention& m = s.mentions[static_cast<std::size_t>(s.mention_at[k - 1])];
  return m.segments.size() >= 3 && m.segments.back().upper.ordinal >= kFirstLumbar + 3 &&
         m.segments.front().upper.ordinal >= kFirstLumbar - 1;
}

}  // namespace

void pi_ll_from_parts(const Sentence& s, std::vector<Draft>& local) {
  // Most sentences name no pelvic incidence: one integer compare per token
  // (vocabulary ids) rules them out.
  static const std::uint32_t kPi = word_info("pi").id;
  static const std::uint32_t kIncidence = word_info("incidence").id;
  if (kPi == 0 || kIncidence == 0 || std::none_of(s.ids.begin(), s.ids.end(), [](std::uint32_t id) {
        return id == kPi || id == kIncidence;
      })) {
    return;
  }
  std::optional<double> pi, ll;
  std::size_t first = s.toks.size(), last = 0;
  for (std::size_t k = 0; k < s.toks.size(); ++k) {
    std::size_t end = 0;
    const bool is_pi = names_angle(s, k, "pi", "pelvic", "incidence");
    const bool is_ll =
        !is_pi && (names_angle(s, k, "ll", "lumbar", "lordosis") || lumbar_lordosis(s, k));
    if (!is_pi && !is_ll) continue;
    const auto v = angle_after(s, k, end);
    if (!v || (is_pi ? pi : ll)) continue;
    (is_pi ? pi : ll) = v;
    first = std::min(first, k);
    last = std::max(last, end);
  }
  // Angles of a plausible spine only (PI 20 to 100 degrees, LL 0 to 100); the
  // mismatch is PI minus LL, negative when the lordosis exceeds the incidence.
  if (!pi || !ll || *pi < 20 || *pi > 100 || *ll < 0 || *ll > 100) return;
  // "PI 58, LL 32 - PI-LL mismatch": the mismatch named with no value of its
  // own (or with one of the two angles taken for its value) is the difference;
  // "PI-LL mismatch of 26" keeps the value written.
  bool named = false;
  for (auto& d : local) {
    if (d.f.kind != FindingKind::pi_ll_mismatch) continue;
    named = true;
    if (!d.f.degrees || *d.f.degrees == *pi || *d.f.degrees == *ll) d.f.degrees = *pi - *ll;
  }
  if (named) return;
  Draft d;
  d.f.kind = FindingKind::pi_ll_mismatch;
  d.f.degrees = *pi - *ll;
  d.first = first;
  d.last = last;
  local.push_back(std::move(d));
}

}  // namespace spinecds::terminology::text
