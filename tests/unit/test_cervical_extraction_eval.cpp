// The text engine against the cervical sentence evaluation set
// (tests/data/eval/cervical-*.json, issue 15 "Show it"), scored as
// tests/data/eval/score.py scores a cervical file: DESIGN.md §4's rules, and
// root, side and location where the expectation gives them.
#include <doctest/doctest.h>

#include "support/extraction_scoring.h"

using namespace spinecds::test::eval;

TEST_CASE("cervical evaluation set, tuning part: no regression below today's figures") {
  const Totals t = score_file("cervical-sentences-tune.json");
  CHECK(t.sentences >= 110);
  CHECK(t.precision() >= 0.98);
  CHECK(t.recall() >= 0.99);
}

// Written before the engine was run on it (session 19): per-level templates,
// impression lists, clinic signs, op notes, orders, British spelling. Its
// first score was P 0.882 R 0.809; the floor is today's figure, rounded down.
TEST_CASE("cervical evaluation set, session 19 tuning part: no regression below today's figures") {
  const Totals t = score_file("cervical-sentences-tune-s19.json");
  CHECK(t.sentences >= 70);
  CHECK(t.precision() >= 0.98);
  CHECK(t.recall() >= 0.98);
}

// Written before the engine was run on it (session 20): other institutions'
// tables and impressions, exam grids ("5-/5"), reflex lists, fusion status,
// abbreviations, typos, hedges after the finding. Its first score was
// P 0.764 R 0.681; the floor is today's figure, rounded down.
TEST_CASE("cervical evaluation set, session 20 tuning part: no regression below today's figures") {
  const Totals t = score_file("cervical-sentences-tune-s20.json");
  CHECK(t.sentences >= 70);
  CHECK(t.precision() >= 0.98);
  CHECK(t.recall() >= 0.96);
}

// Written before the engine was run on it (session 21): mainstream reports
// and notes by another author (dermatomes, myotomes, reflexes, myelopathy
// signs, EMG summaries, OPLL, fusion status, conservative care). Its first
// score was P 0.940 R 0.932; the floor is today's figure, rounded down.
TEST_CASE("cervical evaluation set, session 21 tuning part: no regression below today's figures") {
  const Totals t = score_file("cervical-sentences-tune-s21.json");
  CHECK(t.sentences >= 90);
  CHECK(t.precision() >= 0.995);
  CHECK(t.recall() >= 0.995);
}

// Written before the engine was run on it (session 22), weighted to
// detection: the many ways records word cord deformity and signal, disc
// osteophyte complexes, foraminal narrowing, reflex tables, myotome grids,
// numbered digits, EMG impressions and fusion status. Its first score was
// P 0.931 R 0.881 (0.950 / 0.893 after two label fixes); the floor is today's
// figure, rounded down.
TEST_CASE("cervical evaluation set, session 22 tuning part: no regression below today's figures") {
  const Totals t = score_file("cervical-sentences-tune-s22.json");
  CHECK(t.sentences >= 90);
  CHECK(t.precision() >= 0.98);
  CHECK(t.recall() >= 0.985);
}

// Issue 15 asks for 0.97 on the held-out part. The engine does not reach it
// yet (docs/extraction-eval.md, "Cervical sentences"), so the floor is the
// figure measured when the cervical reading was tuned, against regressions.
// Raise it as the engine improves; never above what passes.
TEST_CASE("cervical evaluation set, held-out part: no regression below today's figures") {
  const Totals t = score_file("cervical-sentences-heldout.json");
  CHECK(t.sentences >= 55);
  CHECK(t.precision() >= 0.912);
  CHECK(t.recall() >= 0.912);
}

// The later held-out files, each written by an outside writer and scored
// but never tuned on (README.md): floors at their figures, rounded down.
TEST_CASE("cervical held-out files of sessions 42, 46 and 48: no regression below today's figures") {
  // Session 47's end: s42 0.965 / 0.971, s46 0.963 / 0.932.
  const Totals s42 = score_file("cervical-sentences-heldout-s42.json");
  CHECK(s42.sentences >= 60);
  CHECK(s42.precision() >= 0.96);
  CHECK(s42.recall() >= 0.97);
  const Totals s46 = score_file("cervical-sentences-heldout-s46.json");
  CHECK(s46.sentences >= 80);
  CHECK(s46.precision() >= 0.96);
  CHECK(s46.recall() >= 0.93);
  // Session 48's pair: first score on 089af9f 0.947 / 0.930.
  const Totals s48 = score_file("cervical-sentences-heldout-s48.json");
  CHECK(s48.sentences >= 140);
  CHECK(s48.precision() >= 0.94);
  CHECK(s48.recall() >= 0.92);
}
