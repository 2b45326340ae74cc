// The context rules a trigger word list cannot say: therapy for another body
// part, a strength grade without a muscle, pain that spreads only over the
// neck and head (a vertebra displaced on the next: motion_context.cpp; an
// operation dated or listed: surgery_context.cpp).
#include "terminology/text/trigger_context.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/level_scan.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// Body parts other than the lumbar spine that therapy may be for.
constexpr std::array<std::string_view, 24> kOtherBodyParts = {
    "knee",     "knees", "shoulder", "shoulders", "hip",  "hips",         "ankle",    "ankles",
    "neck",     "wrist", "elbow",    "hand",      "foot", "cervical",     "rotator",  "acl",
    "meniscus", "thumb", "tka",      "tkr",       "tha",  "arthroplasty", "achilles", "plantar"};
constexpr std::array<std::string_view, 5> kSpineParts = {"back", "lumbar", "spine", "low",
                                                         "lumbosacral"};

namespace {

// "PT for the right knee", "physical therapy in 2019 for a knee injury",
// "knee PT": therapy of another body part is not spine therapy (README
// convention). The body part may follow after a date or setting, up to the
// end of the clause, as the object of "for"/"after"/"of"/"to"/"following".
// Therapy for the neck is spine therapy (a cervical fusion's conservative
// care, issue 15); the record reader gives each family its own region. It is
// another part only beside the lumbar spine ("PT for neck pain but not for the
// lumbar spine").
bool other_part(const Sentence& s, std::string_view w) {
  if (w != "neck" && w != "cervical") return one_of(w, kOtherBodyParts);
  for (const auto& t : s.toks) {
    if (t.text == "lumbar" || t.text == "lumbosacral" || t.text == "lumbago") return true;
  }
  return false;
}

// "R ankle inversion sprain, grade 2; started PT-directed balance program",
// "L knee sprain; began PT": the sentence opens on another part's injury or
// condition and names no part of the spine, so its therapy is that part's.
bool other_part_treated_before(const Sentence& s, std::size_t first) {
  static constexpr std::array<std::string_view, 22> kConditions = {
      "sprain",       "sprained",    "strain",         "fracture",     "fractured",
      "fx",           "tear",        "torn",           "tendinopathy", "tendinitis",
      "tendonitis",   "bursitis",    "impingement",    "capsulitis",   "osteoarthritis",
      "arthroplasty", "replacement", "reconstruction", "dislocation",  "injury",
      "contusion",    "oa"};
  for (std::size_t k = 0; k < s.toks.size(); ++k) {
    const std::string_view w = s.toks[k].text;
    if (one_of(w, kSpineParts) || w == "neck" || w == "cervical" || w == "lbp" || w == "sciatica" ||
        w.starts_with("radicul") || s.mention_at[k] != kNone) {
      return false;
    }
  }
  for (std::size_t k = 0; k < first; ++k) {
    if (!other_part(s, s.toks[k].text)) continue;
    for (std::size_t j = k + 1; j < first && j < k + 5; ++j) {
      if (one_of(s.toks[j].text, kConditions)) return true;
    }
  }
  return false;
}

}  // namespace

bool therapy_for_other_part(const Sentence& s, std::size_t first, std::size_t last) {
  if (first > 0 && other_part(s, s.toks[first - 1].text)) return true;
  if (other_part_treated_before(s, first)) return true;
  // "Shoulder: PT x6 wk": another part as the label of the therapy's line.
  if (first > 1 && punct_is(s.toks[first - 1], ":") && other_part(s, s.toks[first - 2].text)) {
    return true;
  }
  const std::size_t end = std::min(last + 12, s.toks.size());
  std::size_t object_until = 0;  // tokens after "for" that name what the therapy is for
  for (std::size_t k = last; k < end; ++k) {
    if (brk(s, k) || s.trigger_at[k] != kNone) break;
    const std::string_view w = s.toks[k].text;
    // "not performed because of severe knee osteoarthritis", "held due to
    // a knee replacement": the reason the therapy was not given, not the
    // part it treated.
    if ((w == "of" || w == "to") && k > 0 &&
        any_word_in(s, k - 1, k, {"because", "due", "owing", "secondary"})) {
      object_until = 0;
      continue;
    }
    if (w == "for" || w == "of" || w == "to" || w == "after" || w == "following") {
      object_until = k + 5;
      continue;
    }
    if (k < object_until) {
      if (one_of(w, kSpineParts)) return false;
      if (other_part(s, w)) return true;
    }
  }
  return false;
}

