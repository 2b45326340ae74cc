// ConText cues of possible existence (ConText / medspaCy POSSIBLE_EXISTENCE):
// hedges before and after the finding, the alternatives a differential
// weighs, an image offered as artefact, and what a study could not show well.
// (Part of the cue table in context_cues.cpp, in its place of the order. The
// last group, the study's limits, stays last: the hypothetical cues go in
// before it.)
#include "terminology/text/cue_groups.h"

namespace spinecds::terminology::cues {

std::vector<CueGroup> hedge_cue_groups() {
  using E = CueEffect;
  return {
      // Possible existence (hedges).
      {E::uncertain, kPre,
       "possible | possibly | potentially | probable | probably | may | might | could | "
       "cannot exclude | "
       // "c/f" is "concerning for" (tests/data/eval/README.md); "doubt" hedges
       "c f | doubt | doubtful | doubtful for | low likelihood of | low probability of | "
       // "s/o" is "suggestive of" in South Asian reports ("features s/o
       // canal stenosis"); as "son of" it stands before a name, no finding
       "s o | "
       // an impression heard, not a diagnosis made (session 37): "what she
       // describes sounds like neurogenic claudication"; and a differential's
       // label hedges every item to its line's end ("DDx: L5 spondylolysis vs
       // an L4-5 protrusion")
       "sounds like | sound like | sounds more like | sounds most like | sounds consistent with | "
       "sounds most consistent with | sounds typical of | sounds suspicious for | "
       "ddx | ddx : | d dx : | differential : | differential diagnosis : | "
       "differential diagnoses : | "
       // doubt of a fusion's union, not of the fusion (session 37): "I am not
       // convinced the L5-S1 fusion is solid" (scope::fusion_status)
       "not convinced | am not convinced | i am not convinced | not convinced that | "
       "unconvinced | not fully convinced | "
       "can not exclude | cannot rule out | can not rule out | suspicion for | "
       // the diagnosis after a comparison (session 41): "more consistent
       // with hip OA than with lumbar stenosis", "better explained by her
       // neuropathy than by myelopathy" ("more likely from X than from the
       // L4-5 stenosis" doubts the cause, not the stenosis seen); and a
       // referrer's question: "the clinic queried cervical myelopathy"
       "than with | than by | queried | "
       "suspicion of | suspicious for | suspect | questionable | questionably | equivocal | "
       "concerning for | suggestive of | suggests | suggest | suggesting | presumed | presumably | "
       "indeterminate | borderline | differential | uncertain | unclear | "
       "cannot be excluded | difficult to exclude | not excluded | "
       "raises the possibility of | raising the possibility of | possibility of | "
       "can be seen with | could be seen with | may be seen with | likely represents | "
       "may represent | may reflect | could represent | could reflect | worrisome for | "
       "apparent | cannot be ruled out | can not be ruled out | favored | favor | "
       "favoring | thought to represent | felt to represent | believed to represent | "
       "perhaps | cannot be completely excluded | not completely excluded | "
       "can ' t exclude | can ' t be excluded | cannot entirely exclude | "
       "cannot completely exclude | suspicious | suggestion of | unlikely | most likely | "
       "likely representing | possibly representing | differential diagnosis includes | "
       "differential includes | may indicate | could indicate | might indicate | "
       // a finding offered as the cause of the complaint ("correlate clinically
       // for a right L5 radiculopathy", "which could account for")
       "correlate for | correlate clinically for | clinically correlate for | "
       "clinical correlation for | correlation for | may account for | could account for | "
       "might account for | may contribute to | could contribute to | might contribute to | "
       "may be contributing to | could be contributing to | may explain | could explain | "
       "might explain | "
       "may be causing | could be causing | possibly contributing to | "
       "potentially contributing to | may cause | could cause"},
      // "Her S1 radicular symptoms may be related to the foraminal stenosis":
      // the link is in doubt, so the symptom it explains is; the finding named
      // as its cause is stated (README: "likely related to X" leaves X affirmed).
      {E::uncertain, kPost,
       "may be related to | could be related to | possibly related to | might be related to"},
      // "favoured to represent a small protrusion": what the image stands for is
      // in doubt ("favoured to be real", "favour a degenerative slip rather
      // than an isthmic one" hedge the reality or the type only).
      // "Appearances favour a paracentral extrusion": the British spellings of
      // the hedges above ("+/-" is read in context_scope.cpp: its "-" is no word).
      // After a hedge the alternative set aside is hedged too ("likely
      // represents fibrosis rather than recurrent herniation"); without one it
      // is denied (the negation in context_cues.cpp). context_scope.cpp picks between them.
      {E::uncertain, kPre, "rather than | instead of"},
      // "Decompression alone is favoured over fusion": both operations are
      // weighed, neither done.
      {E::hypothetical, kBoth,
       "favoured over | favored over | is favoured over | is favored over | preferred over | "
       "is preferred over"},
      {E::uncertain, kPre, "favour | favours | favouring | favors | appearances favour"},
      {E::uncertain, kPre,
       "favoured to represent | favored to represent | favoured to reflect | "
       "favored to reflect | favoured to be | favored to be"},
      // A study that "did not rule out" a finding leaves it possible
      // (medspaCy POSSIBLE_EXISTENCE), where "did not" alone would deny it.
      {E::uncertain, kPre,
       "did not rule out | does not rule out | do not rule out | did not exclude | "
       "does not exclude | do not exclude | does not entirely exclude | "
       "does not completely exclude"},
      {E::uncertain, kPost, "is to be ruled out | remains to be ruled out | may be ruled out"},
      // "instability versus positioning": both alternatives are uncertain.
      {E::uncertain, kBoth, "suspected | likely | cannot be excluded | not excluded | versus | vs"},
      // "moderate stenosis, likely to be affecting the traversing L5 roots":
      // the doubt is about what follows (the effect), never the finding named
      // before it; "disc likely to be compressing the cord" hedges the cord.
      {E::uncertain, kPre,
       "likely to be | likely to | most likely to be | is likely to be | is likely to | "
       "are likely to be | are likely to"},
      // "suggestive of but not diagnostic of instability": a hedge, not a negation.
      {E::uncertain, kPre,
       "but not diagnostic of | but not diagnostic for | not diagnostic of | "
       "not diagnostic for | nondiagnostic for"},
      // A finding offered as an artefact ("cord signal change at C5-6, likely
      // artifactual"; "...; this may represent artifact") is hedged: the
      // explanation follows it, set off or not (context_scope.cpp).
      {E::uncertain, kPost,
       "may represent artifact | may represent artefact | could represent artifact | "
       "could represent artefact | may reflect artifact | may reflect artefact | "
       "may be artifact | may be artefact | may be artifactual | may be artefactual | "
       "could be artifactual | could be artefactual | likely artifact | likely artefact | "
       "likely artifactual | likely artefactual | possibly artifactual | possibly artefactual | "
       "probably artifactual | probably artefactual | may be spurious | possibly spurious | "
       // translated reports: "which could correspond to artifact"
       "could correspond to artifact | could correspond to artefact | "
       "may correspond to artifact | may correspond to artefact | "
       "could correspond to an artifact | may correspond to an artifact | "
       "might correspond to artifact | could be artifact | could be artefact | "
       "possibly artifact | possibly artefact | probably artifact | probably artefact | "
       // the image read as artefact by a hedge that usually points forward
       "favored to represent artifact | favoured to represent artefact | "
       "favoured to represent artifact | favored to represent artefact | "
       "thought to represent artifact | thought to represent artefact | "
       "felt to represent artifact | felt to represent artefact | most likely artifact | "
       "most likely artefact | most likely artifactual | most likely artefactual | "
       // what artefact hides may or may not be there ("foraminal stenosis is
       // obscured by artifact from the screws")
       "obscured by artifact | obscured by artefact | obscured by metal artifact | "
       "obscured by hardware artifact | obscured by susceptibility artifact | "
       "obscured by motion artifact | partially obscured by artifact | "
       // a slip or narrowing that the patient's position may have made
       // ("3 mm retrolisthesis of L2 on L3, which may be positional"): whether
       // it is there is in doubt, as with an artefact (session 29)
       "may be positional | could be positional | might be positional | possibly positional | "
       "likely positional | probably positional | may be related to positioning | "
       "likely related to positioning | could be related to positioning"},
      // ... and a finding said to be artefact is denied (context_scope.cpp
      // keeps it to "represents artifact", "is artifactual").
      {E::negate, kPost, "artifact | artefact | artifactual | artefactual"},
      // A strength grade the examiner doubts ("4/5 with give-way quality",
      // "breakaway weakness", "; effort felt to be submaximal"): the grade
      // may not be real weakness (context_scope.cpp keeps these to weakness).
      {E::uncertain, kBoth,
       "give - way | give way | giveway | breakaway | break - away | give - way quality | "
       "breakaway quality"},
      {E::uncertain, kPost,
       "submaximal effort | poor effort | inconsistent effort | variable effort | "
       "effort - limited | effort limited | effort - dependent | effort dependent | "
       "effort felt to be submaximal | effort was submaximal | effort submaximal | "
       "effort is submaximal | with submaximal effort"},
      // "Instability is unlikely" hedges what it follows, as "is likely" does.
      {E::uncertain, kPost,
       // the alternative a differential sets behind (session 41): "Neurogenic
       // claudication is less likely", "Hoffmann sign equivocal on the
       // right", "mild hyperreflexia, which may be physiologic"
       "is less likely | are less likely | less likely | felt less likely | "
       "thought less likely | equivocal | may be physiologic | could be physiologic | "
       "possibly physiologic | likely physiologic | which may be physiologic | "
       "which may be physiological | which is likely physiologic | which could be physiologic | "
       "is unlikely | are unlikely | felt unlikely | thought unlikely | "
       "felt to be unlikely | thought to be unlikely | considered unlikely | "
       "is felt to be unlikely | seems unlikely | appears unlikely | is doubtful | "
       "considered doubtful | is considered doubtful | felt to be doubtful | "
       "thought to be doubtful"},
      // Also what the study could not show well ("not well evaluated").
      {E::uncertain, kPost,
       "is suspected | is possible | can not be excluded | not entirely excluded | "
       "cannot be ruled out | not ruled out | is questioned | questioned | is likely | "
       "may be present | is equivocal | is uncertain | cannot be entirely excluded | "
       "is not excluded | not be excluded | is not entirely excluded | "
       "cannot be completely excluded | not completely excluded | is favored | "
       "is questionable | is probable | is not certain | are suspected | are "
       "possible | "
       "are likely | can ' t be excluded | is suggested | are suggested | "
       "not well evaluated | not well assessed | not well seen | not well visualized | "
       "suboptimally evaluated | suboptimally assessed | incompletely evaluated | "
       "poorly evaluated | limited evaluation | difficult to assess | "
       "cannot be assessed | can not be assessed | cannot be evaluated | "
       "could not be assessed | could not be evaluated | not assessed | "
       "difficult to evaluate"},
  };
}

}  // namespace spinecds::terminology::cues
