#pragma once
// The words that name one cervical nerve root (nerve_root.cpp reads them):
// dermatomes, myotomes and reflexes written out ("thumb", "wrist extension",
// "BR reflex"), and a strength grid's shorthand for a muscle that counts only
// beside its grade ("Wr ext 4/5", "Delt 4/5 R"). Data only.
//
// Sources: NASS 2010 (cervical radiculopathy: dermatomes, myotomes,
// reflexes); tests/data/eval/README.md "Cervical files".
#include <array>
#include <string_view>

namespace spinecds::terminology::text {

// A word or two that name one root without doubt.
struct RootWord {
  std::string_view first, second;  // one or two words; second empty for one
  std::string_view root;
};

// Biceps (C5 or C6) and grip name none. The ulnar border of the hand
// (hand_edges.h) is C8 as the ulnar hand is. Finger abduction is not listed:
// the interossei are C8 and T1 (ASIA's key muscle for T1), so it names no
// one root. A strength grid's abbreviations ("Wrist ext 4+/5 R", "Shoulder
// abd 4/5") are the movements they shorten. "BR reflex" is the
// brachioradialis reflex. "Tricipital" and "styloradial" are the reflexes as
// Romance-language authors name them.
inline constexpr std::array<RootWord, 30> kRootWords = {{
    {"deltoid", "", "C5"},        {"lateral", "forearm", "C6"},  {"radial", "forearm", "C6"},
    {"deltoids", "", "C5"},       {"lateral", "arm", "C5"},      {"shoulder", "abduction", "C5"},
    {"thumb", "", "C6"},          {"index", "finger", "C6"},     {"wrist", "extension", "C6"},
    {"wrist", "extensors", "C6"}, {"wrist", "extensor", "C6"},   {"brachioradialis", "", "C6"},
    {"middle", "finger", "C7"},   {"long", "finger", "C7"},      {"triceps", "", "C7"},
    {"ring", "finger", "C8"},     {"little", "finger", "C8"},    {"small", "finger", "C8"},
    {"ulnar", "hand", "C8"},      {"lateral", "shoulder", "C5"}, {"elbow", "extension", "C7"},
    {"wrist", "ext", "C6"},       {"elbow", "ext", "C7"},        {"shoulder", "abd", "C5"},
    {"br", "reflex", "C6"},       {"tricipital", "", "C7"},      {"styloradial", "", "C6"},
    {"pinky", "", "C8"},          {"pinkie", "", "C8"},          {"pinkies", "", "C8"},
}};

// The arm muscles whose tendon reflex names a root, as notes write them
// ("BR" the brachioradialis; "bicipital", "tricipital", "styloradial" as
// Romance-language authors name the reflexes; the supinator jerk is the
// brachioradialis reflex).
inline constexpr std::array<std::string_view, 8> kArmReflexMuscles = {
    "biceps", "triceps",   "brachioradialis", "supinator",
    "br",     "bicipital", "tricipital",      "styloradial"};

// A strength grid's shorthand for a muscle or movement ("R WE 4/5", "Wr ext
// 4/5 L", "Tri 4-/5 bilat", "Delt 4/5 R"): a root only beside its grade.
// "we" is otherwise the pronoun, so it counts only in capitals. Biceps
// ("Bic") names no root.
struct GradedAbbreviation {
  std::string_view first, second, root;
  bool capitals;
};

inline constexpr std::array<GradedAbbreviation, 6> kGradedAbbreviations = {{
    {"we", "", "C6", true},
    {"wr", "ext", "C6", false},
    {"tri", "", "C7", false},
    {"tris", "", "C7", false},
    {"delt", "", "C5", false},
    {"delts", "", "C5", false},
}};

}  // namespace spinecds::terminology::text
