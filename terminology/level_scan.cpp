#include "terminology/level_scan.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace spinecds::terminology {

namespace {

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

bool is_word(const Token& t, std::string_view w) {
  return (t.kind == TokenKind::word) && t.text == w;
}
bool is_punct(const Token& t, std::string_view p) {
  return t.kind == TokenKind::punct && t.text == p;
}

std::string region_error(char region, int n) {
  const char up = static_cast<char>(region - 'a' + 'A');
  const std::string name = std::string(1, up) + std::to_string(n);
  switch (region) {
    case 'l':
      return name + " is not a vertebra: the lumbar vertebrae are L1-L5";
    case 't':
      return name + " is not a vertebra: the thoracic vertebrae are T1-T12";
    case 'c':
      return name + " is not a vertebra: the cervical vertebrae are C1-C7";
    default:
      return name + " is not a level SpineCDS models: S1 is the lowest";
  }
}

bool is_region(char c) {
  return c == 'c' || c == 't' || c == 'l' || c == 's';
}

// "l4" -> L4; "l7" -> error; anything else -> not a vertebra at all.
struct VertRead {
  bool shaped = false;  // looks like a vertebra ("l7" does, "x12" does not)
  std::optional<Vertebra> v;
  std::string error;
};

VertRead read_vertebra(char region, std::string_view digits) {
  VertRead r;
  if (!is_region(region) || digits.empty() || digits.size() > 2) return r;
  for (char d : digits) {
    if (d < '0' || d > '9') return r;
  }
  r.shaped = true;
  const int n = digits.size() == 1 ? digits[0] - '0' : (digits[0] - '0') * 10 + (digits[1] - '0');
  const char name[] = {static_cast<char>(region - 'a' + 'A'), 0};
  r.v = parse_vertebra(std::string(name) + std::string(digits));
  if (!r.v) r.error = region_error(region, n);
  return r;
}

// The endpoint one vertebra at toks[i] gives ("l4"; "l7" is an error).
Read one_vertebra(char region, std::string_view digits, std::size_t i) {
  Read r;
  r.next = i;
  const auto v = read_vertebra(region, digits);
  if (!v.shaped) return r;
  if (!v.v) {
    r.error = v.error;
    return r;
  }
  r.endpoints.push_back({v.v, false});
  r.next = i + 1;
  return r;
}

// A junction named by words: "cervicothoracic junction" is C7-T1,
// "thoracolumbar junction" T12-L1, "lumbosacral junction" (the "LS junction")
// L5-S1, "atlantoaxial" C1-C2, "craniocervical junction" and
// "atlanto-occipital" C0-C1.
struct Junction {
  int upper;         // the segment's upper vertebra
  std::size_t next;  // the token after the words
};

std::optional<Junction> read_junction(std::span<const Token> toks, std::size_t i) {
  if (toks[i].kind != TokenKind::word) return std::nullopt;
  const std::string_view w = toks[i].text;
  const bool junction = i + 1 < toks.size() && is_word(toks[i + 1], "junction");
  if ((w == "cervicothoracic" || w == "ct") && junction) {
    return Junction{kFirstThoracic - 1, i + 2};
  }
  if ((w == "thoracolumbar" || w == "tl") && junction) return Junction{kFirstLumbar - 1, i + 2};
  if ((w == "lumbosacral" || w == "ls") && junction) return Junction{kSacrum - 1, i + 2};
  if ((w == "craniocervical" || w == "occipitocervical") && junction) {
    return Junction{kOcciput, i + 2};
  }
  if (w == "atlantoaxial") return Junction{kFirstCervical, i + 1};
  if (w == "atlanto" && i + 2 < toks.size() && is_punct(toks[i + 1], "-")) {
    if (is_word(toks[i + 2], "axial")) return Junction{kFirstCervical, i + 3};
    if (is_word(toks[i + 2], "occipital")) return Junction{kOcciput, i + 3};
  }
  if (w == "atlantooccipital") return Junction{kOcciput, i + 1};
  return std::nullopt;
}

// The occiput is a level only as the top of a range: "occiput to C2",
// "occiput-C3", "O-C2", "Oc-C2" (never "occipital headache").
bool occiput_at(std::span<const Token> toks, std::size_t i) {
  const Token& t = toks[i];
  if (t.kind != TokenKind::word) return false;
  const bool word = t.text == "occiput";
  if (!word && t.text != "o" && t.text != "oc" && t.text != "occ") return false;
  const std::size_t j = i + 2;
  if (j > toks.size()) return false;
  const Token& sep = toks[i + 1];
  const bool joined =
      is_punct(sep, "-") ||
      (word && (is_word(sep, "to") || is_word(sep, "through") || is_word(sep, "thru")));
  return joined && j < toks.size() && toks[j].kind == TokenKind::alnum &&
         toks[j].text.size() == 2 && toks[j].text[0] == 'c';
}

Read read_endpoint(std::span<const Token> toks, std::size_t i) {
  Read r;
  r.next = i;
  if (i >= toks.size()) return r;
  const Token& t = toks[i];
  if (is_pelvis_token(t)) {
    r.endpoints.push_back({std::nullopt, true});
    r.next = i + 1;
    return r;
  }
  if (is_word(t, "sacrum")) {
    r.endpoints.push_back({Vertebra{kSacrum}, false});
    r.next = i + 1;
    return r;
  }
  if (const auto j = read_junction(toks, i)) {
    r.endpoints.push_back({Vertebra{j->upper}, false});
    r.endpoints.push_back({Vertebra{j->upper + 1}, false});
    r.next = j->next;
    return r;
  }
  if (occiput_at(toks, i)) {
    r.endpoints.push_back({Vertebra{kOcciput}, false});
    r.next = i + 1;
    return r;
  }
  // "L 4-5", "L-4/5", "C 5-6", "L-5/S-1": the region letter written apart
  // from its number (dictation). Not T: "T 1" and "T-2" are MRI sequences
  // as often as vertebrae; S only as "S-1"/"S 1".
  if (t.kind == TokenKind::word && (t.text == "l" || t.text == "c" || t.text == "s")) {
    std::size_t d = i + 1;
    if (d < toks.size() && is_punct(toks[d], "-")) ++d;
    if (d < toks.size() && toks[d].kind == TokenKind::number && toks[d].text.size() <= 2 &&
        (t.text != "s" || toks[d].text == "1")) {
      return one_vertebra(t.text[0], toks[d].text, d);
    }
    return r;
  }
  if (t.kind != TokenKind::alnum) return r;
  const std::string_view s = t.text;
  // "S2" followed by "-alar-iliac" is the S2AI screw, a pelvic anchor.
  if (s == "s2" && i + 2 < toks.size() && is_punct(toks[i + 1], "-") &&
      is_word(toks[i + 2], "alar")) {
    std::size_t j = i + 3;
    if (j + 1 < toks.size() && is_punct(toks[j], "-") && is_word(toks[j + 1], "iliac")) j += 2;
    r.endpoints.push_back({std::nullopt, true});
    r.next = j;
    return r;
  }
  if (!is_region(s[0])) return r;
  // Split into letter/digit groups: "l4" (1 group pair), "l5s1" (2 pairs).
  std::array<std::pair<char, std::string_view>, 2> part_items{};
  std::size_t part_count = 0;
  std::size_t k = 0;
  while (k < s.size()) {
    const char letter = s[k];
    if (letter < 'a' || letter > 'z' || part_count == part_items.size()) return r;
    std::size_t d = k + 1;
    while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
    if (d == k + 1) return r;
    part_items[part_count++] = {letter, std::string_view(s).substr(k + 1, d - k - 1)};
    k = d;
  }
  const std::span<const std::pair<char, std::string_view>> parts(part_items.data(), part_count);
  if (parts.size() == 1) {
    auto [region, digits] = parts[0];
    // "L45" and "C56" are L4-5 and C5-6 written without a separator (no
    // cervical or lumbar vertebra has two digits; "T12" is one vertebra).
    const char last = region == 'l' ? '5' : '7';
    if ((region == 'l' || region == 'c') && digits.size() == 2 && digits[1] == digits[0] + 1 &&
        digits[0] >= '1' && digits[1] <= last) {
      const std::string name(1, static_cast<char>(region - 'a' + 'A'));
      r.endpoints.push_back({parse_vertebra(name + digits[0]), false});
      r.endpoints.push_back({parse_vertebra(name + digits[1]), false});
      r.next = i + 1;
      return r;
    }
    return one_vertebra(region, digits, i);
  }
  if (parts.size() == 2) {
    // "l5s1", "l4l5", "t12l1"; "s2ai" is handled by is_pelvis_token.
    for (const auto& [region, digits] : parts) {
      const auto v = read_vertebra(region, digits);
      if (!v.shaped) {
        r.endpoints.clear();
        return r;
      }
      if (!v.v) {
        r.endpoints.clear();
        r.error = v.error;
        return r;
      }
      r.endpoints.push_back({v.v, false});
    }
    r.next = i + 1;
    return r;
  }
  return r;
}

// A bare number after "L4-" or "L4/": a vertebra in the same region.
Read read_number_endpoint(std::span<const Token> toks, std::size_t i, Vertebra prev) {
  Read r;
  r.next = i;
  if (i >= toks.size() || toks[i].kind != TokenKind::number) return r;
  const std::string_view s = toks[i].text;
  if (s.size() > 2) return r;
  // "L4-5.5" is not a level; neither is "L4-5-mm" style noise after it.
  const char region = static_cast<char>(to_string(prev)[0] - 'A' + 'a');
  return one_vertebra(region, s, i);
}

enum class Sep { none, dash, word, on };

// A range separator at toks[i]; returns the token after it.
Sep read_range_sep(std::span<const Token> toks, std::size_t i, std::size_t& next) {
  if (i >= toks.size()) return Sep::none;
  const Token& t = toks[i];
  if (is_punct(t, "-") || is_punct(t, "/")) {
    next = i + 1;
    return Sep::dash;
  }
  if (t.kind != TokenKind::word) return Sep::none;
  if (t.text == "to" || t.text == "through" || t.text == "thru" || t.text == "into" ||
      t.text == "till" || t.text == "until") {
    next = i + 1;
    if (next < toks.size() && is_word(toks[next], "the")) ++next;
    return Sep::word;
  }
  if (t.text == "on" || t.text == "upon" || t.text == "over") {
    next = i + 1;
    return Sep::on;
  }
  if (t.text == "relative" && i + 1 < toks.size() && is_word(toks[i + 1], "to")) {
    next = i + 2;
    return Sep::on;
  }
  if (t.text == "with" && i + 2 < toks.size() && is_word(toks[i + 1], "respect") &&
      is_word(toks[i + 2], "to")) {
    next = i + 3;
    return Sep::on;
  }
  return Sep::none;
}

struct Chain {
  std::vector<Endpoint> endpoints;
  std::size_t next = 0;
  std::string error;
};

Chain read_chain(std::span<const Token> toks, std::size_t i, LevelScanMode mode) {
  Chain c;
  Read first = read_endpoint(toks, i);
  if (first.endpoints.empty()) {
    c.error = first.error;
    c.next = i;
    return c;
  }
  // A chain starts at a vertebra: "pelvis" alone is no level.
  if (!first.endpoints.front().vertebra) {
    c.next = i;
    return c;
  }
  c.endpoints.assign(first.endpoints.begin(), first.endpoints.end());
  c.next = first.next;
  while (true) {
    std::size_t after = c.next;
    const Sep sep = read_range_sep(toks, c.next, after);
    if (sep == Sep::none) break;
    std::optional<Vertebra> prev;
    for (const auto& e : c.endpoints) {
      if (e.vertebra) prev = e.vertebra;
    }
    if (!prev || !c.endpoints.back().vertebra) break;  // nothing follows the pelvis
    Read r;
    if (sep == Sep::dash) {
      r = read_number_endpoint(toks, after, *prev);
      if (r.endpoints.empty() && r.error.empty()) r = read_endpoint(toks, after);
    } else {
      r = read_endpoint(toks, after);
      // "L4 on L5" names vertebrae; "on the pelvis" does not extend a level.
      if (sep == Sep::on && !r.endpoints.empty() && !r.endpoints.front().vertebra) {
        r.endpoints.clear();
      }
    }
    if (r.endpoints.empty()) {
      if (mode == LevelScanMode::strict) {
        if (!r.error.empty()) {
          c.error = r.error;
        } else if (sep == Sep::dash) {
          c.error = to_string(*prev) + " is followed by a dash with no level after it";
        }
      }
      break;
    }
    c.endpoints.insert(c.endpoints.end(), r.endpoints.begin(), r.endpoints.end());
    c.next = r.next;
  }
  return c;
}

bool starts_chain(std::span<const Token> toks, std::size_t i) {
  const Read r = read_endpoint(toks, i);
  return !r.endpoints.empty() && r.endpoints.front().vertebra.has_value();
}

// A list separator ("," "and" "or" "&" ", and") followed by another chain.
bool read_list_sep(std::span<const Token> toks, std::size_t i, std::size_t& next) {
  std::size_t j = i;
  bool any = false;
  for (int k = 0; k < 3 && j < toks.size(); ++k) {
    const Token& t = toks[j];
    if (is_punct(t, ",") || is_punct(t, "&") || is_punct(t, "+") || is_word(t, "and") ||
        is_word(t, "or") || is_word(t, "at") || is_word(t, "the")) {
      if (!(is_word(t, "at") || is_word(t, "the"))) any = true;
      ++j;
      continue;
    }
    break;
  }
  if (!any) return false;
  if (!starts_chain(toks, j)) return false;
  next = j;
  return true;
}

bool corpectomy_word(std::span<const Token> toks, std::size_t i) {
  if (i >= toks.size() || toks[i].kind != TokenKind::word) return false;
  const std::string_view w = toks[i].text;
  return w.starts_with("corpectom") || w.starts_with("vertebrectom");
}

// "C5 corpectomy", "C5 vertebral corpectomy", "corpectomy of C5",
// "corpectomy at C5 and C6".
bool corpectomy_beside(std::span<const Token> toks, std::size_t first, std::size_t last) {
  if (corpectomy_word(toks, last)) return true;
  if (last < toks.size() && (is_word(toks[last], "vertebral") || is_word(toks[last], "body")) &&
      corpectomy_word(toks, last + 1)) {
    return true;
  }
  if (first >= 1 && corpectomy_word(toks, first - 1)) return true;
  return first >= 2 && (is_word(toks[first - 1], "of") || is_word(toks[first - 1], "at")) &&
         corpectomy_word(toks, first - 2);
}

}  // namespace

