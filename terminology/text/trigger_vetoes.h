#pragma once
// Words that name a finding's word for something else: an injured joint, a
// procedure under review, a spared place, a prefix of place, a history
// section's answer. trigger_allowed (trigger_rules.cpp) vetoes a trigger where
// one of these holds.
#include <cstddef>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// "jumped facets", "no facet distraction": the joint as an injury's site.
bool facet_injury(const Sentence& s, std::size_t first, std::size_t last);
// "facet loading", "facet-mediated pain": the joint as an exam sign's or a pain's site.
bool facet_exam_or_pain(const Sentence& s, std::size_t first, std::size_t last);
// "UM NURSE REVIEW - LUMBAR FUSION": the procedure a review is about.
bool fusion_under_review(const Sentence& s, std::size_t first, std::size_t last);
// "numb thumb, likely carpal tunnel syndrome": a sign put down to a peripheral nerve.
bool peripheral_nerve_sign(const Sentence& s, const TriggerEntry& e, std::size_t last);
// "... intact over the middle finger": where sensation is spared.
bool spared_place(const Sentence& s, const TriggerEntry& e, std::size_t first, std::size_t last);
// "no midline step-off or tenderness": a step felt along the spinous
// processes on examination, at no level.
bool palpated_step_off(const Sentence& s, const TriggerEntry& e, std::size_t first,
                       std::size_t last);
// "right common iliac artery stenosis", "no stenosis in the aortoiliac
// segments", "aortic stenosis": a vessel or valve narrowed, not the spine.
bool vessel_stenosis(const Sentence& s, std::size_t first, std::size_t last);
// "vascular claudication", "buttock claudication at 100 yards, typical of
// aortoiliac occlusive disease": claudication of the arteries (a bare
// "claudication" trigger, TriggerRule::not_vascular).
bool arterial_claudication(const Sentence& s, std::size_t first);
// "retro-odontoid pannus": "retro" as a prefix of place.
bool retro_prefix(const Sentence& s, std::size_t last);
// "NC" as neurogenic claudication, not a history section's "non-contributory".
bool claudication_abbreviated(const Sentence& s, std::size_t first);
// "Signed: Hoffmann, Greta, MD", "discussed with Dr. Babinski": a sign's
// eponym as a person's name, in a signature or beside a title.
bool eponym_as_person(const Sentence& s, const TriggerEntry& e, std::size_t first,
                      std::size_t last);

// "Myelopathy education (hand clumsiness, gait change, falls)", "sciatica
// handout": the complaint as the topic of teaching, not the patient's.
bool teaching_topic(const Sentence& s, std::size_t end);
// "Axial neck pain alone is not an indication for fusion": an operation in
// a general statement of what does not justify it names no plan and no
// history (tests/data/eval/README.md, cervical prior fusion).
bool general_indication(const Sentence& s, std::size_t first);

// Care other than physical therapy that calls itself therapy ("radiation",
// "chiropractic", "injection"): trigger_vetoes.cpp keeps the one list.
bool other_care_word(std::string_view w);

// Whether a figure at [first, last) counts another care ("3 months of
// chiropractic care", "3 weeks of relief") or, with `date`, a date dates one
// ("a steroid injection on 08/20/2026"). Neither is a course of therapy's.
bool other_care_figure(const Sentence& s, std::size_t first, std::size_t last, bool date);

// "radiation therapy", "6 months of therapy" for TB, "cardiac rehab", "a
// rehabilitation hospital", "good rehab potential", "Summit Rehab": a
// therapy or rehabilitation word (TriggerRule::therapy_word,
// rehabilitation_word) that names care other than physiotherapy.
bool other_therapy(const Sentence& s, const TriggerEntry& e, std::size_t first, std::size_t last);

}  // namespace spinecds::terminology::text
