// The context engine on session 37's classes: operations judged not needed
// or awaiting a payer, therapy set aside or preferred, scopes that reached too
// far, and readings reported by a draft or the patient and then corrected.
// Each case is a wording of the class written fresh (not taken from any
// evaluation file).
#include <doctest/doctest.h>

#include "support/finding_lines.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

TEST_CASE("an operation judged not needed or awaiting a payer is a plan weighed") {
  check_lines({
      Case{"The surgeon felt an L4-5 fusion is not needed given the stable films.",
           {"prior-fusion L4-L5 planned"}},
      Case{"An instrumented fusion is not required at this point.", {"prior-fusion planned"}},
      Case{"Decompression alone should suffice; a fusion is unnecessary.",
           {"prior-fusion planned", "prior-laminectomy"}},
      Case{"They need documentation of conservative care prior to authorizing a C5-6 ACDF.",
           {"prior-fusion C5-C6 planned"}},
  });
}

TEST_CASE("therapy set aside is negated; therapy preferred or wished for is planned") {
  check_lines({
      Case{"Given the myelopathy, physical therapy is not recommended.",
           {"myelopathy", "physical-therapy negated"}},
      Case{"She would like to defer PT until after the wedding.", {"physical-therapy negated"}},
      Case{"She prefers a trial of PT before bracing.", {"physical-therapy planned"}},
      // A negation ends where a second predicate of its subject begins.
      Case{"He is not keen on injections and would like to start PT next week.",
           {"physical-therapy planned"}},
      Case{"She has no interest in surgery and wants to try physical therapy.",
           {"physical-therapy planned"}},
      // A plan's items are orders of their own.
      Case{"Plan: no lifting over 20 lb, PT twice weekly, follow up in clinic.",
           {"physical-therapy planned"}},
  });
}

TEST_CASE("a plan or hedge cue reaches only its own clause or list") {
  check_lines({
      Case{"We discussed that the MRI shows severe stenosis at L3-4 and that surgery is an option.",
           {"stenosis L3-L4 severe"}},
      Case{"We discussed that her exam indicates mild myelopathy, and surgery is recommended.",
           {"myelopathy mild"}},
      Case{"Reviewed the risks of an L4-5 TLIF, including infection, nerve injury, nonunion and "
           "adjacent segment degeneration.",
           {"prior-fusion L4-L5 planned", "pseudarthrosis L4-L5 planned"}},
      Case{"His symptoms sound like lumbar radiculopathy.", {"radiculopathy uncertain"}},
      Case{"What he reports sounds more like neurogenic claudication.",
           {"neurogenic-claudication uncertain"}},
      // Facet pain is a clinical syndrome, no imaging finding (README, session 50).
      Case{"DDx: facet pain vs discogenic pain from an L5-S1 disc herniation.",
           {"disc-herniation L5-S1 uncertain"}},
      // "Positional" names a measured curve's cause; the curve is there.
      Case{"Thoracolumbar curve of 14 degrees, probably positional.", {"scoliosis"}},
      Case{"I am not convinced that the C5-6 fusion has healed.", {"prior-fusion C5-C6"}},
  });
}

TEST_CASE("a reading reported by a draft or the patient and then corrected is replaced") {
  check_lines({
      Case{"The ambient scribe documented 'severe stenosis at L4-5'; on my review the stenosis at "
           "L4-5 is moderate.",
           {"stenosis L4-L5 moderate"}},
      Case{"He states he had a C4-5 ACDF, but the operative report actually documents a C5-6 ACDF.",
           {"prior-fusion C5-C6"}},
      Case{"She reports finishing physical therapy last spring; outside records show she was seen "
           "by a chiropractor and never attended PT.",
           {"physical-therapy negated"}},
      // No correction voiced: the report stands.
      Case{"She reports that her L4-5 fusion healed well.", {"prior-fusion L4-L5"}},
      Case{"The MRI report describes L4-5 stenosis; there is also L3-4 stenosis.",
           {"stenosis L3-L4", "stenosis L4-L5"}},
  });
}
