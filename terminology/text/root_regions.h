#pragma once
// The root an arm finding's region names (root_regions.cpp): dermatomes,
// myotomes and reflexes, and the words that say a side or an item is normal.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "terminology/text/sentence.h"

namespace spinecds::terminology::text {

// The root a dermatome or myotome word in toks[from, to) names, nearest the
// trigger; a muscle or reflex in another exam item said normal names none.
std::optional<std::string> root_by_region(const Sentence& s, const Trig& t, std::size_t from = 0,
                                          std::size_t to = static_cast<std::size_t>(-1));
// Whether a dermatome or myotome word stands in toks[from, to).
bool region_within(const Sentence& s, std::size_t from, std::size_t to);
// The words that say a side is spared ("right intact", "R nl").
bool spared_word(std::string_view w);

}  // namespace spinecds::terminology::text
