#include "terminology/record_terms.h"

#include <algorithm>
#include <cassert>

#include "terminology/sentence_split.h"
#include "terminology/text/sections.h"
#include "terminology/text/sentence.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"
#include "terminology/thread_buffers.h"
#include "terminology/wrapped_lines.h"

namespace spinecds::terminology {

using namespace text;

TermTable::TermTable(std::string kind, std::initializer_list<std::string_view> phrases)
    : kind_(std::move(kind)) {
  entries_.reserve(phrases.size());
  for (const auto p : phrases) {
    TriggerEntry e;
    // The apostrophe stays a word, as the text's tokens have it: "can't
    // walk" matches "can ' t walk", not "can t walk".
    for (const auto& t : tokenize(p)) {
      if (t.kind != TokenKind::punct || t.text == "'") e.words.emplace_back(t.text);
    }
    if (e.words.empty()) continue;
    e.kind = kind_;
    e.no_levels = true;
    entries_.push_back(std::move(e));
  }
  for (const auto& e : entries_) {
    by_first_[e.words.front()].push_back(&e);
    const std::size_t b = filter_bit(e.words.front());
    first_filter_[b / 64] |= std::uint64_t{1} << (b % 64);
  }
}

const std::vector<const TriggerEntry*>& TermTable::starting(std::string_view word) const {
  static const std::vector<const TriggerEntry*> kNone;
  const auto it = by_first_.find(word);
  return it == by_first_.end() ? kNone : it->second;
}

namespace {

// The longest phrase of any table at token i; its end (0 when none).
std::size_t term_at(const Sentence& s, std::size_t i, std::span<const TermTable* const> tables,
                    const TriggerEntry*& best, std::size_t& table) {
  std::size_t best_end = 0;
  for (std::size_t t = 0; t < tables.size(); ++t) {
    if (!tables[t]->may_start(s.toks[i].text)) continue;
    for (const auto* e : tables[t]->starting(s.toks[i].text)) {
      const std::size_t end = match_words(s, i, e->words);
      if (end > best_end) {
        best_end = end;
        best = e;
        table = t;
      }
    }
  }
  return best_end;
}

// Whether a phrase of `tables` starts at toks[k] as words; `bit` is the
// word's filter bit.
bool term_starts(std::span<const Token> toks, std::size_t k,
                 std::span<const TermTable* const> tables, std::size_t bit) {
  for (const auto* t : tables) {
    if (!TermTable::has_bit(t->first_filter(), bit)) continue;
    for (const auto* e : t->starting(toks[k].text)) {
      if (match_words(toks, k, e->words) != 0) return true;
    }
  }
  return false;
}

// Whether a phrase of some table is in `toks` as words (the engine may still
// find a level mention over it): most sentences hold none, and skip the
// engine's sentence set-up.
// `any`: the union of the tables' first-word filters.
bool may_hold_term(std::span<const Token> toks, std::span<const TermTable* const> tables,
                   const TermTable::Filter& any) {
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const std::size_t bit = TermTable::filter_bit(toks[k].text);
    if (TermTable::has_bit(any, bit) && term_starts(toks, k, tables, bit)) return true;
  }
  return false;
}

TermTable::Filter union_filter(std::span<const TermTable* const> tables) {
  TermTable::Filter any{};
  for (const auto* t : tables) {
    for (std::size_t w = 0; w < any.size(); ++w) any[w] |= t->first_filter()[w];
  }
  return any;
}

bool blank_line_between(std::string_view text, std::size_t from, std::size_t to) {
  const auto gap = text.substr(from, to - from);
  const auto nl = gap.find('\n');
  return nl != std::string_view::npos && gap.find('\n', nl + 1) != std::string_view::npos;
}

}  // namespace

TextReading::TextReading(std::string_view t) : TextReading(t, read_tokens(t)) {}