bool may_start_level(const Token& t) {
  if (t.kind == TokenKind::alnum) return true;
  if (t.kind != TokenKind::word || t.text.empty()) return false;
  static constexpr std::array<std::string_view, 19> kStarts = {"sacrum",
                                                               "l",
                                                               "c",
                                                               "s",
                                                               "ls",
                                                               "lumbosacral",
                                                               "tl",
                                                               "thoracolumbar",
                                                               "ct",
                                                               "occiput",
                                                               "o",
                                                               "oc",
                                                               "occ",
                                                               "cervicothoracic",
                                                               "craniocervical",
                                                               "occipitocervical",
                                                               "atlantoaxial",
                                                               "atlanto",
                                                               "atlantooccipital"};
  // A word can be one of them only if one of them has its first letter and
  // its length: most words ("spinal", "canal", "at", "and") stop here.
  static constexpr std::array<std::uint32_t, 128> kLengths = [] {
    std::array<std::uint32_t, 128> m{};
    for (auto w : kStarts) m[static_cast<unsigned char>(w.front())] |= std::uint32_t{1} << w.size();
    return m;
  }();
  const std::string_view w = t.text;  // compared as views: length first
  const auto c = static_cast<unsigned char>(w.front());
  if (c >= kLengths.size() || w.size() >= 32 || ((kLengths[c] >> w.size()) & 1) == 0) return false;
  return std::find(kStarts.begin(), kStarts.end(), w) != kStarts.end();
}

