#pragma once
// Text a limited order would contradict. The order reader takes an order's
// extent from every text it carries (code displays, orderDetail, notes), so a
// limit suggestion that rewrote only code.text would, once applied and
// signed again, be read at the old extent and draw the same card.
#include <vector>

#include <rapidjson/document.h>

#include "terminology/segment.h"

namespace spinecds::cards {

// The new extent of a limited order: its fused segments and whether it
// keeps pelvic fixation; no segments is decompression alone.
struct LimitedExtent {
  std::vector<terminology::Segment> fusion;
  bool pelvis = false;
};

// Removes from the limited ServiceRequest `sr` what names more than
// `extent`: orderDetail entries with no procedure code and notes whose text
// does, and the display of a code that does (the code itself stays: it is
// the EHR's orderable).
void drop_contradicted_text(rapidjson::Value& sr, const LimitedExtent& extent,
                            rapidjson::Document::AllocatorType& alloc);

}  // namespace spinecds::cards