TextReading::TextReading(std::string_view t, Tokens tokens)
    : text(t), toks(std::move(tokens)), sentences(split_sentences(t, toks)) {
  section_of.reserve(sentences.size());
  Section section = Section::other;
  for (const auto& range : sentences) {
    if (range.begin < range.end) {
      if (range.begin > 0 &&
          blank_line_between(text, toks[range.begin - 1].end, toks[range.begin].begin)) {
        section = Section::other;
      }
      const auto sentence =
          std::span<const Token>(toks).subspan(range.begin, range.end - range.begin);
      if (const auto h = section_header(sentence)) section = *h;
    }
    section_of.push_back(section);
  }
}

namespace {

// Which groups may hold a phrase in `toks`, as bits (group g: bit g), found
// in one walk; a sentence holding none skips the engine's set-up.
std::uint32_t groups_held(std::span<const Token> toks,
                          std::span<const std::span<const TermTable* const>> groups,
                          std::span<const TermTable::Filter> filters,
                          const TermTable::Filter& any) {
  const std::uint32_t all = (std::uint32_t{1} << groups.size()) - 1;
  std::uint32_t mask = 0;
  for (std::size_t k = 0; k < toks.size() && mask != all; ++k) {
    const std::size_t bit = TermTable::filter_bit(toks[k].text);
    if (!TermTable::has_bit(any, bit)) continue;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (((mask >> g) & 1U) == 0 && TermTable::has_bit(filters[g], bit) &&
          term_starts(toks, k, groups[g], bit)) {
        mask |= std::uint32_t{1} << g;
      }
    }
  }
  return mask;
}

// term_hits' buffers, kept per thread (thread_buffers.h). The sentence's
// cervical_passage and side_columns are never set here: they stay as a
// fresh Sentence has them.
struct TermBuffers {
  Sentence s;
  std::vector<std::uint32_t> cls, ids;
  std::vector<std::size_t> table_of;
};

// The triggers of `tables` in the sentence `s` (its mentions found), with
// their ConText categories and the section's, appended to `out`.
void group_hits(Sentence& s, std::span<const TermTable* const> tables, Section section,
                std::vector<std::size_t>& table_of, std::vector<TermHit>& out) {
  const std::size_t n = s.toks.size();
  s.trigs.clear();
  s.trigger_at.assign(n, kNone);
  table_of.clear();
  for (std::size_t i = 0; i < n;) {
    const TriggerEntry* best = nullptr;
    std::size_t table = 0;
    const std::size_t end = s.mention_at[i] == kNone ? term_at(s, i, tables, best, table) : 0;
    if (end == 0) {
      ++i;
      continue;
    }
    Trig t;
    t.first = i;
    t.last = end;
    t.entry = best;
    for (std::size_t k = i; k < end; ++k) s.trigger_at[k] = static_cast<int>(s.trigs.size());
    s.trigs.push_back(t);
    table_of.push_back(table);
    i = end;
  }
  if (s.trigs.empty()) return;
  apply_context(s);
  for (std::size_t k = 0; k < s.trigs.size(); ++k) {
    const Trig& t = s.trigs[k];
    TermHit h;
    h.table = table_of[k];
    h.begin = s.toks[t.first].begin;
    h.end = s.toks[t.last - 1].end;
    h.sentence_begin = s.toks.front().begin;
    h.sentence_end = s.toks.back().end;
    h.negated = t.negated;
    h.uncertain = t.uncertain;
    h.hypothetical = t.hypothetical;
    h.historical = t.historical;
    h.other = t.other;
    // A plan is only planned; a history is historical; a family history
    // someone else's (the engine's section rules).
    if (section == Section::planned && !h.negated && !h.historical) h.hypothetical = true;
    if (section == Section::past) h.historical = true;
    if (section == Section::family) h.other = true;
    out.push_back(h);
  }
}

}  // namespace

