#include "terminology/level_endpoint.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

#include "terminology/first_byte_lengths.h"
#include "terminology/text/word_lists.h"

namespace spinecds::terminology {

namespace {

// The words a level mention may start with: vertebra names, "sacrum", the
// occiput and the first words of named junctions.
constexpr std::array<std::string_view, 33> kLevelStartWords = {
    // regions and ordinals
    "sacrum", "lumbar", "cervical", "thoracic", "sacral", "first", "second", "third", "fourth",
    "fifth", "last",
    // letters and abbreviations
    "l", "th", "c", "s", "ls", "tl", "ct", "o", "oc", "occ", "lwk", "hwk", "bwk",
    // the occiput and junctions
    "lumbosacral", "thoracolumbar", "occiput", "cervicothoracic", "craniocervical",
    "occipitocervical", "atlantoaxial", "atlanto", "atlantooccipital"};

}  // namespace

bool may_start_level(const Token& t) {
  if (t.kind == TokenKind::alnum) return true;
  if (t.kind != TokenKind::word || t.text.empty()) return false;
  // A word can be one of them only if one of them has its first letter and
  // its length: most words ("spinal", "canal", "at", "and") stop here.
  static constexpr FirstByteLengths kStarts(kLevelStartWords);
  return kStarts.may_hold(t.text) && one_of(t.text, kLevelStartWords);
}

bool is_pelvis_token(const Token& t) {
  if (t.kind == TokenKind::alnum) return t.text == "s2ai";
  if (t.kind != TokenKind::word) return false;
  static constexpr std::array<std::string_view, 9> kWords = {
      "pelvis", "pelvic", "ilium", "ilia", "iliac", "sacropelvic", "sai", "iliosacral", "s2ai"};
  return one_of(t.text, kWords);
}

namespace levels {

namespace {

std::string region_error(char region, int n) {
  const char up = static_cast<char>(region - 'a' + 'A');
  const std::string name = std::string(1, up) + std::to_string(n);
  // L6, T13 and S2 are how transitional anatomy (a lumbarised S1, a sixth
  // lumbar or a thirteenth rib-bearing vertebra) gets written: the segments
  // cannot be placed without knowing how the spine was counted, so say how to
  // write them instead.
  constexpr std::string_view kRenumber =
      " (transitional anatomy: renumber against five lumbar vertebrae, the lowest mobile"
      " segment as L5-S1)";
  switch (region) {
    case 'l':
      return name + " is not a vertebra: the lumbar vertebrae are L1-L5" +
             (n == 6 ? std::string(kRenumber) : std::string());
    case 't':
      return name + " is not a vertebra: the thoracic vertebrae are T1-T12" +
             (n == 13 ? std::string(kRenumber) : std::string());
    case 'c':
      return name + " is not a vertebra: the cervical vertebrae are C1-C7";
    default:
      return name + " is not a level SpineCDS models: S1 is the lowest" +
             (n == 2 ? std::string(kRenumber) : std::string());
  }
}

bool is_region(char c) {
  return c == 'c' || c == 't' || c == 'l' || c == 's';
}

// The number of a vertebra written after its region: "4", "four" or "IV"
// ("L IV-V", "lumbar four-five"). Words and numerals only up to twelve.
std::optional<int> vertebra_number(const Token& t, bool roman) {
  if (t.kind == TokenKind::number) {
    if (t.text.empty() || t.text.size() > 2) return std::nullopt;
    return static_cast<int>(t.value);
  }
  if (t.kind != TokenKind::word) return std::nullopt;
  if (const int n = text::number_word_value(t.text); n >= 1 && n <= 12) return n;
  if (!roman) return std::nullopt;
  static constexpr std::array<std::string_view, 12> kRoman = {
      "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
  for (std::size_t k = 0; k < kRoman.size(); ++k) {
    if (t.text == kRoman[k]) return static_cast<int>(k + 1);
  }
  return std::nullopt;
}

bool range_word(const Token& t) {
  return punct_is(t, "-") || punct_is(t, "/") || word_is(t, "to") || word_is(t, "through") ||
         word_is(t, "thru") || word_is(t, "into") || word_is(t, "down") || word_is(t, "extending");
}

// "lumbar 4-5", "cervical five-six", "thoracic 12-lumbar 1": the region
// spelled out. Only as one end of a range or list ("lumbar 4 and 5"), never a
// lone "lumbar 2" (a count of views or months as often as a vertebra).
std::optional<char> spelled_region(std::span<const Token> toks, std::size_t i) {
  if (i + 1 >= toks.size() || toks[i].kind != TokenKind::word) return std::nullopt;
  const std::string_view w = toks[i].text;
  char region = 0;
  if (w == "lumbar") region = 'l';
  if (w == "cervical") region = 'c';
  if (w == "thoracic") region = 't';
  if (w == "sacral") region = 's';
  // Digits and number words only: "cervical x-ray" is a study, not C10.
  if (region == 0 || !vertebra_number(toks[i + 1], false)) return std::nullopt;
  const bool after_range = i > 0 && range_word(toks[i - 1]);
  const std::size_t k = i + 2;
  const bool before_range = k < toks.size() && (range_word(toks[k]) || word_is(toks[k], "and") ||
                                                punct_is(toks[k], "&") || punct_is(toks[k], ","));
  if (!after_range && !before_range) return std::nullopt;
  // "lumbar 3-4 views", "cervical 2-3 times": a count, not a level.
  if (before_range && i + 3 < toks.size() && vertebra_number(toks[i + 3], false) &&
      measure_follows(toks, i + 4)) {
    return std::nullopt;
  }
  return region;
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
  const bool junction = i + 1 < toks.size() && word_is(toks[i + 1], "junction");
  // "the lumbosacral disc / interspace / level" is the L5-S1 disc (README,
  // session-24 level batch); "lumbosacral spine" is a region.
  const bool ls_disc =
      i + 1 < toks.size() && (word_is(toks[i + 1], "disc") || word_is(toks[i + 1], "disk") ||
                              word_is(toks[i + 1], "interspace") || word_is(toks[i + 1], "level"));
  if (w == "lumbosacral" && ls_disc) return Junction{kSacrum - 1, i + 1};
  if ((w == "cervicothoracic" || w == "ct") && junction) {
    return Junction{kFirstThoracic - 1, i + 2};
  }
  if ((w == "thoracolumbar" || w == "tl") && junction) return Junction{kFirstLumbar - 1, i + 2};
  if ((w == "lumbosacral" || w == "ls") && junction) return Junction{kSacrum - 1, i + 2};
  if ((w == "craniocervical" || w == "occipitocervical") && junction) {
    return Junction{kOcciput, i + 2};
  }
  if (w == "atlantoaxial") return Junction{kFirstCervical, i + 1};
  if (w == "atlanto" && i + 2 < toks.size() && punct_is(toks[i + 1], "-")) {
    if (word_is(toks[i + 2], "axial")) return Junction{kFirstCervical, i + 3};
    if (word_is(toks[i + 2], "occipital")) return Junction{kOcciput, i + 3};
  }
  if (w == "atlantooccipital") return Junction{kOcciput, i + 1};
  return std::nullopt;
}

// "the fourth lumbar disc", "the fifth lumbar interspace", "the last lumbar
// disc": a disc named by the ordinal of the vertebra above it (its segment's
// upper vertebra). The words "lumbar disc" are needed: "the fourth visit".
std::optional<int> ordinal_disc(std::span<const Token> toks, std::size_t i) {
  if (toks[i].kind != TokenKind::word || i + 2 >= toks.size() || !word_is(toks[i + 1], "lumbar")) {
    return std::nullopt;
  }
  const Token& d = toks[i + 2];
  if (!(word_is(d, "disc") || word_is(d, "disk") || word_is(d, "discs") || word_is(d, "disks") ||
        word_is(d, "interspace") || word_is(d, "intervertebral"))) {
    return std::nullopt;
  }
  const std::string_view w = toks[i].text;
  if (w == "last") return kSacrum - 1;
  if (const int n = text::ordinal_word_value(w); n >= 1 && n <= 5) return kFirstLumbar + n - 1;
  return std::nullopt;
}

// The region of a letter or abbreviation written apart from its number:
// "L 4", "C-5", "S 1", "Th 12"; German reports' Lendenwirbelkoerper,
// Halswirbelkoerper and Brustwirbelkoerper ("LWK 4/5", "HWK 5/6", "BWK 12").
// Not T: "T 1" and "T-2" are MRI sequences as often as vertebrae.
char spaced_region(std::string_view w) {
  if (w == "l" || w == "lwk") return 'l';
  if (w == "c" || w == "hwk") return 'c';
  if (w == "th" || w == "bwk") return 't';
  if (w == "s") return 's';
  return 0;
}

// Whether the "L" at toks[i] is the left column of a strength or reflex row
// beside a right one ("Triceps R 5/5, L 4/5", "Biceps R 5 L 4", "EHL L 4/5,
// R 5/5"): a right letter with a figure right before it, or right after the
// figure that follows, makes the pair sides; alone, "L 4/5" is a level.
bool side_column_letter(std::span<const Token> toks, std::size_t i) {
  if (toks[i].text != "l") return false;
  // The token after a side letter, past its ":" or "=" ("R: 5/5", "L=4/5").
  const auto cell_start = [&](std::size_t k) {
    return k + 1 < toks.size() && (punct_is(toks[k + 1], ":") || punct_is(toks[k + 1], "="))
               ? k + 2
               : k + 1;
  };
  const auto right_with_figure = [&](std::size_t k) {
    if (k >= toks.size() || toks[k].kind != TokenKind::word) return false;
    const std::string_view w = toks[k].text;
    if (w != "r" && w != "rt" && w != "right") return false;
    const std::size_t d = cell_start(k);
    // a grade ("5/5", "2+", "4-/5"), not a size ("R 3 mm protrusion")
    return d + 1 < toks.size() && toks[d].kind == TokenKind::number && toks[d].text.size() == 1 &&
           (punct_is(toks[d + 1], "/") || punct_is(toks[d + 1], "+") || punct_is(toks[d + 1], "-"));
  };
  for (std::size_t k = i >= 6 ? i - 6 : 0; k < i; ++k) {
    if (right_with_figure(k)) return true;
  }
  const std::size_t d = cell_start(i);
  if (d >= toks.size() || toks[d].kind != TokenKind::number) return false;
  for (std::size_t k = d + 1; k < toks.size() && k < d + 6; ++k) {
    if (right_with_figure(k)) return true;
  }
  return false;
}

// Whether the token before toks[i] or after it joins it into a range:
// "D12-L1", "D11/12", "D10 to D12", "T12-D1"; a lone "D3" is a vitamin, and
// so is "vitamin D2/D3"; "D2/D3 agonist", "D2-D3 receptors" are dopamine's.
bool in_range(std::span<const Token> toks, std::size_t i) {
  const std::size_t lo = i >= 3 ? i - 3 : 0;
  for (std::size_t k = lo; k < toks.size() && k < i + 5; ++k) {
    if (word_is(toks[k], "vitamin") || word_is(toks[k], "agonist") ||
        word_is(toks[k], "agonists") || word_is(toks[k], "antagonist") ||
        word_is(toks[k], "receptor") || word_is(toks[k], "receptors")) {
      return false;
    }
  }
  const auto joins = [](const Token& t) {
    return punct_is(t, "-") || punct_is(t, "/") || word_is(t, "to") || word_is(t, "through");
  };
  const auto level_like = [](const Token& t) {
    return t.kind == TokenKind::number || (t.kind == TokenKind::alnum && is_region(t.text[0])) ||
           (t.kind == TokenKind::alnum && t.text[0] == 'd');
  };
  if (i + 2 < toks.size() && joins(toks[i + 1]) && level_like(toks[i + 2])) return true;
  return i >= 2 && joins(toks[i - 1]) && toks[i - 2].kind == TokenKind::alnum &&
         level_like(toks[i - 2]);
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
      punct_is(sep, "-") ||
      (word && (word_is(sep, "to") || word_is(sep, "through") || word_is(sep, "thru")));
  return joined && j < toks.size() && toks[j].kind == TokenKind::alnum &&
         toks[j].text.size() == 2 && toks[j].text[0] == 'c';
}

}  // namespace

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
  if (word_is(t, "sacrum")) {
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
  if (const auto d = ordinal_disc(toks, i)) {
    r.endpoints.push_back({Vertebra{*d}, false});
    r.endpoints.push_back({Vertebra{*d + 1}, false});
    r.next = i + 2;
    return r;
  }
  if (occiput_at(toks, i)) {
    r.endpoints.push_back({Vertebra{kOcciput}, false});
    r.next = i + 1;
    return r;
  }
  if (const auto region = spelled_region(toks, i)) {
    return one_vertebra(*region, std::to_string(*vertebra_number(toks[i + 1], false)), i + 1);
  }
  // "L 4-5", "L-4/5", "C 5-6", "L-5/S-1": the region letter written apart
  // from its number (dictation); S only as "S-1"/"S 1".
  // "Th 12": the thoracic letter of German and French reports.
  if (const char letter = t.kind == TokenKind::word ? spaced_region(t.text) : 0) {
    if (side_column_letter(toks, i)) return r;
    std::size_t d = i + 1;
    // "L for 5", "C for 5": dictation's L4-5 and C4-5 heard as "for".
    if (t.text != "s" && d + 1 < toks.size() && word_is(toks[d], "for") &&
        toks[d + 1].kind == TokenKind::number && toks[d + 1].text == "5") {
      const std::string name(1, static_cast<char>(letter - 'a' + 'A'));
      r.endpoints.push_back({parse_vertebra(name + "4"), false});
      r.endpoints.push_back({parse_vertebra(name + "5"), false});
      r.next = d + 2;
      return r;
    }
    if (d < toks.size() && punct_is(toks[d], "-")) ++d;
    if (d < toks.size() && toks[d].kind == TokenKind::number && toks[d].text.size() <= 2 &&
        (t.text != "s" || toks[d].text == "1")) {
      return one_vertebra(letter, toks[d].text, d);
    }
    // "L IV-V", "C V-VI", "S I": roman numerals after the letter set apart.
    if (d == i + 1 && d < toks.size() && toks[d].kind == TokenKind::word && toks[d].space_before) {
      const auto n = vertebra_number(toks[d], true);
      const bool roman = n && toks[d].text.find_first_not_of("ivx") == std::string_view::npos;
      // "L four-five", "C five six", "S one": a number word (dictation).
      const bool spelled = vertebra_number(toks[d], false).has_value();
      if ((roman || spelled) && (t.text != "s" || *n == 1)) {
        return one_vertebra(letter, std::to_string(*n), d);
      }
    }
    return r;
  }
  if (t.kind != TokenKind::alnum) return r;
  std::string_view s = t.text;
  // "Th12", "Th12/L1", "C7-Th1": thoracic written "Th" (German and French
  // reports, European registries); "LWK4/5", "HWK5/6", "BWK12" (German);
  // "D12-L1", "D11-12": D for dorsal, thoracic in British and Indian reports,
  // only in a range (a lone "D3" is a vitamin).
  std::string renamed;
  for (const std::string_view prefix : {"th", "lwk", "hwk", "bwk", "d"}) {
    if (s.size() > prefix.size() && s.starts_with(prefix) && s[prefix.size()] >= '0' &&
        s[prefix.size()] <= '9' && (prefix != "d" || in_range(toks, i))) {
      renamed = prefix == "d" ? 't' : spaced_region(prefix);
      renamed += s.substr(prefix.size());
      s = renamed;
      break;
    }
  }
  // "S2" followed by "-alar-iliac" is the S2AI screw, a pelvic anchor.
  if (s == "s2" && i + 2 < toks.size() && punct_is(toks[i + 1], "-") &&
      word_is(toks[i + 2], "alar")) {
    std::size_t j = i + 3;
    if (j + 1 < toks.size() && punct_is(toks[j], "-") && word_is(toks[j + 1], "iliac")) j += 2;
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

Read read_number_endpoint(std::span<const Token> toks, std::size_t i, Vertebra prev, bool roman) {
  Read r;
  r.next = i;
  if (i >= toks.size()) return r;
  // "L4-5", "L IV-V", "lumbar four-five".
  const auto n = vertebra_number(toks[i], roman);
  if (!n) return r;
  if (prev.ordinal == kSacrum - 1 && *n == 1) {
    r.endpoints.push_back({Vertebra{kSacrum}, false});
    r.next = i + 1;
    return r;
  }
  const char region = static_cast<char>(to_string(prev)[0] - 'A' + 'a');
  return one_vertebra(region, std::to_string(*n), i);
}

Read read_spaced_endpoint(std::span<const Token> toks, std::size_t i, Vertebra prev) {
  Read r;
  r.next = i;
  if (i >= toks.size() || !toks[i].space_before || toks[i].line_before) return r;
  Read got;
  if (toks[i].kind == TokenKind::number || toks[i].kind == TokenKind::word) {
    // "L4 5", "C five six"; a word that is no number reads as no endpoint.
    got = read_number_endpoint(toks, i, prev, false);
    if (got.endpoints.empty() && toks[i].kind == TokenKind::word &&
        (toks[i].text == "s" || toks[i].text == "l" || toks[i].text == "th")) {
      got = read_endpoint(toks, i);  // "L five S one"
    }
  } else if (toks[i].kind == TokenKind::alnum) {
    got = read_endpoint(toks, i);
    if (got.endpoints.empty() || got.endpoints.begin() + 1 != got.endpoints.end()) {
      return r;  // "L5 S1", not "L5 L5S1"
    }
  }
  if (got.endpoints.empty() || !got.endpoints.front().vertebra ||
      got.endpoints.front().vertebra->ordinal != prev.ordinal + 1) {
    return r;
  }
  if (measure_follows(toks, got.next)) return r;
  return got;
}

}  // namespace levels
}  // namespace spinecds::terminology