// "Strength 4/5 in the left EHL", "quadriceps 4-/5": a grade is a strength
// grade only with a muscle, a movement or "strength" a few words away.
bool strength_context(const Sentence& s, std::size_t first, std::size_t last) {
  // The arm's muscles as clinic notes abbreviate them too (FDI, APB, ADM).
  static constexpr std::array<std::string_view, 78> kStrengthWords = {
      "muscles", "intrinsic", "fdi", "apb", "adm", "epl", "abductor", "interosseous",
      "brachioradialis", "supinator", "pronator", "infraspinatus", "strength", "motor", "power",
      "mrc", "muscle", "quadriceps", "quads", "quad", "hamstrings", "hamstring", "iliopsoas",
      "psoas", "hip", "knee", "ankle", "dorsiflexion", "dorsiflexors", "plantarflexion", "plantar",
      "flexion", "extension", "flexors", "extensors", "extensor", "flexor", "ehl", "hallucis",
      "toe", "tibialis", "gastrocnemius", "gastroc", "abductors", "abduction", "adductors",
      "eversion", "inversion", "evertors", "invertors", "weakness", "weak", "df", "pf", "graded",
      "grade", "deltoid", "deltoids", "biceps", "triceps", "wrist", "grip", "interossei",
      "intrinsics", "elbow", "shoulder", "finger", "fingers",
      // "C5 and C6 myotomes 4/5 on the left"
      "myotome", "myotomes", "myotomal",
      // a grid's shorthand ("Bic 4/5 R", "Tri 4-/5 bilat", "Wr ext 4/5 L")
      "bic", "bics", "tri", "tris", "delt", "delts", "wr"};
  // "XR lumbar spine 4+ views with flexion and extension": a count of films.
  if (last < s.toks.size() && any_word_in(s, last, last + 1, {"views", "view", "vws"})) {
    return false;
  }
  std::size_t lo = first >= 6 ? first - 6 : 0;
  // "Triceps 5/5 on the right, 4/5 on the left": the muscle of the item before.
  if (const auto before = elided_grade_antecedent(s, first, last)) lo = std::min(lo, *before);
  const std::size_t hi = std::min(last + 5, s.toks.size());
  for (std::size_t k = lo; k < hi; ++k) {
    if (k >= first && k < last) continue;
    if (std::find(kStrengthWords.begin(), kStrengthWords.end(), s.toks[k].text) !=
        kStrengthWords.end()) {
      return true;
    }
    // "R WE 4/5": wrist extension in capitals just before its grade; "L TA
    // 4+/5" the tibialis anterior.
    if (k + 1 == first && (s.toks[k].text == "we" || s.toks[k].text == "ta") &&
        s.toks[k].all_caps) {
      return true;
    }
    // "Myotomes: C5 5/5, C6 4/5": a grid graded by root.
    if (k + 1 == first && graded_root(s, k)) return true;
  }
  return false;
}

bool full_grade_fits(const Sentence& s, const TriggerEntry& e, std::size_t first) {
  if (e.words.empty() || e.words.front() != "5") return true;
  // The minus joined to the first figure ("5-/5", "5- /5"), not a range's dash.
  // "5 minus out of 5", said out.
  const bool minus = (first + 2 < s.toks.size() && punct_is(s.toks[first + 1], "-") &&
                      !s.toks[first + 1].space_before && punct_is(s.toks[first + 2], "/")) ||
                     (first + 1 < s.toks.size() && word_is(s.toks[first + 1], "minus"));
  const bool full = e.absent;
  return full != minus;
}

