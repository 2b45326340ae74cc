#pragma once
// One end of a level mention, read at one token: a vertebra ("L4", "S-1",
// "L 4"), two written as one ("L5S1", "L45", "lumbosacral junction") or a
// pelvic anchor ("ilium", "S2AI"). level_scan.cpp joins ends into ranges and
// lists; this file knows the words and spellings of the ends.
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "terminology/segment.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

// Whether a level mention may start at this token (a cheap test before
// scan_level_mention): a vertebra name, "sacrum", the occiput ("occiput",
// "O", "Oc") or the first word of a named junction ("cervicothoracic",
// "atlantoaxial").
bool may_start_level(const Token& t);

// True when the word names a nerve root after a vertebra ("L5 nerve root",
// "S1 radiculopathy", "L5 dermatome"): the vertebra is then a root, not a level.
bool is_root_word(std::string_view w);

// True when the token is a pelvic anchor word ("pelvis", "ilium", "iliac",
// "S2AI", "sacropelvic").
bool is_pelvis_token(const Token& t);

namespace levels {

struct Endpoint {
  std::optional<Vertebra> vertebra;  // empty for a pelvic anchor
  bool pelvis = false;
};

// One or two endpoints ("l5s1", "l45") without a heap allocation: the scanner
// runs at every vertebra-like token of a text.
class Endpoints {
 public:
  void push_back(const Endpoint& e) {
    if (n_ < items_.size()) items_[n_++] = e;
  }
  void clear() { n_ = 0; }
  bool empty() const { return n_ == 0; }
  const Endpoint& front() const { return items_[0]; }
  const Endpoint* begin() const { return items_.data(); }
  const Endpoint* end() const { return items_.data() + n_; }

 private:
  std::array<Endpoint, 2> items_{};
  std::size_t n_ = 0;
};

struct Read {
  Endpoints endpoints;   // one, or two for "l5s1" / "l45"
  std::size_t next = 0;  // the token after the endpoint
  std::string error;
};

// The end at toks[i]: none (r.endpoints empty, r.next == i), one or two; an
// impossible vertebra ("L7") sets r.error.
Read read_endpoint(std::span<const Token> toks, std::size_t i);

// A bare number after "L4-" or "L4/": a vertebra in the same region as prev
// ("L5-1" is L5-S1, as "the 5-1 level" is).
// Roman numerals ("L IV-V") only when `roman`: in prose a lone "i" or "x"
// after a dash is a word ("L5 - i.e.", "x-ray").
Read read_number_endpoint(std::span<const Token> toks, std::size_t i, Vertebra prev, bool roman);

// True when toks[k] makes the number before it a measure, a grade or a
// root, not a level: "5 mm", "4-5 times", "4/5", "L5 radiculopathy".
bool measure_follows(std::span<const Token> toks, std::size_t k);

// The vertebra after prev written with a space for the hyphen ("L3 4",
// "L5 S1", dictation): only the next vertebra down, never before a unit
// ("L4 5 mm") or a root word ("L5 S1 radiculopathy").
Read read_spaced_endpoint(std::span<const Token> toks, std::size_t i, Vertebra prev);

}  // namespace levels
}  // namespace spinecds::terminology
