// The vetoes of trigger_vetoes.h: where a finding's word names something else.
#include "terminology/text/trigger_vetoes.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "terminology/text/trigger_context.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

namespace {

// Care other than physiotherapy that names itself "therapy" or
// "rehabilitation" ("radiation therapy", "cardiac rehab", "drug
// rehabilitation"): one list for both words, so a care added to it is
// excluded from both.
constexpr std::array<std::string_view, 34> kOtherCares = {
    "radiation",  "injection",       "drug",        "steroid",      "antibiotic",
    "infusion",   "opioid",          "hormone",     "oxygen",       "occupational",
    "speech",     "cognitive",       "behavioral",  "massage",      "chiropractic",
    "ablation",   "anticoagulation", "cardiac",     "pulmonary",    "cardiopulmonary",
    "vocational", "alcohol",         "substance",   "vestibular",   "stroke",
    "medicine",   "swallow",         "swallowing",  "hand",         "pelvic",
    "addiction",  "detox",           "behavioural", "psychological"};

bool other_care_before(const Sentence& s, std::size_t first, std::size_t width) {
  for (std::size_t k = first >= width ? first - width : 0; k < first; ++k) {
    if (other_care_word(s.toks[k].text)) return true;
  }
  return false;
}

}  // namespace

bool other_care_word(std::string_view w) {
  return std::find(kOtherCares.begin(), kOtherCares.end(), w) != kOtherCares.end();
}

bool other_care_figure(const Sentence& s, std::size_t first, std::size_t last, bool date) {
  // "3 months of chiropractic care", "3 weeks of relief": the figure's own
  // "of" names what it counts.
  if (last < s.toks.size() && word_is(s.toks[last], "of")) {
    for (std::size_t k = last + 1; k < s.toks.size() && k < last + 4; ++k) {
      if (s.trigger_at[k] != kNone || brk(s, k) || s.toks[k].kind == TokenKind::punct) break;
      if (other_care_word(s.toks[k].text) ||
          any_word_in(s, k, k + 1, {"relief", "benefit", "improvement", "chiro"})) {
        return true;
      }
    }
  }
  // "a steroid injection on 08/20/2026", "chiropractic (June through
  // August)": the care named just before a date in its clause.
  for (std::size_t k = first, seen = 0; date && k > 0 && seen < 4; --k, ++seen) {
    const std::size_t j = k - 1;
    if (s.trigger_at[j] != kNone || brk(s, j) || punct_is(s.toks[j], ",")) break;
    if (punct_is(s.toks[j], "(")) continue;
    if (other_care_word(s.toks[j].text) || any_word_in(s, j, j + 1, {"chiro", "esi"})) {
      return true;
    }
  }
  return false;
}

// "jumped facets", "perched facet on the left", "facet dislocation", "no
// facet distraction", "the facets are not distracted": the joint named as the
// site of an injury (a dislocation, a fracture), not as degenerated. Only the
// bare joint, and only words beside it in its clause.
bool facet_injury(const Sentence& s, std::size_t first, std::size_t last) {
  static constexpr std::array<std::string_view, 17> kInjury = {
      "jumped",      "perched",    "locked",    "dislocated", "dislocation", "dislocations",
      "distraction", "distracted", "diastasis", "subluxed",   "subluxation", "subluxations",
      "fracture",    "fractures",  "fractured", "fx",         "naked"};
  for (std::size_t k = first, seen = 0; k > 0 && seen < 2; --k, ++seen) {
    if (s.toks[k - 1].kind == TokenKind::punct) break;
    if (std::ranges::find(kInjury, s.toks[k - 1].text) != kInjury.end()) return true;
  }
  for (std::size_t k = last; k < s.toks.size() && k < last + 3; ++k) {
    if (s.toks[k].kind == TokenKind::punct || brk(s, k)) break;
    if (std::ranges::find(kInjury, s.toks[k].text) != kInjury.end()) return true;
  }
  return false;
}

// "facet loading positive", "tenderness over the L4-5 facets", "facet-mediated
// pain": an exam sign or a pain named by the joint is no imaging finding of
// it (README). Only the bare joint, and only words beside it in its clause.
bool facet_exam_or_pain(const Sentence& s, std::size_t first, std::size_t last) {
  // Up to four words and a level ("tender over the right L4-5 facets").
  for (std::size_t k = first, seen = 0; k > 0 && seen < 7; --k, ++seen) {
    if (brk(s, k - 1) || punct_is(s.toks[k - 1], ",")) break;
    if (any_word_in(s, k - 1, k,
                    {"tenderness", "tender", "loading", "palpation", "provocation", "ttp"})) {
      return true;
    }
  }
  for (std::size_t k = last; k < s.toks.size() && k < last + 3; ++k) {
    if (brk(s, k)) break;
    if (any_word_in(s, k, k + 1,
                    {"loading", "load", "tenderness", "tender", "pain", "pains", "painful",
                     "mediated", "provocation", "provocative", "generator", "generators"})) {
      return true;
    }
  }
  return false;
}