// Words of a noun phrase between the cord and what it shows ("the cord
// demonstrates a small focus of increased T2 signal", "cord compression with
// T2 signal change", "the cord is normal in calibre without compression").
static bool cord_filler(std::string_view w) {
  for (std::string_view f :
       {"a",          "an",      "small",     "tiny",   "focus",  "foci",           "area",
        "region",     "of",      "increased", "high",   "bright", "hyperintense",   "with",
        "associated", "subtle",  "faint",     "patchy", "t2",     "intramedullary", "normal",
        "in",         "caliber", "calibre",   "size"}) {
    if (w == f) return true;
  }
  return false;
}

bool spurling_before(const Sentence& s, std::size_t first) {
  // Only a side's result after the other side's negative one: "Spurling's
  // positive on the right" is the test's own trigger with its result.
  bool negative = false;
  for (std::size_t k = first; k > 0 && first - k < 14; --k) {
    const std::string_view w = s.toks[k - 1].text;
    negative = negative || w == "negative" || w == "neg";
    if (w.starts_with("spurling")) return negative;
    // Another test or sign named between owns the result.
    for (std::string_view other : {"hoffman", "babinski", "romberg", "lhermitte", "tinel", "phalen",
                                   "straight", "slr", "slump", "reflex", "clonus"}) {
      if (w.starts_with(other)) return false;
    }
    if (w == "." || w == ";") return false;
  }
  return false;
}

// "Altered signal intensity is seen in the cord at C4-5", "increased T2
// signal is noted within the spinal cord": the cord named after the signal,
// past its verb and level, as the object of "in" or "within".
static bool cord_named_after(const Sentence& s, std::size_t last) {
  std::size_t k = last;
  for (std::size_t steps = 0; k < s.toks.size() && steps < 8; ++steps) {
    if (s.mention_at[k] != kNone) {
      k = s.mentions[static_cast<std::size_t>(s.mention_at[k])].last;
      continue;
    }
    if (!any_word_in(s, k, k + 1,
                     {"intensity", "is", "are", "was", "were", "seen", "noted", "present",
                      "identified", "demonstrated", "evident", "also", "at", "level", "the"})) {
      break;
    }
    ++k;
  }
  if (k >= s.toks.size() || !any_word_in(s, k, k + 1, {"in", "within", "involving"})) return false;
  ++k;
  while (k < s.toks.size() && any_word_in(s, k, k + 1,
                                          {"the", "spinal", "cervical", "thoracic", "ventral",
                                           "dorsal", "central", "upper", "lower", "distal"})) {
    ++k;
  }
  return k < s.toks.size() && any_word_in(s, k, k + 1, {"cord", "hemicord", "conus"});
}

bool in_cord_cell(const Sentence& s, std::size_t k) {
  return std::any_of(s.cord_cells.begin(), s.cord_cells.end(),
                     [&](const auto& cell) { return k >= cell.first && k < cell.second; });
}

