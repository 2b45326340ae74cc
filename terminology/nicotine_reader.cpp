// Nicotine: smoking status (coded LOINC 72166-2 or in prose, with the quit
// date when given) and cotinine results. The policy judges them; this only
// reads what the record says.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "terminology/char_class.h"
#include "terminology/clinical_dates.h"
#include "terminology/record_reader.h"
#include "terminology/text/check_boxes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology {

using rapidjson::Value;

namespace {

// Words that say the patient means to stop, not that they have: "plans to
// quit", "advised to quit", "will quit", "trying to quit".
bool quitting_planned(std::string_view low, std::size_t quit_at) {
  std::size_t e = quit_at;
  while (e > 0 && low[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && is_alpha(low[b - 1])) --b;
  const std::string_view prev = low.substr(b, e - b);
  return prev == "to" || prev == "will" || prev == "should" || prev == "would" ||
         prev == "trying" || prev == "considering" || prev == "about";
}

std::optional<SmokingStatus> use_answer(std::string_view low);

// Letter runs that name a nicotine product or its use, each inside one word:
// a form field's label holding one asks about nicotine.
constexpr std::array<std::string_view, 7> kNicotineStems = {
    "smok", "tobacco", "nicotine", "vap", "cigarette", "snus", "chew"};

// "Tobacco: never.", "Vaping: no", "Tobacco: former, quit 2015": a form's
// nicotine field and its answer, up to the first comma, semicolon or
// parenthesis; nullopt when the sentence holds no such field.
std::optional<SmokingStatus> field_answer(std::string_view low) {
  std::size_t label_from = 0;
  for (std::size_t colon = low.find(':'); colon != std::string_view::npos;
       label_from = colon + 1, colon = low.find(':', colon + 1)) {
    // The label is the words since the field before ("Social: Tobacco:
    // never" labels "never" with "tobacco").
    std::string_view label = low.substr(label_from, colon - label_from);
    if (label.size() > 24) label = label.substr(label.size() - 24);
    if (std::none_of(kNicotineStems.begin(), kNicotineStems.end(),
                     [&](std::string_view stem) { return contains(label, stem); })) {
      continue;
    }
    std::string_view answer = low.substr(colon + 1);
    answer = answer.substr(
        0, std::min({answer.find_first_of(",;(:"), answer.find(". "), answer.size()}));
    while (!answer.empty() && (answer.front() == ' ' || answer.front() == '\t')) {
      answer.remove_prefix(1);
    }
    while (!answer.empty() && (answer.back() == ' ' || answer.back() == '.')) {
      answer.remove_suffix(1);
    }
    if (answer.empty()) return std::nullopt;
    return use_answer(answer);
  }
  return std::nullopt;
}

// "Never smoked tobacco", "Ex-smoker", "Smokes tobacco daily", "current
// every day smoker", "denies tobacco use", "quit smoking in 2025".
std::optional<SmokingStatus> status_words(std::string_view low) {
  if (const auto answered = field_answer(low)) return answered;
  // A "non-" before the user names a non-user: VistA health factors
  // ("NON-TOBACCO USER", "LIFETIME NON-TOBACCO USER", "TOBACCO NON-USER")
  // hold the words "tobacco user" that say current use elsewhere.
  // Only the tobacco or nicotine user: "alcohol: non-user" beside "smokes 1
  // ppd" says nothing about tobacco. Former use is read first ("ex-smoker,
  // now a non-user" is former).
  if (contains_any(low, {"no longer smok", "former smoker", "ex-smoker", "ex smoker",
                         "former tobacco", "previous smoker", "formerly smoked", "used to smoke",
                         "past smoker", "remote smoker", "former every day", "former some day"})) {
    return SmokingStatus::former;
  }
  if (contains_any(low, {"non-tobacco", "nontobacco", "non tobacco", "tobacco non-user",
                         "tobacco nonuser", "nicotine non-user", "non-nicotine", "non-vaper"})) {
    return SmokingStatus::never;
  }
  for (std::string_view q : {"quit smoking", "quit tobacco", "quit nicotine", "quit vaping",
                             "stopped smoking", "quit cigarettes", "quit in", "quit on"}) {
    if (const auto p = low.find(q); p != std::string_view::npos) {
      // Who plans to quit still smokes.
      return quitting_planned(low, p) ? SmokingStatus::current : SmokingStatus::former;
    }
  }
  if (contains_any(
          low, {"never smok", "never a smoker", "non-smoker", "nonsmoker", "non smoker",
                "never used tobacco", "never tobacco", "denies tobacco", "denies smoking",
                "denies nicotine", "no tobacco", "no history of tobacco", "no history of smoking",
                "not a smoker", "does not smoke", "doesn't smoke"})) {
    return SmokingStatus::never;
  }
  if (contains_any(
          low, {"current smoker", "smokes", "smoker", "tobacco use", "tobacco user", "uses tobacco",
                // smokeless tobacco ("daily snus", Scandinavian records)
                "snus", "smokeless tobacco", "chewing tobacco", "dips tobacco", "packs per day",
                "pack per day", "cigarettes per day", "cigarettes a day", "vapes", "vaping",
                "chews tobacco", "nicotine use", "uses nicotine", "nicotine pouches",
                "currently smoking", "still smoking", "actively smoking"})) {
    return SmokingStatus::current;
  }
  return std::nullopt;
}

// Whether a token may be part of a phrase status_words looks for: every one
// of its phrases holds one of these letter runs, which stay inside one word.
bool may_tell_status(const Token& t) {
  static constexpr auto kParts = [] {
    std::array<std::string_view, kNicotineStems.size() + 3> parts{};
    std::copy(kNicotineStems.begin(), kNicotineStems.end(), parts.begin());
    parts[kNicotineStems.size()] = "quit";
    parts[kNicotineStems.size() + 1] = "pack";
    parts[kNicotineStems.size() + 2] = "former";
    return parts;
  }();
  // The part that starts with each pair of letters (index + 1; 0 for none):
  // the parts' first two letters differ, so a word is read once, a pair at a
  // time, instead of searched once per part (every token of every sentence).
  static constexpr auto kByPair = [] {
    std::array<std::uint8_t, 26 * 26> by{};
    for (std::size_t p = 0; p < kParts.size(); ++p) {
      by[(kParts[p][0] - 'a') * 26 + (kParts[p][1] - 'a')] = static_cast<std::uint8_t>(p + 1);
    }
    return by;
  }();
  // The parts' first letters, as bits: most letters of a word start no part,
  // and are passed over before their pair is looked up.
  static constexpr std::uint32_t kFirst = [] {
    std::uint32_t bits = 0;
    for (const auto part : kParts) bits |= std::uint32_t{1} << (part[0] - 'a');
    return bits;
  }();
  if (t.kind == TokenKind::punct || t.kind == TokenKind::number || t.text.size() < 3) return false;
  const std::string_view w = t.text;
  for (std::size_t i = 0; i + 3 <= w.size(); ++i) {
    const auto a = static_cast<unsigned>(static_cast<unsigned char>(w[i]) - 'a');
    if (a >= 26 || ((kFirst >> a) & 1U) == 0) continue;
    const auto b = static_cast<unsigned>(static_cast<unsigned char>(w[i + 1]) - 'a');
    if (b >= 26) continue;
    const std::uint8_t p = kByPair[a * 26 + b];
    if (p != 0 && w.substr(i).starts_with(kParts[p - 1])) return true;
  }
  return false;
}

std::string shift_back(const std::string& iso, int days) {
  if (iso.size() < 10) return {};
  const int y = std::atoi(iso.substr(0, 4).c_str());
  const int m = std::atoi(iso.substr(5, 2).c_str());
  const int d = std::atoi(iso.substr(8, 2).c_str());
  if (!valid_date(y, m, d)) return {};
  using namespace std::chrono;
  const sys_days day = year_month_day{year{y}, month{static_cast<unsigned>(m)},
                                      std::chrono::day{static_cast<unsigned>(d)}};
  const year_month_day then{day - std::chrono::days{days}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(then.year()),
                static_cast<unsigned>(then.month()), static_cast<unsigned>(then.day()));
  return buf;
}

// The quit date a former smoker's sentence gives: a date after "quit" or
// "stopped" ("quit in March 2026"), or a time ago ("quit 3 months ago") from
// the note's date.
std::string quit_date(std::string_view text, const std::string& note_date) {
  const auto toks = tokenize(text);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].text != "quit" && toks[i].text != "stopped" && toks[i].text != "quitting") continue;
    const std::size_t end = std::min(toks.size(), i + 8);
    for (const auto& d : find_dates(toks, i + 1, end)) {
      if (auto iso = iso_date(d); !iso.empty()) return iso;
    }
    for (std::size_t k = i + 1; k + 2 < end; ++k) {
      if (toks[k].kind != TokenKind::number || toks[k + 2].text != "ago") continue;
      const double n = std::atof(std::string(toks[k].text).c_str());
      const std::string_view unit = toks[k + 1].text;
      const int per = unit.starts_with("week")    ? 7
                      : unit.starts_with("month") ? 30
                      : unit.starts_with("year")  ? 365
                      : unit.starts_with("day")   ? 1
                                                  : 0;
      if (per == 0 || n <= 0 || n > 100) continue;
      return shift_back(note_date, static_cast<int>(n * per));
    }
  }
  return {};
}

