#include "terminology/text_findings.h"
// Reads a whole text: chunks of whole lines, sentences in passages (a level
// header or a section reaches over the sentences after it), code point spans,
// and deference between summary and explicit readings.
#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/sentence_split.h"
#include "terminology/text/deference.h"
#include "terminology/text/sections.h"
#include "terminology/text/sentence.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

namespace {

using namespace text;

// Texts longer than this are read up to here: a note is kilobytes, and the
// cap keeps one call's work bounded whatever arrives.
constexpr std::size_t kMaxTextBytes = std::size_t{4} * 1024 * 1024;
// Texts are read in chunks of whole lines of about this size.
constexpr std::size_t kChunkBytes = std::size_t{64} * 1024;

// Line breaks between toks[i - 1] and toks[i].
int newlines_before(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  int newlines = 0;
  for (std::size_t k = toks[i - 1].end; k < toks[i].begin && k < text.size(); ++k) {
    if (text[k] == '\n') ++newlines;
  }
  return newlines;
}

// A blank line or a section header ("IMPRESSION:", "Findings:") before
// toks[i] starts a new passage.
bool starts_passage(std::string_view text, const std::vector<Token>& toks, std::size_t i) {
  const int newlines = newlines_before(text, toks, i);
  if (newlines >= 2) return true;
  if (newlines == 0) return false;
  std::size_t k = i;
  while (k < toks.size() && k < i + 4 && toks[k].kind == TokenKind::word) ++k;
  return k > i && k < toks.size() && toks[k].kind == TokenKind::punct && toks[k].text == ":";
}

// What carries from one sentence to the next: the level header and the
// section of the passage.
struct Passage {
  std::optional<Mention> header;
  Section section = Section::other;
};

// A plan's findings are only planned, a past history's are historical, a
// family history's are someone else's.
void apply_section(Section section, bool reports_done, Finding& f) {
  switch (section) {
    case Section::planned:
      // "Plan: she completed 8 weeks of PT; proceed with fusion": what the
      // plan says was done is not planned.
      if (!f.negated && !f.historical && !reports_done) {
        f.hypothetical = true;
        f.uncertain = false;
      }
      break;
    case Section::past:
      f.historical = true;
      break;
    case Section::family:
      f.experiencer_other = true;
      break;
    case Section::other:
      break;
  }
}

// Reads one chunk of the text (whole lines): `cp_base` is the code point
// offset of its first byte; `passage` carries across chunks.
void extract_chunk(std::string_view text, std::size_t cp_base, Passage& passage,
                   std::vector<Finding>& out) {
  auto& header = passage.header;
  const auto toks = tokenize(text);
  const auto sentences = split_sentences(text, toks);
  // Code points before each token: one pass, so spans cost nothing per finding.
  std::vector<std::size_t> cp_begin(toks.size()), cp_end(toks.size());
  {
    std::size_t byte = 0, cp = cp_base;
    auto advance = [&](std::size_t to) {
      for (; byte < to && byte < text.size(); ++byte) {
        if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++cp;
      }
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
      advance(toks[i].begin);
      cp_begin[i] = cp;
      advance(toks[i].end);
      cp_end[i] = cp;
    }
  }
  std::vector<std::uint32_t> cls(toks.size());
  for (std::size_t k = 0; k < toks.size(); ++k) cls[k] = word_classes(toks[k].text);
  // One Sentence reused for every sentence, so its vectors keep their capacity.
  Sentence s;
  std::vector<Draft> drafts;
  Deference defer(out.size());
  for (const auto& range : sentences) {
    if (range.begin > 0 && starts_passage(text, toks, range.begin)) {
      // A level header ("L4-5:") reaches until a blank line, a section header
      // ("IMPRESSION:") or the next level header; a section until a blank
      // line or the next section header.
      header.reset();
      if (newlines_before(text, toks, range.begin) >= 2) passage.section = Section::other;
    }
    start_sentence(s, toks, cls, range.begin, range.end);
    if (const auto section = section_header(s.toks)) passage.section = *section;
    find_mentions(s);
    if (auto h = line_header(s)) header = h;
    drafts.clear();
    extract_sentence(s, header ? &*header : nullptr, drafts);
    bool reports_done = false;
    if (passage.section == Section::planned && !drafts.empty()) {
      for (const auto& tok : s.toks) {
        const std::string& w = tok.text;
        reports_done = reports_done || w == "completed" || w == "finished" || w == "attended" ||
                       w == "failed" || w == "underwent" || w == "tried" || w == "continue" ||
                       w == "continues" || w == "continued";
      }
    }
    defer.next_sentence();
    for (auto& d : drafts) {
      const std::size_t last = d.last > 0 ? d.last - 1 : 0;
      d.f.span_begin = cp_begin[range.begin + d.first];
      d.f.span_end = cp_end[range.begin + std::max(last, d.first)];
      apply_section(passage.section, reports_done, d.f);
      if (!defer.keep(d, out)) continue;
      out.push_back(std::move(d.f));
    }
  }
  defer.compact(out);
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

std::vector<Finding> extract_findings(std::string_view text) {
  if (text.size() > kMaxTextBytes) text = text.substr(0, kMaxTextBytes);
  std::vector<Finding> out;
  out.reserve(text.size() / 64);
  Passage passage;
  // Chunks of whole lines keep the per-token tables small and in cache, so
  // the time per MiB does not grow with the text.
  std::size_t pos = 0, cp_base = 0;
  while (pos < text.size()) {
    const std::size_t end = chunk_end(text, pos);
    const auto chunk = text.substr(pos, end - pos);
    extract_chunk(chunk, cp_base, passage, out);
    cp_base += code_point_offset(chunk, chunk.size());
    pos = end;
  }
  return out;
}

}  // namespace spinecds::terminology