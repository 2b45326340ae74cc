// Triggers for a slipped vertebra: spondylolisthesis (Meyerding grading;
// anterolisthesis, retrolisthesis, laterolisthesis) and the summary that
// alignment is normal.
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_alignment_triggers(TriggerBuilder& b) {
  b.kind("spondylolisthesis", true, false, true);
  b.add_all({"spondylolisthesis", "spondylolistheses", "listhesis", "slip", "slippage",
             "degenerative spondylolisthesis", "isthmic spondylolisthesis",
             // German "Pseudospondylolisthese": the degenerative slip
             "pseudospondylolisthesis", "pseudolisthesis",
             // Spanish and Portuguese spellings kept in translation
             "espondilolistesis", "espondilolisthesis", "espondilolistese"});
  b.add("anterolisthesis").direction = "antero";
  b.add("anterolistheses").direction = "antero";
  b.add("anterior spondylolisthesis").direction = "antero";
  b.add("retrolisthesis").direction = "retro";
  b.add("retro").direction = "retro";  // "Retro. of L3 on L4, 2 mm."
  b.add("retrolistheses").direction = "retro";
  b.add("posterior spondylolisthesis").direction = "retro";
  b.add("laterolisthesis").direction = "lateral";
  b.add("lateral listhesis").direction = "lateral";
  b.add("lateral spondylolisthesis").direction = "lateral";
  b.add("spondyloptosis").grade = 5;
  for (auto p : {"slips forward", "slipped forward", "slips anteriorly", "slipped anteriorly",
                 "slides forward", "slid forward"}) {
    b.add(p).direction = "antero";
  }
  for (auto p : {"anteriorly displaced", "displaced anteriorly", "anterior displacement",
                 "anteriorly translated", "anterior subluxation", "anteriorly subluxed",
                 "subluxed anteriorly", "anterior slip", "forward slip", "forward slippage",
                 "anterior slippage", "slipped vertebra", "step off", "anterior step off",
                 // "L4 is anterolisthesed on L5 by 4 mm": the slip as a verb.
                 "anterolisthesed"}) {
    b.add(p).direction = "antero";
  }
  for (auto p : {"posteriorly displaced", "displaced posteriorly", "posterior displacement",
                 "posterior subluxation", "posteriorly subluxed", "posterior slip", "backward slip",
                 "posterior step off", "retrolisthesed"}) {
    b.add(p).direction = "retro";
  }
  // A vertebra displaced on its neighbour, the direction a few words later
  // ("The L4 vertebra is displaced 6 mm posteriorly relative to L5") or the
  // position given against the vertebra below ("L3 sits 3 mm anterior to L4").
  for (auto p : {"displaced", "translated", "offset", "shifted"}) {
    b.add(p).rule = TriggerRule::displacement;
  }
  for (auto p : {"anterior to", "anteriorly to", "anteriorly relative to", "anterior relative to",
                 "forward relative to", "forward on"}) {
    auto& e = b.add(p);
    e.direction = "antero";
    e.rule = TriggerRule::displacement;
  }
  for (auto p : {"posterior to", "posteriorly to", "posteriorly relative to",
                 "posterior relative to", "backward relative to", "backward on"}) {
    auto& e = b.add(p);
    e.direction = "retro";
    e.rule = TriggerRule::displacement;
  }
  // A chiropractor's "subluxation" (the vertebral subluxation complex) is a
  // restricted, adjusted segment, not a vertebra slipped on the next
  // (tests/data/eval/README.md, session-23 conventions).
  for (auto p : {"subluxation", "subluxations", "subluxed"}) {
    b.add(p).rule = TriggerRule::not_chiropractic;
  }
  b.add_all({"olisthesis", "spondylolisthetic", "listhetic", "degenerative slip", "isthmic slip",
             // clinic shorthand (tests/data/eval/README.md, session-19 batch)
             "spondy"});
  for (auto p : {"slips backward", "slipped backward", "slips posteriorly", "slipped posteriorly",
                 "slides backward", "slid backward"}) {
    b.add(p).direction = "retro";
  }

  // "Alignment is anatomic/normal/maintained" says no vertebra has slipped
  // (issue 11, lead's check, category 6); beside a position word the same
  // words speak about motion instead (handled by the instability table).
  // "Lumbar alignment is normal": the words before "alignment" are no part of
  // the phrase, so common words ("lumbar", "spinal") start no extra phrases.
  for (const char* subject : {"alignment"}) {
    for (const char* verb : {"is", "are", "remains", "remain", "appears", "appear", ":", "was",
                             "is otherwise", "otherwise", "is grossly", "grossly", ""}) {
      for (const char* state : {"normal", "anatomic", "anatomical", "maintained", "preserved",
                                "unremarkable", "within normal limits", "satisfactory"}) {
        std::string p = std::string(subject) + " " + verb + (*verb ? " " : "") + state;
        auto& e = b.absent(p);
        e.deferent = true;
        e.rule = TriggerRule::static_alignment;
      }
    }
  }
  for (auto p :
       {"normal alignment", "anatomic alignment", "anatomical alignment", "maintained alignment",
        "preserved alignment", "normal lumbar alignment", "normal sagittal alignment",
        "normal vertebral alignment", "anatomic lumbar alignment", "normal spinal alignment",
        "normal vertebral body alignment", "unremarkable alignment",
        // "Normal lumbar lordosis and alignment", "lordosis and alignment are maintained"
        "normal lordosis and alignment", "normal lumbar lordosis and alignment",
        "lordosis and alignment are normal", "lordosis and alignment are maintained",
        "lordosis and alignment are preserved", "preserved lordosis and alignment",
        "maintained lordosis and alignment",
        // "The vertebral bodies are normally aligned" (session-21 batch)
        "normally aligned", "anatomically aligned", "aligned normally", "aligned anatomically"}) {
    auto& e = b.absent(p);
    e.deferent = true;
    e.rule = TriggerRule::static_alignment;
  }
}

}  // namespace spinecds::terminology::text