// The first number in a result's words, with its thousands separators
// ("cotinine 1,250 ng/mL" is 1250, not 1); nullopt when there is none.
std::optional<double> first_number(std::string_view s) {
  auto digit = [&](std::size_t i) { return i < s.size() && is_digit(s[i]); };
  std::size_t i = 0;
  while (i < s.size() && !digit(i)) ++i;
  if (i == s.size()) return std::nullopt;
  std::string n;
  while (digit(i)) {
    n += s[i++];
    // A comma followed by exactly three digits groups thousands.
    if (i < s.size() && s[i] == ',' && digit(i + 1) && digit(i + 2) && digit(i + 3) &&
        !digit(i + 4)) {
      ++i;
    }
  }
  if (i < s.size() && s[i] == '.' && digit(i + 1)) {
    n += s[i++];
    while (digit(i)) n += s[i++];
  }
  return std::strtod(n.c_str(), nullptr);
}

// "negative", "not detected", "positive", "detected" in a result's words.
std::optional<bool> qualitative(std::string_view low) {
  if (contains_any(low, {"negative", "not detected", "undetected", "none detected"})) return false;
  if (contains_any(low, {"positive", "detected"})) return true;
  return std::nullopt;
}

bool is_cotinine(const Value* code, std::string_view low_code) {
  return coded_in(code, "cotinine") || contains(low_code, "cotinine");
}

