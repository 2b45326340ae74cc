// Severity phrases and the grade each names, worst of a range kept as the
// range ("moderate to severe"). Data only. Sources: the grading words of
// lumbar stenosis reporting (Lee et al., AJR 2011 for the central canal,
// AJR 2010 for the foramina: mild, moderate, severe) and their usual synonyms;
// "trace" is minimal, "marked" severe, "moderately severe" moderate-to-severe
// (tests/data/eval/README.md).
#include <initializer_list>
#include <string_view>

#include "terminology/finding_lexicon.h"

namespace spinecds::terminology {

namespace {

std::vector<SeverityEntry> build_severities() {
  std::vector<SeverityEntry> out;
  auto add = [&](Severity s, std::initializer_list<std::string_view> phrases) {
    for (auto p : phrases) out.push_back({split_phrase(p), s});
  };
  add(Severity::minimal, {"minimal", "minimally", "trace", "very mild"});
  add(Severity::mild, {"mild", "mildly", "slight", "slightly", "minor", "mild degree"});
  add(Severity::mild_to_moderate, {"mild to moderate", "mild moderate", "mildly to moderately",
                                   "mild to moderately", "mild mod", "mild to mod"});
  // "mod", "sev": dictated and telegraphic reports abbreviate the grades.
  add(Severity::moderate, {"moderate", "moderately", "moderate degree", "mod"});
  add(Severity::moderate_to_severe,
      {"moderate to severe", "moderate severe", "moderately severe", "moderate to marked",
       "moderate to advanced", "moderately to severely", "moderate to high grade",
       "moderate and severe", "mod sev", "mod to sev", "mod severe", "moderate sev",
       "mod to severe", "mod to marked",
       // "sever" typed for "severe" in a range (session 29, the safety-net set)
       "moderate to sever", "mod to sever", "moderately sever"});
  // Spanish and Portuguese grades, written after the noun ("estenosis severa
  // del canal central"; predicate_severity reads them there).
  add(Severity::mild, {"leve", "discreta", "discreto"});
  add(Severity::moderate, {"moderada", "moderado"});
  add(Severity::severe, {"severa", "severo", "grave", "acentuada", "acentuado"});
  // Dutch grades, written before the noun ("ernstige foraminale stenose").
  add(Severity::mild, {"licht", "lichte", "gering", "geringe"});
  add(Severity::moderate, {"matig", "matige"});
  add(Severity::moderate_to_severe, {"matig tot ernstig", "matige tot ernstige"});
  add(Severity::severe, {"ernstig", "ernstige"});
  add(Severity::severe, {"severe", "severely", "marked", "markedly", "critical", "critically",
                         "advanced", "high grade", "profound", "severe degree", "sev",
                         // typed for "severe" (README, session 21); too short for
                         // spelling.cpp's guesses, and the verb is no grade word.
                         "sever"});
  return out;
}

}  // namespace

const std::vector<SeverityEntry>& severity_table() {
  static const std::vector<SeverityEntry> t = build_severities();
  return t;
}

}  // namespace spinecds::terminology