// "UM NURSE REVIEW - LUMBAR FUSION", "Criteria checklist (InterQual Lumbar
// Fusion)", "Per MCG criteria, lumbar fusion for ... is not medically
// necessary": a review's title or guideline names the procedure under
// review, at no level, not a fusion done or planned (s32-um brief).
bool fusion_under_review(const Sentence& s, std::size_t first, std::size_t last) {
  const std::size_t n = s.toks.size();
  for (std::size_t k = first >= 4 ? first - 4 : 0; k < std::min(n, last + 4); ++k) {
    if (s.mention_at[k] != kNone) return false;
  }
  return any_word_in(s, first >= 5 ? first - 5 : 0, first,
                     {"review", "mcg", "interqual", "criteria", "guideline", "guidelines"}) ||
         any_word_in(s, last, std::min(n, last + 2), {"criteria", "guideline", "guidelines"});
}

// "decreased pinprick over the thumb; intact over the middle finger and
// ulnar hand": a finger or hand after a normal word in its clause, with no
// word of loss or exception between, is where sensation is spared (s32-um);
// so is one whose sensation is said normal after it ("decreased sensation
// in the left thumb, middle finger sensation intact").
bool spared_place(const Sentence& s, const TriggerEntry& e, std::size_t first, std::size_t last) {
  if (std::ranges::none_of(e.words, [](const std::string& w) {
        return w.starts_with("finger") || w == "thumb" || w == "hand" || w.starts_with("digit");
      })) {
    return false;
  }
  const auto loss_at = [&s](std::size_t k) {
    return any_word_in(
        s, k, k + 1,
        {"decreased", "diminished", "reduced", "absent", "loss", "altered", "impaired", "numbness",
         "numb", "tingling", "paresthesia", "paresthesias", "hypoesthesia", "pain", "radiating",
         "radiation", "except", "but", "other"});
  };
  // "..., thumb numbness on the left", "index finger is numb", "middle finger
  // sensation intact to pinprick but reduced to light touch": a loss said of
  // the place itself is no sparing; one after "but" that names another place
  // ("intact over the thumb but decreased over the small finger") is that
  // place's.
  for (std::size_t k = last; k < std::min(last + 3, s.toks.size()); ++k) {
    if (loss_at(k) && !any_word_in(s, k, k + 1, {"but", "except", "other"})) return false;
    if (!any_word_in(s, k, k + 1, {"is", "was", "feels"})) break;
  }
  for (std::size_t k = last; k < s.toks.size() && s.toks[k].text != ","; ++k) {
    if (!any_word_in(s, k, k + 1, {"but", "except"})) {
      if (brk(s, k)) break;
      continue;
    }
    bool loss = false;
    bool place = false;
    for (std::size_t j = k + 1; j < s.toks.size() && s.toks[j].text != "," && !brk(s, j); ++j) {
      place = place || any_word_in(s, j, j + 1,
                                   {"thumb", "finger", "fingers", "hand", "digit", "digits",
                                    "forearm", "arm", "ulnar", "radial"});
      loss = loss || loss_at(j);
    }
    if (loss && !place) return false;
    break;
  }
  bool sensory = false;
  for (std::size_t k = last; k < std::min(last + 6, s.toks.size()); ++k) {
    if (any_word_in(s, k, k + 1, {"sensation", "sensory", "light", "touch", "pinprick", "pin"})) {
      sensory = true;
    } else if (sensory && any_word_in(s, k, k + 1, {"intact", "normal", "spared", "preserved"})) {
      return true;
    } else if (!any_word_in(s, k, k + 1, {"to", "prick", "is", "was", "are", "remains"})) {
      break;
    }
  }
  for (std::size_t k = first; k > 0; --k) {
    if (s.toks[k - 1].text == ";" || brk(s, k - 1) || loss_at(k - 1)) return false;
    if (any_word_in(s, k - 1, k, {"intact", "normal", "spared", "preserved"})) return true;
  }
  return false;
}

