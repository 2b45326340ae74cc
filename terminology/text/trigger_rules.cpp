// Whether a finding trigger's context rule (TriggerRule) allows it where it
// stands: what a trigger word list cannot say ("no osseous bridging", "PT" as
// patient, "facet injection", "narrowed L5-S1 disc space"). The rules' helpers
// are trigger_context.cpp's, motion_context.cpp's, surgery_context.cpp's and
// manipulative_terms.cpp's; find_triggers (triggers.cpp) applies them.
#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/manipulative_terms.h"
#include "terminology/text/motion_context.h"
#include "terminology/text/sections.h"
#include "terminology/text/sentence.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/surgery_context.h"
#include "terminology/text/trigger_context.h"
#include "terminology/text/trigger_vetoes.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

bool trigger_allowed(const Sentence& s, const TriggerEntry& e, std::size_t first,
                     std::size_t last) {
  // "UMN SIGNS:" alone on its line, the check boxes of each sign below it: a
  // template's heading names what was examined, not what was found.
  if (first == 0 && last + 1 == s.toks.size() && punct_is(s.toks[last], ":") &&
      (e.kind == "myelopathy" || e.kind == "radiculopathy" || e.kind == "weakness" ||
       e.kind == "neurogenic-claudication")) {
    return false;
  }
  if (e.kind == "radiculopathy" && radiates_only_axially(s, last) &&
      std::any_of(s.toks.begin() + static_cast<std::ptrdiff_t>(first),
                  s.toks.begin() + static_cast<std::ptrdiff_t>(last),
                  [](const Token& t) { return t.text.starts_with("radiat"); })) {
    return false;
  }
  const std::size_t before = first >= 3 ? first - 3 : 0;
  const std::string_view head = s.toks[first].text;
  if (e.kind == "physical-therapy" && therapy_for_other_part(s, first, last)) return false;
  if (e.rule == TriggerRule::per_position && !(s.about_positions && positions_measured(s) >= 2)) {
    return false;
  }
  if (e.words.size() == 1 && e.words.front() == "retro" && retro_prefix(s, last)) return false;
  if (e.kind == "spondylolisthesis" && palpated_step_off(s, e, first, last)) return false;
  if (eponym_as_person(s, e, first, last)) return false;
  if (e.kind == "neurogenic-claudication" && claudication_other_cause(s, last)) return false;
  if (e.kind == "stenosis" && vessel_stenosis(s, first, last)) return false;
  if (e.kind != "physical-therapy" && teaching_topic(s, last)) return false;
  if (e.kind == "prior-fusion" && general_indication(s, first)) return false;
  // "complete block of contrast at C4-5 with severe cord compression": a
  // myelogram's block beside the cord compression it shows is that
  // compression's sign (as it defers to a stenosis named).
  if (e.kind == "stenosis" && e.deferent &&
      std::find(e.words.begin(), e.words.end(), "block") != e.words.end() &&
      any_word_in(s, 0, s.toks.size(), {"cord"}) &&
      any_word_in(s, 0, s.toks.size(), {"compression", "compressed", "compressing"})) {
    return false;
  }
  if (e.words.size() == 1 && e.words.front() == "upgoing" &&
      !any_word_in(s, first >= 4 ? first - 4 : 0, first, {"plantar", "plantars", "toe", "toes"})) {
    return false;
  }
  // "C5 palsy", "L5 nerve palsy", "C8 palsy": a root's (the level scanner's
  // root, or a C8 that is no vertebra); "Bell's palsy" is not.
  if (e.words.size() == 1 && e.words.front() == "palsy") {
    std::size_t k = first;
    if (k > 0 && any_word_in(s, k - 1, k, {"nerve", "root"})) --k;
    const bool root_before =
        k > 0 &&
        (lone_root(s, k - 1) || std::any_of(s.roots.begin(), s.roots.end(),
                                            [&](const auto& r) { return r.first + 1 == k; }));
    if (!root_before) return false;
  }
  // "LDH 312 U/L": lactate dehydrogenase, not a lumbar disc herniation.
  if (e.words.size() == 1 && e.words.front() == "ldh" &&
      (any_word_in(s, first >= 3 ? first - 3 : 0, std::min(last + 4, s.toks.size()),
                   {"u", "iu", "lab", "labs", "level", "levels", "elevated", "serum", "crp", "esr",
                    "ast", "alt", "ck", "cbc", "hemolysis", "lactate"}) ||
       (last < s.toks.size() && s.toks[last].kind == TokenKind::number))) {
    return false;
  }
  // "recurrent disc" is the herniation back after surgery only when the disc
  // is the noun ("scar versus recurrent disc", "without recurrent disc at
  // L4-5", "recurrent disc material"): "recurrent disc surgery", "...
  // symptoms", "... space narrowing" or "disc-space infection" name another
  // thing the disc has, so the word after it must be one a noun phrase ends
  // before, or the herniation's own.
  if (e.words.size() == 2 && e.words.front() == "recurrent" && last < s.toks.size()) {
    const Token& next = s.toks[last];
    const bool joined = punct_is(next, "-") || punct_is(next, "/");
    if (joined ||
        (next.kind == TokenKind::word && s.mention_at[last] == kNone &&
         !any_word_in(
             s, last, last + 1,
             {"at",         "material",   "fragment",  "fragments", "versus",      "vs",
              "or",         "and",        "with",      "without",   "on",          "in",
              "is",         "was",        "seen",      "noted",     "identified",  "present",
              "herniation", "protrusion", "extrusion", "prolapse",  "compressing", "contacting",
              "abutting",   "displacing", "impinging", "causing"}))) {
      return false;
    }
  }
  // "Unable to heel walk due to pain", "... because of balance": a walk
  // test failed for another reason shows no weak muscle.
  if (e.kind == "weakness" && e.words.size() >= 3 &&
      std::any_of(e.words.begin(), e.words.end(), [](const std::string& w) {
        return w == "heel" || w == "heels" || w == "toe" || w == "toes";
      })) {
    for (std::size_t k = last; k < s.toks.size() && k < last + 10 && !brk(s, k); ++k) {
      if (any_word_in(s, k, k + 1,
                      {"pain", "painful", "balance", "dizziness", "ataxia", "vertigo"}) &&
          any_word_in(s, k >= 4 ? k - 4 : 0, k,
                      {"due", "secondary", "because", "limited", "from"})) {
        return false;
      }
    }
  }
  if (e.kind == "radiculopathy" && spared_place(s, e, first, last)) return false;
  if (e.kind == "radiculopathy" && peripheral_nerve_sign(s, e, last)) return false;
  if (e.rule == TriggerRule::affirmed_only && first > 0 &&
      any_word_in(s, first >= 2 ? first - 2 : 0, first, {"no", "without", "not", "absent"})) {
    return false;  // "no osseous bridging" says the fusion is not solid, not that none was done
  }
  if (e.rule == TriggerRule::affirmed_only && denied_after(s, last)) return false;
  if (e.rule == TriggerRule::not_disc_space) {
    // "narrowed L5-S1 disc space": the adjective before the disc it narrows.
    std::size_t k = last;
    while (k < s.toks.size() && k < last + 6 && s.mention_at[k] != kNone) ++k;
    if (k < s.toks.size() && any_word_in(s, k, k + 1,
                                         {"disc", "disk", "intervertebral", "interspace",
                                          "interspaces", "space", "spaces"})) {
      return false;
    }
    // "the L4-5 disc is desiccated and mildly narrowed": the nearest subject
    // before the predicate decides what narrows.
    for (std::size_t k = first; head == "narrowed" && k > 0 && k + 8 > first; --k) {
      if (any_word_in(
              s, k - 1, k,
              {"foramen",    "foramina",   "foraminal",    "canal",    "recess",  "recesses",
               "sac",        "foramens",   "canals",       "causing",  "with",    "resulting",
               "producing",  "which",      "contributing", "causes",   "results", "by",
               "protrusion", "herniation", "bulge",        "extrusion"})) {
        break;
      }
      if (any_word_in(s, k - 1, k, {"disc", "disk", "discs", "disks", "interspace"})) return false;
      if (brk(s, k - 1)) break;
    }
    // "disc space narrowing" is loss of disc height, not stenosis.
    if (any_word_in(s, before, first, {"disc", "disk", "joint", "space", "height"})) return false;
    if (last + 1 < s.toks.size() && word_is(s.toks[last], "of")) {
      // "narrowing of the L4-5 disc space": the level sits in between.
      if (any_word_in(s, last, std::min(last + 7, s.toks.size()),
                      {"disc", "disk", "space", "joint", "joints", "height", "interspace"})) {
        return false;
      }
    }
  }
  if (e.rule == TriggerRule::pt_abbreviation) {
    // "Pt" is usually "patient"; read it as physical therapy when written
    // "PT" and not followed by a patient's verb, or in a therapy context
    // ("6 weeks of PT", "PT x 12 visits", "formal PT").
    const std::size_t k = first;
    // "PT/INR", "PT 12.5 seconds", "prothrombin time (PT)": the clotting test.
    if (any_word_in(s, last, std::min(last + 2, s.toks.size()), {"inr", "ptt", "seconds", "sec"}) ||
        any_word_in(s, first >= 2 ? first - 2 : 0, first, {"prothrombin", "inr", "ptt"})) {
      return false;
    }
    // "PI 64°, PT 32°": the pelvic tilt (trigger_context.cpp).
    if (pelvic_tilt_named(s, first, last)) return false;
    // "DP and PT pulses 2+", "palpable DP/PT": the posterior tibial pulse.
    if (any_word_in(s, last, std::min(last + 2, s.toks.size()), {"pulse", "pulses", "doppler"}) ||
        any_word_in(s, first >= 2 ? first - 2 : 0, first, {"dp", "dorsalis", "dp/pt"})) {
      return false;
    }
    // "squadron PT 3 times a week", "PT test with his unit": a service
    // member's physical training, not therapy.
    const bool service_before =
        any_word_in(s, first >= 1 ? first - 1 : 0, first,
                    {"squadron", "platoon", "battalion", "brigade", "regiment", "troop", "squad",
                     "military", "army", "navy", "marine", "marines"});
    const bool service_words = service_before || any_word_in(s, 0, s.toks.size(),
                                                             {"squadron", "platoon", "battalion",
                                                              "unit", "military", "army"});
    if (service_before ||
        (service_words &&
         any_word_in(s, last, std::min(last + 2, s.toks.size()),
                     {"test", "score", "belt", "uniform", "formation", "run", "standards"})) ||
        any_word_in(s, 0, s.toks.size(), {"apft", "acft", "pfa", "prt"})) {
      return false;
    }
    static constexpr std::array<std::string_view, 20> kVerbs = {
        "reports", "states", "denies", "is", "was", "has", "presents", "complains", "c", "returns",
        "notes", "feels", "ambulates", "tolerated",
        // "pt referred for MRI", "pt reported relief", "pt agrees with plan"
        "referred", "reported", "noted", "stated", "agrees", "agreed"};
    const bool verb = last < s.toks.size() && one_of(s.toks[last].text, kVerbs);
    // "PT was discontinued after 2 visits": the verb is the therapy's.
    const bool therapy_after =
        verb &&
        any_word_in(s, last, std::min(last + 7, s.toks.size()),
                    {"visits", "visit", "sessions", "session", "discontinued", "completed",
                     "discharged", "helpful", "beneficial", "weekly", "ineffective",
                     // "PT was not covered", "PT has not been tried", "PT is
                     // contraindicated": what became of the therapy (s23-pt)
                     "covered", "tried", "contraindicated", "pursued", "ordered", "authorized",
                     "scheduled", "recommended", "started", "denied", "approved",
                     // "PT was withheld pending surgical consult", "PT was cancelled"
                     "withheld", "held", "cancelled", "canceled", "declined",
                     // "PT was deferred given the C1-2 instability" (session 35)
                     "deferred", "postponed", "delayed",
                     // "PT was never attempted due to cost", "PT was trialed"
                     "attempted", "trialed", "trialled"});
    if (s.toks[k].all_caps && (!verb || therapy_after)) return true;
    // "CMT withheld and pt referred for MRI", "Pt notes the tingling is less
    // frequent": "pt" in lower case before a patient's verb is the patient,
    // whatever stands before it ("and", "with").
    if (!s.toks[k].all_caps && verb && !therapy_after) return false;
    static constexpr std::array<std::string_view, 24> kBefore = {
        "of",         "formal",  "supervised", "outpatient", "person",    "virtual",
        "telehealth", "home",    "completed",  "attended",   "failed",    "continue",
        "continued",  "started", "prior",      "previous",   "underwent", "including",
        "and",        "with",    "no",         "trial",      "course",    "declined"};
    // "Imaging reviewed with pt", "discussed the findings with pt": what one
    // reviews or discusses with someone is done with the patient.
    if (k > 0 && s.toks[k - 1].text == "with" &&
        any_word_in(s, k >= 7 ? k - 7 : 0, k - 1,
                    {"reviewed", "review", "reviewing", "discussed", "discuss", "discussing",
                     "spoke", "speak", "talked", "explained", "met", "shared", "went", "counseled",
                     "counselled", "consented", "agreed"})) {
      return false;
    }
    if (k > 0) {
      for (auto w : kBefore) {
        if (s.toks[k - 1].text == w) return true;
      }
    }
    if (last < s.toks.size()) {
      static constexpr std::array<std::string_view, 10> kAfter = {
          "sessions", "visits",  "session", "visit",      "twice",
          "x",        "program", "course",  "evaluation", "notes"};
      for (auto w : kAfter) {
        if (s.toks[last].text == w) return true;
      }
    }
    return false;
  }
  if (e.rule == TriggerRule::not_vascular && arterial_claudication(s, first)) return false;
  if (e.rule == TriggerRule::facet && e.words.front() != "facet" &&
      (e.words.front() == "arthropathy" || e.words.front() == "arthrosis" ||
       e.words.front() == "arthropathic") &&
      !bare_arthropathy_is_facet(s, first, last)) {
    return false;
  }
  if (e.rule == TriggerRule::facet && (e.words.front() == "facet" || e.words.front() == "facets")) {
    const bool joint_only =
        e.words.size() == 1 ||
        (e.words.size() == 2 && (e.words[1] == "joint" || e.words[1] == "joints"));
    if (joint_only && facet_locates_cyst(s, first, last)) return false;
    if (joint_only && facet_injury(s, first, last)) return false;
    if (joint_only && facet_exam_or_pain(s, first, last)) return false;
  }
  if (e.rule == TriggerRule::facet) {
    // "facet injection", "radiofrequency ablation of the L4-5 facets": a
    // procedure on the joint, not arthropathy.
    const std::initializer_list<std::string_view> kProcedures = {
        "injection",      "injections",  "block",     "blocks", "rhizotomy", "ablation",
        "radiofrequency", "denervation", "neurotomy", "branch", "rfa",       "injected"};
    if (any_word_in(s, first >= 7 ? first - 7 : 0, first, kProcedures)) return false;
    if (last < s.toks.size() &&
        any_word_in(s, last, std::min(last + 2, s.toks.size()),
                    {"injection", "injections", "block", "blocks", "rhizotomy", "ablation",
                     "radiofrequency", "denervation"})) {
      return false;
    }
  }
  if (e.rule == TriggerRule::prior_only) {
    // Decompression is an operation when it is said to be one, or named with
    // a fusion ("fusion L3 to S1 with decompression at L4-5", "decompression
    // and fusion"): not the decompression of a sac or a root by a disc.
    const std::initializer_list<std::string_view> kFusion = {
        "fusion", "arthrodesis", "tlif", "plif", "alif", "xlif", "olif", "psf", "instrumentation"};
    if (!any_word_in(s, first >= 5 ? first - 5 : 0, first,
                     {"prior", "previous", "post", "history", "h", "old", "remote", "p", "since",
                      "discussed", "planned", "plan", "recommend", "recommended", "proposed",
                      "requested", "undergo", "proceed", "candidate", "underwent", "had", "discuss",
                      "considering", "consider", "considered", "consideration", "revision", "redo",
                      // a radiologist's "interval decompression at L3-4":
                      // done since the last study
                      "interval",
                      // "advised urgent decompression", "no longer present
                      // after decompression L3/4 (2021)" (translated notes)
                      "after", "advised", "urgent", "emergent", "needs", "requires", "suggested",
                      "posted", "listed"}) &&
        !any_word_in(s, first >= 10 ? first - 10 : 0, first, kFusion) &&
        !any_word_in(s, last, std::min(last + 5, s.toks.size()), kFusion) &&
        // "a complete decompression was performed from L4 to S1";
        // "decompression alone" is always the operation weighed against a fusion
        !any_word_in(s, last, std::min(last + 3, s.toks.size()), {"performed", "done"}) &&
        !(last < s.toks.size() && word_is(s.toks[last], "alone")) &&
        !operation_named(s, first, last) && section_header(s.toks) != Section::planned &&
        // "Will submit for L3-5 decompression", "booked for L4-S1
        // decompression": the levels an operation spans, written before it
        // as a fusion's are; a sac relieved by a disc has no level of its own.
        // "L4-5 decompression of the thecal sac by the retropulsed fragment":
        // a structure relieved (or pressed on) is no operation.
        !(first > 0 && s.mention_at[first - 1] != kNone &&
          !(last < s.toks.size() && word_is(s.toks[last], "of") &&
            any_word_in(s, last + 1, std::min(last + 4, s.toks.size()),
                        {"sac", "cord", "root", "roots", "thecal", "nerve", "nerves"})))) {
      return false;
    }
  }
  if (e.rule == TriggerRule::with_mm) {
    // "4 mm of motion", "motion of 5 mm": motion counts as translation only
    // with a millimetre figure beside it.
    const std::size_t lo = first >= 4 ? first - 4 : 0;
    const std::size_t hi = std::min(last + 5, s.toks.size());
    if (!any_word_in(s, lo, hi, {"mm", "millimeters", "millimetres", "millimeter", "cm"})) {
      return false;
    }
  }
  if (e.rule == TriggerRule::not_lordotic) {
    if (any_word_in(s, before, first,
                    {"lordotic", "lordosis", "kyphotic", "kyphosis", "normal", "learning"})) {
      return false;
    }
  }
  if ((e.rule == TriggerRule::therapy_word || e.rule == TriggerRule::rehabilitation_word) &&
      other_therapy(s, e, first, last)) {
    return false;
  }
  if (e.rule == TriggerRule::motion_context &&
      (s.about_positions ? place_of_hardware(s, first, last) : !unchanged_under_load(s, e))) {
    return false;
  }
  // "3 mm of translation at L4-5, unchanged compared to prior": a comparison
  // with an earlier study, not the same alignment in two positions.
  if (e.rule == TriggerRule::motion_context && last < s.toks.size() &&
      any_word_in(s, last, std::min(last + 3, s.toks.size()),
                  {"compared", "from", "since", "versus", "vs", "relative"}) &&
      any_word_in(s, last, std::min(last + 6, s.toks.size()),
                  {"prior", "previous", "previously", "last", "earlier", "exam", "study",
                   "examination", "radiographs", "mri", "ct"})) {
    return false;
  }
  // "motion at L4-5 is within normal limits": the normal predicate denies
  // instability only when it is said of motion.
  if (e.rule == TriggerRule::motion_named &&
      !any_word_in(s, first >= 8 ? first - 8 : 0, first,
                   {"motion", "movement", "mobility", "excursion", "translation"})) {
    return false;
  }
  if (e.rule == TriggerRule::static_alignment && s.about_positions) return false;
  if (e.rule == TriggerRule::coordinated) {
    // "sagittal and coronal balance are maintained", "coronal/sagittal alignment"
    if (last + 2 >= s.toks.size() ||
        !(word_is(s.toks[last], "and") || word_is(s.toks[last], "or") ||
          punct_is(s.toks[last], "/")) ||
        !(word_is(s.toks[last + 1], "coronal") || word_is(s.toks[last + 1], "sagittal"))) {
      return false;
    }
    const std::string_view noun = s.toks[last + 2].text;
    if (noun != "balance" && noun != "imbalance" && noun != "alignment" && noun != "malalignment") {
      return false;
    }
  }
  if (e.rule == TriggerRule::sought &&
      !(first > 0 && word_is(s.toks[first - 1], "for") &&
        any_word_in(s, first >= 3 ? first - 3 : 0, first,
                    {"assess", "evaluate", "evaluation", "eval", "assessment", "check"}))) {
    return false;
  }
  if (e.rule == TriggerRule::strength_grade &&
      (!strength_context(s, first, last) || !full_grade_fits(s, e, first))) {
    return false;
  }
  if (e.rule == TriggerRule::displacement && !vertebra_displaced(s, e, first, last)) return false;
  if (e.rule == TriggerRule::slip_motion && !said_of_slip(s, first, last)) return false;
  if (e.kind == "pi-ll-mismatch" && e.words.size() == 1 &&
      !any_word_in(s, 0, first, {"pi", "incidence"})) {
    return false;
  }
  if (e.kind == "cord-signal-change" && e.words.front() == "signal" &&
      !signal_of_cord(s, first, last) && !in_cord_cell(s, first)) {
    return false;
  }
  if (e.rule == TriggerRule::cord_named && !said_of_cord(s, first, last)) return false;
  if (e.rule == TriggerRule::capitals && !s.toks[first].all_caps) return false;
  if (e.rule == TriggerRule::capitals && e.kind == "neurogenic-claudication" &&
      !claudication_abbreviated(s, first)) {
    return false;
  }
  if (e.rule == TriggerRule::not_chiropractic && manipulative_term(s, first, last)) return false;
  // "reports (in Arabic) not translated yet", "letter translated into
  // English": a language's translation, not a vertebra's.
  if (e.kind == "translation" && word_is(s.toks[first], "translated") &&
      (any_word_in(s, last, std::min(last + 1, s.toks.size()), {"yet", "into"}) ||
       any_word_in(s, first >= 6 ? first - 6 : 0, std::min(last + 4, s.toks.size()),
                   {"report", "reports", "records", "documents", "letter", "language", "english",
                    "arabic", "spanish", "french", "german", "interpreter"}))) {
    return false;
  }
  if (e.kind == "prior-fusion" && e.rule != TriggerRule::any_surgery &&
      (not_spinal_fusion(s, first, last) || fusion_under_review(s, first, last))) {
    return false;
  }
  if (e.rule == TriggerRule::spurling_named && !spurling_before(s, first)) return false;
  if (e.rule == TriggerRule::elided_reflex && !elided_reflex(s, first, last)) return false;
  if (e.rule == TriggerRule::neck_region && !about_the_neck(s)) return false;
  if (e.rule == TriggerRule::visit_counter && !visit_counter(s, first, last)) return false;
  if (e.rule == TriggerRule::any_surgery && e.words.size() == 1 &&
      !bare_surgery_denied(s, first, last)) {
    return false;
  }
  if (e.rule == TriggerRule::any_surgery && !s.trigs.empty()) {
    // "no prior fusion surgery": the named operation says which.
    const Trig& prev = s.trigs.back();
    const auto& k = prev.entry->kind;
    if (prev.last + 2 >= first &&
        (k == "prior-fusion" || k == "prior-laminectomy" || k == "osteotomy")) {
      return false;
    }
  }
  if (e.rule == TriggerRule::study_named && first > 0 &&
      !any_word_in(s, first >= 4 ? first - 4 : 0, first,
                   {"views", "view", "radiographs", "radiograph", "xr", "films", "series", "ray",
                    "rays", "xray", "xrays", "imaging", "images", "ap"})) {
    // "translation between flexion and extension" names positions, not images;
    // "4 views with flexion/extension" names images.
    // "pain with lumbar flexion and extension": a body word between the
    // position word and the motion does not make it a study, nor does "both"
    // ("6 mm in both flexion and extension").
    std::size_t p = first;
    while (p > 0 && any_word_in(s, p - 1, p,
                                {"lumbar", "trunk", "spinal", "spine", "full", "active", "both",
                                 "either"})) {
      --p;
    }
    if (p > 0 && any_word_in(s, p - 1, p,
                             {"between", "with", "on", "in", "across", "during", "of", "to", "and",
                              "from", "at", "upon"})) {
      return false;
    }
    // An examination, not images: "pain", "limited", "painful" before it.
    if (any_word_in(s, first >= 5 ? first - 5 : 0, first,
                    {"pain", "painful", "limited", "tenderness", "discomfort", "rom", "motion"})) {
      return false;
    }
  }
  // "fluid in the facet joints", "facet joint effusions": a facet effusion
  // alone is not arthropathy; "facet arthropathy or effusion" still is. Nor
  // is signal or edema in the bare joints ("increased T2 signal in the L4-5
  // facet joints"): what it may reflect is said, if at all, by name.
  const std::string& noun = e.words.back();
  if (e.kind == "facet-arthropathy" &&
      (noun == "facet" || noun == "facets" || noun == "joint" || noun == "joints") &&
      (any_word_in(
           s, first >= 7 ? first - 7 : 0, first,
           {"fluid", "effusion", "effusions", "signal", "edema", "oedema", "enhancement"}) ||
       any_word_in(s, last, std::min(last + 2, s.toks.size()),
                   {"fluid", "effusion", "effusions"}))) {
    return false;
  }
  // "The facet joints are intact / aligned": the bare anatomy with a normal
  // predicate names no arthropathy.
  if (e.kind == "facet-arthropathy" &&
      (noun == "facet" || noun == "facets" || noun == "joint" || noun == "joints") &&
      any_word_in(s, last, std::min(last + 4, s.toks.size()),
                  {"intact", "aligned", "congruent", "located"}) &&
      (!any_word_in(s, last, std::min(last + 8, s.toks.size()),
                    {"but", "except", "although", "however", "though"}) ||
       any_word_in(s, last, std::min(last + 12, s.toks.size()), {"facet", "facets"}))) {
    return false;
  }
  (void)head;
  return true;
}

}  // namespace spinecds::terminology::text
