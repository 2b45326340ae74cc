// The text engine against the lumbar sentence evaluation set
// (tests/data/eval/, issue 11 "Show it"), scored as DESIGN.md §4 says: every
// reported finding is one item per (kind, segment); an item matches an
// expected one on kind, segment, negated and uncertain (hypothetical counts as
// uncertain) and, where the expectation gives them, severity, grade, mm and
// degrees (within 0.5); items are paired one to one per sentence. The same
// rules as tests/data/eval/score.py, which docs/extraction-eval.md uses.
#include <doctest/doctest.h>

#include "support/extraction_scoring.h"

using namespace spinecds::test::eval;

TEST_CASE("evaluation set, tuning part: precision and recall at least 0.98") {
  const Totals t = score_file("lumbar-sentences-tune.json");
  CHECK(t.sentences >= 220);
  CHECK(t.precision() >= 0.98);
  CHECK(t.recall() >= 0.98);
}

TEST_CASE("clinic-note tuning part: precision and recall at least 0.98") {
  const Totals t = score_file("lumbar-sentences-tune-clinic.json");
  CHECK(t.sentences >= 40);
  CHECK(t.precision() >= 0.98);
  CHECK(t.recall() >= 0.98);
}

// Session 19's tuning file: styles the other files lacked, written before the
// engine was run on them (first score 0.911 / 0.830; 0.989 / 0.967 after the
// session's changes). The floor is today's figure, rounded down, so a change
// that loses these readings fails.
TEST_CASE("session-19 tuning part: no regression below today's figures") {
  const Totals t = score_file("lumbar-sentences-tune-s19.json");
  CHECK(t.sentences >= 120);
  // Session 20 moved it to 1.000 / 0.985.
  CHECK(t.precision() >= 0.99);
  CHECK(t.recall() >= 0.98);
}

// Session 20's tuning file (other institutions' dictation, prior-auth
// letters, physiatry and PT discharge notes), written before the engine was
// run on them: first score 0.875 / 0.850 on main; 0.990 / 0.985 after the
// session's classes (docs/extraction-eval.md). The floor is today's figure,
// rounded down.
TEST_CASE("session-20 tuning part: no regression below today's figures") {
  const Totals t = score_file("lumbar-sentences-tune-s20.json");
  CHECK(t.sentences >= 120);
  CHECK(t.precision() >= 0.98);
  // Session 21 (misspelt finding words) moved recall to 0.995.
  CHECK(t.recall() >= 0.99);
}

// Session 21's tuning file (mainstream US reports and notes written as an
// outside examiner would), written before the engine was run on them: first
// score 0.957 / 0.931 on main; 0.981 / 0.972 after the session's classes
// (docs/extraction-eval.md). The floor is today's figure, rounded down.
TEST_CASE("session-21 tuning part: no regression below today's figures") {
  const Totals t = score_file("lumbar-sentences-tune-s21.json");
  CHECK(t.sentences >= 110);
  CHECK(t.precision() >= 0.98);
  CHECK(t.recall() >= 0.97);
}

// Session 22's tuning file (level attribution, long negated and hedged
// sentences, unusual wording), written before the engine was run on them:
// first score 0.878 / 0.878 on main (0.892 / 0.877 after four label
// corrections to existing conventions); 0.917 / 0.917 after the session's
// classes (docs/extraction-eval.md). The floor is today's figure, rounded down.
TEST_CASE("session-22 tuning part: no regression below today's figures") {
  const Totals t = score_file("lumbar-sentences-tune-s22.json");
  CHECK(t.sentences >= 110);
  CHECK(t.precision() >= 0.91);
  CHECK(t.recall() >= 0.91);
}

// Issue 11 asks for 0.98 on the held-out third. The engine does not reach it
// yet (docs/extraction-eval.md has the figures) and the issue stays open; a
// check that may fail would pass whatever happens, so only the floor below is
// asserted, against regressions. Raise it as the engine improves.
TEST_CASE("evaluation set, held-out part: no regression below today's figures") {
  const Totals t = score_file("lumbar-sentences-heldout.json");
  CHECK(t.sentences >= 110);
  // Fourth round (with the 20 unseen-batch items h-158..h-177) measures
  // 0.925 / 0.922; the floor is that figure, rounded down. Sessions 20 and 21
  // measure 0.926 / 0.926 (249/269/269), so recall's floor rises to 0.925.
  CHECK(t.precision() >= 0.925);
  CHECK(t.recall() >= 0.925);
}

// The later held-out files, each written by an outside writer and scored
// but never tuned on (README.md): floors at their figures, rounded down.
TEST_CASE("held-out files of sessions 42, 46 and 48: no regression below today's figures") {
  const Totals s42 = score_file("lumbar-sentences-heldout-s42.json");
  CHECK(s42.sentences >= 100);
  CHECK(s42.precision() >= 0.95);
  CHECK(s42.recall() >= 0.94);  // 0.947 at the end of session 47
  const Totals s46 = score_file("lumbar-sentences-heldout-s46.json");
  CHECK(s46.sentences >= 110);
  CHECK(s46.precision() >= 0.94);
  CHECK(s46.recall() >= 0.95);
  // Session 48's pair: first score on 089af9f 0.941 / 0.938.
  const Totals s48 = score_file("lumbar-sentences-heldout-s48.json");
  CHECK(s48.sentences >= 140);
  CHECK(s48.precision() >= 0.94);
  CHECK(s48.recall() >= 0.93);
}

TEST_CASE("scoring: a range is one item per segment, and values must agree") {
  Finding f;
  f.kind = spinecds::terminology::FindingKind::stenosis;
  f.segments = {spinecds::terminology::Segment{spinecds::terminology::Vertebra{23}},
                spinecds::terminology::Segment{spinecds::terminology::Vertebra{24}}};
  f.severity = spinecds::terminology::Severity::severe;
  const auto got = reported_items({f});
  REQUIRE(got.size() == 2);
  Item want;
  want.kind = "stenosis";
  want.segment = "L4-L5";
  want.severity = "severe";
  CHECK(max_matching({want}, got) == 1);
  want.severity = "mild";
  CHECK(max_matching({want}, got) == 0);
}
