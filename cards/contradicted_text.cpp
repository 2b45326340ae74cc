#include "cards/contradicted_text.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "cards/order_codes.h"
#include "terminology/fhir_values.h"
#include "terminology/order_facets.h"
#include "terminology/order_reader.h"
#include "terminology/sentence_split.h"
#include "terminology/text_tokens.h"

namespace spinecds::cards {

namespace {

using rapidjson::Value;

bool says_more(std::string_view text, const LimitedExtent& extent, bool detail = true) {
  const auto read = terminology::read_order_text(text, detail);
  if (read.pelvis && !extent.pelvis) return true;
  if (extent.fusion.empty()) return read.fusion || !read.fusion_segments.empty();
  return std::any_of(
      read.fusion_segments.begin(), read.fusion_segments.end(), [&](const terminology::Segment& s) {
        return std::find(extent.fusion.begin(), extent.fusion.end(), s) == extent.fusion.end();
      });
}

bool coded_procedure(const Value& concept_value) {
  const auto cs = terminology::codings(&concept_value);
  return std::any_of(cs.begin(), cs.end(), [](const terminology::Coding& c) {
    return terminology::is_procedure_code(c);
  });
}

// An orderDetail entry's words: its text, codings' displays, a valueString.
bool entry_says_more(const Value& d, const LimitedExtent& extent) {
  for (const auto t : terminology::concept_texts(&d)) {
    if (says_more(t, extent)) return true;
  }
  const auto value = str_member(&d, "valueString");
  return !value.empty() && says_more(value, extent);
}

// The note's sentences that say no more than `extent`, joined; the whole
// text when every sentence does, "" when none does. A note keeps what else it
// says ("Prior L4-5 laminectomy 2019.") without the construct it outgrew.
std::string kept_sentences(std::string_view text, const LimitedExtent& extent) {
  const auto toks = terminology::tokenize(text);
  std::string kept;
  bool dropped = false;
  for (const auto& r : terminology::split_sentences(text, toks)) {
    if (r.begin >= r.end) continue;
    const auto from = toks[r.begin].begin;
    const auto sentence = text.substr(from, toks[r.end - 1].end - from);
    if (says_more(sentence, extent, false)) {
      dropped = true;
      continue;
    }
    kept += (kept.empty() ? "" : " ") + std::string(sentence);
  }
  return dropped ? kept : std::string(text);
}

// Keeps the entries of sr[key] `keep` accepts; removes the member when none is left.
template <typename Keep>
void filter_array(Value& sr, std::string_view key, Keep keep, Alloc& a) {
  const auto it = sr.FindMember(Value(rapidjson::StringRef(key.data(), key.size())));
  if (it == sr.MemberEnd() || !it->value.IsArray()) return;
  Value kept(rapidjson::kArrayType);
  for (auto& e : it->value.GetArray()) {
    if (keep(e)) kept.PushBack(Value(e, a), a);
  }
  set_or_remove(sr, key, std::move(kept), a);
}

}  // namespace

void drop_contradicted_text(Value& sr, const LimitedExtent& extent, Alloc& a) {
  if (!sr.IsObject()) return;
  filter_array(
      sr, "orderDetail",
      [&](const Value& d) { return coded_procedure(d) || !entry_says_more(d, extent); }, a);
  // Notes: each keeps its sentences that say no more; one with none left goes.
  if (const auto notes = sr.FindMember("note"); notes != sr.MemberEnd() && notes->value.IsArray()) {
    Value kept(rapidjson::kArrayType);
    for (auto& n : notes->value.GetArray()) {
      const auto* t = member(&n, "text");
      if (t == nullptr || !t->IsString()) {
        kept.PushBack(Value(n, a), a);
        continue;
      }
      const std::string_view text(t->GetString(), t->GetStringLength());
      const std::string left = kept_sentences(text, extent);
      if (left.empty()) continue;
      Value copy(n, a);
      if (left.size() != text.size()) set_member(copy, "text", jstr(left, a), a);
      kept.PushBack(copy, a);
    }
    set_or_remove(sr, "note", std::move(kept), a);
  }
  const auto code = sr.FindMember("code");
  if (code == sr.MemberEnd() || !code->value.IsObject()) return;
  const auto coding = code->value.FindMember("coding");
  if (coding == code->value.MemberEnd() || !coding->value.IsArray()) return;
  for (auto& c : coding->value.GetArray()) {
    const auto display = str_member(&c, "display");
    if (!display.empty() && says_more(display, extent)) remove_member(c, "display");
  }
}

}  // namespace spinecds::cards
