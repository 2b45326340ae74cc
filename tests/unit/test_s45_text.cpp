// The text engine on classes met in session 45's work: a complaint named as
// the topic of teaching, and a relative the text names and then speaks of by
// name. Each case is a wording of the class written fresh (not taken from
// any evaluation file or case).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/finding_lines.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("s45: a complaint taught about is not the patient's, the therapy beside it is") {
  check_lines(
      {
          Case{"Myelopathy education (hand clumsiness, gait change, falls) given.",
               {"myelopathy planned"}},
          Case{"Sciatica handout given.", {}},
          Case{"Radiculopathy precautions reviewed with the patient.", {}},
          Case{"Cervical myelopathy with gait change.", {"myelopathy"}},
          Case{"Patient education (posture, HEP) provided.", {"physical-therapy"}},
      },
      false);
}

namespace {

// Each finding of `text` as "kind [other]", sorted: whose it is, not more.
std::vector<std::string> whose(const char* text) {
  std::vector<std::string> out;
  for (const auto& f : spinecds::terminology::extract_findings(text)) {
    out.push_back(std::string(spinecds::terminology::to_string(f.kind)) +
                  (f.experiencer_other ? " other" : ""));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("s45: a relative named in the text stays someone else under his name") {
  using V = std::vector<std::string>;
  CHECK(whose("Lives with husband Rogelio. Rogelio had an L4-5 fusion and 12 weeks of PT.") ==
        V{"physical-therapy other", "prior-fusion other"});
  CHECK(whose("Lives with husband Rogelio (s/p L4-5 fusion in 2024) and two sons.") ==
        V{"prior-fusion other"});
  CHECK(whose("Her daughter, Ana, has scoliosis.") == V{"scoliosis other"});
  // A name the text never makes a relative is the patient's own, as is what
  // a sentence about her says beside a relative's name.
  CHECK(whose("Maria had an L4-5 fusion in 2020.") == V{"prior-fusion"});
  CHECK(whose("Seen with husband Rogelio. Moderate L4-5 stenosis (Rogelio drove her).") ==
        V{"stenosis"});
}

TEST_CASE("s45: a root's symptoms are radicular, an existing fusion is no plan") {
  check_lines(
      {
          Case{"Explains her left L5 symptoms.", {"radiculopathy"}},
          Case{"Right C6 symptoms.", {"radiculopathy"}},
          Case{"No S1 symptoms.", {"radiculopathy negated"}},
          Case{"Plan: extension of the existing L4-S1 fusion to L3.",
               {"prior-fusion L4-L5,L5-S1"}},
          Case{"Pre-existing L5-S1 fusion, solid.", {"prior-fusion L5-S1"}},
      },
      false);
}