bool is_smoking_status(const Value* code, std::string_view low_code) {
  for (const auto& c : codings(code)) {
    if (c.system == kLoinc && c.code == "72166-2") return true;
    // SNOMED CT "finding of tobacco use and exposure", the Dutch ZIB
    // TobaccoUse observation's code (Nictiz zib TobaccoUse; a secondary source).
    if (c.system == kSnomed && c.code == "365980008") return true;
  }
  return contains_any(low_code, {"smoking status", "tobacco use", "tobacco smoking", "tabakgebruik",
                                 "rookstatus", "rookgedrag"});
}

}  // namespace

namespace {

// A smokeless or electronic product named as a form's field ("Snus /
// smokeless tobacco: Daily"), whose answer says how often it is used.
bool smokeless_field(std::string_view low_code) {
  return contains_any(low_code, {"snus", "smokeless", "chewing tobacco", "e-cigarette",
                                 "electronic cigarette", "vaping", "nicotine pouch"});
}

std::optional<SmokingStatus> use_answer(std::string_view low) {
  if (contains_any(low, {"former", "quit", "previous", "stopped", "ex-"})) {
    return SmokingStatus::former;
  }
  if (contains_any(low, {"never", "none", "no use", "non-user"}) || low == "no" || low == "n") {
    return SmokingStatus::never;
  }
  if (contains_any(low, {"daily", "every day", "some days", "occasional", "weekly", "yes",
                         "current", "dagligen"}) ||
      first_number(low)) {
    return SmokingStatus::current;
  }
  return std::nullopt;
}

// A smoking-status answer: its coding first, else its words.
std::optional<SmokingStatus> coded_status(const Value* cc, const std::string& words) {
  if (coded_in(cc, "smoking-status-current")) return SmokingStatus::current;
  if (coded_in(cc, "smoking-status-former")) return SmokingStatus::former;
  if (coded_in(cc, "smoking-status-never")) return SmokingStatus::never;
  return status_words(lower(words));
}

}  // namespace

void read_nicotine_components(ReadContext& cx, const Value& r) {
  each(r, "component", [&](const Value& c) {
    const Value* code = member(c, "code");
    const std::string code_text = concept_text(code);
    const std::string low_code = lower(code_text);
    const Value* cc = member(c, "valueCodeableConcept");
    std::string words = concept_text(cc);
    if (words.empty()) words = std::string(str(c, "valueString"));
    std::optional<SmokingStatus> status;
    if (is_smoking_status(code, low_code)) {
      status = coded_status(cc, words);
    } else if (smokeless_field(low_code)) {
      status = use_answer(lower(words));
    }
    if (!status) return;
    const std::string date = date_of(r);
    cx.facts.smoking.push_back(
        {*status, quit_date(words, date), date, {reference_of(r), code_text + ": " + words}});
  });
}

