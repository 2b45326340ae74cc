// Forms, checklists and questions answered yes or no (session 36, conference
// minutes, trial screening checklists and insurer forms): a field's answer
// decides whether the finding it names is stated or denied, and belongs to
// its own field only. Wordings of our own, not the eval sentences'.
#include <doctest/doctest.h>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::Lines;
using spinecds::test::read;

TEST_CASE("a field answered with a dash and 'no', '(N)' or ': no' denies the finding it names") {
  CHECK(read("Inclusion check: grade 2 spondylolisthesis at L5-S1 - no") ==
        Lines{"spondylolisthesis L5-S1 negated"});
  CHECK(read("Screening item 4: foot drop or other motor deficit \xE2\x80\x94 NO.") ==
        Lines{"weakness negated"});
  CHECK(read("Registry criteria: foraminal stenosis at L4-5 (Y), nonunion (N).") ==
        Lines{"pseudarthrosis L4-L5 negated", "stenosis L4-L5"});
  CHECK(read("Cord signal change on MRI: no") == Lines{"cord-signal-change negated"});
  // The answer is followed by an aside in brackets: the aside is not denied.
  CHECK(read("Segmental instability \xE2\x80\x94 NO (standing flexion/extension films reviewed)") ==
        Lines{"flexion-extension-study", "instability negated"});
}

TEST_CASE("'- no' before a finding is a denial of it, not a field's answer") {
  CHECK(read("PMH - no fusion, lumbar strain 2019") == Lines{"prior-fusion negated"});
  CHECK(read("Neuro: no myelopathy.") == Lines{"myelopathy negated"});
}

TEST_CASE("an answer belongs to its own field: pipes, colons and semicolons end a field") {
  CHECK(read("Myelopathy: Y | Radiculopathy: N") == Lines{"myelopathy", "radiculopathy negated"});
  CHECK(read("Claudication: Y; Weakness: N; Myelopathy: N") ==
        Lines{"myelopathy negated", "neurogenic-claudication", "weakness negated"});
  CHECK(read("Foraminal stenosis: Y | Spondylolisthesis: N") ==
        Lines{"spondylolisthesis negated", "stenosis"});
}

TEST_CASE("a field that asks a comparison is answered about the comparison") {
  CHECK(read("Arm pain more than neck pain: N") == Lines{});
  CHECK(read("Leg pain predominates over back pain? No.") == Lines{});
  CHECK(read("Leg symptoms greater than back symptoms: N") == Lines{});
}

TEST_CASE("a question answered on its line is a statement, not a question") {
  CHECK(read("Q3. Any previous spinal operations? No.") ==
        Lines{"prior-fusion negated", "prior-laminectomy negated"});
  CHECK(read("Clinical evidence of cervical myelopathy? Answer: no") ==
        Lines{"myelopathy negated"});
  CHECK(read("Has the claimant had neck surgery? A: No") ==
        Lines{"prior-fusion negated", "prior-laminectomy negated"});
  CHECK(read("Hyperreflexia on exam? Yes.") == Lines{"myelopathy"});
  // Unanswered, the question only asks.
  CHECK(read("Instability on the flexion views? Repeat films in 6 weeks.") ==
        Lines{"flexion-extension-study planned", "instability planned"});
}

TEST_CASE("a ticked 'No' followed by a remark answers its field") {
  CHECK(read("Dynamic films done: [ ] Yes [X] No (patient declined)") ==
        Lines{"flexion-extension-study negated"});
  CHECK(read("Prior cervical fusion: [ ] Yes [X] No - per patient report") ==
        Lines{"prior-fusion negated"});
  CHECK(read("Hoffmann sign present: [ ] Yes [X] No; reflexes 2+") == Lines{"myelopathy negated"});
}

TEST_CASE("a bare 'surgery' denied among spine findings is no spine operation") {
  CHECK(read("Low back pain since 2021; no sciatica, no surgery.") ==
        Lines{"prior-fusion negated", "prior-laminectomy negated", "radiculopathy negated"});
  CHECK(read("No arm weakness, no myelopathy, no operations.") ==
        Lines{"myelopathy negated", "prior-fusion negated", "prior-laminectomy negated",
              "weakness negated"});
  // Not denied as an item of its own, or with no spine finding, it says nothing.
  CHECK(read("No surgery is planned for the knee.") == Lines{});
  CHECK(read("Sciatica improving; she declined surgery.") == Lines{"radiculopathy"});
  CHECK(read("No surgery.") == Lines{});
}