bool said_of_cord(const Sentence& s, std::size_t first, std::size_t last) {
  if (cord_named_after(s, last) || in_cord_cell(s, first)) return true;
  auto cord = [&](std::size_t k) {
    // "Conus: normal signal" (README: cord, conus, myelomalacia).
    return word_is(s.toks[k], "cord") || word_is(s.toks[k], "hemicord") ||
           word_is(s.toks[k], "conus");
  };
  for (std::size_t k = first, seen = 0; k > 0 && seen < 6; --k, ++seen) {
    const std::size_t j = k - 1;
    if (cord(j)) return true;
    // "cord compression at C3-4, severe, with T2 hyperintensity": the level
    // and its "at" are no words between.
    if (s.mention_at[j] != kNone || word_is(s.toks[j], "at")) {
      --seen;
      continue;
    }
    // "Cord: ...", "the cord shows / is / demonstrates ..."
    if ((punct_is(s.toks[j], ":") || word_is(s.toks[j], "shows") || word_is(s.toks[j], "is") ||
         word_is(s.toks[j], "demonstrates") || word_is(s.toks[j], "has") ||
         // "the cord maintains / retains normal signal"
         word_is(s.toks[j], "maintains") || word_is(s.toks[j], "retains") ||
         word_is(s.toks[j], "exhibits") || word_is(s.toks[j], "displays")) &&
        j > 0 && cord(j - 1)) {
      return true;
    }
    // "Cord: flattened, normal signal": the item after another of the cord's.
    if (s.trigger_at[j] != kNone) {
      const std::string& kind = s.trigs[static_cast<std::size_t>(s.trigger_at[j])].entry->kind;
      return kind == "cord-compression" || kind == "cord-signal-change";
    }
    const std::string_view w = s.toks[j].text;
    // "Spinal cord: no abnormal signal; no compression": the label's items.
    if (!(cls_is(s, j, kSeverityWord) || w == "," || w == ";" || w == "no" || w == "and" ||
          w == "ventral" || w == "dorsal" || w == "focal" || w == "mildly" || w == "slight" ||
          w == "abnormal" || w == "without" || cord_filler(w) ||
          // "the cord is compressed and shows T2 hyperintense signal": the
          // second verb of the cord's clause.
          w == "shows" || w == "demonstrates" || w == "contains" || w == "also" ||
          // "the cord at C3-4 is (not) compressed": the level between the
          // cord and its verb.
          w == "is" || w == "was" || w == "appears" || w == "not" || w == "longer" ||
          // "the distal cord and conus are normal in signal": the cord with
          // its end, one subject.
          w == "are" || w == "were" || w == "appear" || w == "conus" || w == "medullaris")) {
      return false;
    }
  }
  return false;
}

// Context rules that a word list cannot say.

// "Neck pain radiating to the shoulders", "radiates to the occiput", "LBP
// radiating to the R buttock": pain that spreads only over the neck, shoulder
// girdle and head, or the low back's buttock, hip and groin, names no root
// (tests/data/eval/README.md, Cervical files: neck or scapular pain is not
// radiculopathy; pain referred to the buttock is not sciatica). A limb or a
// dermatome in the clause keeps it radicular.
bool radiates_only_axially(const Sentence& s, std::size_t last) {
  static constexpr std::array<std::string_view, 27> kAxial = {
      "shoulder", "shoulders", "trapezius", "trapezii",      "occiput", "occipital", "head",
      "scapula",  "scapulae",  "scapular",  "interscapular", "blade",   "blades",    "temple",
      "temples",  "jaw",       "skull",     "vertex",        "neck",    "headache",  "buttock",
      "buttocks", "hip",       "hips",      "groin",         "gluteal", "glute"};
  static constexpr std::array<std::string_view, 28> kLimb = {
      "arm",     "arms",  "forearm",   "forearms",     "hand",      "hands", "finger",
      "fingers", "thumb", "thumbs",    "elbow",        "wrist",     "leg",   "legs",
      "foot",    "feet",  "thigh",     "thighs",       "calf",      "knee",  "ankle",
      "toe",     "toes",  "dermatome", "distribution", "extremity", "shin",  "heel"};
  bool axial = false;
  for (std::size_t k = last; k < s.toks.size() && k < last + 10; ++k) {
    if (brk(s, k)) break;
    const std::string_view w = s.toks[k].text;
    if (std::find(kLimb.begin(), kLimb.end(), w) != kLimb.end()) return false;
    axial = axial || std::find(kAxial.begin(), kAxial.end(), w) != kAxial.end();
  }
  return axial;
}

// "bridging bone not identified across L5-S1", "osseous bridging across
// L5-S1 is absent": a denial after the words, in their clause.
bool denied_after(const Sentence& s, std::size_t last) {
  std::size_t words = 0;
  for (std::size_t k = last; k < s.toks.size() && words < 5; ++k) {
    if (brk(s, k) || punct_is(s.toks[k], ",") || punct_is(s.toks[k], ";")) break;
    if (s.mention_at[k] != kNone) continue;
    ++words;
    if (any_word_in(s, k, k + 1, {"not", "absent", "lacking", "incomplete"})) return true;
  }
  return false;
}

