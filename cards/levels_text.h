#pragma once
// How cards name levels: a construct as a vertebral span ("L2-pelvis",
// "L4-L5", "L3-S1"), a list of segments ("L2-L3, L3-L4 and L5-S1").
#include <string>
#include <vector>

#include "terminology/segment.h"

namespace spinecds::cards {

using terminology::Segment;

// "L2-pelvis" for L2-L3..L5-S1 with pelvic fixation, "L4-L5" for one segment,
// "L3-S1" for L3-L4..L5-S1; non-contiguous runs are joined with ", ".
std::string construct_name(std::vector<Segment> segments, bool pelvis);

// "L2-L3, L3-L4 and L5-S1"; "none" when empty.
std::string segment_list(std::vector<Segment> segments);

// Every segment from the first to the last (fills gaps: one construct).
std::vector<Segment> span(std::vector<Segment> segments);

bool contains(const std::vector<Segment>& segments, Segment s);

}  // namespace spinecds::cards
