// ConText cues for an attending's addendum that corrects a resident's
// preliminary read (session 29, the county safety-net set). The reading the
// addendum rejects is not a finding: "what was described as a protrusion is a
// bulge; there is no herniation" gives only the corrected reading
// (tests/data/eval/README.md). A finding the preliminary read left out is
// present ("cord signal at C5-6, not described on the prelim").
// (Part of the cue table in context_cues.cpp, in its place of the order.)
#include <string>
#include <vector>

#include "terminology/text/cue_groups.h"
#include "terminology/text/scope_bounds.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::cues {

std::vector<CueGroup> correction_cue_groups() {
  using E = CueEffect;
  return {
      // The rejected reading named after a phrase that quotes it.
      {E::negate, kPre,
       "what was described as | what was previously described as | what was called | "
       "what was previously called | what was reported as | what was read as | "
       "what was interpreted as | what was thought to be | what was felt to be | "
       "what the prelim called | what the preliminary report called | "
       "what the resident called | what the prelim described as | "
       "what was characterized as | what was dictated as | "
       // the reading quoted from earlier in the same report ("the L5-S1
       // finding described above as a protrusion is a broad-based bulge")
       "what was described above as | what was reported above as | described above as | "
       "described earlier as | called above | what was called above"},
      // ... and named before the phrase that says where it was read and what
      // it is instead: 'the L2-3 "extrusion" in the prelim is a disc bulge'.
      {E::negate, kPost,
       "in the prelim is | on the prelim is | in the preliminary report is | "
       "on the preliminary report is | on the preliminary read is | in the preliminary read is | "
       "in the prelim represents | on the prelim represents | in the prelim is actually | "
       "on the prelim is actually | described on the prelim is | described in the prelim is | "
       "called on the prelim is | called in the prelim is | on the prelim is in fact | "
       "in the prelim is in fact | "
       "in the prelim instead represents | on the prelim instead represents | "
       // the report named in full (session 34): 'The L3-4 "extrusion"
       // described on the preliminary report represents a broad-based bulge'
       "described on the preliminary report represents | described in the preliminary report "
       "represents | on the preliminary report represents | in the preliminary report represents | "
       "described on the preliminary report is | described in the preliminary report is | "
       "described on the prelim represents | described in the prelim represents | "
       "on the preliminary read represents | described on the preliminary read represents | "
       "described on the initial report represents | described on the initial read represents | "
       "on the initial read represents | on the initial report represents | "
       "described on the overnight read represents | on the overnight read represents | "
       // a reading rejected by what it is instead, said of the thing named
       // before ("the previously described L3-4 extrusion represents a disc
       // bulge"; "actually represents", "instead represents" anywhere)
       "actually represents | instead represents | in fact represents | represents instead | "
       "is actually a disc bulge | is instead a disc bulge | is in fact a disc bulge | "
       "represents a disc bulge | represents a broad based disc bulge | represents a bulge | "
       "represents a diffuse disc bulge | represents disc bulging | represents a broad based bulge "
       "| "
       "represents only a disc bulge | represents a mild disc bulge | represents an annular "
       "fissure | "
       "represents an annular tear"},
      // Pseudo-cues: the finding is there, the preliminary read missed it.
      {E::none, kNoScope,
       "not described on the prelim | not described on the preliminary | "
       "not described in the prelim | not described in the preliminary | "
       "not mentioned on the prelim | not mentioned in the prelim | "
       "not mentioned in the preliminary | not mentioned on the preliminary | "
       "not reported on the prelim | not reported in the prelim | "
       "not reported in the preliminary | not reported on the preliminary | "
       "not called on the prelim | not noted on the prelim | not noted on the preliminary | "
       "not described on the initial read | not mentioned on the initial read | "
       "not described on the overnight read | not described by the resident | "
       "not mentioned by the resident | not reported by the resident"},
  };
}

}  // namespace spinecds::terminology::cues

namespace spinecds::terminology::text::scope {

namespace {

// Who reports a reading that the writer then corrects (session 37, ambient
// AI-scribe and portal notes): a draft or another's document, whose reading a
// later one of its kind replaces; and the patient, whose account is
// replaced only where a correction is voiced.
constexpr std::string_view kDraftReporters =
    "scribe documented | scribe documents | scribe lists | scribe listed | scribe states | "
    "scribe stated | scribe recorded | draft lists | draft listed | draft states | "
    "draft stated | draft documents | drafted note lists | drafted note states | "
    "drafted note documents | generated note lists | generated note states | "
    "generated hpi states | hpi states | hpi lists | hpi documents | note lists";
constexpr std::string_view kOtherReporters =
    "believes | believed | states | stated | reports | reported | says | said | thinks | "
    "recalls | calls | called | describes | described | documents | documented | lists";
constexpr std::string_view kCorrections =
    "on my review | on my own review | on my read | on my own read | "
    "on personal review | on direct review | my review shows | actually | in fact | "
    "records show | records document | records confirm | records indicate | clarified | "
    "clarified that | on clarification";

WordPhrases phrase_words(std::string_view phrases) {
  std::vector<std::vector<std::string>> out;
  for (std::string_view p : cues::group_phrases(phrases)) out.push_back(split_phrase(p));
  return WordPhrases(std::move(out));
}

}  // namespace

void reject_corrected_reports(Sentence& s) {
  static const auto drafts = phrase_words(kDraftReporters);
  static const auto others = phrase_words(kOtherReporters);
  static const auto corrections = phrase_words(kCorrections);
  std::size_t report_end = 0;
  bool draft = false;
  for (std::size_t k = 0; k < s.toks.size() && report_end == 0; ++k) {
    if (const std::size_t e = drafts.longest_at(s, k)) {
      report_end = e;
      draft = true;
    } else if (const std::size_t o = others.longest_at(s, k)) {
      report_end = o;
    }
  }
  if (report_end == 0) return;
  // The corrected reading begins after a clause break and, for the
  // patient's or another's account, a correction voiced there.
  std::size_t from = 0;
  bool broken = false;
  for (std::size_t k = report_end; k < s.toks.size() && from == 0; ++k) {
    if (brk(s, k) || punct_is(s.toks[k], ",")) broken = true;
    if (!broken) continue;
    if (const std::size_t e = corrections.longest_at(s, k)) {
      from = e;
    } else if (draft && brk(s, k)) {
      from = k + 1;
    }
  }
  if (from == 0) return;
  for (Trig& reported : s.trigs) {
    if (reported.first < report_end || reported.first >= from) continue;
    for (const Trig& corrected : s.trigs) {
      if (corrected.first >= from && corrected.entry->kind == reported.entry->kind) {
        reported.misnamed = true;
        break;
      }
    }
  }
}

}  // namespace spinecds::terminology::text::scope
