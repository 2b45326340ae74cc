// ConText cues for what lies ahead (ConText / medspaCy HYPOTHETICAL): needs,
// conditions and contingencies, a plan judged or set aside, what a payer asks
// for. The finding they scope is not yet done. (Part of the cue table in
// context_cues.cpp, in its place of the order.)
#include "terminology/text/cue_groups.h"

namespace spinecds::terminology::cues {

std::vector<CueGroup> hypothetical_cue_groups() {
  using E = CueEffect;
  return {
      // Needs and conditions that lie ahead: "fusion might be needed in the
      // future", "surgery would be L4-5 laminectomy".
      {E::hypothetical, kPost,
       "might be needed | may be needed | will be needed | would be needed | "
       "might be necessary | may be necessary | may be required | might be required | "
       "will be required | would be required | may be warranted | might be warranted | "
       "may become necessary | in the future | down the road | "
       // ... and judged not needed (session 37): "a fusion is not needed at
       // this time", "fusion is probably not required": a plan weighed and set
       // aside, not a denied history.
       "is not needed | are not needed | not needed | is not required | are not required | "
       "not required | is not necessary | are not necessary | not necessary | "
       "is not warranted | not warranted | is unnecessary | unnecessary"},
      // Pseudo-cues: "surgery" is no finding, and the time to come said of it
      // does not reach back over the finding stated before ("he has severe
      // stenosis at L4-5 and may need surgery down the road": the stenosis is
      // there now; the need cue scopes what is needed).
      {E::none, kNoScope,
       "surgery down the road | surgery in the future | surgery in the near future | "
       "surgery at some point | surgery eventually | surgery later | surgery later on | "
       "an operation down the road | an operation in the future | an operation at some point | "
       "surgical intervention down the road | surgical intervention in the future | "
       "intervention down the road | intervention in the future | "
       "operative intervention down the road | operative intervention in the future"},
      {E::hypothetical, kPre,
       "would be | would require | would need | might need | might require | "
       "would eventually need | would eventually require | will eventually need | "
       "will eventually require"},
      // "Not a candidate for ACDF": an operation weighed and set aside is a
      // plan, not a denied surgical history.
      {E::hypothetical, kPre,
       "not a candidate for | not a surgical candidate for | not currently a candidate for | "
       "not a good candidate for | not a surgical candidate at this time for | "
       "not a candidate at this time for | not a surgical candidate at present for | "
       "not currently a surgical candidate for | not an operative candidate for | "
       "not a good surgical candidate for"},
      // An operation the writer would not do, or sets aside for another, is
      // a plan weighed (README: hypothetical, never a denied history): "would
      // not recommend fusion", "I would not fuse it", "recommend against an
      // L4-5 fusion", "L4-5 decompression alone rather than fusion" (session
      // 35). Longer than "not" and "rather than", so they win over the negation.
      {E::hypothetical, kPre,
       "would not | would not recommend | i would not | we would not | i would not recommend | "
       "we would not recommend | i would recommend against | we would recommend against | do not "
       "recommend | does not recommend | "
       "did not recommend | not recommending | would not advise | would not offer | "
       "would not pursue | would not proceed with | would not perform | would not consider | "
       "recommend against | recommended against | recommends against | advise against | "
       "advised against | would advise against | would recommend against | "
       "alone rather than | alone instead of | alone in preference to | rather than proceeding "
       "with | instead of proceeding with"},
      // ... and the alternative set aside after a plan in its clause
      // (context_scope.cpp picks it over the negation of "rather than").
      {E::hypothetical, kPre, "rather than | instead of"},
      // A surgeon's conditional voice names the plan ("I would limit surgery
      // to a C5-6 and C6-7 ACDF", "we would extend to L2", "I'd want
      // flexion-extension views"). Only with the verb of a plan: "I would
      // describe the stenosis as severe" states the stenosis.
      {E::hypothetical, kPreStudy,
       "i would limit surgery to | limit surgery to | would limit surgery to | "
       "would limit the surgery to | would limit the fusion to | would limit the operation to | "
       "would restrict surgery to | would stop at | would extend to | would extend the fusion to | "
       "would extend the construct | would extend the construct with | would confine | "
       "would confine the surgery to | would confine surgery to | would confine the fusion to | "
       "would want | i would want | i ' d want | we ' d want | would like | i would like | "
       "i ' d like | we would like | would offer | i would offer | would proceed with | "
       "would favor | i would favor | would favour | i would favour"},
      // ... and the operation named before the word ("not a fusion candidate",
      // "she is an ACDF candidate"): a plan weighed, whichever the verdict.
      {E::hypothetical, kPost,
       "candidate | is a candidate | a candidate | not a candidate | is not a candidate | "
       "not currently a candidate | not a good candidate | good candidate | poor candidate | "
       "candidate at this time | candidate at present | candidacy"},
      // Conditions and contingencies (ConText / medspaCy HYPOTHETICAL: "if",
      // "should there", "as needed", "risks of"): "should there be new leg
      // weakness", "in case of new weakness", "PT as needed", "risks of fusion
      // including pseudarthrosis were discussed".
      {E::hypothetical, kPre,
       "should there be | should there | should she develop | should he develop | "
       "should the patient develop | should she have | should he have | in case of | "
       "in the event of | in the event that | as needed | prn | as necessary | "
       "risks of | risks and benefits of | risk of | potential complications of | "
       "risks including | risks include | risks such as | risks , including | "
       "potential risks including | complications including | risks reviewed incl | "
       "risks reviewed including | risks discussed incl | risks discussed including | "
       "risks reviewed incl . | risks discussed incl . | risks incl . | "
       "risks incl | "
       "complications of | unless"},
      // An emergency department's return precautions name what may come
      // ("strict return precautions given for saddle anesthesia, new
      // weakness, or incontinence"), and an operation only to be talked
      // about later is weighed, not done ("before any discussion of fusion").
      {E::hypothetical, kPre,
       "return precautions for | return precautions given for | return precautions reviewed for | "
       "return precautions discussed for | return precautions including | "
       "return precautions given including | return precautions : | return to the ed for | "
       "return to ed for | return to the ed if | return to ed if | return to the er for | "
       "return to er for | return to the er if | return to er if | return immediately for | "
       "return immediately if | before any discussion of | prior to any discussion of | "
       "before discussing | before considering | prior to considering | "
       "before any consideration of | "
       // what the patient is taught to watch for ("educated on warning signs
       // of myelopathy", "red flags of cauda equina reviewed"); not "educated
       // on" or "education" alone: a therapist teaching the home programme
       // gives it ("ther ex, manual therapy, patient education")
       "warning signs of | red flags of | red flag symptoms of | signs to watch for | "
       // the signs a teaching topic lists ("Myelopathy education (hand
       // clumsiness, gait change, falls)"); the topic word itself is vetoed
       // as a trigger (trigger_vetoes teaching_topic)
       "education ( | teaching ( | precautions ( | handout ("},
      // An operation named as the other choice ("Consensus: left C6-7 ACDF;
      // posterior foraminotomy discussed as an alternative").
      {E::hypothetical, kPost,
       "discussed as an alternative | offered as an alternative | as an alternative | "
       "discussed as an option | offered as an option | was discussed as an alternative | "
       "was offered as an alternative | considered as an alternative"},
      // A risk list under its label ("Risks reviewed: dysphagia, CSF leak,
      // nonunion, need for further surgery"): every item to the line's end is
      // a contingency discussed, as after "risks of" (session 35).
      {E::hypothetical, kPre,
       "risks reviewed : | risks discussed : | risks : | risks explained : | "
       "risks include : | risks including : | risks and benefits : | "
       "risks reviewed including : | potential risks : | potential complications : | "
       "risks discussed with the patient : | risks reviewed with the patient :"},
      // A risk list's "but not limited to" denies nothing; the list goes on
      // with the contingency ("risks of L3-S1 fusion, including but not
      // limited to infection, pseudarthrosis").
      {E::hypothetical, kPre,
       "including but not limited to | but not limited to | not limited to | "
       "including , but not limited to , | including , but not limited to"},
      // "an L4-S1 decompression and fusion would be reasonable": a plan
      // judged, not a procedure done.
      {E::hypothetical, kPost,
       "would be reasonable | would be appropriate | would be an option | "
       "would be indicated | would be recommended | is an option | are options | "
       "remains an option | as needed"},
      // What a payer or a policy asks for is not yet done ("Insurance requires
      // documentation of 6 weeks of PT").
      {E::hypothetical, kPre,
       "needs a | needs an | needs | need for | in need of | will need a | "
       "requires documentation of | require documentation of | requires completion of | "
       "require completion of | requirement of | requirement for | required prior to | "
       // "no formal PT, which her insurance will want before approving a
       // fusion" (session 37): the operation awaits the payer.
       "before approving | before approval of | before they approve | before they will approve | "
       "prior to approving | prior to approval of | before authorizing | prior to authorizing | "
       "before covering | before they will cover | before they cover | awaiting approval of | "
       "pending approval of | to approve | to authorize"},
  };
}

}  // namespace spinecds::terminology::cues
