// A manipulative therapist's "subluxation": chiropractic listings, the
// vertebral subluxation complex, osteopathic somatic dysfunction.
#include "terminology/text/manipulative_terms.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <span>
#include <string_view>

#include "terminology/text/sentence.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

// A manipulative therapist's "subluxation" (chiropractic listings and the
// vertebral subluxation complex, osteopathic somatic dysfunction, the ICD-10
// M99.0x codes for them) names a restricted segment, not a vertebra slipped
// on the next; only a measure or a grade stated with it makes it an imaging
// slip (tests/data/eval/README.md, session-23 conventions; s31 styles brief).
// A chiropractic listing after a vertebra ("C6 PRS", "L5 PLI-M", "C1 ASRA"):
// Gonstead's letters for the way the segment is held (posterior, the side
// the spinous process turns to, superior or inferior), or the atlas's
// (anterior, superior, side, anterior or posterior), in capitals.
bool listing_after_vertebra(const Sentence& s) {
  static constexpr std::array<std::string_view, 12> kListings = {
      "pr", "pl", "prs", "pri", "pls", "pli", "asr", "asl", "asra", "asrp", "asla", "aslp"};
  for (std::size_t k = 1; k < s.toks.size(); ++k) {
    if (!s.toks[k].all_caps || !one_of(s.toks[k].text, kListings)) continue;
    const int m = s.mention_at[k - 1];
    if (m == kNone) continue;
    const Mention& v = s.mentions[static_cast<std::size_t>(m)];
    if (v.segments.empty() && v.single) return true;
  }
  return false;
}

}  // namespace

bool manipulative_term(const Sentence& s, std::size_t first, std::size_t last) {
  const std::size_t n = s.toks.size();
  bool manipulative =
      listing_after_vertebra(s) || (last < n && s.toks[last].text == "complex") ||
      any_word_in(s, 0, n,
                  {"chiropractic", "chiropractor",  "chiro",       "adjusted",  "adjustment",
                   "adjustments",  "cmt",           "diversified", "activator", "manipulated",
                   "manipulation", "manipulations", "omt",         "omm",       "hvla",
                   "osteopathic",  "palpation",     "listing",     "listings",  "dysfunction"});
  for (std::size_t i = 0; i < n && !manipulative; ++i) {
    manipulative = s.toks[i].text.starts_with("m99");
  }
  if (!manipulative) return false;
  // The measure or grade must be said in the subluxation's own clause: "grade
  // 1 L5 spondylolisthesis per x-ray; subluxation complex L4" grades the slip.
  const auto [from, to] = semicolon_clause(s.toks, first, last);
  return !any_word_in(s, from, to, {"mm", "grade", "meyerding", "percent", "%"});
}

}  // namespace spinecds::terminology::text
