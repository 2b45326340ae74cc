// Triggers for the cervical spine (issue 15, DESIGN.md §9), in the table's
// order: the cord (cervical_cord_triggers.cpp), narrowing said with a verb
// and its object, the disc osteophyte complex by its other names, the signs
// of myelopathy (cervical_myelopathy_triggers.cpp), the signs of a root in
// the arm (arm_root_sign_triggers.cpp), the cervical operations
// (surgery_triggers.cpp), and what is no finding. The conventions are
// tests/data/eval/README.md's "Cervical files".
#include <array>
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_cervical_triggers(TriggerBuilder& b) {
  add_cervical_cord_triggers(b);

  // Narrowing said with a verb and its object ("a bulge mildly narrows the
  // canal", "a protrusion narrowing the left foramen"): the object is the
  // location, the side in it the side.
  b.kind("stenosis", true, true);
  for (std::string_view verb :
       {"narrows", "narrow", "narrowing", "narrowed", "encroach on", "encroaches on",
        "encroaching on", "encroaches upon", "encroaching upon"}) {
    for (std::string_view side : {"", "left ", "right ", "bilateral "}) {
      for (std::string_view place :
           {"canal", "spinal canal", "central canal", "foramen", "neural foramen", "foramina",
            "neural foramina", "exit foramen", "neuroforamen", "lateral recess"}) {
        b.add(std::string(verb) + " the " + std::string(side) + std::string(place));
      }
    }
    // "osteophytes narrow both exit foramina"
    for (std::string_view place :
         {"foramina", "neural foramina", "exit foramina", "neuroforamina"}) {
      b.add(std::string(verb) + " both " + std::string(place));
    }
  }

  // "NF: moderate R, mild L": the neural foramina's template label.
  b.add("nf").rule = TriggerRule::anatomy_only;
  // Myelography: the contrast column is the contrast-filled thecal sac, so
  // its narrowing is the canal's ("severe narrowing of the contrast column
  // at C6-7"; finding_lexicon reads "column" as central).
  for (auto p : {"narrowing of the contrast column", "narrowing of the column of contrast",
                 "contrast column narrowing", "narrowing of contrast column"}) {
    b.add(p).rule = TriggerRule::not_disc_space;
  }

  // A disc osteophyte complex by its other names ("C5-6 DOC", "spondylotic
  // bar", "disc bar"), a summary like the lumbar table's (README, Cervical
  // files: ridge, bar). "DOC" only as written in capitals: "doc" is a doctor.
  b.kind("disc-herniation", true, true);
  for (auto p : {"spondylotic bar", "spondylotic bars", "spondylotic ridge", "spondylotic ridges",
                 "osteophytic bar", "osteophyte bar", "disc bar", "disk bar", "disc ridge",
                 "disk ridge", "disc osteophytic bar"}) {
    b.add(p).deferent = true;
  }
  // Disc material said to leave the disc is a herniation ("disc material
  // extends into the left lateral recess", "extruded disc material"); disc
  // material alone (residual, removed at surgery) is not.
  for (std::string_view verb : {"extends", "extending", "protrudes", "protruding", "herniates",
                                "herniating", "migrates", "migrating", "extrudes", "extruding"}) {
    for (std::string_view disc : {"disc material ", "disk material "}) {
      b.add(std::string(disc) + std::string(verb));
    }
  }
  b.add_all({"extruded disc material", "herniated disc material", "protruding disc material",
             "extruded disk material", "herniated disk material", "protruding disk material"});
  for (auto p : {"doc", "docs"}) {
    auto& e = b.add(p);
    e.deferent = true;
    e.rule = TriggerRule::capitals;
  }

  add_myelopathy_sign_triggers(b);
  add_arm_root_sign_triggers(b);
  add_cervical_surgery_triggers(b);

  // Not findings (kind ""): a normal arm exam; a disc replaced is not fused
  // (README, Cervical files).
  add_arm_normal_exam_triggers(b);
  b.add_all({"disc arthroplasty", "disc replacement", "cervical disc arthroplasty",
             "total disc replacement", "carpal tunnel", "thumb spica", "scapula",
             "signal abnormality within the marrow", "marrow signal abnormality"});
}

}  // namespace spinecds::terminology::text
