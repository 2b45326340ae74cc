#include "terminology/order_words.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string>

#include "terminology/order_facets.h"

namespace spinecds::terminology::order_words {

namespace {

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

}  // namespace

bool removal_word(std::string_view w) {
  // "ROH": removal of hardware, order builders' shorthand.
  return one_of(w, {"removal", "remove", "removed", "explant", "explantation", "exploration",
                    "explore", "roh"});
}

bool hardware_word(std::string_view w) {
  return one_of(w, {"pedicle", "plate", "plates", "plating", "instrumentation", "instrumented"});
}

namespace {

// "Sacroiliac joint fusion", "SIJ arthrodesis", and "Arthrodesis, sacroiliac
// joint, percutaneous" (the CPT descriptor) or "fusion of the left SI joint"
// fuse a joint of the pelvis, not a spinal motion segment (CPT 27279, 27280).
bool sacroiliac_fusion(const std::vector<Token>& toks, std::size_t i, std::size_t& len) {
  const auto joint_of_pelvis = [&](std::size_t k) {
    return k < toks.size() && one_of(toks[k].text, {"sacroiliac", "sij", "si"});
  };
  const auto fusion = [&](std::size_t k) {
    return k < toks.size() && one_of(toks[k].text, {"fusion", "fusions", "arthrodesis"});
  };
  std::size_t k = i + 1;
  if (joint_of_pelvis(i)) {
    if (k < toks.size() && one_of(toks[k].text, {"joint", "joints"})) ++k;
    if (!fusion(k)) return false;
    len = k + 1 - i;
    return true;
  }
  if (!fusion(i)) return false;
  while (k < toks.size() && k < i + 5 &&
         one_of(toks[k].text, {",", "of", "the", "left", "right"})) {
    ++k;
  }
  return joint_of_pelvis(k);
}

}  // namespace

Mode keyword_at(const std::vector<Token>& toks, std::size_t i, std::size_t& len) {
  len = 1;
  const Token& t = toks[i];
  if (t.kind == TokenKind::punct || t.kind == TokenKind::number) return Mode::none;
  const std::string_view w = t.text;
  auto next_is = [&](std::size_t k, std::string_view s) {
    return i + k < toks.size() && toks[i + k].text == s;
  };
  if (w == "s" && next_is(1, "/") && next_is(2, "p")) {
    len = 3;
    return Mode::history;
  }
  if (w == "status" && next_is(1, "post")) {
    len = 2;
    return Mode::history;
  }
  if (w == "history" && next_is(1, "of")) {
    len = 2;
    return Mode::history;
  }
  // "h/o L4-5 fusion" in an order's note: the clinician's shorthand for history.
  if (w == "h" && next_is(1, "/") && next_is(2, "o")) {
    len = 3;
    return Mode::history;
  }
  if (arthroplasty_word(toks, i)) {
    len = (w == "disc" || w == "disk") ? 2 : 1;
    return Mode::arthroplasty;
  }
  // Screws ("C4-C7 lateral mass screws", "L4-S1 pedicle screws") fix the
  // levels they span for a fusion. A corpectomy is always reconstructed and
  // fused; a plate is fixation across the fused levels ("ACDF with a C5-C7
  // plate"), but an end plate is the vertebral body's surface ("discectomy
  // with end plate preparation", the CPT descriptor of a disc arthroplasty).
  // "lateral mass screw fusion C5-C6": the screws qualify the fusion word
  // after them, which is the procedure ("C3-4 foraminotomy and ... fusion
  // C5-C6" keeps C3-4 a decompression).
  if (one_of(w, {"screw", "screws"}) && i + 1 < toks.size() &&
      one_of(toks[i + 1].text, {"fusion", "fixation", "arthrodesis", "instrumentation"})) {
    return Mode::none;
  }
  if (sacroiliac_fusion(toks, i, len)) return Mode::other;
  const bool end_plate = i > 0 && toks[i - 1].text == "end";
  if (end_plate && one_of(w, {"plate", "plates"})) return Mode::none;
  if (one_of(w, {"fusion", "fusions", "arthrodesis", "fuse", "psf", "plf", "tlif", "plif", "alif",
                 "xlif", "llif", "olif", "dlif", "acdf", "acif", "spondylodesis",
                 // Scandinavian orders exported untranslated ("instrumentert
                 // fusjon C3-C6", "spondylodese L4-L5")
                 "fusjon", "fusjonen", "spondylodese", "spondylodesen",
                 // Portuguese, Spanish, French and Dutch orders ("artrodese
                 // lombar L4-L5", "artrodesis", "arthrodèse", "fusie"; accents folded)
                 "artrodese", "artrodeses", "artrodesis", "arthrodese", "fusao", "fusie",
                 "instrumentacao", "instrumentacion"}) ||
      one_of(w, {"instrumentation", "instrumented", "pedicle", "screw", "screws"}) ||
      one_of(w, {"pcf", "corpectomy", "corpectomies", "plate", "plating"})) {
    return Mode::fusion;
  }
  if (starts_with(w, "decompress") || starts_with(w, "laminectom") || starts_with(w, "laminotom") ||
      starts_with(w, "hemilaminectom") || starts_with(w, "foraminotom") ||
      starts_with(w, "facetectom") || starts_with(w, "discectom") ||
      starts_with(w, "microdiscectom") || starts_with(w, "microdecompress") ||
      starts_with(w, "descompress") || starts_with(w, "descompres") || w == "laminoplasty" ||
      starts_with(w, "laminektom") || starts_with(w, "dekompres") ||
      // Order builders' shorthand ("LAMI/FUSION L4-5", "decomp L2-3").
      one_of(w, {"lami", "lamis", "hemilami", "decomp", "decomps"})) {
    return Mode::decompression;
  }
  // A fusion called solid has healed: it is the old one ("adjacent segment
  // disease above solid C5-C6 ACDF"). "Hx" and the past surgical history label ("PSH:") are the
  // same.
  if (one_of(w, {"prior", "previous", "previously", "old", "existing", "solid", "hx", "psh", "pshx",
                 // Dutch and Portuguese ("eerdere ACDF", "artrodese prévia")
                 "eerdere", "vorige", "bestaande", "oude", "previa", "previo", "antiga", "antigo",
                 "consolidada"})) {
    return Mode::history;
  }
  // Hardware taken out is a procedure of its own: "removal of L4-L5 pedicle
  // screw instrumentation and extension of fusion to L3-L4" fuses L3-L4,
  // and the screw words after "removal of" name what is removed.
  if (removal_word(w)) return Mode::other;
  if (one_of(w, {"injection", "injections", "esi", "radiculopathy", "stenosis", "spondylolisthesis",
                 "anterolisthesis", "retrolisthesis", "listhesis"})) {
    return Mode::other;
  }
  return Mode::none;
}

bool filler(const Token& t) {
  if (t.kind == TokenKind::number) return true;
  if (t.kind == TokenKind::punct) return one_of(t.text, {"(", ")", ":", "-"});
  return one_of(t.text, {"at",
                         "of",
                         "from",
                         "the",
                         "level",
                         "levels",
                         "posterior",
                         "anterior",
                         "lateral",
                         "mass",  // "lateral mass fusion": posterior cervical screws
                         "lumbar",
                         "lumbosacral",
                         "instrumented",
                         "interbody",
                         "spinal",
                         "spine",
                         "segment",
                         "segments",
                         "open",
                         "minimally",
                         "invasive",
                         "mis",
                         "planned",
                         "revision",
                         "single",
                         "one",
                         "two",
                         "three",
                         "four",
                         "across",
                         "over",
                         "transforaminal",
                         "posterolateral",
                         "extension",
                         "in",
                         "is",
                         "for",
                         "total",  // "L4/5 total disc replacement"
                         "w"}) ||  // "w/": with
         instrumentation_word(t.text);
}

bool instrumentation_word(std::string_view w) {
  // The hardware and graft of a fusion name how it is done, not another
  // procedure: "C4-C5 laminectomy and lateral mass screw fusion", "L5-S1
  // discectomy plus interbody cage and plate". ("pedicle" and "plate" are
  // fusion words of their own.)
  return one_of(w, {"screw",      "screws",    "rod",    "rods",    "cage",      "cages",
                    "device",     "devices",   "spacer", "spacers", "fixation",  "cortical",
                    "trajectory", "cbt",       "bone",   "graft",   "allograft", "autograft",
                    "expandable", "segmental", "s2ai",   "iliac"});
}

bool list_joint(const std::vector<Token>& toks, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    if (!one_of(toks[k].text, {",", "and", "&", "/", "or", "+"})) return false;
  }
  return true;
}

