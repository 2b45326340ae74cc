// Misspelt finding words ("stenossis", "foramenal", "anterolisthesus",
// "claudicaton"): dictated and typed reports carry them, and a finding lost to one
// letter is a finding the clinician wrote. Only a word the engine does not
// know is looked up, once, where the word classes are looked up
// (text_findings.cpp), never per rule. Speech recognition's homophones
// ("chord" for "cord", "for a minimal" for "foraminal") are undone where the
// text's tokens are read (read_tokens), once.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "terminology/char_class.h"
#include "terminology/finding_lexicon.h"
#include "terminology/first_byte_lengths.h"
#include "terminology/segment.h"
#include "terminology/text/word_classes.h"
#include "terminology/text/word_lists.h"

namespace spinecds::terminology {

namespace {

// Only long words are guessed at: shorter ones are one letter from other
// English words ("worst" / "wrist", "ankle" / "angle"). An edit in the first
// two letters or at the end of a word makes another word ("setting" /
// "sitting", "bulges" / "bulge", "arthritic" / "arthritis"), so neither is
// tried.
constexpr std::size_t kShortestKnown = kShortestRespelt + 1;
constexpr std::size_t kKept = 2;  // leading letters a misspelling keeps

// Real words one letter inside a finding word: never a misspelling of it.
constexpr std::array<std::string_view, 2> kRealWords = {"inserted", "spurring"};

// Endings spelt as they sound, more than one edit from the word meant
// ("spondylolythesis", "anterolysthesis", "retrolistesis"): read with the
// ending meant before the one-edit guess.
constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kSoundedEndings = {{
    {"lysthesis", "listhesis"},
    {"lythesis", "listhesis"},
    {"listesis", "listhesis"},
    {"lystesis", "listhesis"},
    {"lithesis", "listhesis"},
}};

// "anterolisthesis" / "anterolistheses": one word's two numbers, no ambiguity.
bool same_stem(std::string_view a, std::string_view b) {
  return a.size() == b.size() && a.substr(0, a.size() - 2) == b.substr(0, b.size() - 2);
}

// One letter added, dropped, changed, or two neighbours swapped, after the
// first kKept letters and before the last.
bool one_edit(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (i < kKept || i + 1 >= a.size()) return false;
  if (a.size() == b.size() + 1) return a.substr(i + 1) == b.substr(i);
  if (a.size() != b.size()) return false;
  if (a.substr(i + 1) == b.substr(i + 1)) return true;  // changed
  return i + 2 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);  // swapped
}

std::uint32_t letters(std::string_view w) {
  std::uint32_t m = 0;
  for (char c : w) m |= 1u << (c - 'a');
  return m;
}

bool lower_letters(std::string_view w) {
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// The long finding, severity and location words, by their first two letters.
// A query reads only its own bucket, and a word whose letters differ by more
// than one edit can (two letters of the alphabet) is passed over before it is
// compared: most unknown long words cost one array index.
class Respeller {
 public:
  Respeller() {
    for (const auto& e : trigger_table()) {
      if (e.kind.empty()) continue;
      for (const auto& w : e.words) add(w);
    }
    for (std::string_view w : text::kSeverityWords) add(w);
    for (std::string_view w : text::kModifierWords) add(w);
  }

  std::string_view find(std::string_view w) const {
    for (const auto& [heard, meant] : kSoundedEndings) {
      if (w.size() <= heard.size() + kKept || !w.ends_with(heard)) continue;
      std::string whole(w.substr(0, w.size() - heard.size()));
      whole += meant;
      if (w.size() + 1 >= kShortestKnown && lower_letters(whole)) {
        for (const Known& k : buckets_[bucket_of(whole)]) {
          if (k.word == whole) return k.word;
        }
      }
      return find_one_edit(whole);
    }
    const std::string_view one = find_one_edit(w);
    return one.empty() ? find_doubled(w) : one;
  }

 private:
  std::string_view find_one_edit(std::string_view w) const {
    if (w.size() + 1 < kShortestKnown || w.size() > 40 || !lower_letters(w.substr(0, kKept))) {
      return {};
    }
    const std::size_t b = bucket_of(w);
    // One bit per length a word one edit from the bucket's words may have.
    if (((lengths_[b] >> w.size()) & 1u) == 0 || !lower_letters(w)) return {};
    const auto& bucket = buckets_[b];
    const std::uint32_t mask = letters(w);
    std::string_view hit;
    for (const Known& k : bucket) {
      if (k.word.size() + 1 < w.size() || k.word.size() > w.size() + 1) continue;
      if (std::popcount(mask ^ k.letters) > 2 || !one_edit(w, k.word)) continue;
      if (!hit.empty() && !same_stem(hit, k.word)) return {};  // ambiguous
      if (hit.empty()) hit = k.word;
    }
    for (std::string_view r : kRealWords) {
      if (r == w) return {};
    }
    return hit;
  }

  // "flatenning", "narowwing", "stenossis": a long word whose double
  // letters moved (two edits) is the known word with the same letters once
  // doubles are read as single.
  std::string_view find_doubled(std::string_view w) const {
    if (w.size() < 8 || w.size() > 40 || !lower_letters(w)) return {};
    const std::string key = undoubled(w);
    std::string_view hit;
    for (const Known& k : buckets_[bucket_of(w)]) {
      if (k.word.size() + 2 < w.size() || k.word.size() > w.size() + 2) continue;
      if (k.undoubled != key) continue;
      if (!hit.empty() && !same_stem(hit, k.word)) return {};  // ambiguous
      if (hit.empty()) hit = k.word;
    }
    for (std::string_view r : kRealWords) {
      if (r == w) return {};
    }
    return hit;
  }

  static std::string undoubled(std::string_view w) {
    std::string out;
    for (char c : w) {
      if (out.empty() || out.back() != c) out.push_back(c);
    }
    return out;
  }

  struct Known {
    std::string_view word;
    std::uint32_t letters = 0;
    std::string undoubled;
  };
  static std::size_t bucket_of(std::string_view w) {
    return static_cast<std::size_t>(w[0] - 'a') * 26 + static_cast<std::size_t>(w[1] - 'a');
  }
  void add(std::string_view word) {
    if (word.size() < kShortestKnown || !lower_letters(word)) return;
    auto& bucket = buckets_[bucket_of(word)];
    for (const Known& k : bucket) {
      if (k.word == word) return;
    }
    bucket.push_back({word, letters(word), undoubled(word)});
    if (word.size() < 63) lengths_[bucket_of(word)] |= 7ull << (word.size() - 1);
  }
  std::array<std::vector<Known>, 26 * 26> buckets_;
  std::array<std::uint64_t, 26 * 26> lengths_{};
};

}  // namespace

std::string_view respelling_long(std::string_view w) {
  static const Respeller respeller;
  return respeller.find(w);
}

std::string ocr_respelling(std::string_view raw, std::string_view low) {
  if (raw.size() < 3 || raw.size() > 40 || raw.size() != low.size()) return {};
  // A level ("L5S1", "C0") or a digit-led measure is never a misreading.
  if (starts_vertebra_name(low)) return {};  // "l4", "t12"
  std::size_t upper = 0, lower = 0, ells = 0, eyes = 0, digits = 0;
  for (const char c : raw) {
    upper += c >= 'A' && c <= 'Z';
    lower += c >= 'a' && c <= 'z';
    ells += c == 'l';
    eyes += c == 'I';
    digits += c >= '0' && c <= '9';
    if (static_cast<unsigned char>(c) >= 0x80) return {};
  }
  // "rn" read for "m" ("rnoderate", "forarninal", "corpectorny"), in any
  // case: the word as written is none the engine knows.
  if (low.find("rn") != std::string_view::npos && word_info(low).id == 0) {
    std::string out;
    for (std::size_t i = 0; i < low.size(); ++i) {
      if (low[i] == 'r' && i + 1 < low.size() && low[i + 1] == 'n') {
        out += 'm';
        ++i;
      } else {
        out += low[i];
      }
    }
    // "3rnm": the unit, which measures read by its text, not the vocabulary.
    if (word_info(out).id != 0 || out == "mm") return out;
  }
  // "signa1", "norma1": one misread "l" ends the word; other digits after
  // letters are a label or a level ("T2", "S1").
  if (digits == 1 && raw.back() == '1' && raw.size() >= 5 &&
      std::all_of(raw.begin(), raw.end() - 1, [](char c) { return is_alpha(c); })) {
    std::string guess(low);
    guess.back() = 'l';
    return word_info(guess).id != 0 ? guess : std::string{};
  }
  if (digits > 0 && (raw.front() < 'A' || raw.back() < 'A')) return {};
  const bool caps = upper >= 2 && lower == ells && ells > 0;  // "SPlNE"
  const bool small = lower >= 2 && upper > 0;                 // "Iumbar", "stenosIs"
  if (!caps && !small && digits == 0) return {};
  // A capitalised word with no "I" and no digit ("Patient") reads as it is
  // written: nothing to look up (most capitalised words of a text).
  if (!caps && digits == 0 && eyes == 0) return {};
  if (word_info(low).id != 0) return {};
  std::string out(low);
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (caps && raw[i] == 'l') out[i] = 'i';
    if (!caps && small && raw[i] == 'I') out[i] = 'l';
    if (raw[i] == '0') out[i] = 'o';
  }
  if (digits == 0) return word_info(out).id != 0 ? out : std::string{};
  // "1" reads "i" or "l": whichever makes a known word.
  for (const char one : {'i', 'l'}) {
    std::string guess = out;
    std::replace(guess.begin(), guess.end(), '1', one);
    if (std::all_of(guess.begin(), guess.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
        word_info(guess).id != 0) {
      return guess;
    }
  }
  return {};
}

namespace {

// Homophones speech recognition writes for spine words, the Latin plural
// Commonwealth reports write for the foramina ("canal and foraminae patent",
// session 33), the test named with its "T" ("SLRT negative", South Asian
// and African notes) and the cord as Dutch and German reports translated
// name it ("flattening the ventral side of the myelum"), and as Scandinavian
// ones do ("no compression of the medulla"): one word each, read as the word
// the engine knows. So are the anatomy and finding words of reports written
// in Dutch or Portuguese ("rechts foraminale discusherniatie", "protrusão
// discal com compressão da raiz"; accents folded), whose negations, sides
// and grades the cue and side tables read.
constexpr std::array<std::pair<std::string_view, std::string_view>, 43> kMisheardWords = {{
    {"chord", "cord"},
    // Indian reports' adjective ("facetal hypertrophy").
    {"facetal", "facet"},
    {"chords", "cords"},
    {"foraminae", "foramina"},
    {"slrt", "slr"},
    {"slrts", "slrs"},
    {"myelum", "cord"},
    {"medulla", "cord"},
    // Dutch
    {"foraminale", "foraminal"},
    {"foraminaal", "foraminal"},
    {"centrale", "central"},
    {"mediane", "central"},
    {"paramediane", "paracentral"},
    {"discusherniatie", "herniation"},
    {"discushernia", "herniation"},
    {"herniatie", "herniation"},
    {"protrusie", "protrusion"},
    {"discusprotrusie", "protrusion"},
    {"radiculopathie", "radiculopathy"},
    {"extrusie", "extrusion"},
    {"kanaalstenose", "stenosis"},
    {"vernauwing", "narrowing"},
    {"compressie", "compression"},
    {"myelumcompressie", "compression"},
    {"wortel", "root"},
    {"wortels", "roots"},
    {"myelopathie", "myelopathy"},
    {"myelomalacie", "myelomalacia"},
    {"kanaal", "canal"},
    // Portuguese and Spanish
    {"protrusao", "protrusion"},
    {"extrusao", "extrusion"},
    {"abaulamento", "bulge"},
    {"forame", "foramen"},
    {"forames", "foramina"},
    {"compressao", "compression"},
    {"raiz", "root"},
    {"mielopatia", "myelopathy"},
    {"estreitamento", "narrowing"},
    {"anterolistese", "anterolisthesis"},
    {"anterolistesis", "anterolisthesis"},
    {"retrolistese", "retrolisthesis"},
    {"retrolistesis", "retrolisthesis"},
    {"spondylolisthese", "spondylolisthesis"},
}};

struct MisheardPhrase {
  std::array<std::string_view, 3> heard;
  std::string_view meant;
};
constexpr std::array<MisheardPhrase, 3> kMisheardPhrases = {{
    {{"for", "a", "minimal"}, "foraminal"},
    {{"for", "a", "mina"}, "foramina"},
    {{"for", "a", "men"}, "foramen"},
}};

// Words before a foramen that say the anatomy is spoken of: a side, a
// grade, a denial or a list ("canal or", "central and").
constexpr std::array<std::string_view, 10> kBeforeAnatomy = {"no", "without", "or", "and", "both",
                                                             "l",  "r",       "lt", "rt",  "nor"};

}  // namespace

std::string_view misheard_word(std::string_view w) {
  // Asked of most words of every text (read_tokens). A word is looked up
  // only if some heard word has its first letter and its length (most words
  // stop there), then with one hash look-up instead of a pass over the table.
  static constexpr FirstByteLengths kHeard(kMisheardWords,
                                           [](const auto& pair) { return pair.first; });
  if (!kHeard.may_hold(w)) return {};
  static const std::unordered_map<std::string_view, std::string_view> kByHeard(
      kMisheardWords.begin(), kMisheardWords.end());
  const auto it = kByHeard.find(w);
  return it == kByHeard.end() ? std::string_view{} : it->second;
}

std::string_view misheard_phrase(std::string_view before, std::string_view w0, std::string_view w1,
                                 std::string_view w2, std::string_view after) {
  for (const MisheardPhrase& p : kMisheardPhrases) {
    if (p.heard[0] != w0 || p.heard[1] != w1 || p.heard[2] != w2) continue;
    const bool anatomy_before =
        has_class(before, kSeverityWord | kModifierWord) ||
        std::find(kBeforeAnatomy.begin(), kBeforeAnatomy.end(), before) != kBeforeAnatomy.end();
    const bool finding_after = has_class(after, kTriggerStart);
    return anatomy_before || finding_after ? p.meant : std::string_view{};
  }
  return {};
}

// Words after which "period" or "colon" is the word itself ("the
// postoperative period", "a trial period", "the sigmoid colon").
constexpr std::array<std::string_view, 16> kBeforeNoun = {
    "the",        "a",      "this",   "that",         "same",      "trial",
    "waiting",    "grace",  "of",     "sigmoid",      "ascending", "descending",
    "transverse", "rectum", "postop", "postoperative"};

std::string_view dictated_mark(std::string_view before, std::string_view w, bool at_line_end,
                               bool after_upper, bool after_word) {
  if (before.empty()) return {};
  if (w == "comma") return ",";
  if (w == "semicolon") return ";";
  if (w != "period" && w != "colon") return {};
  if (std::find(kBeforeNoun.begin(), kBeforeNoun.end(), before) != kBeforeNoun.end()) return {};
  // "period Alignment is maintained", "colon L3 4": what follows starts anew.
  if (!at_line_end && after_word && !after_upper) return {};
  if (w == "period" && !at_line_end && !after_upper) return {};
  return w == "period" ? "." : ":";
}

}  // namespace spinecds::terminology