// "Numbness in the thumb and index finger, likely carpal tunnel syndrome",
// "tingling in the small finger, c/w ulnar neuropathy at the elbow": a hand
// sign the same sentence puts down to a peripheral nerve is no radicular
// sign (as claudication put down to the heart is no neurogenic claudication).
// The diagnosis word itself ("radiculopathy, likely from ...") and a
// radicular cause weighed against the nerve ("C8 versus ulnar neuropathy")
// stay.
bool peripheral_nerve_sign(const Sentence& s, const TriggerEntry& e, std::size_t last) {
  if (std::ranges::any_of(e.words, [](const std::string& w) {
        return w.starts_with("radic") || w == "spurling" || w == "spurling's";
      })) {
    return false;
  }
  static constexpr std::array<std::string_view, 12> kAttributions = {
      "likely", "probably",  "probable",   "consistent", "c",       "due",
      "from",   "secondary", "attributed", "suggestive", "typical", "suspect"};
  static constexpr std::array<std::string_view, 10> kPeripheralNerves = {
      "carpal",         "cts",        "median",     "ulnar",     "cubital", "peroneal",
      "polyneuropathy", "neuropathy", "plexopathy", "peripheral"};
  // A spinal cause named first is the sign's ("due to C6 root compression
  // from a median disc herniation", "from the neck").
  static constexpr std::array<std::string_view, 14> kSpinalCauses = {
      "root",     "roots", "disc",   "foramen",    "foraminal",  "stenosis",    "neck",
      "cervical", "spine", "spinal", "herniation", "protrusion", "spondylosis", "myelopathy"};
  bool attributed = false;
  for (std::size_t k = last; k < s.toks.size() && k < last + 14; ++k) {
    const std::string_view w = s.toks[k].text;
    if (w == ";" || w == "." || w == "versus" || w == "vs" || w == "or" || w == "but" ||
        w.starts_with("radic") || s.mention_at[k] != kNone ||
        std::ranges::find(kSpinalCauses, w) != kSpinalCauses.end() || (attributed && w == ",")) {
      return false;
    }
    if (std::ranges::find(kAttributions, w) != kAttributions.end()) {
      attributed = true;
    } else if (attributed && std::ranges::find(kPeripheralNerves, w) != kPeripheralNerves.end()) {
      const std::string_view next = k + 1 < s.toks.size() ? s.toks[k + 1].text : "";
      // "ulnar hand" is a place, "median portion" a side of the canal: the
      // nerve is named with its word.
      if (w == "ulnar" && next == "hand") return false;
      if (w == "median" && next != "nerve" && next != "neuropathy" && next != "entrapment" &&
          next != "mononeuropathy") {
        return false;
      }
      return true;
    }
  }
  return false;
}

// An examiner's palpation names no level ("Back: no step-off, no midline
// tenderness"); a step-off at a level ("palpable step-off at L5-S1") is the
// slip felt there.
bool palpated_step_off(const Sentence& s, const TriggerEntry& e, std::size_t first,
                       std::size_t last) {
  if (std::find(e.words.begin(), e.words.end(), "step") == e.words.end() || !s.mentions.empty()) {
    return false;
  }
  return any_word_in(s, first >= 4 ? first - 4 : 0, std::min(s.toks.size(), last + 4),
                     {"midline", "palpable", "palpation", "palpated", "tenderness", "ttp", "bony",
                      "spinous", "crepitus"});
}

namespace {
// Words of the arteries and heart valves (vascular surgery and cardiology
// notes beside spine care).
const std::initializer_list<std::string_view> kVesselWords = {
    "artery",   "arteries",        "arterial",  "aortic",   "aorta",      "aortoiliac", "iliac",
    "femoral",  "femoropopliteal", "popliteal", "carotid",  "renal",      "coronary",   "valve",
    "valvular", "mitral",          "tricuspid", "pulmonic", "subclavian", "tibial",     "sfa",
    "stent",    "stents",          "stented",   "vessel",   "vessels",    "inflow",     "runoff"};
}  // namespace

