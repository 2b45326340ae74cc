#pragma once
// Vertebrae and motion segments as small ordered values, so per-level logic
// compares numbers instead of strings like "L4-5" vs "L4-L5".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spinecds::terminology {

// Vertebrae in craniocaudal order: the occiput = 0 (written "C0", so the
// craniocervical junction is segment C0-C1), C1..C7 = 1..7, T1..T12 = 8..19,
// L1..L5 = 20..24, S1 = 25. (T13/L6 variants are not modelled.)
struct Vertebra {
  int ordinal = 0;
  friend auto operator<=>(const Vertebra&, const Vertebra&) = default;
};

inline constexpr int kOcciput = 0;
inline constexpr int kFirstCervical = 1;
inline constexpr int kFirstThoracic = 8;
inline constexpr int kFirstLumbar = 20;
inline constexpr int kSacrum = 25;

std::string to_string(Vertebra v);  // "L4", "S1", "T10", "C0" (the occiput)
// Parses "L4", "l4", "S1", "T12", "C7", "C0"; nullopt for anything else ("L7", "L0").
std::optional<Vertebra> parse_vertebra(std::string_view text);
// True when lowered text starts with a region letter and a digit ("l4",
// "t12", "s1", "c0"): a vertebra's name, maybe with more after it ("l4-5").
bool starts_vertebra_name(std::string_view lowered);

// A motion segment, named by its upper vertebra: {L4} is L4-L5, {L5} is L5-S1.
struct Segment {
  Vertebra upper;
  friend auto operator<=>(const Segment&, const Segment&) = default;
};

std::string to_string(Segment s);  // "L4-L5", "L5-S1", "T12-L1", "C0-C1"
// Parses the canonical output form only ("L4-L5"); the full level grammar is
// in level_parser.h.
std::optional<Segment> parse_canonical_segment(std::string_view text);

// Lumbar or lumbosacral: T12-L1 through L5-S1.
bool is_lumbar(Segment s);
// Cervical or craniocervical: C0-C1 (occiput-C1) through C7-T1.
bool is_cervical(Segment s);

}  // namespace spinecds::terminology