std::optional<LastItemCut> cut_last_item(const std::vector<Token>& toks, const LevelMention& m) {
  const std::span<const Token> all(toks);
  for (std::size_t c = m.last; c-- > m.first + 1;) {
    if (!list_joint(toks, c, c + 1)) continue;
    std::size_t next = c + 1;
    while (next < m.last && list_joint(toks, next, next + 1)) ++next;
    auto before = scan_level_mention(all.first(c), m.first, LevelScanMode::order);
    auto last = scan_level_mention(all.first(m.last), next, LevelScanMode::order);
    if (before.mention && last.mention && before.mention->last == c &&
        last.mention->last == m.last && !before.mention->segments.empty() &&
        !last.mention->segments.empty()) {
      return LastItemCut{std::move(*before.mention), std::move(*last.mention)};
    }
  }
  return std::nullopt;
}

namespace {

// Whether the fusion keyword kws[f] has levels of its own right after it
// ("fusion L4-S1"), other than the list being given out.
bool own_levels_after(const std::vector<Token>& toks, const std::vector<Keyword>& kws,
                      std::size_t f, const std::vector<LevelMention>& mentions,
                      std::size_t list_first) {
  // "instrumented posterolateral fusion L4/5": the fusion's words are one
  // phrase, whose levels follow its last word.
  while (f + 1 < kws.size() && kws[f + 1].mode == Mode::fusion) {
    bool qualifies = true;
    for (std::size_t t = kws[f].last; t < kws[f + 1].first && qualifies; ++t) {
      qualifies = filler(toks[t]);
    }
    if (!qualifies) break;
    ++f;
  }
  const std::size_t end = f + 1 < kws.size() ? kws[f + 1].first : toks.size();
  for (const auto& m : mentions) {
    if (m.first < kws[f].last || m.first >= end || m.first == list_first) continue;
    bool beside = true;
    for (std::size_t t = kws[f].last; t < m.first && beside; ++t) beside = filler(toks[t]);
    if (beside) return true;
  }
  return false;
}

}  // namespace

