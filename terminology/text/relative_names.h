#pragma once
// A relative the text names ("lives with husband Rogelio", "her daughter,
// Ana,") stays someone else wherever the text speaks of him by name: a
// sentence or parenthesis whose subject is the name ("(Rogelio had L4-5
// fusion ... then did 12 weeks of PT)"), and a parenthesis set beside him
// ("husband Rogelio (also our patient; s/p L4-5 lumbar fusion)").
#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

void relatives_by_name(Sentence& s);

}  // namespace spinecds::terminology::text
