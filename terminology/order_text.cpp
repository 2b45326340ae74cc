// One text of a fusion order read word by word: sentence by sentence, each
// list of levels given to the procedure word beside it, region and approach
// words beside a fusion word, level counts, a fusion of the past.
#include "terminology/order_text.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <vector>

#include "terminology/level_parser.h"
#include "terminology/level_scan.h"
#include "terminology/order_facets.h"
#include "terminology/order_words.h"
#include "terminology/procedure_denial.h"
#include "terminology/sentence_split.h"
#include "terminology/text/check_boxes.h"
#include "terminology/text_tokens.h"
#include "terminology/wrapped_lines.h"

namespace spinecds::terminology {

namespace {

using namespace order_words;

// What a procedure word names; a fusion of the past is history.
Mode effective_mode(const Keyword& k) {
  return k.past ? Mode::history : k.mode;
}

// "ACDF C6-C7 2018", "previous ACDF C5-C6 (2017)" in an order's note: a
// fusion followed by a year, only its levels between, is the one done that
// year; the order being signed is not dated by a bare year.
bool dated_after(const std::vector<Token>& toks, const Keyword& k,
                 const std::vector<LevelMention>& mentions, std::size_t end) {
  std::size_t j = k.last;
  for (int steps = 0; j < end && steps < 4; ++steps) {
    const auto m = std::find_if(mentions.begin(), mentions.end(),
                                [&](const LevelMention& x) { return x.first == j; });
    if (m != mentions.end()) {
      j = m->last;
    } else if (toks[j].text == "(" || toks[j].text == "in") {
      ++j;
    } else {
      break;
    }
  }
  return j < end && toks[j].kind == TokenKind::number && toks[j].text.size() == 4 &&
         toks[j].value >= 1950 && toks[j].value <= 2100;
}

// A level count ("2-level", "(3 levels)") at tokens [first, last).
struct LevelCount {
  std::size_t first, last, n;
};

// How many tokens a region word may stand from its fusion word: "lumbar
// spinal fusion", "fusion, lumbar", "lumbar interbody fusion, L4-5".
constexpr std::size_t kBeside = 4;

}  // namespace

TextRead read_text(std::string_view text, Mode fallback) {
  TextRead out;
  if (text.empty()) return out;
  const auto read = read_tokens(text);
  const auto split = split_sentences(text, read);
  // A pick-list's unticked item ("Implants: [x] pedicle screw system  [ ]
  // iliac screws", "Levels: [ ] L2-3  [x] L3-4") is a choice the template
  // offered, not part of the order: read the order as the text engine reads
  // a note.
  const auto boxed = text::without_check_boxes(read, split);
  const std::vector<Token>& toks = boxed ? boxed->toks : read;
  const std::vector<TokenRange>& sentences = boxed ? boxed->sentences : split;
  std::vector<std::size_t> fusion_counts;  // the counts that are the fusion's
  for (const auto& sent : sentences) {
    std::vector<Keyword> kws;
    std::vector<LevelMention> mentions;
    std::vector<LevelCount> counts;
    bool history = false;  // a word of the past governs what follows
    bool fusion_here = false;
    // Region words count beside a fusion word ("posterior lumbar interbody
    // fusion"), not anywhere in its sentence ("ACDF C5-6; lumbar MRI pending").
    std::vector<std::size_t> lumbar_at, cervical_at, thoracic_at, fusion_at, approach_at;
    ApproachSigns seen;  // every approach word; only those beside a fusion word count
    // What a removal word takes out or explores is no fusion ordered: a
    // procedure word right after it ("exploration of fusion L4-5", "removal
    // of instrumentation"), or hardware past its levels ("removal of L4-5,
    // L5-S1 pedicle screws"); "ROH L4-S1, L3-4 TLIF" orders the TLIF.
    bool removal_direct = false, removal_hardware = false;
    for (std::size_t i = sent.begin; i < sent.end;) {
      if (auto scan = scan_level_mention(toks, i, LevelScanMode::order); scan.mention) {
        auto m = *scan.mention;
        i = std::max(m.last, i + 1);
        if (!m.segments.empty() || m.pelvis) mentions.push_back(std::move(m));
        removal_direct = false;
        continue;
      }
      if (std::size_t after = i; const auto n = level_count_at(toks, i, after)) {
        counts.push_back({i, after, *n});
        i = after;
        continue;
      }
      const std::string_view w = toks[i].text;
      if (pelvic_fixation_word(toks, sent.begin, sent.end, i)) out.pelvis = true;
      if (one_of(w, {"lumbar", "lumbosacral", "thoracolumbar", "lumbopelvic", "sacropelvic",
                     "lombar", "lombossacra", "lombossacral", "lumbal", "lombaire"}))
        lumbar_at.push_back(i);
      if (one_of(w, {"cervical", "acdf", "cervicothoracic", "occipitocervical"}))
        cervical_at.push_back(i);
      if (w == "thoracic") thoracic_at.push_back(i);
      if (add_approach_word(toks[i], seen)) approach_at.push_back(i);

      std::size_t len = 1;
      const Mode m = keyword_at(toks, i, len);
      if (m == Mode::fusion && (removal_direct || (removal_hardware && hardware_word(w)))) {
        kws.push_back({i, i + len, Mode::other});
        i += len;
        continue;
      }
      const bool removal = removal_word(w);
      removal_direct = removal || (removal_direct && filler(toks[i]));
      removal_hardware =
          removal || (removal_hardware && (filler(toks[i]) || list_joint(toks, i, i + 1)));
      if (m == Mode::fusion && !denied_procedure_word(toks, sent.begin, sent.end, i)) {
        // "s/p L4-5 fusion" is an earlier operation, not the one ordered.
        if (!history) {
          fusion_here = true;
          fusion_at.push_back(i);
        }
        kws.push_back({i, i + len, m, history});
      } else if (m != Mode::none && m != Mode::fusion) {
        kws.push_back({i, i + len, m});
      }
      if (m == Mode::arthroplasty && !history &&
          !denied_procedure_word(toks, sent.begin, sent.end, i))
        out.arthroplasty = true;
      // The words of one old procedure stay old ("prior instrumented fusion
      // L3-L5", "s/p pedicle screw fusion").
      if (m == Mode::history) {
        history = true;
      } else if (m != Mode::fusion && (m != Mode::none || !filler(toks[i]))) {
        history = false;
      }
      i += len;
    }
    for (auto& k : kws) {
      if (k.mode != Mode::fusion || k.past || !dated_after(toks, k, mentions, sent.end)) continue;
      k.past = true;
      std::erase(fusion_at, k.first);
    }
    fusion_here = !fusion_at.empty();
    if (fusion_here) {
      out.fusion_affirmed = true;
      auto beside = [&](const std::vector<std::size_t>& at) {
        for (auto r : at) {
          for (auto f : fusion_at) {
            if ((r > f ? r - f : f - r) <= kBeside) return true;
          }
        }
        return false;
      };
      out.lumbar_word = out.lumbar_word || beside(lumbar_at);
      out.cervical_word = out.cervical_word || beside(cervical_at);
      out.thoracic_word = out.thoracic_word || beside(thoracic_at);
      for (auto a : approach_at) {
        if (beside(std::vector<std::size_t>{a})) add_approach_word(toks[a], out.approach);
      }
    }
    // The procedure words right beside the tokens [first, last), with only
    // words that qualify a procedure between.
    const auto adjacent = [&](std::size_t from, std::size_t to) {
      for (std::size_t k = from; k < to; ++k) {
        if (!filler(toks[k])) return false;
      }
      return true;
    };
    const auto right_before = [&](std::size_t first) -> const Keyword* {
      const Keyword* before = nullptr;
      for (const auto& k : kws) {
        if (k.last <= first) before = &k;
      }
      return before && adjacent(before->last, first) ? before : nullptr;
    };
    const auto right_after = [&](std::size_t last) -> const Keyword* {
      for (const auto& k : kws) {
        if (k.first >= last) return adjacent(last, k.first) ? &k : nullptr;
      }
      return nullptr;
    };
    // The procedure word of the tokens [first, last): the one right beside
    // them wins (before, then after); else the nearest before, else after.
    const auto procedure_of = [&](std::size_t first, std::size_t last) -> const Keyword* {
      if (const Keyword* k = right_before(first)) return k;
      if (const Keyword* k = right_after(last)) return k;
      const Keyword* before = nullptr;
      const Keyword* after = nullptr;
      for (const auto& k : kws) {
        if (k.last <= first) before = &k;
        if (k.first >= last && !after) after = &k;
      }
      return before ? before : after;
    };
    // A level count is its procedure's: "1-level TLIF L4-5 and laminectomy
    // L3-4" counts the fusion, "one-level decompression" another procedure,
    // "prior 2-level fusion" an old one; a corpectomy counts vertebral bodies.
    for (const auto& c : counts) {
      const Keyword* by = procedure_of(c.first, c.last);
      if (by && by->mode == Mode::fusion && !by->past &&
          !toks[by->first].text.starts_with("corpectom")) {
        fusion_counts.push_back(c.n);
      }
    }
    // The levels of a list of mentions, given to a procedure.
    const auto give = [&](std::span<const LevelMention> list) {
      const std::size_t first = list.front().first, last = list.back().last;
      // Else the text's fallback; a fusion of the past ("prior fusion L5-S1
      // and L3-4") names levels already fused.
      const Keyword* by = procedure_of(first, last);
      Mode mode = by ? effective_mode(*by) : fallback;
      // "L4-5 laminectomy and posterolateral fusion", "fusion and
      // decompression L4-5": procedures joined by "and"/"with" share the levels.
      if (by && mode == Mode::decompression &&
          joined_to_fusion(toks, kws, *by, mentions, first, last)) {
        mode = Mode::fusion;
      }
      // "Levels: L4-L5" in a fusion order's note names the fusion levels
      // when no procedure word in the sentence claims them.
      if (!by && labelled_levels(toks, sent.begin, first)) mode = Mode::fusion;
      // "Revision C5 to C6: removal of anterior plate, re-do interbody
      // fusion": levels heading a colon are those of every procedure the
      // rest of the sentence lists, so a fusion among them fuses them.
      if (mode != Mode::fusion && heads_procedures(toks, last, sent.end, kws, mentions))
        mode = Mode::fusion;
      // "C4-5 ACDF above the C5-6 fusion": the fusion it lies beside.
      if (landmark_levels(toks, sent.begin, first)) mode = Mode::history;
      if (mode == Mode::arthroplasty) {
        for (const auto& m : list) {
          out.arthroplasty_segments.insert(out.arthroplasty_segments.end(), m.segments.begin(),
                                           m.segments.end());
        }
      }
      if (mode != Mode::fusion) return;
      for (const auto& m : list) {
        out.fusion_segments.insert(out.fusion_segments.end(), m.segments.begin(), m.segments.end());
        out.pelvis = out.pelvis || m.pelvis;
      }
    };
    // Lists of levels ("L3-4, L4-5 and L5-S1"), each given to a procedure.
    for (std::size_t a = 0; a < mentions.size();) {
      std::size_t b = a;
      while (b + 1 < mentions.size() && list_joint(toks, mentions[b].last, mentions[b + 1].first)) {
        ++b;
      }
      // "decomp L2-3, L3-4 fusion", "TLIF L4-5, L3-4 laminectomy", "ROH
      // L4-S1, L3-4 TLIF": a list between two procedures of different kinds,
      // each right beside it, is two clauses; the level written against the
      // second procedure is its, the rest run on the first.
      const std::span<const LevelMention> list(mentions.data() + a, b + 1 - a);
      const Keyword* head = right_before(list.front().first);
      const Keyword* tail = right_after(list.back().last);
      const bool two = head && tail && effective_mode(*head) != effective_mode(*tail);
      // The scanner reads "L2-3, L3-4" as one mention: cut it.
      const auto cut = two && b == a ? cut_last_item(toks, list.back()) : std::nullopt;
      if (two && b > a) {
        give(list.first(b - a));
        give(list.last(1));
      } else if (cut) {
        give(std::span<const LevelMention>(&cut->before, 1));
        give(std::span<const LevelMention>(&cut->last, 1));
      } else {
        give(list);
      }
      a = b + 1;
    }
  }
  // "1 level ALIF L5-S1, 2 level posterior fusion L4-S1": the largest count
  // is the whole construct.
  std::set<Segment> fused(out.fusion_segments.begin(), out.fusion_segments.end());
  if (!fusion_counts.empty() && !fused.empty()) {
    out.count_disagrees =
        *std::max_element(fusion_counts.begin(), fusion_counts.end()) != fused.size();
  }
  return out;
}

}  // namespace spinecds::terminology
