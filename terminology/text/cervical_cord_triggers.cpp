// Triggers for the cervical cord (issue 15, DESIGN.md §9): compression said
// with any verb or noun of deformity and any part of the cord, contact
// without deformity as no compression, and T2 cord signal. The conventions
// are tests/data/eval/README.md's "Cervical files".
//
// Sources: research/cervical-fusion-criteria.md CF-MYE-02 (cord compression,
// flattening, deformity; T2 hyperintensity, myelomalacia, cord oedema).
#include <array>
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_cervical_cord_triggers(TriggerBuilder& b) {
  b.kind("cord-compression", true);
  b.add_all({"flattens the cord",
             "flattening the cord",
             "flattening of the ventral cord",
             "ventral cord flattening",
             "ventral cord deformity",
             "deforms the cord",
             "deforming the cord",
             "deforms the ventral cord",
             "indents the cord",
             "indenting the cord",
             "indents the ventral cord",
             "indenting the ventral cord",
             "cord indentation",
             "impinges on the cord",
             "impinging on the cord",
             "impinging the cord",
             "compresses the ventral cord",
             "compressing the ventral cord",
             "compressing the hemicord",
             "compresses the hemicord",
             "hemicord compression",
             "cord is compressed",
             "cord is flattened",
             "cord is deformed",
             "cord contact",
             "contacts the cord",
             "contacting the cord",
             "flattening of the spinal cord",
             "spinal cord flattening",
             "deformity of the spinal cord",
             "cord remodeling",
             "compression of the spinal cord",
             "flattens the ventral cord",
             "flattening the ventral cord",

             "cord compressed"});
  // The same said with any verb or noun of deformity and any part of the cord
  // ("deforming the right ventral hemicord", "indentation of the cord",
  // "compressing the thecal sac and cord").
  {
    // "flattens the ventral surface of the cord": a face of the cord is the cord.
    // "deforming the anterior contour of the spinal cord" (translated reports).
    const std::array<std::string_view, 21> parts = {"cord",
                                                    "spinal cord",
                                                    "hemicord",
                                                    "cervical cord",
                                                    "ventral cord",
                                                    "dorsal cord",
                                                    "anterior cord",
                                                    "ventral hemicord",
                                                    "ventral spinal cord",
                                                    "ventral surface of the cord",
                                                    "ventral surface of the spinal cord",
                                                    "ventral aspect of the cord",
                                                    "ventral aspect of the spinal cord",
                                                    "anterior surface of the cord",
                                                    "anterior aspect of the cord",
                                                    "anterior surface of the spinal cord",
                                                    "anterior aspect of the spinal cord",
                                                    "anterior contour of the cord",
                                                    "anterior contour of the spinal cord",
                                                    "ventral contour of the cord",
                                                    "ventral contour of the spinal cord"};
    const std::array<std::string_view, 5> sides = {"", "left ", "right ", "the left ",
                                                   "the right "};
    for (std::string_view verb :
         {"compress",   "compresses",  "compressing",  "compressed",     "flatten",
          "flattens",   "flattening",  "flattened",    "deform",         "deforms",
          "deforming",  "deformed",    "indent",       "indents",        "indenting",
          "indented",   "impinges on", "impinging on", "impinging upon", "impinges upon",
          "efface",     "effaces",     "effacing",     "effaced",        "remodels",
          "remodeling", "remodelling"}) {
      for (auto side : sides) {
        for (auto part : parts) {
          if (side.starts_with("the")) {
            b.add(std::string(verb) + " " + std::string(side) + std::string(part));
          } else {
            b.add(std::string(verb) + " the " + std::string(side) + std::string(part));
            // Shorthand drops the article: "compressing cord", "indenting left hemicord".
            b.add(std::string(verb) + " " + std::string(side) + std::string(part));
          }
        }
      }
      // The sac named first is the same compression, with or without articles.
      for (std::string_view both : {"the thecal sac and cord", "the thecal sac and the cord",
                                    "thecal sac and cord", "thecal sac and the cord"}) {
        b.add(std::string(verb) + " " + std::string(both));
      }
    }
    for (std::string_view noun :
         {"compression", "flattening", "deformity", "deformation", "indentation", "impingement",
          "effacement", "remodeling", "remodelling", "distortion", "mass effect"}) {
      for (auto part : parts) {
        // "mass effect on the right hemicord": the side may stand before the part.
        for (auto side : sides) {
          if (side.starts_with("the")) continue;
          for (std::string_view prep :
               {" of the ", " upon the ", " on the ", " of ", " upon ", " on "}) {
            b.add(std::string(noun) + std::string(prep) + std::string(side) + std::string(part));
          }
        }
        b.add(std::string(part) + " " + std::string(noun));
      }
    }
    // "the cord is also flattened", "the ventral cord is remodeled": a word of
    // time or addition between the verb and the state says nothing of it.
    for (std::string_view adverb : {"", "mildly ", "moderately ", "severely ", "slightly ",
                                    "markedly ", "focally ", "also ", "now ", "still ", "again "}) {
      for (std::string_view state : {"flattened", "compressed", "deformed", "indented", "remodeled",
                                     "remodelled", "distorted", "impinged"}) {
        for (std::string_view subject : {"cord is ", "cord appears ", "cord was "}) {
          b.add(std::string(subject) + std::string(adverb) + std::string(state));
        }
      }
    }
    b.add_all({"mass effect upon the cord", "mass effect upon the spinal cord",
               "mass effect on the spinal cord", "mass effect on the ventral cord",
               "cord is draped", "draping of the cord", "cord draped", "draped cord",
               "cord draping"});
  }
  // "abuts the cord without deforming it", "the cord is not compressed":
  // contact without deformity is no compression (README, Cervical files).
  for (auto p :
       {"abuts the ventral cord without deforming it", "abuts the cord without deforming it",
        "abutting the cord without deforming it", "abutting the ventral cord without deforming it",
        "contacts the cord without deforming it", "contacts the ventral cord without deforming it",
        "without deforming the cord", "cord is not compressed", "cord is not deformed",
        "no cord deformity", "without cord deformity", "without cord compression",
        "without compressing it", "without compressing the cord", "without deforming it",
        "without flattening it", "without flattening the cord", "without indenting it",
        "without indenting the cord", "does not contact the cord",
        "does not contact the ventral cord", "not contacting the cord",
        "without contacting the cord", "without contacting the ventral cord",
        // the cord's outline kept: no deformity ("cord contour preserved")
        "cord contour preserved", "cord contour is preserved", "cord contour maintained",
        "cord contour is maintained", "cord contour is normal", "normal cord contour",
        "cord morphology is normal", "normal cord morphology", "cord shape is preserved",
        // contact named, then its deformity denied (session 29): "with cord
        // contact but no cord deformity"
        "cord contact but no cord deformity", "cord contact but no deformity",
        "cord contact without deformity", "cord contact without cord deformity",
        "cord contact but no cord compression", "cord contact but no compression",
        "cord contact without compression", "cord contact without cord compression",
        "contacts the cord but does not deform it", "abuts the cord but does not deform it",
        "contacting the cord but not deforming it", "abutting the cord but not deforming it",
        // translated reports: "ventral cord contact without deformation",
        // "without contact with the cord", "touching the cord without deforming it"
        "cord contact without deformation", "cord contact without cord deformation",
        "contact with the cord without deformation", "without contact with the cord",
        "without contact with the spinal cord", "no contact with the cord",
        "no contact with the spinal cord", "without cord contact",
        "without deformation of the cord", "without deformation of the spinal cord",
        "touching the cord without deforming it", "touches the cord without deforming it"}) {
    b.absent(p);
  }

  // "contacts the cord without deformity", "abuts the ventral cord but no
  // compression": contact with its object, then the deformity denied.
  for (std::string_view contact :
       {"contacts", "abuts", "touches", "contacting", "abutting", "touching"}) {
    for (std::string_view cord : {" the cord", " the ventral cord", " the spinal cord"}) {
      for (std::string_view join : {" without ", " , without ", " but no "}) {
        for (std::string_view state :
             {"deformity", "deformation", "compression", "flattening", "indentation"}) {
          b.absent(std::string(contact) + std::string(cord) + std::string(join) +
                   std::string(state));
        }
      }
    }
  }

  // The bare words in a clause about the cord ("Cord: mild ventral
  // deformity", "the cord shows flattening").
  for (auto p :
       {"deformity", "ventral deformity", "flattening", "ventral flattening", "indentation",
        "ventral indentation", "flattened", "deformed", "compressed", "indented", "compression"}) {
    b.add(p).rule = TriggerRule::cord_named;
  }
  // "The cord is contacted but not flattened": the state denied in a clause
  // about the cord, after contact or alone. Template lines join the two with
  // a comma, "without" or "no" ("Cord: contacted, not compressed", "Cord:
  // contact, no compression").
  for (std::string_view contact : {"contacted", "abutted", "touched", "contacts", "abuts",
                                   "contacting", "abutting", "contact"}) {
    for (std::string_view state :
         {"flattened", "compressed", "deformed", "indented", "flattening", "compressing",
          "deforming", "indenting", "flattening it", "compressing it", "deforming it"}) {
      for (std::string_view join : {" but not ", " , but not ", " , not "}) {
        b.absent(std::string(contact) + std::string(join) + std::string(state)).rule =
            TriggerRule::cord_named;
      }
    }
    for (std::string_view state :
         {"compression", "deformity", "deformation", "flattening", "indentation"}) {
      for (std::string_view join : {" without ", " , without ", " but no ", " , no "}) {
        b.absent(std::string(contact) + std::string(join) + std::string(state)).rule =
            TriggerRule::cord_named;
      }
    }
  }
  for (auto p : {"cord is not flattened", "cord is not indented", "cord was not compressed",
                 "cord is not effaced"}) {
    b.absent(p);
  }

  b.kind("cord-signal-change", false);
  // "the cord ... shows T2 hyperintense signal": the adjective as well as the
  // noun, in a clause about the cord.
  // "Spinal cord without focal changes of signal" (translated reports).
  for (auto p :
       {"abnormal signal", "signal change", "signal abnormality", "t2 signal", "changes of signal",
        "change of signal", "changes of the signal", "alteration of signal",
        "alterations of signal", "signal alteration", "signal alterations", "increased signal",
        "hyperintensity", "t2 hyperintensity", "hyperintense signal", "t2 hyperintense signal",
        "t2-hyperintense signal",
        // "altered signal intensity is seen in the cord"
        "altered signal", "altered signal intensity", "abnormal signal intensity",
        "increased signal intensity", "increased t2 signal", "high signal intensity",
        "signal intensity change", "signal intensity changes", "signal intensity abnormality",
        "signal intensity alteration", "t2 hyperintense"}) {
    b.add(p).rule = TriggerRule::cord_named;
  }
  for (auto p : {"normal signal", "normal signal and caliber", "normal signal and calibre",
                 "normal signal and size", "normal in signal", "normal in caliber and signal",
                 "normal in calibre and signal", "normal in size and signal"}) {
    b.absent(p).rule = TriggerRule::cord_named;
  }
  b.add_all({"t2 hyperintense signal within the cord", "t2 hyperintense signal in the cord",
             "t2 hyperintensity within the cord", "t2 hyperintensity in the cord",
             "t2 signal in the cord", "t2 signal within the cord", "signal within the cord",
             "signal in the cord", "signal within the conus", "signal in the conus",
             "abnormal signal in the conus", "abnormal signal within the conus",
             "abnormal conus signal", "increased conus signal", "conus signal abnormality",
             "conus signal change", "conus signal changes", "abnormal signal of the conus",
             "increased signal within the cord", "increased cord signal",
             "intramedullary t2 hyperintensity", "intramedullary signal change",
             "intramedullary hyperintensity", "myelomalacic", "cord oedema", "spinal cord edema",
             "spinal cord oedema", "edema within the cord", "signal abnormality",
             "cord signal abnormality", "t2 hyperintense cord signal", "hyperintense cord signal",
             "abnormal signal within the cord", "signal change in the cord",
             "signal change within the cord", "signal changes in the cord",
             "signal changes within the cord",
             // Japanese and Chinese reports in English: "intramedullary high
             // signal intensity on T2WI"
             "intramedullary high signal", "intramedullary high signal intensity",
             "intramedullary high intensity", "intramedullary t2 high signal",
             "intramedullary signal", "intramedullary signal intensity change",
             // a demyelinating plaque is signal in the cord too (session 41)
             "cord plaque", "cord plaques"});
  // "T2 hyperintense focus in the cord", "bright lesion within the spinal cord".
  for (std::string_view sign : {"hyperintense", "t2 hyperintense", "t2 bright", "bright"}) {
    for (std::string_view what : {"focus", "foci", "area", "areas", "lesion", "lesions"}) {
      for (std::string_view in : {"in the", "within the", "of the"}) {
        for (std::string_view part : {"cord", "spinal cord", "cervical cord", "dorsal cord",
                                      "thoracic cord", "dorsal columns", "posterior columns"}) {
          b.add(std::string(sign) + " " + std::string(what) + " " + std::string(in) + " " +
                std::string(part));
        }
      }
    }
  }
  // "focal hyperintensity in the cord", "hyperintensities within the spinal cord".
  for (std::string_view what : {"hyperintensity", "hyperintensities"}) {
    for (std::string_view in : {"in the", "within the", "of the"}) {
      for (std::string_view part : {"cord", "spinal cord", "cervical cord", "dorsal cord",
                                    "thoracic cord", "dorsal columns", "posterior columns"}) {
        b.add(std::string(what) + " " + std::string(in) + " " + std::string(part));
      }
    }
  }
  for (auto p : {"spinal cord is normal in signal",
                 "cord is normal in signal",
                 "cord is otherwise normal in signal",
                 "cord otherwise normal in signal",
                 "cord signal is normal",
                 "normal cord signal",
                 "normal cervical cord signal",
                 "normal thoracic cord signal",
                 "normal distal cord signal",
                 "normal conus signal",
                 "normal spinal cord signal",
                 "spinal cord is normal in caliber and signal",
                 "spinal cord is normal in size and signal",
                 "normal signal within the cord",
                 "normal signal in the cord",
                 "without signal abnormality",
                 "normal calibre and signal",
                 "normal caliber and signal",
                 "normal signal intensity",
                 "normal intramedullary signal",
                 "without signal change",
                 "without associated signal change",
                 "without cord signal change",
                 "without intramedullary signal change",
                 "without cord signal abnormality",
                 "no cord signal abnormality"}) {
    b.absent(p);
  }
  // "Cord calibre and signal are normal throughout", "normal cord caliber and
  // signal": the signal is normal whichever of the two comes first and however
  // the size is spelt (README, Cervical files: the caliber alone denies no
  // compression).
  for (std::string_view size : {"caliber", "calibre", "size"}) {
    const std::string both = std::string(size) + " and signal";
    const std::string both_signal_first = "signal and " + std::string(size);
    for (const std::string& pair : {both, both_signal_first}) {
      for (std::string_view cord : {"cord ", "spinal cord "}) {
        b.absent(std::string(cord) + pair + " are normal");
        b.absent(std::string(cord) + pair + " normal");
        b.absent("normal " + std::string(cord) + pair);
      }
    }
  }
}

}  // namespace spinecds::terminology::text
