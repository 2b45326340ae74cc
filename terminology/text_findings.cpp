#include "terminology/text_findings.h"
// Reads a whole text: chunks of whole lines, sentences in passages (a level
// header or a section reaches over the sentences after it), byte spans,
// and deference between summary and explicit readings.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/finding_lexicon.h"
#include "terminology/sentence_split.h"
#include "terminology/text/check_boxes.h"
#include "terminology/text/deference.h"
#include "terminology/text/finding_side.h"
#include "terminology/text/note_visits.h"
#include "terminology/text/sections.h"
#include "terminology/text/sentence.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/word_classes.h"
#include "terminology/text/word_lists.h"
#include "terminology/text_layout.h"
#include "terminology/text_tokens.h"
#include "terminology/thread_buffers.h"
#include "terminology/wrapped_lines.h"

namespace spinecds::terminology {

namespace {

using namespace text;

// Texts longer than this are read up to here: a note is kilobytes, and the
// cap keeps one call's work bounded whatever arrives.
constexpr std::size_t kMaxTextBytes = std::size_t{4} * 1024 * 1024;
// Texts are read in chunks of whole lines of about this size.
constexpr std::size_t kChunkBytes = std::size_t{64} * 1024;

// "Level: L3-L4.", "(L4-5)": a sentence that names one level and nothing
// else. After a templated block's anatomy lines it is that block's level.
const Mention* level_only_sentence(const Sentence& s) {
  if (s.mentions.size() != 1 || s.mentions.front().segments.empty()) return nullptr;
  for (std::size_t k = 0; k < s.toks.size(); ++k) {
    if (s.mention_at[k] != kNone) continue;
    const Token& t = s.toks[k];
    if (!(word_is(t, "level") || word_is(t, "disc") || word_is(t, "disk") || word_is(t, "at") ||
          punct_is(t, ":") || punct_is(t, "(") || punct_is(t, ")") || punct_is(t, ".") ||
          punct_is(t, "-"))) {
      return nullptr;
    }
  }
  return &s.mentions.front();
}

// The kinds a level belongs to (neurology, therapy, studies and deformity
// measures never take one: tests/data/eval/README.md).
bool takes_level(FindingKind k) {
  switch (k) {
    case FindingKind::stenosis:
    case FindingKind::spondylolisthesis:
    case FindingKind::instability:
    case FindingKind::translation:
    case FindingKind::angulation:
    case FindingKind::facet_arthropathy:
    case FindingKind::disc_herniation:
    case FindingKind::prior_laminectomy:
    case FindingKind::prior_fusion:
    case FindingKind::pseudarthrosis:
    case FindingKind::cord_compression:
    case FindingKind::cord_signal_change:
      return true;
    default:
      return false;
  }
}

constexpr std::size_t kNoPrelim = static_cast<std::size_t>(-1);

// What carries from one sentence to the next: the level header and the
// section of the passage.
struct Passage {
  std::optional<Mention> header;
  // The header opened a numbered list item ("2. L5-S1: ..."): the next item
  // ends it, as a level never reaches into another list item.
  bool header_in_item = false;
  Section section = Section::other;
  std::optional<std::vector<std::optional<TableColumn>>> table;  // a flattened table's columns
  // Findings without a level read from anatomy lines ("Canal: severe.")
  // outside any level header: a level line after them gives them its level.
  std::vector<std::size_t> awaiting_level;  // indices into the output
  bool cervical = false;                    // the region the text named last is the cervical spine
  // An exam table's side header ("RIGHT LEFT"), over the rows below it.
  std::vector<std::string> side_columns;
  // The levels the last sentence naming any named, for a sentence that
  // points back to them ("Mild canal stenosis at the same levels.").
  std::vector<Segment> last_levels;
  // The findings of a preliminary read, out[prelim_first, prelim_end), and
  // whether an addendum revising them is being read (sections.h, ReadStage).
  std::size_t prelim_first = kNoPrelim, prelim_end = kNoPrelim;
  bool addendum = false;
  // An exam named alone on its line (names_exam_only): its flexion-extension
  // studies (indices into the output), whether the next line gave the reason
  // for it, and whether any line gave a result. A reason and no result make
  // the text an order ("XR L-spine incl. flexion/extension. Dx: ...").
  std::vector<std::size_t> exam_studies;
  bool exam_reason = false;
  bool exam_result = false;
  int lines_after_exam = 0;
};

// What this sentence's findings, out[from, end), say of an exam named alone
// on a line before it (Passage::exam_studies).
void note_exam_order(const Sentence& s, const std::vector<Finding>& out, std::size_t from,
                     Passage& p) {
  bool study = false;
  for (std::size_t i = from; i < out.size(); ++i) {
    const Finding& f = out[i];
    study = study || (f.kind == FindingKind::flexion_extension_study && !f.negated &&
                      !f.hypothetical && !f.uncertain);
    p.exam_result = p.exam_result || f.kind == FindingKind::translation ||
                    f.kind == FindingKind::angulation ||
                    (f.kind == FindingKind::instability && !f.hypothetical && !f.uncertain);
  }
  if (study && p.exam_studies.empty() && names_exam_only(s)) {
    for (std::size_t i = from; i < out.size(); ++i) {
      if (out[i].kind == FindingKind::flexion_extension_study) p.exam_studies.push_back(i);
    }
    return;
  }
  if (p.exam_studies.empty()) return;
  if (++p.lines_after_exam == 1 && opens_with_reason(s)) p.exam_reason = true;
  // "Findings:", "Impression:": a report, whatever its first line.
  if (s.toks.size() > 1 && punct_is(s.toks[1], ":") &&
      any_word_in(s, 0, 1, {"findings", "impression", "conclusion", "result", "results"})) {
    p.exam_result = true;
  }
}

// The exam's studies are only sought when the text reads as its order.
void close_exam_order(Passage& p, std::vector<Finding>& out) {
  if (p.exam_reason && !p.exam_result) {
    for (const std::size_t i : p.exam_studies) {
      if (i < out.size()) out[i].hypothetical = true;
    }
  }
  p.exam_studies.clear();
  p.exam_reason = p.exam_result = false;
  p.lines_after_exam = 0;
}

// "Moderate foraminal stenosis at C4-5 and C5-6. Mild canal stenosis at the
// same levels.": outside a level header, a sentence pointing back to the
// levels named before it gives them to its findings without a level; a
// sentence naming levels makes them the ones to point back to.
void refer_back(const Sentence& s, bool in_header, std::vector<Segment>& last_levels,
                std::vector<Draft>& drafts) {
  if (!in_header && !last_levels.empty() && refers_to_levels_before(s)) {
    for (auto& d : drafts) {
      if (d.f.segments.empty() && takes_level(d.f.kind)) d.f.segments = last_levels;
    }
  }
  std::vector<Segment> named;
  for (const auto& m : s.mentions) {
    if (!m.reference) named.insert(named.end(), m.segments.begin(), m.segments.end());
  }
  if (named.empty()) return;
  std::sort(named.begin(), named.end());
  named.erase(std::unique(named.begin(), named.end()), named.end());
  last_levels = std::move(named);
}

// Reads one chunk of the text (whole lines): `base` is the byte offset of
// its first byte in the whole text; `passage` carries across chunks.
// The engine's buffers, kept per thread (thread_buffers.h).
struct EngineBuffers {
  Sentence s;
  std::vector<Draft> drafts;
  std::vector<std::uint32_t> cls, ids;
  std::vector<TokenRange> sentences;
};

// "(+) SLR R ... / (-) SLR L": a slash set apart by spaces before a sign
// separates two exam statements, as a semicolon does.
bool signs_apart(const std::vector<Token>& toks, std::size_t k) {
  if (!punct_is(toks[k], "/") || !toks[k].space_before || k + 1 >= toks.size() ||
      !toks[k + 1].space_before) {
    return false;
  }
  const Token& next = toks[k + 1];
  if (punct_is(next, "(")) {
    return k + 3 < toks.size() && (punct_is(toks[k + 2], "+") || punct_is(toks[k + 2], "-")) &&
           punct_is(toks[k + 3], ")");
  }
  return word_is(next, "neg") || word_is(next, "pos") || word_is(next, "negative") ||
         word_is(next, "positive");
}

// "M50.121", "(M54.16)": the dot inside a diagnosis code ends no clause; a
// hedge, a reason or a denial reads across it.
bool code_dot(const std::vector<Token>& toks, std::size_t k) {
  return punct_is(toks[k], ".") && !toks[k].space_before && k > 0 && k + 1 < toks.size() &&
         toks[k - 1].kind != TokenKind::punct && !toks[k + 1].space_before &&
         toks[k + 1].kind == TokenKind::number;
}

// An addendum saying the levels were numbered wrongly.
bool renumbers_levels(const Sentence& s) {
  const std::size_t n = s.toks.size();
  // "For numbering purposes, the lowest rib-bearing vertebra is T12",
  // "numbering is unchanged": a note on the count, not a correction of it.
  if (any_word_in(s, 0, n, {"unchanged", "consistent", "same", "confirmed"})) return false;
  if (any_word_in(s, 0, n,
                  {"renumbered", "renumbering", "misnumbered", "misnumbering", "mislabeled",
                   "mislabelled", "miscounted", "recounted"})) {
    return true;
  }
  return any_word_in(s, 0, n, {"numbering", "numbered", "levels", "counting", "counted"}) &&
         any_word_in(s, 0, n,
                     {"corrected", "incorrect", "incorrectly", "error", "erroneous", "erroneously",
                      "wrong", "wrongly"});
}

void extract_tokens(std::string_view text, const std::vector<Token>& given_toks,
                    const std::vector<TokenRange>& given_split, std::size_t base, Passage& passage,
                    std::vector<Finding>& out) {
  // "[X] Radiculopathy  [ ] Myelopathy": the template's unticked choices say
  // nothing (check_boxes.cpp).
  const auto boxed = without_check_boxes(given_toks, given_split);
  const std::vector<Token>& given = boxed ? boxed->toks : given_toks;
  const std::vector<TokenRange>& split = boxed ? boxed->sentences : given_split;
  auto& header = passage.header;
  BorrowedBuffers<EngineBuffers> borrowed;
  EngineBuffers& buf = *borrowed;
  std::vector<std::uint32_t>& cls = buf.cls;
  std::vector<std::uint32_t>& ids = buf.ids;
  cls.assign(given.size(), 0);
  ids.assign(given.size(), 0);
  std::vector<Token> respelt;  // a copy of the tokens only when a word was misspelt
  for (std::size_t k = 0; k < given.size(); ++k) {
    WordInfo w = word_info(given[k].text);
    if (w.id == 0 && given[k].kind == TokenKind::word) {
      if (const auto known = respelling(given[k].text); !known.empty()) {
        if (respelt.empty()) respelt = given;
        respelt[k].text = known;
        w = word_info(known);
      }
    }
    cls[k] = w.classes;
    ids[k] = w.id;
    if (signs_apart(given, k)) cls[k] |= kClauseBreak;
    if (code_dot(given, k)) cls[k] &= ~kClauseBreak;
  }
  for (std::size_t k = 0; k < given.size(); ++k) {
    // "intact to LT": light touch; "r/o radiculopathy": rule out. No side.
    const std::string_view as = light_touch(given, k) ? "touch" : letter_not_side(given, k);
    if (as.empty()) continue;
    if (respelt.empty()) respelt = given;
    respelt[k].text = as;
    cls[k] = word_info(as).classes;
    ids[k] = word_info(as).id;
  }
  const std::vector<Token>& toks = respelt.empty() ? given : respelt;
  // One Sentence reused for every sentence, so its vectors keep their capacity.
  Sentence& s = buf.s;
  // What a fresh Sentence holds before its first sentence (start_sentence
  // resets the rest).
  s.cervical_passage = false;
  s.side_columns.clear();
  s.names_cervical.reset();
  std::vector<Draft>& drafts = buf.drafts;
  Deference defer(out.size());
  const std::size_t text_first = out.size();
  std::vector<TokenRange>& sentences = buf.sentences;
  sentences.clear();
  sentences.reserve(split.size());
  // The therapy item of a PT note's header line, which the note's
  // treatment lines join; a blank line or a section ends the note.
  std::size_t note_header = kNoNoteHeader;
  int joined = 0;  // at most two continuations (two more positions) per sentence
  for (const auto& r : split) {
    joined = joined < 2 && !sentences.empty() &&
                     continues_positions(text, toks, cls, sentences.back(), r)
                 ? joined + 1
                 : 0;
    if (joined > 0) {
      // The full stop between them ends no clause now.
      for (std::size_t k = sentences.back().end - 1; k < r.begin + 1 && k < r.end; ++k) {
        if (punct_is(toks[k], ".")) cls[k] &= ~kClauseBreak;
      }
      sentences.back().end = r.end;
    } else {
      sentences.push_back(r);
    }
  }
  for (const auto& range : sentences) {
    if (range.begin > 0 && starts_passage(text, toks, range.begin) &&
        !(header && newlines_before(text, toks, range.begin) == 1 &&
          level_part_line(toks, cls, range.begin))) {
      // A level header ("L4-5:") reaches until a blank line, a section header
      // ("IMPRESSION:") or the next level header; a section until a blank
      // line or the next section header.
      header.reset();
      if (newlines_before(text, toks, range.begin) >= 2) {
        note_header = kNoNoteHeader;
        passage.awaiting_level.clear();
        passage.section = Section::other;
        passage.table.reset();
        passage.side_columns.clear();
      }
      passage.last_levels.clear();
    }
    const bool new_item = opens_numbered_item(text, toks, range.begin);
    if (header && passage.header_in_item && new_item) header.reset();
    start_sentence(s, toks, cls, ids, range.begin, range.end);
    if (const auto section = section_after(passage.section, s.toks)) passage.section = *section;
    if (const auto stage = read_stage_header(s.toks)) {
      // An addendum revises the read above it, whether or not a heading
      // called that read preliminary.
      if (*stage == ReadStage::addendum && passage.prelim_first == kNoPrelim) {
        passage.prelim_first = text_first;
      }
      passage.addendum = *stage == ReadStage::addendum && passage.prelim_first != kNoPrelim;
      if (*stage == ReadStage::preliminary) passage.prelim_first = out.size();
      if (passage.addendum) passage.prelim_end = out.size();
    }
    s.cervical_passage = passage.cervical;
    find_mentions(s);
    passage.cervical = s.names_cervical.value_or(passage.cervical);
    const bool anatomy_line = !header && level_part_line(toks, cls, range.begin);
    // A level line that closes a block of anatomy lines opens none.
    bool closes_block = false;
    if (const Mention* level = header ? nullptr : level_only_sentence(s)) {
      for (const std::size_t i : passage.awaiting_level) {
        if (i < out.size() && out[i].segments.empty()) {
          out[i].segments = level->segments;
          closes_block = true;
        }
      }
    }
    // The anatomy lines of one block wait together; any other line ends the block.
    if (!anatomy_line) passage.awaiting_level.clear();
    if (auto h = line_header(s); h && !closes_block) {
      header = h;
      passage.header_in_item = new_item;
    }
    // The side header reaches over the rows below it; any other line ends
    // the table.
    if (auto sides = side_column_header(s)) {
      passage.side_columns = std::move(*sides);
    } else if (!exam_row(s)) {
      passage.side_columns.clear();
    }
    s.side_columns = passage.side_columns;
    drafts.clear();
    if (inline_table(s, drafts)) {
      passage.table.reset();
    } else if (auto columns = table_header(s)) {
      passage.table = std::move(columns);
    } else if (!(passage.table && table_row(s, *passage.table, drafts))) {
      passage.table.reset();
      extract_sentence(s, header ? &*header : nullptr, drafts);
    }
    refer_back(s, header.has_value(), passage.last_levels, drafts);
    const bool reports_done =
        passage.section == Section::planned && !drafts.empty() && says_care_given(s);
    defer.next_sentence();
    const bool note_heading = heads_therapy_note(s, drafts);
    const std::size_t sentence_start = out.size();
    // A reading an addendum denies twice in one sentence ("what was
    // described as an L2-3 extrusion is a bulge; no herniation at L2-3") is
    // one denial. Elsewhere two denials of one kind are each a statement
    // ("does not change ...; no dynamic instability").
    const bool correction =
        any_word_in(s, 0, s.toks.size(), {"prelim", "preliminary", "addendum", "correction"});
    const auto denied_again = [&](const Finding& f) {
      return correction && f.negated &&
             std::any_of(out.begin() + static_cast<std::ptrdiff_t>(sentence_start), out.end(),
                         [&](const Finding& e) {
                           return e.negated && e.kind == f.kind && e.segments == f.segments &&
                                  e.location == f.location && e.side == f.side &&
                                  e.uncertain == f.uncertain && e.hypothetical == f.hypothetical &&
                                  e.historical == f.historical && e.setting == f.setting;
                         });
    };
    for (auto& d : drafts) {
      if (denied_again(d.f)) continue;
      if (d.f.severity && !d.f.negated) {
        if (const auto rejected = corrected_severity(s, d.first)) {
          defer.drop_corrected(d.f, *rejected, out);
        }
      }
      const std::size_t last = d.last > 0 ? d.last - 1 : 0;
      d.f.span_begin = base + toks[range.begin + d.first].begin;
      d.f.span_end = base + toks[range.begin + std::max(last, d.first)].end;
      apply_section(passage.section, reports_done, d.indication, d.f);
      if (!(note_heading && d.f.kind == FindingKind::physical_therapy) &&
          joins_note_header(note_header, d.f, out)) {
        continue;
      }
      if (!defer.keep(d, out)) continue;
      if (passage.addendum) defer.drop_revised(d.f, passage.prelim_first, passage.prelim_end, out);
      if (note_heading && d.f.kind == FindingKind::physical_therapy) note_header = out.size();
      if (anatomy_line && d.f.segments.empty() && takes_level(d.f.kind)) {
        passage.awaiting_level.push_back(out.size());
      }
      out.push_back(std::move(d.f));
    }
    // "Level numbering corrected ...": the read above named its levels
    // wrongly, so none of its levelled findings stands.
    if (passage.addendum && renumbers_levels(s)) {
      defer.drop_levelled(passage.prelim_first, passage.prelim_end, out);
    }
    note_exam_order(s, out, sentence_start, passage);
  }
  close_exam_order(passage, out);
  defer.compact(out);
}

void extract_chunk(std::string_view text, std::size_t base, Passage& passage,
                   std::vector<Finding>& out) {
  const auto toks = read_tokens(text);
  extract_tokens(text, toks, split_sentences(text, toks), base, passage, out);
}

// Where the chunk that starts at `pos` ends: at a line break in its second
// half, else after a full stop, else (one enormous line) at a code point.
std::size_t chunk_end(std::string_view text, std::size_t pos) {
  if (text.size() - pos <= kChunkBytes) return text.size();
  const std::size_t hard = pos + kChunkBytes;
  const std::size_t half = pos + kChunkBytes / 2;
  if (const auto nl = text.rfind('\n', hard - 1); nl != std::string_view::npos && nl >= half) {
    return nl + 1;
  }
  if (const auto dot = text.rfind(". ", hard - 2); dot != std::string_view::npos && dot >= half) {
    return dot + 2;
  }
  std::size_t end = hard;
  while (end > half && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end;
}

}  // namespace

bool read_as_one_chunk(std::string_view text) {
  return text.size() <= kChunkBytes;
}

std::vector<Finding> extract_findings(std::string_view text, const std::vector<Token>& toks,
                                      const std::vector<TokenRange>& sentences) {
  if (!read_as_one_chunk(text)) return extract_findings(text);
  std::vector<Finding> out;
  out.reserve(text.size() / 64);
  Passage passage;
  if (!text.empty()) extract_tokens(text, toks, sentences, 0, passage, out);
  return out;
}

std::vector<Finding> extract_findings(std::string_view text) {
  if (text.size() > kMaxTextBytes) text = text.substr(0, kMaxTextBytes);
  std::vector<Finding> out;
  out.reserve(text.size() / 64);
  Passage passage;
  // Chunks of whole lines keep the per-token tables small and in cache, so
  // the time per MiB does not grow with the text.
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t end = chunk_end(text, pos);
    extract_chunk(text.substr(pos, end - pos), pos, passage, out);
    pos = end;
  }
  return out;
}

}  // namespace spinecds::terminology