bool vessel_stenosis(const Sentence& s, std::size_t first, std::size_t last) {
  // "Moderate L4-5 stenosis, versus peripheral arterial disease": a stenosis
  // the text places in the spine is not located by the vessel of the
  // alternative it is weighed against ("stenosis versus occlusion of the
  // SFA" has no spinal place, and the vessel is its place).
  const std::size_t from = first >= 3 ? first - 3 : 0;
  bool spinal = any_word_in(s, from, last,
                            {"canal", "foraminal", "foramen", "foramina", "neuroforaminal",
                             "recess", "subarticular", "spinal", "lumbar", "cervical", "thecal"});
  for (std::size_t k = from; k < last && !spinal; ++k) spinal = s.mention_at[k] != kNone;
  const auto alternative = [&](std::size_t k) {
    return spinal && any_word_in(s, k, k + 1, {"versus", "vs"});
  };
  for (std::size_t k = first; k > 0 && k + 4 > first; --k) {
    if (brk(s, k - 1) || alternative(k - 1)) break;
    if (any_word_in(s, k - 1, k, kVesselWords)) return true;
  }
  // "stenosis of 70% in the right common iliac artery", "no significant
  // stenosis in the aortoiliac or femoropopliteal segments"
  for (std::size_t k = last; k < s.toks.size() && k < last + 7; ++k) {
    if (brk(s, k) || s.mention_at[k] != kNone || alternative(k)) break;
    if (any_word_in(s, k, k + 1, kVesselWords)) return true;
  }
  return false;
}

bool teaching_topic(const Sentence& s, std::size_t end) {
  return end < s.toks.size() &&
         any_word_in(s, end, end + 1,
                     {"education", "teaching", "precautions", "handout", "handouts", "leaflet",
                      "pamphlet", "counseling", "counselling"});
}

bool general_indication(const Sentence& s, std::size_t first) {
  std::size_t k = first;
  if (k > 0 && any_word_in(s, k - 1, k, {"a", "an", "the"})) --k;
  if (k < 2 || !word_is(s.toks[k - 1], "for") ||
      !any_word_in(s, k - 2, k - 1, {"indication", "indications", "indicated"})) {
    return false;
  }
  for (std::size_t j = k - 2; j > 0; --j) {
    if (brk(s, j - 1) || punct_is(s.toks[j - 1], ",")) break;
    if (any_word_in(s, j - 1, j, {"alone", "itself", "themselves", "isolation", "se"})) {
      return true;
    }
  }
  return false;
}

bool arterial_claudication(const Sentence& s, std::size_t first) {
  const std::size_t n = s.toks.size();
  const std::size_t before = first >= 3 ? first - 3 : 0;
  if (any_word_in(s, before, first, {"vascular", "arterial", "venous"})) return true;
  // "Buttock claudication at 100 yards, typical of aortoiliac occlusive
  // disease; ABI 0.58": the arteries' signs in the sentence and no word of
  // the spine's. A spine record's "intermittent claudication" without them
  // is the spine's ("No intermittent claudication", Japanese letters).
  // "features favor vascular over neurogenic claudication": the writer's
  // choice of the arteries is said of every claudication in the sentence.
  for (std::size_t k = 0; k + 1 < n; ++k) {
    if (!word_is(s.toks[k], "vascular") && !word_is(s.toks[k], "arterial")) continue;
    if (any_word_in(s, k + 1, k + 2, {"over", "rather"}) ||
        (k > 0 && any_word_in(s, k - 1, k, {"favor", "favour", "favors", "favours", "favoring"}))) {
      return true;
    }
  }
  return any_word_in(s, 0, n,
                     {"aortoiliac", "occlusive", "abi", "abis", "pulses", "pulse", "arterial",
                      "atherosclerotic", "atherosclerosis", "arteries", "pad", "vascular", "iliac",
                      "femoral", "popliteal"}) &&
         !any_word_in(s, 0, n,
                      {"neurogenic", "spinal", "stenosis", "stenotic", "lumbar", "lss", "lcs",
                       "lscs", "canal"});
}

// "retro-odontoid pannus", "retro-dens soft tissue", "retro-vertebral
// hematoma": "retro" joined to the next word is a prefix of place, not the
// slip's abbreviation ("Retro. of L3 on L4").
bool retro_prefix(const Sentence& s, std::size_t last) {
  if (last + 1 >= s.toks.size() || !punct_is(s.toks[last], "-") || s.toks[last].space_before ||
      s.toks[last + 1].space_before || s.toks[last + 1].kind != TokenKind::word) {
    return false;
  }
  return !any_word_in(s, last + 1, last + 2, {"listhesis", "olisthesis", "spondylolisthesis"});
}

