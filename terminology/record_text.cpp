#include "terminology/record_text.h"

#include <algorithm>
#include <cstring>

#include "terminology/char_class.h"
#include "terminology/level_scan.h"
#include "terminology/record_terms.h"
#include "terminology/sentence_split.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

// ASCII only, as std::tolower in the "C" locale the service runs in (nothing
// calls setlocale), without a library call per byte: every quote and every
// resource's text is lowered at least once.
std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return out;
}

bool contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

bool contains_any(std::string_view hay, std::initializer_list<std::string_view> needles) {
  for (auto n : needles) {
    if (contains(hay, n)) return true;
  }
  return false;
}

std::size_t find_word(std::string_view low, std::string_view word) {
  for (auto p = low.find(word); p != std::string_view::npos; p = low.find(word, p + 1)) {
    if (whole_word_at(low, p, word.size())) return p;
  }
  return std::string_view::npos;
}

namespace {

std::string_view trimmed(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// Quotes read as clauses: "Canal and foramina are patent", not "...patent.".
// Trimmed first; a view, so a quote is built once.
std::string_view clause(std::string_view s) {
  std::string_view t = trimmed(s);
  if (!t.empty() && t.back() == '.' && (t.size() < 2 || t[t.size() - 2] != '.')) {
    t.remove_suffix(1);
  }
  return t;
}

}  // namespace

std::string trim(std::string_view s) {
  return std::string(trimmed(s));
}

std::vector<std::pair<std::size_t, std::size_t>> sentence_bounds(const TextReading& read) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  out.reserve(read.sentences.size());
  for (const auto& r : read.sentences) {
    if (r.begin < r.end) out.emplace_back(read.toks[r.begin].begin, read.toks[r.end - 1].end);
  }
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> sentence_bounds(std::string_view s) {
  return sentence_bounds(TextReading(s));
}

std::string sentence_quote(std::string_view text, std::size_t b, std::size_t e) {
  b = std::min(b, text.size());
  e = std::clamp(e, b, text.size());
  return std::string(clause(text.substr(b, e - b)));
}

std::string quote_around(std::string_view s,
                         const std::vector<std::pair<std::size_t, std::size_t>>& bounds,
                         std::size_t b, std::size_t e) {
  if (s.empty()) return {};
  b = std::min(b, s.size());
  e = std::clamp(e, b, s.size());
  // The sentence holding the span's start; the span may run into the next.
  auto it = std::upper_bound(bounds.begin(), bounds.end(), b,
                             [](std::size_t x, const auto& r) { return x < r.first; });
  std::size_t l = b, r = e;
  if (it != bounds.begin()) {
    const auto& sent = *std::prev(it);
    l = std::min(sent.first, b);
    r = std::max(sent.second, e);
    for (auto k = it; k != bounds.end() && k->first < e; ++k) r = std::max(r, k->second);
  }
  constexpr std::size_t kMax = 320;
  if (r - l > kMax) {
    l = b > 120 + l ? b - 120 : l;
    while (l > 0 && l < b && (static_cast<unsigned char>(s[l]) & 0xC0) == 0x80) --l;
    r = std::min(s.size(), std::max(e, l + kMax));
    while (r < s.size() && (static_cast<unsigned char>(s[r]) & 0xC0) == 0x80) ++r;
  }
  const std::string_view body = clause(s.substr(l, r - l));
  // A report line "L4-5: ... Grade 1 anterolisthesis ..." names the level only
  // at its start: keep that heading so the quote says where.
  // (Bounded, so many quotes on one huge line stay linear.)
  const std::size_t floor = l > 2048 ? l - 2048 : 0;
  const void* nl = l > floor ? memrchr(s.data() + floor, '\n', l - floor) : nullptr;
  const std::size_t line =
      nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - s.data()) + 1 : floor;
  if (line < l && (line == 0 || s[line - 1] == '\n')) {
    const auto colon = s.find(':', line);
    if (colon != std::string_view::npos && colon < l && colon - line <= 12) {
      const std::string_view head = trimmed(s.substr(line, colon - line));
      if (head.size() > 1 && (head[0] == 'L' || head[0] == 'T' || head[0] == 'S') &&
          is_digit(head[1])) {
        std::string out;
        out.reserve(head.size() + 2 + body.size());
        out.append(head).append(": ").append(body);
        return out;
      }
    }
  }
  return std::string(body);
}

std::vector<std::vector<Segment>> level_mentions(std::string_view s, bool lone_vertebrae) {
  const auto toks = tokenize(s);
  std::vector<std::vector<Segment>> out;
  for (std::size_t i = 0; i < toks.size();) {
    auto scan = scan_level_mention(toks, i, LevelScanMode::lenient);
    if (!scan.mention) {
      ++i;
      continue;
    }
    if (!scan.mention->segments.empty()) {
      out.push_back(scan.mention->segments);
    } else if (lone_vertebrae && scan.mention->single) {
      const int v = scan.mention->single->ordinal;
      std::vector<Segment> both;
      if (v > kOcciput) both.push_back(Segment{Vertebra{v - 1}});
      if (v < kSacrum) both.push_back(Segment{Vertebra{v}});
      out.push_back(std::move(both));
    }
    i = std::max(scan.mention->last, i + 1);
  }
  return out;
}

bool mentions_lumbar(std::string_view low) {
  return contains_any(low, {"lumbar", "l-spine", "lumbosacral", "low back", "lower back", "spine",
                            "spinal", "back pain", "sciatica", "radicul", "stenosis"});
}

std::string other_region(std::string_view low) {
  if (mentions_lumbar(low)) return {};
  for (std::string_view w : {"knee", "shoulder", "hip", "ankle", "wrist", "elbow", "hand", "foot",
                             "neck", "cervical", "rotator cuff", "acl", "tka", "tha"}) {
    // A plural counts too ("knees", "shoulders").
    if (find_word(low, w) != std::string_view::npos ||
        find_word(low, std::string(w) + "s") != std::string_view::npos) {
      return std::string(w);
    }
  }
  return {};
}

bool telehealth_words(std::string_view text) {
  return affirmed_term(text, record_terms().telehealth);
}

bool home_words(std::string_view text) {
  return affirmed_term(text, record_terms().home_programme);
}

bool pt_words(std::string_view low) {
  return contains_any(low, {"physical therapy", "physiotherapy", "physical therapist", "pt visit",
                            "pt session", "pt evaluation", "pt eval", "therapeutic exercise",
                            "pt re-evaluation", "manual therapy", "neuromuscular re-education",
                            "therapeutic activit", "rehabilitation", "rehab ",
                            // Scandinavian encounter types exported untranslated
                            "fysioterapi", "fysioterapeut", "sjukgymnast",
                            // Dutch, Portuguese and Spanish
                            "fysiotherap", "fisioterap"});
}

bool chiropractic_words(std::string_view low) {
  return contains_any(low, {"chiropract", "spinal manipulation", "manipulative treatment",
                            "spinal adjustment", "osteopathic manipulat"});
}

bool mentions_injection(std::string_view text) {
  return affirmed_term(text, record_terms().injections);
}

}  // namespace spinecds::terminology
