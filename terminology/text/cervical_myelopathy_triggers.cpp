// Triggers for the signs of cervical myelopathy (issue 15, DESIGN.md §9):
// one myelopathy finding per sentence however many signs it lists; named signs
// denied are negated. The conventions are tests/data/eval/README.md's
// "Cervical files".
//
// Sources: eviCore CMM-601 (myelopathy symptoms and exam signs: fine-motor
// dysfunction, gait disturbance, Hoffmann, hyperreflexia, clonus, Babinski,
// tandem-walk ataxia, myelopathic hand); the long-tract and hand signs of
// degenerative cervical myelopathy as clinic notes write them (finger escape,
// crossed adductors, inverted supinator, Romberg, Nurick grade).
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_myelopathy_sign_triggers(TriggerBuilder& b) {
  // One item per sentence however many signs it lists (merged by kind).
  b.kind("myelopathy", true, false, false, true);
  b.add_all({"hoffman sign", "hoffman's sign", "hoffmans sign", "hoffmann's", "hoffman's",
             "positive hoffman", "hoffmann", "hoffman", "babinski", "upgoing toes", "upgoing toe",
             "hyperreflexic", "brisk reflexes", "3 + reflexes", "inverted brachioradialis",
             "myelopathic hand", "hand clumsiness", "clumsiness of the hands", "clumsy hands",
             "clumsiness", "difficulty buttoning", "trouble buttoning", "difficulty with buttons",
             "difficulty writing", "dropping objects", "drops objects", "gait ataxia",
             "ataxic gait", "wide based gait", "broad based gait", "unable to tandem walk",
             "unable to tandem", "cannot tandem walk", "difficulty with tandem gait", "lhermitte",
             "lhermitte's", "upper motor neuron signs", "upper motor neuron findings",
             "long tract signs", "dcm", "cord signs", "spasticity", "gait is broad based",
             "gait is wide based", "gait has become wide based", "gait became wide based",
             "gait is now wide based", "gait has become broad based", "gait is ataxic",
             "spastic gait", "gait is spastic", "unable to perform tandem gait",
             "unable to tandem gait", "grip and release", "myelopathic signs",
             // the possessive written without its apostrophe ("Hoffmans +")
             "hoffmans", "hoffmanns",
             // the hand's buttons and cups, however the note puts it
             "buttons", "buttoning", "drops cups", "dropping cups",
             // the difficulty written with "with", so a denial before it reaches the
             // sign ("denies difficulty with buttoning")
             "difficulty with buttoning", "trouble with buttoning", "problems with buttoning",
             "problems with buttons", "trouble with buttons", "difficulty with buttoning shirts",
             "difficulty with dropping objects"});
  // The same signs in other words: the hand (finger escape, lost dexterity,
  // handwriting, buttons), the long tracts (crossed adductors, inverted
  // supinator, extensor plantars, spastic paresis, Romberg) and balance.
  b.add_all(
      {"finger escape", "finger escape sign", "wartenberg sign", "crossed adductor",
       "crossed adductors", "crossed adductor response", "inverted supinator",
       "inverted radial reflex", "brisk pectoralis", "pectoralis reflex is brisk",
       "positive pectoralis reflex", "extensor plantar", "extensor plantars",
       "extensor plantar response", "extensor plantar responses", "upgoing plantar",
       "upgoing plantars", "plantars upgoing", "plantars are upgoing",
       // "Plantars: R upgoing, L equivocal": a side between (trigger_rules.cpp)
       "upgoing", "spastic quadriparesis", "spastic tetraparesis", "quadriparesis", "tetraparesis",
       "upper motor neurone signs", "upper motor neuron", "upper motor neurone", "umn signs",
       "positive romberg", "romberg positive", "romberg sign positive", "romberg is positive",
       "romberg : positive", "impaired tandem gait", "tandem gait impaired",
       "tandem gait is impaired", "difficulty with tandem", "unable to tandem walk",
       "loss of dexterity", "loss of manual dexterity", "reduced dexterity", "decreased dexterity",
       "impaired dexterity", "poor dexterity", "reduced manual dexterity",
       "decreased manual dexterity", "difficulty with fine motor", "fine motor difficulty",
       "fine motor difficulties", "fine motor dysfunction", "fine motor impairment",
       "impaired fine motor", "decreased fine motor", "difficulty with handwriting",
       "trouble with handwriting", "deteriorating handwriting", "worsening handwriting",
       "handwriting has deteriorated", "handwriting has worsened", "fastening buttons",
       "trouble with buttons", "clumsy", "reflexes are brisk", "reflexes brisk", "reflexes 3 +",
       "reflexes are 3 +", "reflexes 4 +", "dtrs 3 +", "dtrs are 3 +", "3 + dtrs", "3 + and brisk",
       "3 + biceps", "3 + triceps", "3 + brachioradialis", "3 + patellar", "biceps reflex 3 +",
       "triceps reflex 3 +", "brachioradialis reflex 3 +", "patellar reflex 3 +",
       "patellar reflexes 3 +", "biceps reflexes 3 +", "triceps reflexes 3 +", "hyper reflexia",
       "hyperreflexive", "hyperactive reflexes", "reflexes are hyperactive", "brisk dtrs",
       "dtrs are brisk", "brisk deep tendon reflexes", "pathological reflexes",
       "pathologic reflexes", "dropping things", "drops things", "dropping items", "drops items",
       "trouble with fine motor", "csm", "nurick grade", "nurick", "l ' hermitte", "l ' hermitte's",
       "lhermitte's phenomenon", "lhermitte phenomenon", "unable to heel toe walk",
       "unable to heel to toe walk", "cannot heel toe walk", "difficulty with heel to toe",
       "difficulty with heel toe", "impaired heel to toe", "picking up coins",
       "picking up small objects", "handwriting changes", "change in handwriting",
       "changes in handwriting", "spread of reflexes", "reflexes with spread", "brisk with spread",
       "spreading reflexes"});
  // The patient's own words for the myelopathic hand (portal messages,
  // triage notes): "I drop things", "can't button my shirt", "my handwriting
  // keeps getting worse".
  b.add_all({"drop things", "drop objects", "drop stuff", "dropping stuff", "can ' t button",
             "cannot button", "can not button", "unable to button", "handwriting is getting worse",
             "handwriting keeps getting worse", "handwriting getting worse",
             "handwriting has gotten worse", "handwriting got worse", "handwriting is worse",
             "handwriting is worsening", "handwriting is deteriorating"});
  // A gait or balance complaint is a cord sign only where the text is about
  // the neck (the cervical spine, an arm or a hand, a cervical passage): in a
  // lumbar review of systems or a falls screen it is a symptom of its own, no
  // myelopathy (tests/data/eval/README.md: "gait instability" is a symptom).
  for (std::string_view p :
       {"gait instability", "gait imbalance", "unsteady gait", "gait disturbance", "frequent falls",
        "unsteady on her feet", "unsteady on his feet", "unsteady on their feet",
        "unsteadiness of gait", "gait unsteadiness", "poor balance", "balance problems",
        "balance difficulties", "balance difficulty", "loss of balance", "balance issues",
        "unsteady walking", "walking has become unsteady", "gait has become unsteady",
        "gait difficulty", "gait difficulties", "difficulty with gait", "difficulty with her gait",
        "difficulty with his gait", "gait dysfunction", "gait abnormality",
        // a patient's or family's words: "walking like he's drunk"
        "walking like he ' s drunk", "walking like she ' s drunk", "walking like i ' m drunk",
        "walk like i ' m drunk", "walks like he ' s drunk", "walks like she ' s drunk",
        "walking like a drunk", "walks like a drunk"}) {
    b.add(p).rule = TriggerRule::neck_region;
  }
  // A brisk reflex named by its muscle is hyperreflexia ("brisk biceps
  // reflexes bilaterally", "the patellar reflexes are brisk").
  for (std::string_view muscle : {"biceps", "triceps", "brachioradialis", "patellar", "knee",
                                  "ankle", "achilles", "quadriceps"}) {
    for (std::string_view jerk : {"reflex", "reflexes", "jerk", "jerks"}) {
      const std::string named = std::string(muscle) + " " + std::string(jerk);
      b.add("brisk " + named);
      b.add(named + " brisk");
      b.add(named + " is brisk");
      b.add(named + " are brisk");
    }
  }
  // The test named before its result ("Tandem gait unsteady, Romberg +").
  b.add_all({"tandem gait unsteady", "tandem gait is unsteady", "tandem unsteady",
             "tandem walk unsteady", "tandem walking unsteady", "tandem gait abnormal",
             "tandem gait is abnormal", "abnormal tandem gait", "tandem gait poor",
             "poor tandem gait", "tandem gait ataxic", "romberg +", "+ romberg", "( + ) romberg",
             "romberg ( + )"});
  // The gait named before its finding, and a tandem test failed in other
  // words ("Gait wide-based; cannot tandem", "unstable gait on tandem"): an
  // unstable gait is a cord sign where the text is about the neck, a symptom
  // elsewhere, and never an unstable spine (tests/data/eval/README.md).
  b.add_all({"gait wide based", "gait broad based", "cannot tandem", "can not tandem",
             "could not tandem", "tandem gait unstable", "unstable tandem gait",
             "unstable on tandem", "unstable with tandem"});
  // A degree between the gait and its sign ("gait is mildly wide-based",
  // "gait slightly broad-based") still names the sign. A hedge there is left
  // out: a cue inside a trigger's words does not reach it.
  for (std::string_view verb : {"", ": ", "is ", "was ", "appears ", "seems ", "looks "}) {
    for (std::string_view degree : {"mildly ", "slightly ", "somewhat ", "minimally ", "subtly ",
                                    "a bit ", "a little ", "markedly ", "very "}) {
      for (std::string_view sign : {"wide based", "broad based", "ataxic", "spastic"}) {
        b.add("gait " + std::string(verb) + std::string(degree) + std::string(sign));
      }
    }
  }
  // A template's "Gait: wide-based and spastic" (a normal gait there is no
  // finding).
  for (std::string_view sign : {"wide based", "broad based", "ataxic", "spastic", "myelopathic"}) {
    b.add("gait : " + std::string(sign));
  }
  for (std::string_view p : {"unstable gait", "gait unstable", "gait is unstable",
                             "gait was unstable", "unstable walking", "unstable when walking"}) {
    b.add(p).rule = TriggerRule::neck_region;
  }
  // A template's "Test: result" line: "Tandem gait: unable", "Tandem:
  // unsteady" (a normal result is no finding, as "tandem gait intact").
  for (std::string_view test : {"tandem", "tandem gait", "tandem walk", "tandem walking"}) {
    for (std::string_view result : {"unable", "unsteady", "impaired", "abnormal", "poor", "ataxic",
                                    "cannot perform", "not able", "difficult", "wide based"}) {
      b.add(std::string(test) + " : " + std::string(result));
    }
  }
  // "Babinski: downgoing", "Plantars: flexor": the normal plantar response.
  for (std::string_view test : {"babinski", "plantars", "plantar", "plantar response",
                                "plantar responses", "plantar reflex", "plantar reflexes"}) {
    for (std::string_view result : {"downgoing", "flexor", "down going"}) {
      b.absent(std::string(test) + " : " + std::string(result));
    }
  }
  for (auto p :
       {"no upper motor neuron signs", "no long tract signs", "no myelopathic signs",
        "negative hoffmann", "negative hoffmann sign", "negative hoffmann's", "negative hoffman",
        "negative hoffman's", "negative hoffman sign", "hoffmann negative", "hoffmann's negative",
        "hoffman negative", "hoffmann sign negative", "hoffmann sign is negative",
        // the other signs denied the same way, and the normal plantar response
        "negative babinski", "babinski negative", "babinski is negative", "negative lhermitte",
        "negative lhermitte's", "lhermitte negative", "lhermitte's negative", "toes downgoing",
        "downgoing toes", "plantars downgoing", "downgoing plantars", "plantars are downgoing",
        "flexor plantars", "flexor plantar responses", "babinski downgoing"}) {
    b.absent(p);
  }
  // Dropping things from one named hand is a weak grip, which a C6-C8 root
  // gives as often as the cord (CF-MYE-01 counts clumsy hands, not one weak
  // hand): "drops objects from the left hand" names no myelopathy; dropping
  // things unsided, or from both hands, still does, and so does one hand when
  // the sentence goes on to the other ("... and now also from the left hand").
  b.kind("", false);
  for (std::string_view drop : {"drops", "dropping", "dropped", "drop"}) {
    for (std::string_view what : {"objects", "things", "items", "cups"}) {
      for (std::string_view from : {" from ", " with ", " out of ", " in "}) {
        for (std::string_view whose : {"the ", "her ", "his ", "their ", "", "a "}) {
          for (std::string_view side : {"left", "right", "l", "r"}) {
            b.add(std::string(drop) + " " + std::string(what) + std::string(from) +
                  std::string(whose) + std::string(side) + " hand")
                .rule = TriggerRule::one_side;
          }
        }
      }
    }
  }
  b.kind("myelopathy", true, false, false, true);
  // "neg Hoffmann, neg clonus": a note's "neg" before the sign, as "negative"
  // (README, Cervical files: "(-)" and "neg" beside a sign).
  for (std::string_view sign :
       {"hoffmann", "hoffmann's", "hoffman", "hoffman's", "hoffmanns", "hoffmann sign", "hoffmans",
        "babinski", "clonus", "lhermitte", "lhermitte's", "romberg"}) {
    b.absent("neg " + std::string(sign));
  }
}

}  // namespace spinecds::terminology::text