bool joined_to_fusion(const std::vector<Token>& toks, const std::vector<Keyword>& kws,
                      const Keyword& k, const std::vector<LevelMention>& mentions,
                      std::size_t list_first, std::size_t list_last) {
  // The tokens between two procedure words: joiners ("and", "with", "+",
  // "/", "plus"), commas of a series ("laminectomy, foraminotomy, and
  // fusion"), words that only qualify a procedure, and the list of levels
  // being given out itself ("Laminectomy C4-C6 w/ lateral mass screw fusion").
  bool joiner = false;
  auto joined = [&](std::size_t from, std::size_t to) {
    for (std::size_t t = from; t < to; ++t) {
      if (t >= list_first && t < list_last) continue;
      if (one_of(toks[t].text, {"and", "with", "+", "/", "&", "plus"})) {
        joiner = true;
      } else if (toks[t].text != "," && !filler(toks[t])) {
        return false;
      }
    }
    return true;
  };
  std::size_t at = kws.size();
  for (std::size_t i = 0; i < kws.size(); ++i) {
    if (kws[i].first == k.first) at = i;
  }
  if (at == kws.size()) return false;
  // Forwards through a series of decompressions to the fusion word, unless
  // that fusion names levels of its own ("L2-3 laminectomy and fusion L4-S1").
  for (std::size_t i = at + 1; i < kws.size() && joined(kws[i - 1].last, kws[i].first); ++i) {
    if (kws[i].mode == Mode::fusion) {
      if (joiner && !own_levels_after(toks, kws, i, mentions, list_first)) return true;
      break;
    }
    if (kws[i].mode != Mode::decompression) break;
  }
  // Backwards only when that fusion word has no levels of its own before
  // it ("L4-5 TLIF with decompression L3-4" fuses L4-L5 alone).
  joiner = false;
  for (std::size_t i = at; i > 0 && joined(kws[i - 1].last, kws[i].first); --i) {
    const Keyword& f = kws[i - 1];
    if (f.mode == Mode::fusion) {
      const bool own_levels = std::any_of(mentions.begin(), mentions.end(),
                                          [&](const LevelMention& m) { return m.last <= f.first; });
      return joiner && !own_levels;
    }
    if (f.mode != Mode::decompression) break;
  }
  return false;
}

