#include "cards/levels_text.h"

#include <algorithm>

namespace spinecds::cards {

namespace {

void sort_unique(std::vector<Segment>& s) {
  std::sort(s.begin(), s.end());
  s.erase(std::unique(s.begin(), s.end()), s.end());
}

}  // namespace

std::string construct_name(std::vector<Segment> segments, bool pelvis) {
  sort_unique(segments);
  // An order whose levels could not be read still gets cards (DESIGN §3): they
  // must say so rather than leave a gap in the sentence.
  if (segments.empty()) return pelvis ? "pelvis" : "(levels not read)";
  std::vector<std::pair<Segment, Segment>> runs;
  for (auto s : segments) {
    if (!runs.empty() && runs.back().second.upper.ordinal + 1 == s.upper.ordinal) {
      runs.back().second = s;
    } else {
      runs.emplace_back(s, s);
    }
  }
  std::string out;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    if (i > 0) out += ", ";
    const auto [first, last] = runs[i];
    out += terminology::to_string(first.upper);
    out += '-';
    const bool last_run = i + 1 == runs.size();
    if (last_run && pelvis) {
      out += "pelvis";
    } else {
      out += terminology::to_string(terminology::Vertebra{last.upper.ordinal + 1});
    }
  }
  return out;
}

std::string segment_list(std::vector<Segment> segments) {
  sort_unique(segments);
  if (segments.empty()) return "none";
  std::string out;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) out += (i + 1 == segments.size()) ? " and " : ", ";
    out += terminology::to_string(segments[i]);
  }
  return out;
}

std::vector<Segment> span(std::vector<Segment> segments) {
  sort_unique(segments);
  if (segments.empty()) return {};
  std::vector<Segment> out;
  for (int o = segments.front().upper.ordinal; o <= segments.back().upper.ordinal; ++o) {
    out.push_back(Segment{terminology::Vertebra{o}});
  }
  return out;
}

bool contains(const std::vector<Segment>& segments, Segment s) {
  return std::find(segments.begin(), segments.end(), s) != segments.end();
}

}  // namespace spinecds::cards
