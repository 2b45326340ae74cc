// ConText cues about therapy and plans: what payers count is therapy
// attended and operations done, so an authorisation, a referral, a patient's
// assent or a schedule is a plan, therapy withheld or never taken up is
// negated, and an outcome denied leaves the therapy given.
// (Part of the cue table in context_cues.cpp, in its place of the order.)
#include "terminology/text/cue_groups.h"

namespace spinecds::terminology::cues {

std::vector<CueGroup> therapy_plan_cue_groups() {
  using E = CueEffect;
  return {
      // --- Plans, orders, referrals, authorisations and therapy withheld
      // (session 23, s23-pt; tests/data/eval/README.md, session-23 therapy
      // batch). Payers count therapy attended and operations done, not
      // those requested (Aetna CPB 0743, eviCore spine guidelines): an
      // authorisation, its request or a patient's assent is still a plan.
      {E::hypothetical, kPre,
       "requesting | requesting authorization for | request authorization for | "
       "requesting approval for | authorization request for | authorization request | "
       "prior authorization for | pre authorization for | preauthorization for | "
       "authorization for | authorized | authorize | please authorize | approval for | "
       "awaiting | awaiting approval for | pending approval for | pending insurance approval for | "
       "agreeable to | is agreeable to | agrees to | willing to | is willing to | "
       // a choice voiced for care to come (session 37): "family prefers
       // Schroth-based PT first", "would prefer to try aquatic therapy"
       "prefers | prefer | would prefer | prefers to try | would prefer to try | "
       "preference for | prefers to start | prefers to begin | would rather try | "
       // A payer's approval is an authorisation ("payer approved 8 PT visits").
       "approved | approval of | will arrange | to arrange | arrange for | "
       // A workers' compensation review's words for the same decision
       // ("UR determination: PT certified 6 of 12 visits").
       "certified | partially certified | ur determination | "
       "utilization review determination | "
       // "Will consult PT/OT for mobility evaluation" (session 30, inpatient set).
       "will consult | to consult"},
      {E::hypothetical, kPost,
       "referral placed | referral sent | referral made | referral given | order placed | "
       "order sent | scheduled to begin | scheduled to start | set to begin | set to start | "
       // "PT to start 5/6" (session 29, the safety-net set): to come.
       "to start | to begin | to commence | due to start | due to begin | "
       // "Home health PT to be arranged by case management".
       "to be arranged | to be set up | to be ordered | to be scheduled | "
       "was authorized | were authorized | is authorized | are authorized | authorized | "
       "was approved | were approved | is approved | are approved | approved | "
       "was certified | were certified | is certified | certified | "
       // "PT eval & treat" (an order's words), "to be
       // considered if no better".
       "eval & treat | eval and treat | evaluate and treat | eval treat | "
       "to be considered | will be considered"},
      // Care to take up again, and a therapy goal: "restart home exercises",
      // "resume PT after the injection", "Pt will be independent with HEP in
      // 4 weeks".
      {E::hypothetical, kPre,
       "restart | resume | will restart | will resume | to restart | to resume | "
       "plan to restart | plan to resume | will be independent with | will be independent in | "
       "to be independent with | will demonstrate independence with | "
       "will demonstrate independence in"},
      // Therapy withheld or not taken up: "PT was not covered, so she never
      // started it", "lumbar PT has not been tried", "PT is contraindicated
      // given the cord compression", "was not pursued".
      {E::negate, kPostStudy,
       "not covered | was not covered | is not covered | never started it | never started | "
       "has not been tried | have not been tried | not been tried | not tried | was not tried | "
       "is contraindicated | was contraindicated | contraindicated | was not pursued | "
       "were not pursued | not pursued | has not been pursued | was not given | was not offered | "
       "was held | held per surgeon | held per neurosurgery | held per md | is on hold | "
       "was put on hold | on hold | was withheld | withheld | not started | cancelled | "
       // "Inpatient PT held pending NSGY clearance", "PT held until the
       // brace arrives": withheld for now, not a plan.
       "held pending | is held pending | being held pending | held until | held given | "
       "held due to | held d t | held for now | held secondary to | held because | "
       "canceled | declined by patient | declined by the patient | declined by pt | "
       // A payer's refusal ("authorization for PT was denied by the payer")
       // and a course that never began ("therapy never began").
       "was denied | were denied | is denied | are denied | has been denied | have been denied | "
       "denied by the payer | denied by insurance | "
       "denied by the insurer | never began | never commenced | has not begun | "
       "have not begun | has not started | have not started | "
       // "PT deferred given cord compression" (README, session 24).
       "deferred | was deferred | is deferred | has been deferred | "
       // "PT not attempted due to myelopathy" (session 30, the interface
       // set); enrolled or authorised with no session held is read by
       // therapy_prescription.cpp (sessions_not_held).
       "not attempted | was not attempted | has not been attempted | not been attempted | "
       "were not attempted | never attempted | "
       // "PT not initiated: positive Hoffmann's" (a PT evaluation that
       // withholds treatment), "PT offered - declined".
       "not initiated | was not initiated | not commenced | offered declined | "
       "offered - declined"},
      // Referred and never taken up (README, session-22 ConText batch): "referred
      // to PT in June but has not yet started", "but never scheduled".
      {E::negate, kPostStudy,
       "but has not yet started | but has not started | but not yet started | "
       "but never scheduled | but the patient never scheduled | but she never scheduled | "
       "but he never scheduled | but did not schedule | but never followed up | "
       "but did not follow up | has not yet started | never scheduled | "
       // "referral faxed; first visit not yet scheduled": the course has
       // no first session yet (a later visit unbooked says nothing).
       "first visit not yet scheduled | first visit not scheduled | "
       "first appointment not yet scheduled | initial evaluation not yet scheduled | "
       "initial eval not yet scheduled | evaluation not yet scheduled | eval not yet scheduled | "
       "first visit has not been scheduled | initial evaluation has not been scheduled | "
       // ... or closed unattended ("did not attend the eval; PT referral
       // closed", "referral expired"): no therapy was given (s33-wc).
       "referral closed | referral was closed | referral has been closed | referral is closed | "
       "referral expired | referral has expired | referral lapsed | order expired | "
       "authorization expired | authorization has expired | authorization lapsed"},
      // Risks named as a list ("Risks including pseudarthrosis ... were
      // discussed"), as "risks of" names them.
      {E::hypothetical, kPre,
       "risks including | risks include | risks included | risks such as | "
       "risks discussed including | risks discussed included"},
      // ... and written before it: "she never started physical therapy".
      {E::negate, kPreStudy,
       "never started | never tried | not tried | has not yet started | not yet started | "
       "never scheduled | cancelled her | cancelled his | canceled her | canceled his | "
       "has not started | have not started | has not begun | have not begun | "
       "cancelled the | canceled the | "
       "never attempted | "
       // "He has been unable to attend PT because of his work schedule".
       "unable to attend | has been unable to attend | was unable to attend | "
       "is unable to attend | could not attend | has not been able to attend"},
      // The outcome of therapy denied, not the therapy ("without lasting
      // benefit and continues her home exercise program"); a no-show is
      // a visit missed in a course that took place.
      {E::none, kNoScope,
       // a review's refusal, which says nothing of the care already given
       // ("traction unit non-certified; prior PT x 12 visits")
       "non certified | not certified | noncertified | "
       "without lasting benefit | without benefit | without significant benefit | "
       "without durable benefit | without sustained benefit | without lasting relief | "
       "without significant relief | without durable relief | without sustained relief | "
       "without meaningful improvement | without significant improvement | "
       "without lasting improvement | without much relief | without much benefit | "
       // "sx have not improved w/ 3 months of PT": the outcome is denied.
       "have not improved | had not improved | have not helped | had not helped | "
       "no show | no showed | no shows | no showing | no showed x | "
       // A way to get there lacking, not the therapy denied ("has no car;
       // the bus to outpatient PT takes two transfers": session 29).
       "no car | no vehicle | no ride | no transportation | no transport | "
       "no bus | no license | no driver s license | no drivers license | "
       // ... and so are the visits cancelled after a course began.
       "cancelled her remaining | cancelled his remaining | cancelled the remaining | "
       "canceled her remaining | canceled his remaining | canceled the remaining | "
       // The month, not the hedge: "from March to May", "since mid-May".
       "to may | from may | in may | through may | since may | until may | till may | "
       "mid may | early may | late may | of may | by may | last may | next may | "
       "during may | "
       // The wound healing before a plan starts, not a finding resolved
       // ("PT recommended once the incision has healed").
       "incision has healed | incision is healed | incision healed | wound has healed | "
       "wound is healed | incisions have healed"},
  };
}

}  // namespace spinecds::terminology::cues
