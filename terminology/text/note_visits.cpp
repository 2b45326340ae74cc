#include "terminology/text/note_visits.h"

#include <algorithm>

namespace spinecds::terminology::text {

namespace {

// Therapy the patient was given: neither negated, uncertain, planned nor
// another person's.
bool given_therapy(const Finding& f) {
  return f.kind == FindingKind::physical_therapy && !f.negated && !f.uncertain && !f.hypothetical &&
         !f.experiencer_other;
}

// Therapy in person that took place: what a PT note's header and its
// treatment lines both state.
bool in_person_given(const Finding& f) {
  return given_therapy(f) && (!f.setting || *f.setting == "in-person");
}

}  // namespace

bool heads_therapy_note(const Sentence& s, const std::vector<Draft>& drafts) {
  // A short line naming the note ("PT daily note 10/02.").
  if (drafts.size() == 1 && in_person_given(drafts.front().f) &&
      any_word_in(s, 0, s.toks.size(), {"note"}) && s.toks.size() <= 10) {
    return true;
  }
  // A line headed by the note's kind, whatever else it names (session 30).
  const auto heads_note = [&](const Draft& d) {
    const Finding& f = d.f;
    return given_therapy(f) && !f.weeks && d.first <= 3 &&
           any_word_in(s, d.first, std::min(std::max(d.first + 4, d.last + 3), s.toks.size()),
                       {"note", "eval", "evaluation", "visit"});
  };
  return std::count_if(drafts.begin(), drafts.end(),
                       [](const Draft& d) { return d.f.kind == FindingKind::physical_therapy; }) ==
             1 &&
         std::any_of(drafts.begin(), drafts.end(), heads_note);
}

// The later lines' figures join the header's item. A home-health or
// telehealth note's header joins its treatment lines too ("HOME HEALTH PT
// VISIT NOTE ... Ther ex: bridges"; session 30); a line naming a home
// programme of its own stays a second item.
bool joins_note_header(std::size_t header_item, const Finding& f, std::vector<Finding>& out) {
  // A course's length ("completed 6 weeks of PT") is more than the visit.
  if (header_item >= out.size() || !in_person_given(f) || f.weeks) return false;
  Finding& h = out[header_item];
  if (!given_therapy(h)) return false;
  if (!h.visits) h.visits = f.visits;
  if (!h.start) h.start = f.start;
  if (!h.end) h.end = f.end;
  h.span_end = std::max(h.span_end, f.span_end);
  return true;
}

}  // namespace spinecds::terminology::text
