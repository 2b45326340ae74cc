// Fractures, dislocations, tumours and infections of the spine a sentence
// states at named levels (RecordFacts::lesions). A lesion that is old,
// healed or chronic, a hardware fracture, a fracture of a spinous or
// transverse process (stable, treated in a collar), or one named without a
// level is none: it asks for no urgent operation at a segment.
#include <string_view>

#include "terminology/record_reader.h"
#include "terminology/record_text.h"

namespace spinecds::terminology {

std::string_view to_string(LesionKind k) {
  switch (k) {
    case LesionKind::trauma:
      return "trauma";
    case LesionKind::tumour:
      return "tumour";
    case LesionKind::infection:
      return "infection";
  }
  return "trauma";
}

namespace {

std::optional<LesionKind> lesion_kind(std::string_view low) {
  // The words of an old injury, a fracture of the implant, or one that heals
  // without an operation.
  if (contains_any(low, {"healed", "healing", "remote", "chronic", "old ", "sclerotic", "united",
                         "nonacute", "non-acute", "age indeterminate", "age-indeterminate",
                         "insufficiency", "stress fracture", "screw", "rod ", "rods", "hardware",
                         "cage", "plate", "instrumentation", "implant", "schmorl",
                         // posterior elements that heal in a collar
                         "spinous process", "transverse process", "clay shovel"})) {
    return std::nullopt;
  }
  if (contains_any(low, {"osteomyelitis", "discitis", "abscess", "tuberculo", "pott's", "pott ",
                         "septic", "empyema"})) {
    return LesionKind::infection;
  }
  if (contains_any(low, {"tumor", "tumour", "neoplasm", "metasta", "myeloma", "plasmacytoma",
                         "chordoma", "lymphoma", "pathologic fracture", "pathological fracture"})) {
    return LesionKind::tumour;
  }
  if (contains_any(low, {"fracture", "dislocation", "jumped facet", "perched facet"})) {
    return LesionKind::trauma;
  }
  return std::nullopt;
}

}  // namespace

void lesion_in(ReadContext& cx, const std::string& sentence, const std::string& ref,
               const std::string& date) {
  const std::string low = lower(sentence);
  const auto kind = lesion_kind(low);
  if (!kind) return;
  SpinalLesion lesion;
  lesion.kind = *kind;
  for (const auto& m : level_mentions(sentence, true)) {
    lesion.segments.insert(lesion.segments.end(), m.begin(), m.end());
  }
  if (lesion.segments.empty()) return;
  lesion.quote = {ref, sentence, {}, date};
  cx.facts.lesions.push_back(std::move(lesion));
}

}  // namespace spinecds::terminology
