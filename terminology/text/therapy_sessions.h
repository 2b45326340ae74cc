#pragma once
// Whether therapy sessions took place (therapy_sessions.cpp): a course left
// unfinished or cut short after sessions was given; enrolled, referred or
// authorised with no session held was not. Read by prescribed_therapy
// (therapy_prescription.cpp).
#include <vector>

#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

// "Cancelled remaining sessions after 3 visits; therapy not completed": the
// therapy of a course left unfinished after visits is received, not denied.
void unfinished_course(const Sentence& s, std::vector<Draft>& local);
// "Cancelled the 03/14 PT visit; attended the remaining 10", "declined the
// epidural and has been attending physiotherapy": visits cancelled inside a
// course that went on, or other care turned down, leave the therapy given.
void course_went_on(const Sentence& s, std::vector<Draft>& local);
// "authorized 12 PT visits, 0 used", "I haven't started PT yet": no session
// held is therapy not given.
void sessions_not_held(const Sentence& s, std::vector<Draft>& local);

}  // namespace spinecds::terminology::text
