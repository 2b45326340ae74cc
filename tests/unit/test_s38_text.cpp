// The text engine on classes met first in session 38's outside sets
// (dictation left unproofread, independent medical examinations, trauma
// consults): punctuation and levels dictated as words, a sign's eponym in a
// signature, level-grade pairs before the noun, a negation inside
// parentheses or before a colon's own clause, and another cause of a short
// walk. Each case is a wording of the class written fresh (not taken from any
// evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::terminology::FindingKind;
using spinecds::test::check_lines;
using spinecds::test::of_kind;
using spinecds::test::only;
using Case = spinecds::test::LinesCase;

TEST_CASE("punctuation dictated as a word is the mark it names") {
  check_lines({
      // "period" ends the denial of the canal before the next finding.
      Case{"Canal is patent period Moderate left foraminal stenosis at L4-5.",
           {"stenosis negated", "stenosis L4-L5 moderate"}},
      // English and anatomy keep the words.
      Case{"She attended PT over a period of six weeks.", {"physical-therapy"}},
      Case{"History of colon cancer and moderate stenosis at L3-4.", {"stenosis L3-L4 moderate"}},
  });
  // The biceps only; "comma" is no muscle's grade.
  CHECK(of_kind("Left biceps 4/5 comma triceps 5/5 comma grip 5/5", FindingKind::weakness).size() ==
        1);
}

TEST_CASE("a level dictated in words, only with a word that says it is a level") {
  check_lines({
      Case{"Severe canal stenosis at the three four level.", {"stenosis L3-L4 severe"}},
      Case{"Disc protrusion at the fifth-sixth cervical level.", {"disc-herniation C5-C6"}},
      Case{"Stenosis four five times worse.", {"stenosis"}},
  });
}

TEST_CASE("a decimal dictated in words") {
  CHECK(only("Two point five millimeters of retrolisthesis of L2 on L3.",
             FindingKind::spondylolisthesis)
            .mm == 2.5);
}

TEST_CASE("a sign's eponym in a signature is a person") {
  check_lines({
      Case{"Dictated by: Romberg, Alan MD", {}},
      Case{"Case reviewed with Dr. Babinski today.", {}},
      Case{"Positive Hoffmann on the left.", {"myelopathy"}},
  });
}

TEST_CASE("level-grade pairs before the noun grade each level") {
  check_lines({
      Case{"L2-3 mild, L3-4 severe canal stenosis.",
           {"stenosis L2-L3 mild", "stenosis L3-L4 severe"}},
  });
}

TEST_CASE("a negation's reach: parentheses, a colon's own clause, a second subject") {
  check_lines({
      Case{"The outside MRI (films not available) reported severe stenosis at L2-3.",
           {"stenosis L2-L3 severe"}},
      // A cue alone in its parentheses glosses the word before them.
      Case{"Paciente niega (denies) leg numbness.", {"radiculopathy negated"}},
      Case{"No spondylolisthesis at L3-4: the flexion views show 3 mm of translation.",
           {"spondylolisthesis L3-L4 negated", "translation L3-L4", "flexion-extension-study"}},
      Case{"There is no myelopathy and the canal stenosis is limited to C4-5.",
           {"myelopathy negated", "stenosis C4-C5"}},
      Case{"Flexion-extension films were not among the records provided.",
           {"flexion-extension-study negated"}},
  });
}

TEST_CASE("a short walk with another cause, and symptoms that have settled") {
  check_lines({
      Case{"Walking tolerance is limited by hip pain.", {}},
      Case{"Walking tolerance is limited by leg pain and heaviness.", {"neurogenic-claudication"}},
      Case{"His leg pain has fully settled.", {"radiculopathy negated"}},
  });
}
