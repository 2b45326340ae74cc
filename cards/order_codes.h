#pragma once
// Reading and rewriting the codes and sites of a draft fusion order, shared
// by the limiting updates of every procedure family
// (suggestion_limit_fusion.cpp, suggestion_limit_cervical.cpp).
#include <functional>
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

// An instrumentation code for constructs across at most `max_vertebrae`
// vertebrae, and its descriptor: one row of a table ordered by size.
struct InstrumentationCodes {
  int max_vertebrae;
  std::string_view code, text;
};
// The row for a construct across `vertebrae` vertebrae (the last row beyond
// every maximum).
const InstrumentationCodes& instrumentation_for(std::span<const InstrumentationCodes> table,
                                                int vertebrae);
// The row of `code`; null when the table has none.
const InstrumentationCodes* instrumentation_by_code(std::span<const InstrumentationCodes> table,
                                                    std::string_view code);
// "+22842: <descriptor>": an instrumentation code as an orderDetail names it.
std::string instrumentation_text(const InstrumentationCodes& row);

// The CPT code of one Coding ("" when it is not CPT).
std::string_view cpt_of_coding(const rapidjson::Value& coding);
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
// Rewrites the CPT codings of sr.code by `recode` (called with each CPT
// code): "" drops the coding, another code replaces it (its display goes:
// it named the old code), the same code keeps it. An EHR that codes the whole
// construct in ServiceRequest.code (22612 + 22614 + 22842 + 22848) gets the
// limited construct's codes there too.
void recode_order_code(rapidjson::Value& sr,
                       const std::function<std::string(const std::string&)>& recode, Alloc& a);
// The order's code, copied, with `text` as its text.
void set_code_text(rapidjson::Value& sr, const rapidjson::Value& order, const std::string& text,
                   Alloc& a);

}  // namespace spinecds::cards