namespace {

// A history word after the fusion word in its own clause ("fusion from prior
// surgery", "fusion, solid"): the clause ends at ";" or the sentence.
bool past_in_clause(const std::vector<Token>& toks, const std::vector<Keyword>& kws,
                    const Keyword& fusion, std::size_t sentence_end) {
  std::size_t end = sentence_end;
  for (std::size_t t = fusion.last; t < sentence_end && t < toks.size(); ++t) {
    if (toks[t].text == ";") {
      end = t;
      break;
    }
  }
  return std::any_of(kws.begin(), kws.end(), [&](const Keyword& k) {
    return k.first >= fusion.last && k.first < end && k.mode == Mode::history;
  });
}

}  // namespace

bool heads_procedures(const std::vector<Token>& toks, std::size_t last, std::size_t sentence_end,
                      const std::vector<Keyword>& kws, const std::vector<LevelMention>& mentions) {
  if (last >= sentence_end || last >= toks.size() || toks[last].text != ":") return false;
  // The object of a removal ("removal of anterior plate") is taken out, not fused.
  std::optional<std::size_t> removal_end;
  auto removed = [&](const Keyword& k) {
    if (!removal_end) return false;
    for (std::size_t t = *removal_end; t < k.first; ++t) {
      if (!filler(toks[t])) return false;
    }
    return true;
  };
  for (const auto& k : kws) {
    if (k.first < last) continue;
    if (std::any_of(mentions.begin(), mentions.end(),
                    [&](const LevelMention& m) { return m.first > last && m.first < k.first; }))
      return false;
    if (removal_word(toks[k.first].text) || (k.mode == Mode::fusion && removed(k))) {
      removal_end = k.last;
      continue;
    }
    // A fusion called old, prior or solid is one done before ("L4-5: solid
    // fusion from prior surgery"), not one this order lists.
    if (k.mode == Mode::history) return false;
    if (k.mode == Mode::fusion) return !past_in_clause(toks, kws, k, sentence_end);
  }
  return false;
}

bool landmark_levels(const std::vector<Token>& toks, std::size_t sentence_begin,
                     std::size_t first) {
  std::size_t k = first;
  while (k > sentence_begin && toks[k - 1].kind != TokenKind::number &&
         (filler(toks[k - 1]) || one_of(toks[k - 1].text, {"his", "her", "their"}))) {
    --k;
  }
  if (k == sentence_begin) return false;
  const std::string_view w = toks[k - 1].text;
  if (one_of(w, {"above", "below", "beneath", "boven", "onder", "acima", "abaixo"})) return true;
  return w == "to" && k - 1 > sentence_begin &&
         one_of(toks[k - 2].text, {"adjacent", "cephalad", "caudal"});
}

bool labelled_levels(const std::vector<Token>& toks, std::size_t sentence_begin,
                     std::size_t first) {
  std::size_t k = first;
  while (k > sentence_begin && toks[k - 1].kind == TokenKind::punct &&
         one_of(toks[k - 1].text, {":", "-", "("})) {
    --k;
  }
  return k > sentence_begin && one_of(toks[k - 1].text, {"level", "levels", "segment", "segments",
                                                         "interspace", "interspaces"});
}

}  // namespace spinecds::terminology::order_words