void term_hits(const TextReading& read, std::span<const std::span<const TermTable* const>> groups,
               std::span<std::vector<TermHit>> out) {
  for (auto& o : out) o.clear();
  const std::string_view text = read.text;
  if (text.empty() || groups.empty()) return;
  const auto& toks = read.toks;
  // A sentence's groups are a bit mask.
  assert(groups.size() <= 32 && out.size() == groups.size());
  std::array<TermTable::Filter, 32> filters{};
  TermTable::Filter any{};
  for (std::size_t g = 0; g < groups.size(); ++g) {
    filters[g] = union_filter(groups[g]);
    for (std::size_t w = 0; w < any.size(); ++w) any[w] |= filters[g][w];
  }
  // Word classes are looked up only in the sentences that may hold a term.
  BorrowedBuffers<TermBuffers> buf;
  std::vector<std::uint32_t>& cls = buf->cls;
  std::vector<std::uint32_t>& ids = buf->ids;
  cls.assign(toks.size(), 0);
  ids.assign(toks.size(), 0);
  Sentence& s = buf->s;
  std::vector<std::size_t>& table_of = buf->table_of;  // per trigger of the sentence: its table
  for (std::size_t r = 0; r < read.sentences.size(); ++r) {
    const auto& range = read.sentences[r];
    if (range.begin >= range.end) continue;
    const std::size_t n = range.end - range.begin;
    const auto sentence = std::span<const Token>(toks).subspan(range.begin, n);
    const std::uint32_t mask =
        groups_held(sentence, groups, std::span(filters).first(groups.size()), any);
    if (mask == 0) continue;
    for (std::size_t k = range.begin; k < range.end; ++k) {
      const WordInfo w = word_info(toks[k].text);
      cls[k] = w.classes;
      ids[k] = w.id;
    }
    start_sentence(s, toks, cls, ids, range.begin, range.end);
    // The engine's level mentions (scopes step over them), once for every
    // group; each group's phrases are its own triggers: the longest match
    // across groups, or another group's triggers in a cue's scope, could
    // change a hit's category.
    find_mentions(s);
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if ((mask >> g) & 1U) group_hits(s, groups[g], read.section_of[r], table_of, out[g]);
    }
  }
  // A text of megabytes does not leave its word tables held by the thread
  // (the engine's are bounded by its 64 KiB chunks).
  constexpr std::size_t kKeptTokens = std::size_t{1} << 16;
  if (cls.capacity() > kKeptTokens) {
    cls = {};
    ids = {};
  }
}

std::vector<TermHit> term_hits(const TextReading& read, std::span<const TermTable* const> tables) {
  const std::span<const TermTable* const> one[] = {tables};
  std::vector<TermHit> out[1];
  term_hits(read, one, out);
  return std::move(out[0]);
}

std::vector<TermHit> term_hits(const TextReading& text, const TermTable& table) {
  const TermTable* one[] = {&table};
  return term_hits(text, one);
}

std::vector<TermHit> term_hits(std::string_view text, std::span<const TermTable* const> tables) {
  if (text.empty() || tables.empty()) return {};
  // Most short texts (a code's display, a reason) hold no phrase of the
  // tables: they are not split into sentences. A phrase in some sentence is
  // one in the whole token list, so the answer does not change.
  Tokens toks = read_tokens(text);
  if (!may_hold_term(toks, tables, union_filter(tables))) return {};
  return term_hits(TextReading(text, std::move(toks)), tables);
}

std::vector<TermHit> term_hits(std::string_view text, const TermTable& table) {
  const TermTable* one[] = {&table};
  return term_hits(text, one);
}

void term_hits(std::string_view text, std::span<const std::span<const TermTable* const>> groups,
               std::span<std::vector<TermHit>> out) {
  for (auto& o : out) o.clear();
  if (text.empty() || groups.empty()) return;
  // Tokenised once for every group; a text holding no phrase of any group is
  // not split into sentences (as term_hits(text, tables) above).
  Tokens toks = read_tokens(text);
  std::vector<const TermTable*> all;
  for (const auto& tables : groups) all.insert(all.end(), tables.begin(), tables.end());
  if (!may_hold_term(toks, all, union_filter(all))) return;
  term_hits(TextReading(text, std::move(toks)), groups, out);
}

bool affirmed_term(std::string_view text, const TermTable& table) {
  const auto hits = term_hits(text, table);
  return std::any_of(hits.begin(), hits.end(), [](const TermHit& h) { return h.counts(); });
}

}  // namespace spinecds::terminology