// "Denies arm numbness or gait instability" is about the neck, "ROS: unsteady
// gait, no saddle anaesthesia" and "gait instability and hand numbness; no
// back pain" are not: the region the sentence names (a level, the cervical or
// lumbar spine, else the limbs and the back), else the passage's.
bool about_the_neck(const Sentence& s) {
  if (s.names_cervical) return *s.names_cervical;
  static constexpr std::array<std::string_view, 10> kNeck = {
      "neck", "arm", "arms", "forearm", "hand", "hands", "finger", "fingers", "grip", "cord"};
  static constexpr std::array<std::string_view, 16> kLowBack = {
      "back", "leg",  "legs",  "lower", "buttock", "buttocks", "thigh",    "thighs",
      "calf", "knee", "knees", "foot",  "feet",    "saddle",   "sciatica", "hip"};
  bool neck = false, low_back = false;
  for (const auto& t : s.toks) {
    neck = neck || one_of(t.text, kNeck);
    low_back = low_back || one_of(t.text, kLowBack);
  }
  return neck != low_back ? neck : s.cervical_passage;
}

// The joint named as where a cyst comes from is anatomy, not arthropathy
// (the arthropathy itself, when stated, has its own words); a joint called
// degenerated or hypertrophied beside the cyst is still arthropathy ("cyst
// from the degenerated L4-5 facet", "the L4-5 facet, which is severely
// degenerated").
bool facet_locates_cyst(const Sentence& s, std::size_t first, std::size_t last) {
  const auto cyst_in = [&](std::size_t from, std::size_t to) {
    return any_word_in(s, from, std::min(to, s.toks.size()), {"cyst", "cysts"}) &&
           !any_word_in(s, from, std::min(to, s.toks.size()), {"subchondral"});
  };
  if (!cyst_in(first >= 8 ? first - 8 : 0, first) && !cyst_in(last, last + 3)) return false;
  std::size_t lo = first >= 4 ? first - 4 : 0;
  for (std::size_t k = first; k > lo; --k) {
    if (punct_is(s.toks[k - 1], ";") || punct_is(s.toks[k - 1], ".")) lo = k;
  }
  std::size_t hi = std::min(last + 5, s.toks.size());
  for (std::size_t k = last; k < hi; ++k) {
    if (punct_is(s.toks[k], ";") || punct_is(s.toks[k], ".")) hi = k;
  }
  const std::initializer_list<std::string_view> kDegenerated = {
      "degenerated", "degenerative",   "hypertrophic", "hypertrophied", "arthritic",
      "arthrotic",   "osteoarthritic", "arthropathic", "diseased"};
  return !any_word_in(s, lo, first, kDegenerated) && !any_word_in(s, last, hi, kDegenerated);
}

// "arthropathy" without "facet": facet arthropathy at a spinal level
// (tests/data/eval/README.md, session-20 batch), but not when another joint
// or a systemic arthropathy is named beside it, nor as a second word for a
// facet finding just named ("Facets: moderate arthropathy").
bool bare_arthropathy_is_facet(const Sentence& s, std::size_t first, std::size_t last) {
  const std::size_t lo = first >= 5 ? first - 5 : 0;
  const std::size_t hi = std::min(last + 5, s.toks.size());
  const std::initializer_list<std::string_view> kOther = {"hip",
                                                          "hips",
                                                          "sacroiliac",
                                                          "si",
                                                          "knee",
                                                          "knees",
                                                          "shoulder",
                                                          "shoulders",
                                                          "uncovertebral",
                                                          "uncinate",
                                                          "atlantoaxial",
                                                          "atlanto",
                                                          "costovertebral",
                                                          "costotransverse",
                                                          "acromioclavicular",
                                                          "glenohumeral",
                                                          "psoriatic",
                                                          "inflammatory",
                                                          "rheumatoid",
                                                          "seronegative",
                                                          "crystal",
                                                          "neuropathic",
                                                          "charcot",
                                                          "gouty",
                                                          "enteropathic",
                                                          "pubic",
                                                          "symphysis",
                                                          "ankle",
                                                          "wrist"};
  if (any_word_in(s, lo, hi, kOther)) return false;
  if (!s.trigs.empty()) {
    const Trig& prev = s.trigs.back();
    if (prev.entry->kind == "facet-arthropathy" && prev.last + 4 >= first &&
        !crosses_break(s, prev.last, first)) {
      return false;
    }
  }
  return true;
}

