// Section headers and what they mean for the findings under them. Data: the
// header names as EHR notes and radiology reports write them (HL7 C-CDA
// section titles: Plan of Treatment, Past Medical History, Surgical History,
// Family History; ACR report sections: Comparison, Findings, Impression).
#include "terminology/text/sections.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace spinecds::terminology::text {

namespace {

struct SectionName {
  std::string_view name;  // lower-case words joined by one space
  Section section;
};

constexpr SectionName kSections[] = {
    {"plan", Section::planned},
    {"plans", Section::planned},
    {"plan of care", Section::planned},
    {"plan of treatment", Section::planned},
    {"treatment plan", Section::planned},
    {"recommendation", Section::planned},
    {"recommendations", Section::planned},
    {"requested procedure", Section::planned},
    {"procedure requested", Section::planned},
    {"planned procedure", Section::planned},
    {"proposed procedure", Section::planned},
    {"scheduled procedure", Section::planned},
    {"order", Section::planned},
    {"orders", Section::planned},
    {"ordered", Section::planned},
    {"requested exam", Section::planned},
    {"exam requested", Section::planned},
    {"requested study", Section::planned},
    {"study requested", Section::planned},
    {"requested", Section::planned},
    {"referral", Section::planned},
    {"referrals", Section::planned},
    {"referral to", Section::planned},
    // payer prior-authorisation letters
    {"requested services", Section::planned},
    {"services requested", Section::planned},
    {"requested procedures", Section::planned},
    {"procedures requested", Section::planned},
    {"requested treatment", Section::planned},
    {"authorization request", Section::planned},
    {"authorization requested for", Section::planned},
    {"planned", Section::planned},
    // a translated order or discharge note ("Solicited: physiotherapy 10
    // sessions", "Orientations: physiotherapy after 6 weeks": Portuguese
    // "solicitado", "orientações"); not the singular, which in a US exam
    // heads mental status ("Orientation: A&O x3")
    {"solicited", Section::planned},
    {"orientations", Section::planned},
    {"surgical plan", Section::planned},
    // a discharge's plan: what is to come, not what was done (a therapist's
    // "Goals:" are not: a discharge summary marks them met)
    {"discharge plan", Section::planned},
    {"follow up plan", Section::planned},
    {"surgical plan discussed", Section::planned},
    {"past medical history", Section::past},
    {"past surgical history", Section::past},
    {"surgical history", Section::past},
    {"prior surgical history", Section::past},
    {"pmh", Section::past},
    {"psh", Section::past},
    {"prior surgery", Section::past},
    {"prior surgeries", Section::past},
    {"comparison", Section::past},
    {"comparisons", Section::past},
    {"prior imaging", Section::past},
    {"previous imaging", Section::past},
    {"differential", Section::differential},
    {"differentials", Section::differential},
    {"differential diagnosis", Section::differential},
    {"differential diagnoses", Section::differential},
    {"differential dx", Section::differential},
    {"ddx", Section::differential},
    {"family history", Section::family},
    {"family hx", Section::family},
    {"fhx", Section::family},
    {"fh", Section::family},
    // A payer's or reviewer's restatement of its criteria ("GUIDELINE
    // APPLIED: ODG, Low Back chapter ... fusion may be considered for
    // spondylolisthesis with instability"): it describes no patient.
    {"guideline", Section::guideline},
    {"guidelines", Section::guideline},
    {"guideline applied", Section::guideline},
    {"guidelines applied", Section::guideline},
    {"guideline used", Section::guideline},
    {"guidelines used", Section::guideline},
    {"guideline cited", Section::guideline},
    {"guidelines cited", Section::guideline},
    {"clinical guideline", Section::guideline},
    {"clinical guidelines", Section::guideline},
    {"medical policy", Section::guideline},
    // Not "MCG criteria:" or "criteria applied:": a reviewer's checklist
    // answers there of the patient ("severe stenosis on imaging - MET").
};

// Field labels that name the act of the document they stand in, not a
// section: "ORDER: Surgical case request / Procedure: L3-4 laminectomy" is
// still the order's, an op note's "PROCEDURE:" is still the op note's.
constexpr std::string_view kFieldLabels[] = {
    "procedure", "procedures", "cpt", "cpt code", "cpt codes", "laterality",
};

// Headings that end a plan or history section when written alone on a line
// ("IMPRESSION" after "PLAN" in a pasted report).
constexpr std::string_view kBareHeadings[] = {
    "impression", "findings", "assessment",    "indication",  "indications", "history",
    "hpi",        "exam",     "physical exam", "examination", "technique",   "conclusion",
};

// Section names that stand as a heading alone on a line; verbs and
// abbreviations ("planned", "requested", "fh") do not.
constexpr std::string_view kBareSections[] = {
    "plan",
    "plans",
    "plan of care",
    "plan of treatment",
    "treatment plan",
    "recommendation",
    "recommendations",
    "surgical plan",
    "orders",
    "referrals",
    "past medical history",
    "past surgical history",
    "surgical history",
    "family history",
    "differential diagnosis",
    "differential diagnoses",
    "prior imaging",
    "previous imaging",
    "guideline",
    "guidelines",
    "guideline applied",
    "guidelines applied",
    "medical policy",
};

// The lower-case words of the heading that opens `toks` (up to five words and a
// colon, or the line's words alone; `bare` says which), or nullopt.
std::optional<std::string> heading_name(std::span<const Token> toks, bool& bare) {
  // A hyphen joins two words of one heading ("Short-term goals:",
  // "Follow-up plan:"); the name spells it as a space.
  const auto joiner = [&](std::size_t k) {
    return k > 0 && k + 1 < toks.size() && toks[k].kind == TokenKind::punct &&
           toks[k].text == "-" && toks[k - 1].kind == TokenKind::word &&
           toks[k + 1].kind == TokenKind::word;
  };
  std::size_t k = 0;
  std::size_t words = 0;
  while (k < toks.size() && words < 5 && (toks[k].kind == TokenKind::word || joiner(k))) {
    if (toks[k].kind == TokenKind::word) ++words;
    ++k;
  }
  // A heading alone on its line ("PLAN", "<b>Plan</b><br>"): a line break ends
  // the sentence, so the heading is the whole sentence and needs no colon.
  bare = k > 0 && k == toks.size();
  if (k == 0 ||
      (!bare && (k >= toks.size() || toks[k].kind != TokenKind::punct || toks[k].text != ":"))) {
    return std::nullopt;
  }
  std::string name;
  for (std::size_t i = 0; i < k; ++i) {
    if (toks[i].kind != TokenKind::word) continue;
    if (!name.empty()) name += ' ';
    name += toks[i].text;
  }
  return name;
}

}  // namespace

