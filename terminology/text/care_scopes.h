#pragma once
// Operations, studies and therapy in a ConText scope (care_scopes.cpp): an
// operation named as a place or planned with another, a study named with its
// purpose, a payer's denial, therapy set aside, a fusion assessed or whose
// status is sought. Read by the scans of context_scope.cpp.
#include <cstddef>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/scope_bounds.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text::scope {

// "CT for fusion assessment", "films for L4-5 fusion evaluation": the fusion
// trigger `t` is the object of an assessment a study is for.
bool fusion_assessed(const Sentence& s, const Trig& t);
// The flexion-extension study a "to assess for" cue gives its purpose to, or kNone.
int study_for_purpose(const Sentence& s, const CueHit& c);
// The operation `t` is the place of the finding before it ("at the L4-5 fusion").
bool operation_as_place(const Sentence& s, std::size_t from, const Trig& t);
// "L4-5 TLIF denied by insurance; appeal submitted", "fusion was denied by
// the insurer": a "denied" cue in a sentence that names a payer or an appeal
// is the payer's refusal of a request (README: a procedure requested is
// hypothetical), not the patient's denial of a history.
bool payer_denial(const Sentence& s, const CueHit& c);
// "L3-S1 fusion with L3-4 decompression", "decompression plus fusion": the
// operation after "with" or "plus" at `k` is part of the one the plan `c`
// names before it (`seen_last`: the end of the last finding it reached).
bool planned_with(const Sentence& s, const CueHit& c, std::size_t seen_last, std::size_t k);
// The kinds that are operations (prior-fusion, prior-laminectomy).
bool operation_kind(std::string_view kind);
// "education (", "precautions (": a cue that names what is taught, which
// leaves therapy given beside it as it is.
bool teaching_cue(const CueEntry& e);
// "PT is not recommended", "prefers to defer PT", "would not start PT": a
// plan cue that sets the care aside; therapy so withheld is negated (README).
bool therapy_set_aside(const CueEntry& e);
// "Evaluate fusion status at L4-S1", "assess the status of her L5-S1
// fusion": the fusion `t` whose status is sought exists (README: what is
// sought is its status).
bool fusion_status(const Sentence& s, const Trig& t);
// "Evaluate L4-5 spondylolisthesis for instability", "assess known L3-4
// stenosis for progression": the finding `t` that the bare evaluate cue `c`
// names as what is examined, with what it is examined for after it; the
// finding is known, only what it is examined for is sought (README).
bool evaluated_subject(const Sentence& s, const CueHit& c, const Trig& t);

// "If his C6 weakness progresses": a condition `c` on the course of the
// finding `t` the patient has now, which leaves that finding affirmed.
bool condition_on_course(const Sentence& s, const CueHit& c, const Trig& t);
// A hedge on a strength grade's validity ("give-way", "submaximal effort").
bool effort_cue(const CueEntry& e);
// "I do not think fusion is indicated", "no indication for fusion": the
// denial `c` judges an operation unneeded (a plan weighed, not denied).
bool operation_judged_unneeded(const Sentence& s, const CueHit& c);

}  // namespace spinecds::terminology::text::scope