// "LSS w/ NC", "L4-5 stenosis and NC", "NC sx": "NC" is neurogenic
// claudication only where the sentence names stenosis and the letters are
// no history section's answer ("FH: NC", "PMH: non-contributory").
bool claudication_abbreviated(const Sentence& s, std::size_t first) {
  if (!any_word_in(s, 0, s.toks.size(), {"stenosis", "stenotic", "lss", "lscs", "lcs"})) {
    return false;
  }
  if (first > 0 && punct_is(s.toks[first - 1], ":")) return false;
  return !any_word_in(
      s, first >= 4 ? first - 4 : 0, first,
      {"fh", "pmh", "psh", "sh", "ros", "history", "family", "social", "exam", "allergies", "hx"});
}

bool eponym_as_person(const Sentence& s, const TriggerEntry& e, std::size_t first,
                      std::size_t last) {
  static constexpr std::array<std::string_view, 9> kEponyms = {"hoffmann",   "hoffman",  "babinski",
                                                               "lhermitte",  "spurling", "romberg",
                                                               "wartenberg", "tinel",    "phalen"};
  if (e.words.size() != 1 ||
      std::find(kEponyms.begin(), kEponyms.end(), e.words.front()) == kEponyms.end()) {
    return false;
  }
  const auto& t = s.toks;
  // "Dr. Hoffmann", "signed by Hoffmann", "Attending: Babinski".
  std::size_t b = first;
  if (b > 0 && (punct_is(t[b - 1], ".") || punct_is(t[b - 1], ":"))) --b;
  if (b > 0 && any_word_in(s, b - 1, b,
                           {"dr", "doctor", "signed", "attending", "cc", "radiologist", "surgeon",
                            "physician", "provider"})) {
    return true;
  }
  // "by" only after a signature's verb: "evidenced by Hoffmann" is the sign.
  if (b > 1 && word_is(t[b - 1], "by") &&
      any_word_in(s, b - 2, b - 1, {"signed", "dictated", "read", "reviewed", "verified"})) {
    return true;
  }
  // "Hoffmann, Greta, MD", "Hoffmann G MD": a title written after it.
  for (std::size_t k = last; k < t.size() && k < last + 5; ++k) {
    if (t[k].upper &&
        any_word_in(s, k, k + 1, {"md", "do", "mbbs", "frcs", "frcr", "phd", "np", "pa"})) {
      return true;
    }
  }
  return false;
}

bool other_therapy(const Sentence& s, const TriggerEntry& e, std::size_t first, std::size_t last) {
  if (e.rule == TriggerRule::therapy_word) {
    // "therapy" alone is physical therapy unless another care is named.
    if (other_care_before(s, first, 2) ||
        any_word_in(s, first >= 2 ? first - 2 : 0, first,
                    {"medical", "medication", "conservative", "pharmacologic", "manual"})) {
      return true;
    }
    // "treated for pulmonary TB and completed 6 months of therapy": the
    // course of a disease's drugs named before it in the sentence.
    if (any_word_in(s, 0, first,
                    {"tb", "tuberculosis", "antitubercular", "antituberculous", "rhze", "hiv",
                     "haart", "antiretroviral", "chemotherapy", "cancer", "lymphoma", "hepatitis",
                     "osteomyelitis", "discitis", "infection", "antibiotics"})) {
      return true;
    }
  }
  if (e.rule == TriggerRule::rehabilitation_word) {
    // Another rehabilitation ("cardiac rehab", "drug rehabilitation"), the
    // specialty ("Physical Medicine and Rehabilitation") or a place ("a
    // rehabilitation hospital") is no physiotherapy.
    if (other_care_before(s, first, 3) ||
        any_word_in(s, last, std::min(last + 1, s.toks.size()),
                    {"hospital", "center", "centre", "facility", "unit", "ward", "medicine",
                     "physician", "physicians", "doctor", "consultant", "specialist", "bed",
                     "admission", "admit", "admitted", "h",
                     // a therapist's prognosis ("good rehab potential")
                     "potential", "prognosis"})) {
      return true;
    }
    // "at Summit Rehab", "Valley Rehabilitation": a clinic's name, whose
    // therapy the sentence names in its own words.
    if (first > 0 && s.toks[first].upper && s.toks[first - 1].upper &&
        s.toks[first - 1].kind == TokenKind::word && !s.toks[first - 1].line_before &&
        !any_word_in(s, first - 1, first,
                     {"outpatient", "inpatient", "postoperative", "operative", "spinal", "spine",
                      "lumbar", "cervical", "gait", "physical", "formal", "home", "acute", "early",
                      "intensive", "supervised", "neck", "back", "tele"})) {
      return true;
    }
  }
  return false;
}

}  // namespace spinecds::terminology::text