bool read_nicotine_observation(ReadContext& cx, const Value& r, const Value* code,
                               const std::string& code_text, const double* value) {
  const std::string ref = reference_of(r);
  const std::string date = date_of(r);
  const std::string low_code = lower(code_text);
  const Value* cc = member(r, "valueCodeableConcept");
  std::string words = concept_text(cc);
  if (words.empty()) words = std::string(str(r, "valueString"));
  if (is_smoking_status(code, low_code)) {
    const std::optional<SmokingStatus> status = coded_status(cc, words);
    if (status) {
      cx.facts.smoking.push_back(
          {*status, quit_date(words, date), date, {ref, code_text + ": " + words}});
    }
    return true;
  }
  if (!is_cotinine(code, low_code)) return false;
  CotinineResult res;
  res.date = date;
  if (value) {
    res.value = *value;
    if (const Value* vq = member(r, "valueQuantity")) {
      res.unit = std::string(str(*vq, "unit"));
      if (res.unit.empty()) res.unit = std::string(str(*vq, "code"));
    }
  }
  std::string interp;
  each(r, "interpretation", [&](const Value& i) { interp += " " + lower(concept_text(&i)); });
  res.positive = qualitative(lower(words) + interp);
  if (!res.value && !res.positive) return true;
  res.quote = {ref, code_text + " " + (value ? fmt(*value) + " " + res.unit : words)};
  cx.facts.cotinine.push_back(std::move(res));
  return true;
}

// Prose: "Former smoker, quit 3 months ago", "Tobacco use.", "Urine cotinine
// negative on 10/02/2026".
void nicotine_in(ReadContext& cx, const TextReading& read, const std::string& ref,
                 std::span<const TermHit> cotinine) {
  const std::string_view text = read.text;
  // A coded result already read from this resource is not read again from its words.
  auto read_from = [&](const auto& facts) {
    return std::any_of(facts.begin(), facts.end(),
                       [&](const auto& f) { return f.quote.reference == ref; });
  };
  auto next = cotinine.begin();  // hits and sentences are both in text order
  for (const auto& range : read.sentences) {
    if (range.begin >= range.end) continue;
    const std::size_t b = read.toks[range.begin].begin;
    const std::size_t e = read.toks[range.end - 1].end;
    while (next != cotinine.end() && next->begin < b) ++next;
    const auto h = next != cotinine.end() && next->begin < e ? next : cotinine.end();
    // A sentence with no cotinine and no word status_words looks for says
    // nothing of nicotine: skip its quote.
    if (h == cotinine.end() &&
        std::none_of(read.toks.begin() + static_cast<std::ptrdiff_t>(range.begin),
                     read.toks.begin() + static_cast<std::ptrdiff_t>(range.end),
                     [](const Token& t) { return may_tell_status(t); })) {
      continue;
    }
    // "Tobacco: [ ] Never [ ] Former [ ] Current": a template's choices with
    // none ticked say nothing.
    if (text::any_box_ticked(read.toks, range.begin, range.end) == false) continue;
    const std::string quote = sentence_quote(text, b, e);
    if (quote.empty()) continue;
    if (h != cotinine.end() && !h->uncertain && !h->hypothetical && !h->other) {
      // The result's words from the analyte on; the engine's scopes read a
      // result's "negative" or "not detected" as negating the analyte, which
      // for a lab result is the result itself.
      const std::string after = lower(text.substr(h->begin, e - h->begin));
      const auto positive = qualitative(after);
      if (!h->negated || positive == false) {
        if (read_from(cx.facts.cotinine)) continue;
        CotinineResult res;
        res.date = cx.current_date;
        res.positive = positive;
        res.value = first_number(std::string_view(after).substr(0, 40));
        if (res.value || res.positive) {
          res.quote = {ref, quote};
          cx.facts.cotinine.push_back(std::move(res));
        }
        continue;
      }
    }
    const auto status = status_words(lower(quote));
    if (!status || read_from(cx.facts.smoking)) continue;
    cx.facts.smoking.push_back(
        {*status,
         *status == SmokingStatus::former ? quit_date(quote, cx.current_date) : std::string{},
         cx.current_date,
         {ref, quote}});
  }
}

}  // namespace spinecds::terminology
