#pragma once
// Reading and rewriting the codes and sites of a draft fusion order, shared
// by the limiting updates of every procedure family
// (suggestion_limit_fusion.cpp, suggestion_limit_cervical.cpp).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "cards/json_build.h"
#include "terminology/segment.h"

namespace spinecds::cards {

// A primary arthrodesis code, its each-additional-interspace add-on, the
// procedure's name and the add-on's descriptor: one row of a family's table.
struct ArthrodesisCodes {
  std::string_view primary, addon, name, addon_text;
};
// The row whose primary (or add-on) code is `code`; null when none.
const ArthrodesisCodes* arthrodesis_by_primary(std::span<const ArthrodesisCodes> table,
                                               std::string_view code);
const ArthrodesisCodes* arthrodesis_by_addon(std::span<const ArthrodesisCodes> table,
                                             std::string_view code);

// The CPT code of a CodeableConcept ("" when none).
std::string cpt_of(const rapidjson::Value* cc);
// {"coding": [{CPT code}], "text": text}.
rapidjson::Value cpt_concept(std::string_view code, const std::string& text, Alloc& a);
// "L4-L5, L5-S1" after the first segment (the add-on code's interspaces).
std::string list_after_first(const std::vector<terminology::Segment>& s);
// "+22614 x2: <text> (L4-L5, L5-S1)": an each-additional-interspace code
// counted for a construct of two or more segments.
std::string addon_text(std::string_view addon, std::string_view text,
                       const std::vector<terminology::Segment>& fusion);
// The construct's vertebrae from top to bottom.
std::vector<terminology::Vertebra> vertebrae_of(const std::vector<terminology::Segment>& segs);

struct SiteCode {
  std::string_view code, text;
};
// The SNOMED CT body site of a vertebra (C1-T1, T12-S1), when known.
std::optional<SiteCode> vertebra_site(terminology::Vertebra v);
// The original bodySite entry naming this code, else a fresh SNOMED CT entry.
rapidjson::Value body_site(const rapidjson::Value* original_sites, SiteCode site, Alloc& a);
// The bodySite array of the construct's vertebrae (and the ilium), each
// entry kept as the order wrote it where it names the same code.
rapidjson::Value body_sites(const rapidjson::Value& order,
                            const std::vector<terminology::Segment>& segs, bool ilium, Alloc& a);
void set_member(rapidjson::Value& obj, std::string_view key, rapidjson::Value v, Alloc& a);
void remove_member(rapidjson::Value& obj, std::string_view key);
// Sets `key` to `array`, or removes it when the array is empty (FHIR has no []).
void set_or_remove(rapidjson::Value& obj, std::string_view key, rapidjson::Value array, Alloc& a);
// The order's code, copied, with `text` as its text.
void set_code_text(rapidjson::Value& sr, const rapidjson::Value& order, const std::string& text,
                   Alloc& a);

}  // namespace spinecds::cards
