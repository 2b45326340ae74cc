// The text engine on cervical exam lines (session 32, s32-um): the root a
// radiating pain names where it ends, and the intact part of a sensory line.
// Each case is a class of wording, written fresh before the engine was
// changed (not taken from any evaluation file).
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::terminology::FindingKind;
using spinecds::test::of_kind;

namespace {

// The "root side" of each radiculopathy of `text`, in order.
std::vector<std::string> radicular(const char* text) {
  std::vector<std::string> out;
  for (const auto& f : of_kind(text, FindingKind::radiculopathy)) {
    out.push_back(f.root.value_or("-") + " " + f.side.value_or("-"));
  }
  return out;
}

}  // namespace

TEST_CASE("pain that ends in the lateral arm is the C5 dermatome") {
  using V = std::vector<std::string>;
  CHECK(radicular("Spurling's test reproduces her pain into the right lateral arm.") ==
        V{"C5 right"});
  CHECK(radicular("Positive Spurling on the L with radiation down to the lateral arm") ==
        V{"C5 left"});
  CHECK(radicular("Neck pain radiating to the left lateral arm, positive Spurling on the left.") ==
        V{"C5 left"});
  // the pain goes on to the thumb: the thumb names the root
  CHECK(
      radicular("Spurling positive on the right with pain down the lateral arm into the thumb.") ==
      V{"C6 right"});
}

TEST_CASE("the intact part of a sensory line names no dermatome") {
  using V = std::vector<std::string>;
  CHECK(radicular("Sensation: reduced light touch over the right thumb (C6); intact over the "
                  "little finger.") == V{"C6 right"});
  CHECK(radicular("Hypoesthesia of the left middle finger; normal sensation in the thumb and "
                  "ring and little fingers.") == V{"C7 left"});
  CHECK(radicular("Decreased pinprick over the ulnar hand on the right, preserved over the index "
                  "finger.") == V{"C8 right"});
}
