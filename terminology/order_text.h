#pragma once
// What one text of a fusion order says (order_text.cpp): the fusion levels it
// names, the pelvis, the region and approach words beside a fusion word, a
// disc replacement. The order reader (order_reader.cpp) reads each text of an
// order so and gathers what they say.
#include <string_view>
#include <vector>

#include "terminology/order_facets.h"
#include "terminology/order_words.h"
#include "terminology/segment.h"

namespace spinecds::terminology {

// The order's words, one source at a time.
struct TextRead {
  std::vector<Segment> fusion_segments;
  bool pelvis = false;
  bool fusion_affirmed = false;  // a fusion word, neither denied nor of the past
  bool lumbar_word = false;      // "lumbar", "lumbosacral", "thoracolumbar" beside it
  bool cervical_word = false;    // "cervical", "ACDF"
  bool thoracic_word = false;
  bool arthroplasty = false;  // a disc replacement named, not denied
  // Levels a disc replacement's word claims ("L4/5 total disc replacement").
  std::vector<Segment> arthroplasty_segments;
  ApproachSigns approach;  // words beside a fusion word
  // A count of the fusion's levels ("2-level TLIF", "fusion L4-S1 (3
  // levels)") that disagrees with the levels the fusion is given.
  bool count_disagrees = false;
};

// Reads one text of an order; `fallback`: the procedure a list of levels
// belongs to when no procedure word claims it.
TextRead read_text(std::string_view text, order_words::Mode fallback);

}  // namespace spinecds::terminology
