#include "terminology/segment.h"

#include <cctype>

#include "terminology/char_class.h"

namespace spinecds::terminology {

std::string to_string(Vertebra v) {
  if (v.ordinal == kOcciput) return "C0";
  if (v.ordinal >= kFirstCervical && v.ordinal < kFirstThoracic) {
    return "C" + std::to_string(v.ordinal - kFirstCervical + 1);
  }
  if (v.ordinal >= kFirstThoracic && v.ordinal < kFirstLumbar) {
    return "T" + std::to_string(v.ordinal - kFirstThoracic + 1);
  }
  if (v.ordinal >= kFirstLumbar && v.ordinal < kSacrum) {
    return "L" + std::to_string(v.ordinal - kFirstLumbar + 1);
  }
  if (v.ordinal == kSacrum) return "S1";
  return "?";
}

std::optional<Vertebra> parse_vertebra(std::string_view text) {
  if (text.size() < 2 || text.size() > 3) return std::nullopt;
  const char region = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  int n = 0;
  for (char c : text.substr(1)) {
    if (!is_digit(c)) return std::nullopt;
    n = n * 10 + (c - '0');
  }
  switch (region) {
    case 'C':
      if (n <= 7) return Vertebra{kFirstCervical + n - 1};  // C0: the occiput
      break;
    case 'T':
      if (n >= 1 && n <= 12) return Vertebra{kFirstThoracic + n - 1};
      break;
    case 'L':
      if (n >= 1 && n <= 5) return Vertebra{kFirstLumbar + n - 1};
      break;
    case 'S':
      if (n == 1) return Vertebra{kSacrum};
      break;
    default:
      break;
  }
  return std::nullopt;
}

bool starts_vertebra_name(std::string_view lowered) {
  if (lowered.size() < 2 || lowered[1] < '0' || lowered[1] > '9') return false;
  const char c = lowered[0];
  return c == 'l' || c == 'c' || c == 't' || c == 's';
}

std::string to_string(Segment s) {
  return to_string(s.upper) + "-" + to_string(Vertebra{s.upper.ordinal + 1});
}

std::optional<Segment> parse_canonical_segment(std::string_view text) {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto upper = parse_vertebra(text.substr(0, dash));
  const auto lower = parse_vertebra(text.substr(dash + 1));
  if (!upper || !lower || lower->ordinal != upper->ordinal + 1) return std::nullopt;
  return Segment{*upper};
}

bool is_lumbar(Segment s) {
  return s.upper.ordinal >= kFirstLumbar - 1 && s.upper.ordinal < kSacrum;
}

bool is_cervical(Segment s) {
  return s.upper.ordinal >= kOcciput && s.upper.ordinal < kFirstThoracic;
}

}  // namespace spinecds::terminology
