// ConText cues for plans: what is only sought, asked, ordered, referred,
// requested or booked (ConText "hypothetical"), and a surgeon's booking and
// intent. The operation or study is to come, not done.
// (Part of the cue table in context_cues.cpp, in its place of the order.)
#include "terminology/text/cue_groups.h"

namespace spinecds::terminology::cues {

std::vector<CueGroup> plan_cue_groups() {
  using E = CueEffect;
  return {
      // "to prevent progression of the L4-5 slip": the slip is there; only
      // its progression is to come (a pseudo-cue, longer than "to prevent").
      {E::none, kNoScope,
       "prevent progression of | to prevent progression of | prevent further | "
       "to prevent further | prevent worsening of | to prevent worsening of | "
       "to avoid progression of | avoid progression of | to avoid further | avoid further"},
      // Hypothetical: only sought, asked, planned or ordered (ConText
      // "hypothetical"; medspaCy "evaluate for", "rule out", "?"), and the
      // surgical work-up ("surgical candidacy for L4-5 fusion").
      // The same in Portuguese, Spanish and Dutch notes ("avaliação de
      // instabilidade", "indico artrodese L4-L5", "ter uitsluiting van";
      // accents folded).
      {E::hypothetical, kPre,
       "avaliacao de | para avaliacao de | avaliar | pesquisa de | evaluacion de | evaluar | "
       "descartar | ter uitsluiting van | indicada | indicado | indico | programada | "
       "programado | proposta de | planejada | planejado | solicito | solicitada | "
       "se indica | gepland | geplande | voorgesteld"},
      {E::hypothetical, kPreStudy,
       "evaluate for | evaluation for | evaluate | eval for | eval | assess for | assessment for | "
       "assess | rule out | to rule out | r o | ro | question of | query | concern for | "
       "please evaluate | to evaluate | to assess | workup for | work up for | screen for | "
       "look for | recommend | recommended | recommendation | will obtain | obtain | "
       // a letter's third person ("recommends C3-C5 laminoplasty")
       "recommends | recommending | strongly recommends | "
       "ordered | will order | to order | order | please order | will get | will request | "
       "to obtain | "
       "would obtain | plan | planned | planning | requested procedure | requested | "
       "request | referral to | referral placed to | referral for | refer to | "
       // FHIR request resources named as a label ("ServiceRequest: L4-5 TLIF")
       "servicerequest | procedurerequest | referralrequest | devicerequest | "
       "referred to | consider | considering | we discussed | discussed | candidate for | "
       "proposed | scheduled for | schedule | will schedule | would benefit from | if | "
       // what a test is to decide ("EMG to determine whether there is a
       // radiculopathy"); "unclear whether" is a longer hedge and wins
       "to determine whether | to see whether | to clarify whether | to establish whether | "
       "to confirm whether | to assess whether | to evaluate whether | "
       // what an operation is done against is to come, not there ("fusion
       // added to prevent post-laminectomy kyphosis")
       "to prevent | prevent | prevents | preventing | prevention of | to avoid | "
       // a plan of care's "Pt will benefit from skilled PT 2x/wk x 12 wks"
       "will benefit from | may benefit from | could benefit from | might benefit from | "
       // the admission for it (session 40): "Admitted for elective T10-pelvis PSF"
       "admitted for elective | admitted for planned | admitted for a planned | "
       "admission for elective | admission for planned | admitted electively for | "
       // told of it ahead: "she would eventually need a fusion at L4-5"
       "would need | would eventually need | will eventually need | eventually need | "
       "pending | to undergo | will undergo | surgical options | ? | "
       "will start | will begin | to start | to begin | plan to | plans to | will trial | "
       "to trial | would trial | interested in | interested in pursuing | pursue | pursuing | "
       "wishes to pursue | hold off on | holding off on | defer | deferring | postpone | "
       "would like to | wants to | advised to | encouraged to | should start | "
       // "Advised physiotherapy for 6 weeks", "was advised L4-5 TLIF": the
       // advice, not the care ("as advised" is a pseudo-cue below)
       "advised | was advised | is advised | has been advised | "
       // "advise flexion/extension views" (a radiologist's advice),
       // "counselled on L4/5 decompression and fusion": an operation talked
       // through with the patient, not done
       "advise | we advise | i advise | advice | counselled on | counseled on | "
       // the shorthand of Indian and British notes ("adv: physio x 6 wks",
       // "advd MRI"); not a bare "adv", which is also "advanced"
       "adv : | advd | adv . : | "
       "counselled about | counseled about | counselled regarding | counseled regarding | "
       "counselling on | counseling on | counselling regarding | counseling regarding | "
       "should begin | referred for | refer for | ruling out | to exclude | "
       "evaluating for | assessing for | check for | investigate | for possible | "
       "in preparation for | will need | may need | may require | will require | "
       "is a candidate for | being considered for | under consideration | scheduled | "
       "to be scheduled | tentatively scheduled for | evaluation of | "
       "assessment of | candidacy for | candidacy | discuss | will discuss | question | "
       "return to clinic | rtc | follow up with | f u with | at the next visit | at next visit | "
       "options including | option of | eligible for | be evaluated for | "
       "for consideration of | would offer | will offer | could offer | can offer | "
       "to offer | offered | "
       // "Will submit for L3-5 decompression": sent to the payer, to come
       // ("Outside MRI submitted for second opinion shows ...": a study sent, not
       // an operation to come; "submitted for" is left out)
       "will submit for | submit for | submitting for | to submit for | "
       // "clinic for surgical discussion re: L4-5 fusion" (session 29)
       "surgical discussion | discussion re | discussion regarding | discussion about | "
       "to discuss | "
       // a consult asked about an operation (session 32): "Neurosurgery to
       // see re: posterior C4-C6 fusion if SINS worsens", "referring him for
       // surgical consultation regarding L5-S1 fusion"
       "to see re | to see regarding | to see about | consult re | consult regarding | "
       "consultation re | consultation regarding | consultation about | referral re | "
       "referral regarding | referred re | referred regarding"},
      {E::hypothetical, kPostStudy,
       "is recommended | are recommended | recommended | would be helpful | "
       "could be obtained | is planned | are planned | was ordered | were ordered | "
       "is requested | are requested | was requested | is ordered | are ordered | "
       "is scheduled | would be useful | could be considered | may be considered | "
       "should be obtained | ? | is being considered | are being considered | "
       "is planned for | is needed | are needed | is indicated | are indicated | "
       "is not indicated | are not indicated | not indicated | is not recommended | "
       "not recommended | are not recommended | was not recommended | "
       "to be obtained | will be obtained | will be performed | to be performed | "
       "requested | ordered | will be discussed | to be discussed | was discussed | "
       "were discussed | was recommended | were recommended | is pending | pending | "
       // "flexion-extension radiographs would clarify": a study proposed
       "would clarify | may clarify | could clarify | would help clarify | "
       "would be of value | may be of value | would help | "
       // an order's title after the study it orders ("XR LUMBAR SPINE
       // FLEXION AND EXTENSION ORDER"); "in order", "the order" are pseudo-cues
       "order | orders"},
      // --- Plans: a surgeon's booking and intent (session 24, s24-cervcases; the
      // outside cervical records): "booked for", "booking C5-6 ACDF", "wishes to
      // proceed with", "I will include C4-5", "consented for", "C5-C7 ACDF with
      // plate once she is nicotine-free". The operation is to come, not done.
      {E::hypothetical, kPreStudy, "booked for | proceed with"},
      // What a booking sheet lists as still required before the operation
      // is to be done ("Pre-op requirements: PT 2x/week x 6 weeks, flexion-
      // extension films 10/23"; session 35, cerv-180).
      {E::hypothetical, kPreStudy,
       "pre op requirements | preop requirements | pre operative requirements | "
       "preoperative requirements | requirements before surgery | needed before surgery | "
       "required before surgery | to be completed before surgery | prior to surgery will need | "
       "before surgery will need | pre op needs | preop needs"},
      // As a list's label, every item to the line's end.
      {E::hypothetical, kPreStudy,
       "pre op requirements : | preop requirements : | pre operative requirements : | "
       "preoperative requirements : | requirements before surgery : | needed before surgery : | "
       "required before surgery : | pre op needs : | preop needs : | pre op to do : | "
       "preop to do :"},
      // Scheduling shorthand and what care prepares for (session 35): "sched
      // for L4-S1 PSF 10/14", "teriparatide in anticipation of L4-5 TLIF",
      // "we will fuse L4-5", "ahead of her C5-6 ACDF".
      {E::hypothetical, kPreStudy,
       "sched for | sched | schd for | skd for | scheduled on | in anticipation of | "
       "anticipation of | anticipating | ahead of | ahead of her | ahead of his | "
       "in advance of | before her planned | before his planned | prior to her planned | "
       "prior to his planned | before the planned | prior to the planned | we will | "
       "i will | we ' ll | i ' ll | we plan to | we intend to | i intend to | intend to"},
      // Commonwealth surgeons list and book patients for an operation, or put
      // them on its waiting list (NHS and Australian public elective lists):
      // "I have listed her for an L5-S1 ALIF", "booked in for C5-6 ACDF",
      // "placed on the waiting list for L4/5 decompression".
      {E::hypothetical, kPre,
       "listed her for | listed him for | listed the patient for | listed for | "
       "booked in for | booked her in for | booked him in for | waiting list for | "
       "wait list for | waitlisted for | wait listed for"},
      // A multidisciplinary team's (MDT's) decision in a Commonwealth clinic
      // letter (NHS, Australian, Canadian spinal MDTs): "MDT outcome: for L4/5
      // decompression", "Outcome: not for surgery at present; for further
      // physiotherapy" (session 33). The outcome's diagnosis is no plan
      // ("MDT outcome: L4/5 spondylolisthesis with severe stenosis").
      {E::hypothetical, kPre,
       "outcome : for | outcome - for | decision : for | decision - for | mdt : for | "
       "not for surgery ; for | not for surgery at present ; for | not for surgery at this stage ; "
       "for | not for surgery , for | not an operative candidate ; for"},
      // A group's decision (conference minutes, tumour boards, M&M, peer
      // review; session 36): what the group, its majority or one member
      // favoured, the consensus or the final plan is an operation to come,
      // whoever favoured it ("Consensus: C4-6 ACDF", "majority favoured
      // fusion", "Dr. X preferred a foraminotomy").
      {E::hypothetical, kPre,
       "consensus : | consensus for | consensus was for | consensus is for | consensus was to | "
       "consensus to | consensus recommendation : | consensus plan : | conference consensus : | "
       "consensus decision : | group consensus : | mdt consensus : | "
       "final plan : | final plan after conference : | final plan post conference : | "
       "plan after conference : | plan post conference : | agreed plan : | "
       "final recommendation : | conference recommendation : | board recommendation : | "
       "tumor board recommendation : | tumour board recommendation : | recommendation : | "
       "recommendations : | "
       "favoured | favoured a | favoured an | favored a | favored an | preferred a | "
       "preferred an | advocated | advocated for | argued for | majority favoured | "
       "majority favored | majority preferred | the majority favoured | the majority favored | "
       "group favoured | group favored | panel favoured | panel favored | agreed on | "
       "agreed upon | agreed to proceed with | consensus favoured | consensus favored | "
       // one surgeon's choice, in the US spelling that alone is a hedge
       // ("Surgeon favored decompression alone at L4-5 rather than fusion")
       "surgeon favored | surgeon favoured | i favored | we favored | he favored | she favored | "
       "favored proceeding with | favoured proceeding with"},
      // ... the limit a reviewer sets on the operation, named either side
      // ("fusion should be limited to L4-5", "the construct should extend to
      // the pelvis"), and an operation put off until a study ("fusion
      // deferred pending flexion-extension films"; therapy "deferred" alone is
      // withheld, therapy_plan_cues.cpp).
      {E::hypothetical, kBoth,
       "should be limited to | should be restricted to | should be confined to | "
       "should be extended to | should extend to | should stop at | should include"},
      {E::hypothetical, kPost,
       "deferred pending | deferred until | is deferred pending | was deferred pending | "
       "deferred till | deferred for now pending | deferred until after"},
      // ... the study it waits for is still to come too.
      {E::hypothetical, kPreStudy, "deferred pending | is deferred pending | was deferred pending"},
      // Pseudo-cues: the label of a summary of what exists ("Imaging summary
      // for preauth: ...", "Contributing factor discussed: ...") states it;
      // only the operation a payer is asked for is to come.
      {E::none, kNoScope,
       "summary for preauth | summary for pre auth | summary for prior auth | "
       "summary for prior authorization | summary for preauthorization | "
       "summary for pre authorization | summary for insurer | summary for the insurer | "
       "summary for insurance | contributing factor discussed | contributing factors discussed | "
       "factor discussed | factors discussed | findings discussed | finding discussed | "
       "results discussed | issues discussed | issue discussed | "
       // what was discussed is stated (session 37): "we discussed that her
       // mJOA of 13 indicates moderate myelopathy"; a plan in it has its own cue
       "discussed that | we discussed that | i discussed that | discussed with her that | "
       "discussed with him that | discussed with the patient that | discussed with them that | "
       "discussed with the family that | reviewed with her that | reviewed with him that | "
       "reviewed with the patient that | explained that | i explained that | we explained that | "
       "counseled that | counselled that"},
      {E::hypothetical, kPre,
       "booking | to be booked for | wishes to proceed with | wants to proceed with | "
       "will include | i will include | i will perform | will perform | i will add | "
       "consented for | consented for a | has consented for | consent for | "
       // Indian and Commonwealth surgeons "post" a patient for theatre; "go
       // ahead with" is "proceed with"; a pre-operative visit is for an
       // operation to come (session 28, sessions 26-27's outside text).
       "posted for | is posted for | go ahead with | going ahead with | pre op for | "
       "preop for | pre operative for | preoperative for | "
       // the posting slip and the consent name the operation to come (session
       // 34): "OR posting: C3-7 laminectomy", "consent obtained for T10-pelvis
       // PSF". A consent signed after an operation is named is for it too.
       "posting | or posting | posting for | consent obtained for | consent signed for | "
       "consent was obtained for | consent given for | informed consent for | "
       "informed consent obtained for | consent form signed for | consented to | "
       "consent for the | surgical consent for | consents for"},
      // The posting written after the operation: "L4/5 TLIF posted for 12/03".
      {E::hypothetical, kPost, "posted for | is posted for | posted | is posted | was posted"},
      // The OR board, sign-out and paging shorthand (session 31): "OR tmrw
      // for C5-6 ACDF", "to the OR today for L4-5 laminectomy", "back to the
      // OR for washout": the case is booked, the operation to come.
      {E::hypothetical, kPre,
       "tmrw for | tomorrow for | or today for | or tonight for | or this am for | "
       "to the or for | to the or today for | to the or tonight for | to or today for | "
       "to or tonight for | back to the or for | going to the or for | heading to the or for"},
      // A pre-operative clearance or visit names the operation it prepares
      // (session 30): "Pre-op clearance for L4-5 fusion", "cardiology
      // clearance obtained for L4-S1 TLIF", "preoperative evaluation prior to
      // C5-6 ACDF". "Prior to" alone keeps its past ("PT prior to her 2019
      // fusion").
      {E::hypothetical, kPre,
       "clearance for | clearance prior to | clearance before | clearance obtained for | "
       "clearance received for | clearance requested for | evaluation prior to | "
       "evaluation before | visit prior to | visit before | h & p prior to | h & p before | "
       "h & p for | optimization prior to | optimisation prior to | workup prior to | "
       "work up prior to"},
      // Put off, the operation is still to come: "L4-5 TLIF postponed until
      // her A1c is below 8", "her C5-7 ACDF has been rescheduled".
      {E::hypothetical, kPost,
       "postponed | was postponed | has been postponed | is postponed | were postponed | "
       "then postponed | rescheduled | was rescheduled | has been rescheduled | "
       "is rescheduled | then rescheduled"},
      // A payer's determination on a requested operation (session 29, the
      // payer and review style): denied, appealed, upheld or not certified,
      // the request stands and the operation is still to come ("We are
      // appealing the denial of the requested C5-C7 ACDF"; README: a
      // procedure requested is hypothetical). A patient's own denial
      // ("denied prior surgery") stays a negation, and "was denied" alone
      // too: therapy denied and never begun is withheld (negated).
      {E::hypothetical, kPre,
       "denial of | denial for | its denial of | the denial of | appeal of | appealing | "
       "appealing the denial of | we appeal | adverse determination for | "
       "adverse determination of | reconsideration of | non certified | noncertified | "
       "non certification of | noncertification of | denied the requested | "
       "denied the request for | upheld the denial of | upheld its denial of | "
       // the payer named between ("denial from BCBS for L4-5 fusion")
       "denial from | denial by | denial received from | received denial from | "
       "denial letter from | denial letter for | peer to peer for | "
       "peer to peer regarding"},
      {E::hypothetical, kPost,
       "is upheld | was upheld | remains non certified | remain non certified | "
       "is non certified | was non certified | not certified | is not certified | "
       "was not certified | remains not certified | is not approved | was not approved | "
       "not medically necessary | is not medically necessary | was not medically necessary | "
       "remains denied"},
      {E::hypothetical, kPost,
       // "ACDF C5-6 scheduled", "C5-6 ACDF booked for March", "L4-5 fusion
       // scheduled for 11/2026": the booking written after the operation,
       // without "is".
       "scheduled | scheduled for | booked | booked for | "
       // "C5 corpectomy planned", "L4-5 TLIF planned for spring" (session 29,
       // the safety-net set); "performed as planned" is a pseudo-cue.
       "planned | planned for | "
       "to be booked | will be booked | once she is | once he is | once the patient is | "
       "once she has | once he has | once the patient has | once they are"},
      // Pseudo-cues: a therapy evaluation done today is a visit, not a plan,
      // and its words do not reach the operation it follows ("PT initial eval
      // POD1 s/p L3-S1 PSF"); complications denied end at their own noun ("No
      // prior anesthetic complications: C4-5 ACDF 2010") (session 35).
      {E::none, kNoScope,
       "initial eval | initial evaluation | initial evaluations | initial assessment | "
       "no complications | no prior complications | no anesthetic complications | "
       "no prior anesthetic complications | no anaesthetic complications | "
       "no prior anaesthetic complications | no anesthesia complications | "
       "no prior anesthesia complications | no anaesthesia complications | "
       "no complications with anesthesia | no complications with anaesthesia | "
       "no problems with anesthesia | no problems with anaesthesia | "
       "no history of anesthetic complications | no history of anaesthetic complications | "
       "no personal or family history of anesthetic complications | "
       "no personal or family history of anaesthetic complications | "
       "no surgical complications | no postoperative complications | "
       "no perioperative complications | no post op complications"},
      // Pseudo-cues: the booking kept ("He underwent L4-5 fusion as
      // scheduled", "performed as originally planned", "was scheduled and
      // completed in 2019") is an operation done, not one to come.
      {E::none, kNoScope,
       "as scheduled | as booked | as planned | as advised | as previously planned | as originally "
       "planned | "
       "scheduled and completed | "
       "scheduled and performed | scheduled and done | booked and completed | "
       "booked and performed | planned and completed | planned and performed"},
  };
}

}  // namespace spinecds::terminology::cues