// "signal abnormality" alone is cord signal change only when the sentence
// speaks of the cord, and not of a bone or joint it names beside it ("signal
// abnormality in the L5 pars", "marrow signal abnormality").
bool signal_of_cord(const Sentence& s, std::size_t first, std::size_t last) {
  const std::initializer_list<std::string_view> kElsewhere = {
      "pars",     "interarticularis", "pedicle",   "pedicles",  "marrow",
      "endplate", "endplates",        "vertebral", "body",      "bodies",
      "facet",    "facets",           "disc",      "disk",      "muscle",
      "muscles",  "sacroiliac",       "bone",      "osseous",   "paraspinal",
      "spinous",  "lamina",           "ligament",  "ligamentum"};
  const std::size_t lo = first >= 3 ? first - 3 : 0;
  if (any_word_in(s, lo, std::min(last + 5, s.toks.size()), kElsewhere)) return false;
  return any_word_in(s, 0, s.toks.size(),
                     {"cord", "conus", "intramedullary", "medullary", "myelomalacia", "myelopathy",
                      "medullaris", "cervicomedullary"});
}

// "PI 64°, PT 32°, SS 32°", "pelvic tilt (PT) 28 degrees", "PT = 24 deg":
// among the sagittal parameters (SRS-Schwab) PT is the pelvic tilt, an angle,
// not physical therapy.
bool pelvic_tilt_named(const Sentence& s, std::size_t first, std::size_t last) {
  if (any_word_in(s, first >= 3 ? first - 3 : 0, first, {"pelvic", "tilt"})) return true;
  std::size_t v = last;
  while (v < s.toks.size() && v < last + 2 &&
         (punct_is(s.toks[v], ":") || punct_is(s.toks[v], "=") || punct_is(s.toks[v], ")"))) {
    ++v;
  }
  if (v >= s.toks.size() || s.toks[v].kind != TokenKind::number) return false;
  if (v + 1 < s.toks.size() && (punct_is(s.toks[v + 1], "°") ||
                                any_word_in(s, v + 1, v + 2, {"degrees", "degree", "deg"}))) {
    return true;
  }
  static const std::initializer_list<std::string_view> kSagittal = {
      "pi", "ss", "ll", "sva", "tk", "incidence", "slope", "lordosis", "kyphosis"};
  std::size_t from = first;
  while (from > 0 && first - from < 4 && !brk(s, from - 1)) --from;
  std::size_t to = v + 1;
  while (to < s.toks.size() && to < v + 5 && !brk(s, to)) ++to;
  return any_word_in(s, from, first, kSagittal) || any_word_in(s, v + 1, to, kSagittal);
}

bool claudication_other_cause(const Sentence& s, std::size_t last) {
  std::size_t k = last;
  if (k < s.toks.size() && any_word_in(s, k, k + 1, {"by", "from"})) {
    ++k;
  } else if (k + 1 < s.toks.size() && any_word_in(s, k, k + 1, {"due", "secondary", "owing"}) &&
             word_is(s.toks[k + 1], "to")) {
    k += 2;
  } else {
    return false;
  }
  static constexpr std::array<std::string_view, 9> kOtherCauses = {
      "dyspnea", "dyspnoea", "breath", "sob", "angina", "chest", "cardiac", "copd", "fatigue"};
  for (std::size_t j = k; j < s.toks.size() && j < k + 4 && !brk(s, j); ++j) {
    const std::string_view w = s.toks[j].text;
    if (one_of(w, kOtherBodyParts) || one_of(w, kOtherCauses)) return true;
  }
  return false;
}

}  // namespace spinecds::terminology::text