bool is_pelvis_token(const Token& t) {
  if (t.kind == TokenKind::alnum) return t.text == "s2ai";
  if (t.kind != TokenKind::word) return false;
  static constexpr std::array<std::string_view, 9> kWords = {
      "pelvis", "pelvic", "ilium", "ilia", "iliac", "sacropelvic", "sai", "iliosacral", "s2ai"};
  const std::string_view w = t.text;
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

std::optional<std::vector<Segment>> segments_joining(std::vector<int> vertebrae) {
  std::sort(vertebrae.begin(), vertebrae.end());
  vertebrae.erase(std::unique(vertebrae.begin(), vertebrae.end()), vertebrae.end());
  if (vertebrae.size() < 2) return std::nullopt;
  std::vector<Segment> out;
  for (std::size_t k = 1; k < vertebrae.size(); ++k) {
    if (vertebrae[k] != vertebrae[k - 1] + 1) return std::nullopt;
    out.push_back(Segment{Vertebra{vertebrae[k - 1]}});
  }
  return out;
}

LevelScan scan_level_mention(std::span<const Token> toks, std::size_t i, LevelScanMode mode) {
  LevelScan out;
  if (i >= toks.size()) return out;
  if (!starts_chain(toks, i)) {
    if (mode == LevelScanMode::strict) out.error = read_endpoint(toks, i).error;
    return out;
  }
  LevelMention m;
  m.first = i;
  std::vector<int> singles;
  std::size_t pos = i;
  while (true) {
    Chain c = read_chain(toks, pos, mode);
    if (!c.error.empty()) {
      out.error = c.error;
      if (mode == LevelScanMode::strict) return out;
    }
    if (c.endpoints.empty()) break;
    std::vector<int> ords;
    bool pelvis = false;
    for (const auto& e : c.endpoints) {
      if (e.vertebra) ords.push_back(e.vertebra->ordinal);
      pelvis = pelvis || e.pelvis;
    }
    if (pelvis) ords.push_back(kSacrum);
    const int lo = *std::min_element(ords.begin(), ords.end());
    const int hi = *std::max_element(ords.begin(), ords.end());
    if (lo == hi) {
      if (ords.size() > 1 && mode == LevelScanMode::strict) {
        const std::string v = to_string(Vertebra{lo});
        out.error = v;
        out.error.append("-").append(v).append(" names one vertebra twice, not a motion segment");
        return out;
      }
      singles.push_back(lo);
    } else {
      for (int o = lo; o < hi; ++o) m.segments.push_back(Segment{Vertebra{o}});
    }
    m.pelvis = m.pelvis || pelvis;
    pos = c.next;
    std::size_t next = pos;
    if (!read_list_sep(toks, pos, next)) break;
    pos = next;
  }
  m.last = pos;
  // A corpectomy removes a vertebral body and fuses the segments above and
  // below it: "C5 corpectomy" is C4-C5 and C5-C6.
  if (m.segments.empty() && !singles.empty() && corpectomy_beside(toks, m.first, m.last)) {
    for (int v : singles) {
      if (v > kFirstCervical - 1 && v < kSacrum) {
        m.segments.push_back(Segment{Vertebra{v - 1}});
        m.segments.push_back(Segment{Vertebra{v}});
      }
    }
    singles.clear();
  }
  if (mode != LevelScanMode::lenient && m.segments.empty()) {
    if (auto joined = segments_joining(singles)) {
      m.segments = std::move(*joined);
      singles.clear();
    }
  }
  std::sort(m.segments.begin(), m.segments.end());
  m.segments.erase(std::unique(m.segments.begin(), m.segments.end()), m.segments.end());
  if (m.segments.empty() && singles.size() == 1) m.single = Vertebra{singles.front()};
  out.error.clear();
  if (mode == LevelScanMode::strict) out.lone_vertebrae = std::move(singles);
  out.mention = std::move(m);
  return out;
}

}  // namespace spinecds::terminology