std::optional<Section> section_header(std::span<const Token> toks) {
  bool bare = false;
  const auto heading = heading_name(toks, bare);
  if (!heading) return std::nullopt;
  const std::string& name = *heading;
  // Only the section names count as a bare heading: any short line is none.
  for (const auto& s : kSections) {
    if (s.name != name) continue;
    // A hard-wrapped sentence can leave one word alone on a line ("... fusion
    // is / planned / MRI shows ..."): alone, only a section's noun is a heading.
    if (bare && std::find(std::begin(kBareSections), std::end(kBareSections), name) ==
                    std::end(kBareSections)) {
      return std::nullopt;
    }
    return s.section;
  }
  if (bare) {
    for (const auto other : kBareHeadings) {
      if (other == name) return Section::other;
    }
    return std::nullopt;
  }
  for (const auto label : kFieldLabels) {
    if (label == name) return std::nullopt;
  }
  return Section::other;
}

std::optional<Section> section_after(Section current, std::span<const Token> toks) {
  auto next = section_header(toks);
  if (current != Section::guideline || next != Section::other) return next;
  bool bare = false;
  const auto name = heading_name(toks, bare);
  const bool named = name && std::find(std::begin(kBareHeadings), std::end(kBareHeadings), *name) !=
                                 std::end(kBareHeadings);
  return named ? next : std::nullopt;
}

bool condition_list_header(std::span<const Token> toks) {
  bool bare = false;
  const auto name = heading_name(toks, bare);
  if (!name || bare) return false;
  for (std::string_view list : {"problem list", "active problem list", "problems",
                                "active problems", "pmh", "past medical history", "medical history",
                                "diagnoses", "diagnosis list", "comorbidities"}) {
    if (*name == list) return true;
  }
  return false;
}

std::optional<ReadStage> read_stage_header(std::span<const Token> toks) {
  // The heading's words up to its colon (or the line's first word alone):
  // "PRELIMINARY (overnight resident):", "Attending addendum:".
  std::optional<ReadStage> stage;
  // "Prelim read (PGY-3):", "Addendum (Dr. Ortiz, attending):".
  for (std::size_t k = 0; k < toks.size() && k < 12; ++k) {
    const Token& t = toks[k];
    if (punct_is(t, ":")) return stage;
    if (k > 0 && t.line_before) return std::nullopt;
    if (word_is(t, "prelim") || word_is(t, "preliminary")) stage = ReadStage::preliminary;
    if (word_is(t, "addendum") || word_is(t, "amendment")) stage = ReadStage::addendum;
    if (k == 0 && stage && (toks.size() == 1 || toks[1].line_before)) return stage;
  }
  // "*** ADDENDUM *** 09/24/2026 08:41", "ADDENDUM - 10/02/2026": a banner
  // line of the stage word, decoration, a date and a time.
  std::optional<ReadStage> banner;
  for (std::size_t k = 0; k < toks.size() && k < 24; ++k) {
    const Token& t = toks[k];
    if (k > 0 && t.line_before) break;
    if (word_is(t, "addendum") || word_is(t, "amendment")) {
      if (banner) return std::nullopt;
      banner = ReadStage::addendum;
      continue;
    }
    if (t.kind == TokenKind::word && !word_is(t, "am") && !word_is(t, "pm")) {
      return std::nullopt;
    }
  }
  return banner;
}

void apply_section(Section section, bool reports_done, bool indication, Finding& f) {
  switch (section) {
    case Section::planned:
      // "Plan: she completed 8 weeks of PT; proceed with fusion": the therapy
      // the plan says was done is not planned; the fusion still is.
      if (!f.negated && !f.historical && !indication &&
          !(reports_done && f.kind == FindingKind::physical_therapy)) {
        f.hypothetical = true;
        f.uncertain = false;
      }
      break;
    case Section::past:
      f.historical = true;
      break;
    case Section::family:
      f.experiencer_other = true;
      break;
    case Section::differential:
      if (!f.negated) f.uncertain = true;
      break;
    case Section::guideline:
      f.hypothetical = true;
      break;
    case Section::other:
      break;
  }
}

}  // namespace spinecds::terminology::text
