#pragma once
// Report and note sections that change what their findings mean: a plan or
// requested procedure is only planned (hypothetical), a past or surgical
// history is historical, a family history is someone else's (ConText's
// section-level rules; Harkema et al. 2009). Other headers ("FINDINGS:",
// "IMPRESSION:", "INDICATION:") end such a section; inside an indication the
// ConText cues ("evaluate for", "r/o", "?") decide.
#include <optional>
#include <span>

#include "terminology/finding.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// `differential`: a list of diagnoses weighed ("Differential diagnoses: 1.
// Lumbar canal stenosis 2. Pott's disease"), each only possible.
enum class Section { other, planned, past, family, differential, guideline };

// The section a sentence opens when it starts with a header of up to five
// words and a colon ("PLAN:", "Past surgical history:"); nullopt otherwise,
// and for a field label that opens no section of its own ("Procedure:").
std::optional<Section> section_header(std::span<const Token> toks);

// The section a sentence opens when the sentence before stood in `current`:
// a guideline's own labels ("Lumbar sprains and strains: 10 visits over 8
// weeks") stay inside it; only a named heading or a blank line ends it.
std::optional<Section> section_after(Section current, std::span<const Token> toks);

// Marks a finding read inside `section`: a plan's findings are only planned,
// a past history's are historical, a family history's are someone else's,
// a differential's are uncertain, a guideline's or a policy's criteria are
// no patient's (hypothetical).
// `reports_done`: the plan's sentence says care was given (its therapy is
// not planned); `indication`: the reason given for a planned procedure
// ("revision fusion for pseudarthrosis"), a diagnosis the plan states.
void apply_section(Section section, bool reports_done, bool indication, Finding& f);

// Whether the sentence opens with the heading of a list of conditions
// ("Problem list:", "PMH:", "Diagnoses:"): its items are separate
// conditions, and one item's level is no other item's.
bool condition_list_header(std::span<const Token> toks);

// A resident's preliminary read and the attending's addendum that revises
// it: the sentence opens with a heading naming one ("PRELIMINARY RESIDENT
// READ:", "Prelim (overnight):", "ATTENDING ADDENDUM:", "Addendum"), else
// nullopt. What the addendum says of a level and kind replaces what the
// preliminary read said of it; the rest of the preliminary read stands.
enum class ReadStage { preliminary, addendum };
std::optional<ReadStage> read_stage_header(std::span<const Token> toks);

}  // namespace spinecds::terminology::text
