#include "terminology/record_facts.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <string_view>

#include "terminology/body_site.h"
#include "terminology/clinical_dates.h"
#include "terminology/level_parser.h"
#include "terminology/resource_status.h"
#include "terminology/text_findings.h"
#include "terminology/text_sources.h"
#include "terminology/value_sets.h"

namespace spinecds::terminology {

std::string to_string(TherapySetting s) {
  switch (s) {
    case TherapySetting::in_person:
      return "in-person";
    case TherapySetting::telehealth:
      return "telehealth";
    case TherapySetting::home:
      return "home";
  }
  return "in-person";
}

namespace {

using rapidjson::Value;

constexpr std::string_view kSnomed = "http://snomed.info/sct";
constexpr std::string_view kIcd10 = "http://hl7.org/fhir/sid/icd-10-cm";
constexpr std::string_view kLoinc = "http://loinc.org";

// ---------------------------------------------------------------- JSON access

std::string_view sv(const Value& v, const char* key) {
  if (!v.IsObject()) return {};
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

const Value* member(const Value& v, const char* key) {
  if (!v.IsObject()) return nullptr;
  auto it = v.FindMember(key);
  return it == v.MemberEnd() ? nullptr : &it->value;
}

template <typename Fn>
void each(const Value& v, const char* key, Fn&& fn) {
  const Value* a = member(v, key);
  if (!a) return;
  if (a->IsArray()) {
    for (const auto& x : a->GetArray()) fn(x);
  } else if (a->IsObject()) {
    fn(*a);  // tolerate a single object where R4 has an array
  }
}

struct Coding {
  std::string_view system;
  std::string_view code;
  std::string_view display;
};

std::vector<Coding> codings(const Value* cc_value) {
  std::vector<Coding> out;
  if (!cc_value) return out;
  each(*cc_value, "coding", [&](const Value& c) {
    out.push_back({sv(c, "system"), sv(c, "code"), sv(c, "display")});
  });
  return out;
}

bool coded_in(const Value* cc_value, std::string_view value_set) {
  for (const auto& c : codings(cc_value)) {
    if (in_value_set(value_set, c.system, c.code)) return true;
  }
  return false;
}

// The words of a CodeableConcept: its text, else its displays.
std::string concept_text(const Value* cc_value) {
  if (!cc_value) return {};
  auto t = sv(*cc_value, "text");
  if (!t.empty()) return std::string(t);
  std::string out;
  for (const auto& c : codings(cc_value)) {
    if (c.display.empty()) continue;
    if (!out.empty()) out += "; ";
    out += c.display;
  }
  return out;
}

std::string reference_of(const Value& r) {
  return std::string(sv(r, "resourceType")) + "/" + std::string(sv(r, "id"));
}

std::string date_of(const Value& r) {
  for (const char* key : {"effectiveDateTime", "performedDateTime", "authoredOn", "issued",
                          "recordedDate", "date", "onsetDateTime", "occurrenceDateTime"}) {
    auto d = sv(r, key);
    if (d.size() >= 10) return std::string(d.substr(0, 10));
  }
  for (const char* key : {"effectivePeriod", "performedPeriod", "period", "occurrencePeriod"}) {
    if (const Value* p = member(r, key)) {
      auto d = sv(*p, "start");
      if (d.size() >= 10) return std::string(d.substr(0, 10));
      d = sv(*p, "end");
      if (d.size() >= 10) return std::string(d.substr(0, 10));
    }
  }
  return {};
}

// ---------------------------------------------------------------- text helpers

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// Finding spans count code points; quotes need bytes.
std::size_t cp_to_byte(std::string_view s, std::size_t cp) {
  std::size_t i = 0, n = 0;
  while (i < s.size() && n < cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++n;
  }
  return std::min(i, s.size());
}

bool sentence_end(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == '\n' || c == '\r') return true;
  if (c == '.' || c == '!' || c == '?') {
    // "4.5 mm" and "approx." inside a sentence are not ends.
    if (i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1]))) return false;
    return i + 1 >= s.size() || std::isspace(static_cast<unsigned char>(s[i + 1]));
  }
  return false;
}

// The sentence around bytes [b, e), trimmed; long sentences are cut at the
// words around the span so a quote stays readable.
std::string sentence_around(std::string_view s, std::size_t b, std::size_t e) {
  if (s.empty()) return {};
  b = std::min(b, s.size());
  e = std::clamp(e, b, s.size());
  std::size_t l = b;
  while (l > 0 && !sentence_end(s, l - 1)) --l;
  std::size_t r = e;
  while (r < s.size() && !sentence_end(s, r)) ++r;
  constexpr std::size_t kMax = 320;
  if (r - l > kMax) {
    l = b > 120 + l ? b - 120 : l;
    while (l > 0 && l < b && (static_cast<unsigned char>(s[l]) & 0xC0) == 0x80) --l;
    r = std::min(s.size(), std::max(e, l + kMax));
    while (r < s.size() && (static_cast<unsigned char>(s[r]) & 0xC0) == 0x80) ++r;
  }
  std::string out = trim(s.substr(l, r - l));
  // A report line "L4-5: ... Grade 1 anterolisthesis ..." names the level only
  // at its start: keep that heading so the quote says where.
  std::size_t line = l;
  while (line > 0 && s[line - 1] != '\n') --line;
  if (line < l) {
    const auto colon = s.find(':', line);
    if (colon != std::string_view::npos && colon < l && colon - line <= 12) {
      const std::string head = trim(s.substr(line, colon - line));
      if (!head.empty() && (head[0] == 'L' || head[0] == 'T' || head[0] == 'S') &&
          head.size() > 1 && std::isdigit(static_cast<unsigned char>(head[1]))) {
        out = head + ": " + out;
      }
    }
  }
  return out;
}

struct Sentence {
  std::string text;
  std::string lower;
};

std::vector<Sentence> sentences(std::string_view s) {
  std::vector<Sentence> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || sentence_end(s, i)) {
      auto t = trim(s.substr(start, i - start));
      if (!t.empty()) out.push_back({t, lower(t)});
      start = i + 1;
    }
  }
  return out;
}

// A keyword in a sentence is negated when a negation cue precedes it within
// the same clause ("no", "not", "without", "denies", "negative for").
bool negated_before(std::string_view low, std::size_t pos) {
  std::size_t clause = 0;
  for (std::size_t i = pos; i > 0; --i) {
    const char c = low[i - 1];
    if (c == ';' || c == ':' || c == ',') {
      clause = i;
      break;
    }
  }
  const std::string window = " " + std::string(low.substr(clause, pos - clause));
  for (std::string_view cue :
       {" no ", " not ", " without ", " denies ", " denied ", " negative for ", " never ", " none ",
        " absence of ", " free of "}) {
    if (contains(window, cue)) return true;
  }
  return false;
}

// The first non-negated occurrence of any needle; npos when none.
std::size_t find_affirmed(std::string_view low, std::initializer_list<std::string_view> needles) {
  for (auto n : needles) {
    std::size_t p = 0;
    while ((p = low.find(n, p)) != std::string_view::npos) {
      if (!negated_before(low, p)) return p;
      p += n.size();
    }
  }
  return std::string_view::npos;
}

// ---------------------------------------------------------------- level mentions

struct LevelMention {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<Segment> segments;
  bool pelvis = false;
};

bool vert_letter(char c) {
  c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return c == 'L' || c == 'T' || c == 'S' || c == 'C';
}

// Reads "L4", "l 4" at i; returns the end index or npos.
std::size_t read_vertebra(std::string_view s, std::size_t i, std::string& out) {
  if (i >= s.size() || !vert_letter(s[i])) return std::string_view::npos;
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == ' ') ++j;
  std::size_t k = j;
  while (k < s.size() && k - j < 2 && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
  if (k == j) return std::string_view::npos;
  if (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k]))) {
    // "S2AI", "L4L5" are handled by the caller; "L5s" is not a level.
    if (!(vert_letter(s[k]) || lower(s.substr(k, 2)) == "ai")) return std::string_view::npos;
  }
  out = std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(s[i])))) +
        std::string(s.substr(j, k - j));
  return k;
}

std::size_t skip_separator(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && s[j] == ' ') ++j;
  const std::string low = lower(s.substr(j, 8));
  std::size_t len = 0;
  if (!low.empty() && (low[0] == '-' || low[0] == '/')) {
    len = 1;
  } else if (low.rfind("\xE2\x80\x93", 0) == 0 || low.rfind("\xE2\x80\x94", 0) == 0) {
    len = 3;
  } else if (low.rfind("through ", 0) == 0) {
    len = 7;
  } else if (low.rfind("thru ", 0) == 0) {
    len = 4;
  } else if (low.rfind("to ", 0) == 0) {
    len = 2;
  } else {
    return std::string_view::npos;
  }
  j += len;
  while (j < s.size() && s[j] == ' ') ++j;
  return j;
}

std::vector<LevelMention> level_mentions(std::string_view s) {
  std::vector<LevelMention> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!vert_letter(s[i]) || (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1])))) {
      ++i;
      continue;
    }
    std::string first;
    std::size_t p = read_vertebra(s, i, first);
    if (p == std::string_view::npos) {
      ++i;
      continue;
    }
    std::string text;
    std::size_t end = p;
    bool pelvis = false;
    // "L4L5" / "L5S1" written together.
    std::string glued;
    if (p < s.size() && vert_letter(s[p]) && read_vertebra(s, p, glued) != std::string_view::npos) {
      end = read_vertebra(s, p, glued);
      text = first + "-" + glued;
    } else if (std::size_t q = skip_separator(s, p); q != std::string_view::npos) {
      const std::string rest = lower(s.substr(q, 16));
      std::string second;
      if (rest.rfind("pelvis", 0) == 0 || rest.rfind("ilium", 0) == 0 ||
          rest.rfind("iliac", 0) == 0 || rest.rfind("s2ai", 0) == 0 ||
          rest.rfind("s2-alar", 0) == 0 || rest.rfind("s2 alar", 0) == 0) {
        text = first + "-pelvis";
        pelvis = true;
        end = q + 4;
      } else if (std::size_t r = read_vertebra(s, q, second); r != std::string_view::npos) {
        text = first + "-" + second;
        end = r;
      } else {
        std::size_t k = q;
        while (k < s.size() && k - q < 2 && std::isdigit(static_cast<unsigned char>(s[k]))) ++k;
        if (k > q && (k >= s.size() || !std::isalnum(static_cast<unsigned char>(s[k])))) {
          text = first + "-" + std::string(s.substr(q, k - q));
          end = k;
        }
      }
    }
    if (text.empty()) {
      i = p;
      continue;
    }
    const auto parsed = parse_levels(text);
    if (parsed.value && (!parsed.value->segments.empty() || parsed.value->pelvis)) {
      out.push_back({i, end, parsed.value->segments, parsed.value->pelvis || pelvis});
    }
    i = end;
  }
  return out;
}

int vertebra_from_site(const Value& site) {
  for (const auto& c : codings(&site)) {
    if (auto l = body_site_level(c.system, c.code); l && l->vertebra) return l->vertebra->ordinal;
  }
  const std::string low = lower(concept_text(&site));
  if (contains(low, "sacrum") || contains(low, "sacral")) return kSacrum;
  for (std::size_t i = 0; i + 1 < low.size(); ++i) {
    std::string v;
    if ((i == 0 || !std::isalnum(static_cast<unsigned char>(low[i - 1]))) &&
        read_vertebra(low, i, v) != std::string_view::npos) {
      if (auto p = parse_vertebra(v)) return p->ordinal;
    }
  }
  return 0;
}

// ---------------------------------------------------------------- the record

struct TextPiece {
  std::string text;
  SourceKind kind;
};

bool excluded_status(std::string_view status) {
  return status == "entered-in-error" || status == "not-done" || status == "cancelled" ||
         status == "revoked" || status == "preparation";
}

bool condition_refuted(const Value& r) {
  for (const auto& c : codings(member(r, "verificationStatus"))) {
    if (c.code == "refuted" || c.code == "entered-in-error") return true;
  }
  return false;
}

bool is_imaging(const Value& r) {
  const auto type = sv(r, "resourceType");
  if (type == "ImagingStudy") return true;
  const Value* code = member(r, "code");
  if (coded_in(code, "lumbar-imaging") || coded_in(code, "flexion-extension-imaging")) return true;
  bool rad = false;
  each(r, "category", [&](const Value& c) {
    for (const auto& cd : codings(&c)) {
      if (cd.code == "RAD" || cd.code == "imaging" || cd.code == "LP29684-5") rad = true;
    }
    const auto low = lower(concept_text(&c));
    if (contains_any(low, {"radiology", "imaging"})) rad = true;
  });
  if (rad) return true;
  const std::string low = lower(concept_text(code));
  return contains_any(low,
                      {"mri", "mr ", "ct ", "x-ray", "xr ", "radiograph", "myelogra", "imaging"});
}

bool mentions_lumbar(std::string_view low) {
  return contains_any(low, {"lumbar", "l-spine", "lumbosacral", "low back", "lower back", "spine",
                            "spinal", "back pain", "sciatica", "radicul", "stenosis"});
}

std::string other_region(std::string_view low) {
  if (mentions_lumbar(low)) return {};
  for (std::string_view w : {"knee", "shoulder", "hip", "ankle", "wrist", "elbow", "hand", "foot",
                             "neck", "cervical", "rotator cuff", "acl", "tka", "tha"}) {
    std::size_t p = low.find(w);
    while (p != std::string_view::npos) {
      const bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(low[p - 1]));
      const std::size_t e = p + w.size();
      const bool right =
          e >= low.size() || !std::isalpha(static_cast<unsigned char>(low[e])) || low[e] == 's';
      if (left && right) return std::string(w);
      p = low.find(w, p + 1);
    }
  }
  return {};
}

bool telehealth_words(std::string_view low) {
  return find_affirmed(low, {"telehealth", "tele-health", "telerehab", "tele-rehab", "telemedicine",
                             "virtual", "video visit", "video session", "via video", "by video",
                             "zoom", "remote session", "remotely", "telephone visit",
                             "synchronous audio"}) != std::string_view::npos;
}

bool home_words(std::string_view low) {
  return find_affirmed(low, {"home exercise", "home program", "home-based", "hep ", "(hep)",
                             "self-directed", "independent exercise", "at home"}) !=
         std::string_view::npos;
}

bool pt_words(std::string_view low) {
  return contains_any(low, {"physical therapy", "physiotherapy", "physical therapist", "pt visit",
                            "pt session", "pt evaluation", "pt eval", "therapeutic exercise",
                            "pt re-evaluation", "manual therapy", "neuromuscular re-education",
                            "therapeutic activit", "rehabilitation", "rehab "});
}

bool encounter_virtual(const Value& enc) {
  if (const Value* cls = member(enc, "class")) {
    const auto code = sv(*cls, "code");
    if (code == "VR" || code == "virtual") return true;
  }
  bool tele = false;
  each(enc, "type", [&](const Value& t) {
    if (coded_in(&t, "telehealth") || telehealth_words(lower(concept_text(&t)))) tele = true;
  });
  return tele;
}

// Injections named in prose: specific phrases, and "ESI" only as a word
// ("ESIs", "ESI x2"), never inside "desiccation".
bool mentions_injection(std::string_view low) {
  if (find_affirmed(low, {"epidural steroid", "epidural injection", "facet injection",
                          "facet joint injection", "facet block", "medial branch block",
                          "radiofrequency ablation", "nerve root block", "selective nerve root",
                          "transforaminal epidural", "transforaminal injection",
                          "trigger point injection"}) != std::string_view::npos) {
    return true;
  }
  for (std::size_t p = low.find("esi"); p != std::string_view::npos; p = low.find("esi", p + 1)) {
    const bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(low[p - 1]));
    const std::size_t e = p + 3;
    const bool right = e >= low.size() || !std::isalpha(static_cast<unsigned char>(low[e])) ||
                       (low[e] == 's' && (e + 1 >= low.size() ||
                                          !std::isalpha(static_cast<unsigned char>(low[e + 1]))));
    if (left && right && !negated_before(low, p)) return true;
  }
  return false;
}

class Extractor {
 public:
  Extractor(const Value* order, const fhir::Record& record) : order_(order), record_(record) {
    if (record.resources.IsArray()) {
      for (const auto& r : record.resources.GetArray()) {
        if (r.IsObject()) by_ref_[reference_of(r)] = &r;
      }
    }
  }

  RecordFacts run() {
    if (order_ && order_->IsObject()) {
      facts_.requested = read_fusion_order(*order_).requested;
      order_text();
    }
    if (record_.resources.IsArray()) {
      for (const auto& r : record_.resources.GetArray()) {
        if (r.IsObject()) resource(r);
      }
    }
    finish();
    return std::move(facts_);
  }

 private:
  const Value* order_;
  const fhir::Record& record_;
  std::map<std::string, const Value*> by_ref_;
  RecordFacts facts_;

  // ---- findings from text

  void findings_in(const std::string& text, const std::string& ref, const std::string& date,
                   SourceKind kind, bool skip_therapy) {
    if (text.empty()) return;
    current_date_ = date;
    for (auto& f : extract_findings(text)) {
      if (skip_therapy && f.kind == FindingKind::physical_therapy) continue;
      const std::size_t b = cp_to_byte(text, f.span_begin);
      const std::size_t e = cp_to_byte(text, f.span_end);
      RecordFinding rf{std::move(f), {ref, sentence_around(text, b, e)}, date, kind};
      facts_.findings.push_back(std::move(rf));
    }
    keywords_in(text, ref, kind);
  }

  void keywords_in(const std::string& text, const std::string& ref, SourceKind kind) {
    for (const auto& s : sentences(text)) {
      const std::string& low = s.lower;
      if (find_affirmed(low, {"activities of daily living",
                              "daily activities",
                              "adls",
                              "unable to walk",
                              "cannot walk",
                              "can't walk",
                              "unable to stand",
                              "cannot stand",
                              "can't stand",
                              "difficulty walking",
                              "difficulty standing",
                              "walking tolerance",
                              "walk more than",
                              "stand more than",
                              "limits his",
                              "limits her",
                              "limiting her",
                              "limiting his",
                              "limited in",
                              "unable to work",
                              "stopped working",
                              "help with socks",
                              "help dressing",
                              "functional limitation",
                              "functionally limited",
                              "disabling",
                              "severe disability"}) != std::string::npos &&
          !contains_any(low, {"independent in", "independent with", "no limitation",
                              "without limitation", "not limit"})) {
        facts_.adl_limitation.push_back({ref, s.text});
      }
      if (find_affirmed(low, {"pain management", "pain clinic", "pain medicine",
                              "interventional pain", "pain specialist"}) != std::string::npos) {
        facts_.pain_management.push_back({ref, s.text});
      }
      if (kind != SourceKind::order && mentions_injection(low) &&
          !contains_any(low,
                        {"recommend", "consider", "will schedule", "plan to", "candidate for"})) {
        facts_.injections.push_back({ref, s.text});
      }
      if (kind != SourceKind::order &&
          find_affirmed(low, {"nsaid", "anti-inflammator", "ibuprofen", "naproxen", "meloxicam",
                              "gabapentin", "pregabalin", "muscle relaxant", "cyclobenzaprine",
                              "duloxetine", "oral steroid", "medrol dose", "prednisone taper",
                              "tramadol", "acetaminophen"}) != std::string::npos) {
        facts_.medications.push_back({ref, s.text});
      }
      if (find_affirmed(low, {"cauda equina syndrome"}) != std::string::npos) {
        facts_.urgent.push_back({ref, s.text, {}, current_date_});
      }
      if (find_affirmed(low, {"neuromuscular scoliosis", "cerebral palsy", "muscular dystrophy",
                              "spinal muscular atrophy", "myelomeningocele",
                              "neuromuscular disease"}) != std::string::npos) {
        facts_.neuromuscular.push_back({ref, s.text});
      }
      if (find_affirmed(low, {"osteoporosis", "osteoporotic"}) != std::string::npos &&
          !contains(low, "osteopenia")) {
        facts_.osteoporosis.push_back({ref, s.text});
      }
      odi_in(s, ref);
      destabilization_in(s, ref);
      flexion_extension_words(s, ref);
    }
  }

  // "ODI 46%", "Oswestry disability index of 23/50" in prose, when the
  // resource gave no coded score.
  void odi_in(const Sentence& s, const std::string& ref) {
    for (const auto& o : facts_.odi) {
      if (o.quote.reference == ref) return;
    }
    const std::string& low = s.lower;
    std::size_t p = low.find("oswestry");
    if (p == std::string::npos) {
      for (p = low.find("odi"); p != std::string::npos; p = low.find("odi", p + 1)) {
        const bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(low[p - 1]));
        const bool right =
            p + 3 >= low.size() || !std::isalpha(static_cast<unsigned char>(low[p + 3]));
        if (left && right) break;
      }
    }
    if (p == std::string::npos || negated_before(low, p)) return;
    const std::size_t stop = std::min(low.size(), p + 48);
    for (std::size_t i = p; i < stop; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(low[i]))) continue;
      char* endp = nullptr;
      double v = std::strtod(low.c_str() + i, &endp);
      std::size_t e = static_cast<std::size_t>(endp - low.c_str());
      while (e < low.size() && low[e] == ' ') ++e;
      if (low.compare(e, 3, "/50") == 0) v *= 2;  // the raw 0-50 score
      if (v < 0 || v > 100) return;
      facts_.odi.push_back({v, current_date_, {ref, s.text}});
      return;
    }
  }

  std::string current_date_;  // the date of the resource being read

  // "bilateral L3-4 facetectomy", "greater than 50% facetectomy at L4-5",
  // "pars resection at L5-S1": stated for a level; the bare word
  // "facetectomy" (63047's descriptor) proves nothing.
  void destabilization_in(const Sentence& s, const std::string& ref) {
    const std::string& low = s.lower;
    const auto facet = low.find("facetectom");
    const auto facet2 = low.find("facet resection");
    const auto pars = low.find("pars");
    const bool pars_resect =
        pars != std::string::npos && !negated_before(low, pars) &&
        contains_any(
            low, {"pars resection", "resection of the pars", "pars interarticularis resection",
                  "resect the pars", "resection of pars", "removal of the pars", "gill procedure",
                  "gill laminectomy", "pars excision", "excision of the pars"});
    std::optional<double> percent;
    bool wide = false;
    const auto fpos = facet != std::string::npos ? facet : facet2;
    if (fpos != std::string::npos && !negated_before(low, fpos) &&
        !contains_any(low, {"sparing", "preserv", "partial", "medial facetectomy"})) {
      // The qualifier stands in the words just before the procedure
      // ("bilateral L3-4 facetectomy") or just after ("facetectomies
      // bilaterally").
      const std::string before = low.substr(fpos >= 40 ? fpos - 40 : 0, fpos >= 40 ? 40 : fpos);
      const std::string after = low.substr(fpos, 40);
      if (contains_any(before, {"bilateral", "total", "complete", "full", "radical", "wide"}) ||
          contains_any(after, {"bilaterally", "on both sides"})) {
        wide = true;
      }
      // A percentage in the sentence ("60% facetectomy", "more than 50 percent").
      for (std::size_t i = 0; i < low.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(low[i])) ||
            (i > 0 && std::isdigit(static_cast<unsigned char>(low[i - 1])))) {
          continue;
        }
        char* endp = nullptr;
        const double v = std::strtod(low.c_str() + i, &endp);
        std::size_t e = static_cast<std::size_t>(endp - low.c_str());
        while (e < low.size() && low[e] == ' ') ++e;
        if (low.compare(e, 1, "%") == 0 || low.compare(e, 7, "percent") == 0) {
          // "more than 50%" states strictly more: nudge so "> 50" holds.
          const std::string before = low.substr(i >= 16 ? i - 16 : 0, i >= 16 ? 16 : i);
          const bool more =
              contains_any(before, {"more than", "greater than", "over", ">", "exceed"});
          percent = more ? v + 0.5 : v;
        }
      }
    }
    if (!wide && !percent && !pars_resect) return;
    for (const auto& m : level_mentions(s.text)) {
      for (const auto seg : m.segments) {
        facts_.destabilizing.push_back({seg, percent, wide, pars_resect, {ref, s.text}});
      }
    }
  }

  void flexion_extension_words(const Sentence& s, const std::string& ref) {
    const std::string& low = s.lower;
    const bool fe = (contains(low, "flexion") && contains(low, "extension")) ||
                    contains_any(low, {"flex/ex", "flexion-extension", "flex-ex", "dynamic views",
                                       "dynamic radiograph", "bending views"});
    if (!fe) return;
    if (!contains_any(low, {"view", "film", "radiograph", "x-ray", "xr", "imaging", "study",
                            "studies", "images"})) {
      return;
    }
    if (contains_any(low, {"recommend", "consider", "suggest", "should", "would", "could", "please",
                           "order", "request", "if ", "to assess", "to evaluate"})) {
      return;
    }
    if (contains_any(low, {"not obtained", "not performed", "not done", "were not", "was not",
                           "no flexion", "not available", "none obtained", "without flexion",
                           "not taken", "not been", "unable to obtain"})) {
      fe_not_.push_back({ref, s.text});
    } else {
      fe_yes_.push_back({ref, s.text});
    }
  }

  std::vector<Quote> fe_yes_, fe_not_;

  // ---- the order's own text (planned destabilization is stated there)

  void order_text() {
    const std::string ref = reference_of(*order_);
    auto scan = [&](const std::string& text) {
      for (const auto& s : sentences(text)) destabilization_in(s, ref);
    };
    scan(concept_text(member(*order_, "code")));
    each(*order_, "orderDetail", [&](const Value& d) {
      if (!coded_in(&d, "decompression")) scan(concept_text(&d));
    });
    each(*order_, "note", [&](const Value& n) { scan(std::string(sv(n, "text"))); });
    each(*order_, "reasonCode", [&](const Value& c) {
      findings_in(concept_text(&c), ref, date_of(*order_), SourceKind::order, true);
    });
  }

  // ---- per resource

  void resource(const Value& r) {
    if (excluded_by_status(r)) return;
    const auto type = sv(r, "resourceType");
    if (type == "Condition") {
      condition(r);
    } else if (type == "Procedure") {
      procedure(r);
    } else if (type == "Observation") {
      observation(r);
    } else if (type == "DiagnosticReport") {
      report(r);
    } else if (type == "DocumentReference") {
      document(r);
    } else if (type == "ServiceRequest") {
      service_request(r);
    } else if (type == "Encounter") {
      encounter(r);
    } else if (type == "MedicationRequest" || type == "MedicationStatement" ||
               type == "MedicationDispense" || type == "MedicationAdministration") {
      medication(r);
    } else if (type == "ImagingStudy") {
      imaging_study(r);
    }
  }

  void condition(const Value& r) {
    if (condition_refuted(r)) return;
    const std::string ref = reference_of(r);
    const Value* code = member(r, "code");
    const std::string text = concept_text(code);
    const std::string date = date_of(r);
    const std::size_t before = facts_.findings.size();
    findings_in(text, ref, date, SourceKind::condition, false);
    each(r, "note", [&](const Value& n) {
      findings_in(std::string(sv(n, "text")), ref, date, SourceKind::condition, false);
    });
    bool inactive = false;
    for (const auto& c : codings(member(r, "clinicalStatus"))) {
      if (c.code == "resolved" || c.code == "inactive" || c.code == "remission") inactive = true;
    }
    const std::string low = lower(text);
    if (coded_in(code, "condition-radiculopathy") || coded_in(code, "condition-lumbar-stenosis")) {
      // M48.062 names neurogenic claudication; M48.061 says "without".
      bool claudication = false;
      for (const auto& c : codings(code)) {
        if (c.code == "M48.062") claudication = true;
      }
      if (coded_in(code, "condition-radiculopathy") || claudication) {
        if (!inactive) facts_.neural_conditions.push_back({ref, text});
      }
    }
    // A fracture or tumour elsewhere (a wrist, a breast) waives nothing: the
    // words count only with a spinal context.
    const bool spinal = contains_any(low, {"spin", "lumbar", "vertebra", "sacr", "cord", "cauda",
                                           "disc", "epidural", "thoracolumbar"}) ||
                        !level_mentions(text).empty();
    if (!inactive && (coded_in(code, "condition-urgent") ||
                      find_affirmed(low, {"cauda equina syndrome", "progressive neurologic"}) !=
                          std::string::npos ||
                      (spinal && find_affirmed(low, {"tumor", "tumour", "neoplasm", "metasta",
                                                     "osteomyelitis", "discitis", "abscess",
                                                     "fracture"}) != std::string::npos))) {
      facts_.urgent.push_back({ref, text, {}, date});
    }
    if (coded_in(code, "condition-neuromuscular")) facts_.neuromuscular.push_back({ref, text});
    for (const auto& c : codings(code)) {
      if ((c.system == kIcd10 && (c.code.rfind("M80", 0) == 0 || c.code.rfind("M81", 0) == 0)) ||
          (c.system == kSnomed && c.code == "64859006")) {
        facts_.osteoporosis.push_back({ref, text});
      }
    }
    // Coded slips, instability, scoliosis and pseudarthrosis whose words gave
    // no finding still count, at the body site's levels.
    auto has_kind = [&](FindingKind kind) {
      for (std::size_t i = before; i < facts_.findings.size(); ++i) {
        if (facts_.findings[i].finding.kind == kind) return true;
      }
      return false;
    };
    auto synth = [&](FindingKind kind) {
      Finding f;
      f.kind = kind;
      int lo = 0, hi = 0;
      each(r, "bodySite", [&](const Value& site) {
        const int v = vertebra_from_site(site);
        if (v == 0) return;
        lo = lo == 0 ? v : std::min(lo, v);
        hi = std::max(hi, v);
      });
      for (int v = lo; lo != 0 && v < hi; ++v) f.segments.push_back(Segment{Vertebra{v}});
      if (f.segments.empty()) {
        for (const auto& m : level_mentions(text)) {
          f.segments.insert(f.segments.end(), m.segments.begin(), m.segments.end());
        }
      }
      if (f.segments.empty()) return;
      facts_.findings.push_back({f, {ref, text}, date, SourceKind::condition});
    };
    if (coded_in(code, "condition-spondylolisthesis") &&
        !has_kind(FindingKind::spondylolisthesis)) {
      synth(FindingKind::spondylolisthesis);
    }
    if (coded_in(code, "condition-lumbar-instability") && !has_kind(FindingKind::instability)) {
      synth(FindingKind::instability);
    }
    for (const auto& c : codings(code)) {
      if (c.system == kIcd10 && c.code == "M96.0" && !has_kind(FindingKind::pseudarthrosis)) {
        synth(FindingKind::pseudarthrosis);
      }
    }
  }

  void procedure(const Value& r) {
    const std::string ref = reference_of(r);
    const Value* code = member(r, "code");
    const std::string code_text = concept_text(code);
    std::string all = code_text;
    each(r, "bodySite", [&](const Value& s) { all += " " + concept_text(&s); });
    each(r, "reasonCode", [&](const Value& s) { all += " " + concept_text(&s); });
    if (const Value* loc = member(r, "location")) all += " " + std::string(sv(*loc, "display"));
    if (const Value* cat = member(r, "category")) all += " " + concept_text(cat);
    std::string notes;
    each(r, "note", [&](const Value& n) { notes += std::string(sv(n, "text")) + "\n"; });
    const std::string low = lower(all + " " + notes);
    const auto status = sv(r, "status");
    const std::string date = date_of(r);

    const bool home = coded_in(code, "home-exercise") || home_words(lower(code_text));
    const bool pt = coded_in(code, "physical-therapy-formal") || home || pt_words(lower(code_text));
    if (pt) {
      therapy_procedure(r, ref, code_text, all, notes, home);
      findings_in(notes, ref, date, SourceKind::clinical, true);
      return;
    }
    if (excluded_status(status)) return;
    if (coded_in(code, "lumbar-injections") ||
        contains_any(lower(code_text), {"epidural", "facet", "medial branch", "radiofrequency",
                                        "nerve block", "injection"})) {
      facts_.injections.push_back({ref, trim(code_text)});
    }
    if (coded_in(code, "flexion-extension-imaging"))
      facts_.flexion_extension.push_back({ref, trim(code_text)});
    const SourceKind kind = is_imaging(r) ? SourceKind::imaging : SourceKind::clinical;
    findings_in(code_text, ref, date, kind, true);
    findings_in(notes, ref, date, kind, true);
    (void)low;
  }

  void therapy_procedure(const Value& r, const std::string& ref, const std::string& code_text,
                         const std::string& all, const std::string& notes, bool home) {
    const auto status = sv(r, "status");
    const std::string quote_text = trim(code_text + (notes.empty() ? "" : " - " + trim(notes)));
    if (excluded_status(status)) {
      facts_.therapy_excluded.push_back({{ref, quote_text}, "status " + std::string(status)});
      return;
    }
    TherapyItem item;
    item.quote = {ref, quote_text};
    const std::string low = lower(all + " " + notes);
    bool tele = coded_in(member(r, "code"), "telehealth") || telehealth_words(low);
    for (const auto& c : codings(member(r, "code"))) {
      // Telehealth modifiers carried as extra codings.
      if (c.code == "95" || c.code == "GT" || c.code == "FQ") tele = true;
    }
    if (const Value* enc = member(r, "encounter")) {
      auto it = by_ref_.find(std::string(sv(*enc, "reference")));
      if (it != by_ref_.end() && encounter_virtual(*it->second)) tele = true;
    }
    each(r, "extension", [&](const Value& x) {
      // Modifier 95/GT/FQ or POS 02/10 carried as an extension value.
      const auto code = sv(x, "valueCode");
      if (code == "95" || code == "GT" || code == "FQ" || code == "02" || code == "10") tele = true;
      for (const auto& c : codings(member(x, "valueCodeableConcept"))) {
        if (c.code == "95" || c.code == "GT" || c.code == "FQ" || c.code == "02" || c.code == "10")
          tele = true;
      }
    });
    item.setting = home   ? TherapySetting::home
                   : tele ? TherapySetting::telehealth
                          : TherapySetting::in_person;
    const std::string region = other_region(lower(all));
    item.other_region = !region.empty();
    if (const Value* p = member(r, "performedPeriod")) {
      item.start = std::string(sv(*p, "start").substr(0, 10));
      item.end =
          std::string(sv(*p, "end").substr(0, std::min<std::size_t>(10, sv(*p, "end").size())));
      if (item.end.empty()) item.end = item.start;
      item.is_episode = item.start != item.end;
    } else {
      item.start = item.end = date_of(r);
    }
    if (item.start.empty()) {
      // An undated PT procedure still shows PT was documented.
      item.start = item.end = "";
    }
    facts_.therapy.push_back(std::move(item));
  }

  void observation(const Value& r) {
    const std::string ref = reference_of(r);
    const Value* code = member(r, "code");
    const std::string code_text = concept_text(code);
    const std::string low_code = lower(code_text);
    const std::string date = date_of(r);
    if (excluded_status(sv(r, "status"))) return;
    const SourceKind kind = is_imaging(r) ? SourceKind::imaging : SourceKind::clinical;
    const Value* vq = member(r, "valueQuantity");
    const bool odi = coded_in(code, "oswestry") || contains_any(low_code, {"oswestry", "odi"});
    double number = 0;
    bool has_number = false;
    if (vq && member(*vq, "value") && (*vq)["value"].IsNumber()) {
      number = (*vq)["value"].GetDouble();
      has_number = true;
    } else if (const Value* vi = member(r, "valueInteger"); vi && vi->IsNumber()) {
      number = vi->GetDouble();
      has_number = true;
    }
    if (odi && has_number) {
      facts_.odi.push_back({number, date, {ref, code_text + " " + fmt(number) + "%"}});
    }
    bool tscore = contains(low_code, "t-score") || contains(low_code, "t score");
    for (const auto& c : codings(code)) {
      if (c.system == kLoinc && c.code == "38267-1") tscore = true;
    }
    if (tscore && has_number) {
      facts_.t_scores.push_back(number);
      facts_.t_score_quotes.push_back({ref, code_text + " " + fmt(number)});
    }
    if (coded_in(code, "flexion-extension-imaging"))
      facts_.flexion_extension.push_back({ref, code_text});
    // A measured quantity ("Sagittal vertical axis 62 mm", "Cobb angle 48
    // deg") is read as the sentence it would be in a note.
    if (has_number && !odi && !tscore && vq) {
      std::string unit(sv(*vq, "unit"));
      if (unit.empty()) unit = std::string(sv(*vq, "code"));
      if (unit == "deg" || unit == "degree") unit = "degrees";
      std::string sentence = code_text;
      each(r, "bodySite", [&](const Value& s) { sentence += " " + concept_text(&s); });
      sentence += " " + fmt(number) + " " + unit;
      findings_in(sentence, ref, date, kind, false);
    }
    findings_in(std::string(sv(r, "valueString")), ref, date, kind, false);
    if (const Value* cc = member(r, "valueCodeableConcept")) {
      findings_in(concept_text(cc), ref, date, kind, false);
    }
    each(r, "note",
         [&](const Value& n) { findings_in(std::string(sv(n, "text")), ref, date, kind, false); });
    each(r, "component", [&](const Value& c) {
      std::string t = concept_text(member(c, "code"));
      if (auto s = sv(c, "valueString"); !s.empty()) t += ": " + std::string(s);
      if (const Value* q = member(c, "valueQuantity");
          q && member(*q, "value") && (*q)["value"].IsNumber()) {
        t += " " + fmt((*q)["value"].GetDouble()) + " " + std::string(sv(*q, "unit"));
      }
      findings_in(t, ref, date, kind, false);
    });
    if (kind == SourceKind::imaging) facts_.spine_imaging.push_back({ref, code_text});
  }

  static std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
  }

  static std::vector<std::string> attachments(const Value& r, const char* array_key, bool nested) {
    std::vector<std::string> out;
    each(r, array_key, [&](const Value& x) {
      const Value* att = nested ? member(x, "attachment") : &x;
      if (!att) return;
      if (auto text = attachment_text(*att); !text.empty()) out.push_back(std::move(text));
    });
    return out;
  }

  void report(const Value& r) {
    if (excluded_status(sv(r, "status"))) return;
    const std::string ref = reference_of(r);
    const Value* code = member(r, "code");
    const std::string date = date_of(r);
    const bool imaging = is_imaging(r);
    const SourceKind kind = imaging ? SourceKind::imaging : SourceKind::clinical;
    const std::string code_text = concept_text(code);
    if (imaging) facts_.spine_imaging.push_back({ref, code_text});
    const std::string low = lower(code_text);
    if (coded_in(code, "flexion-extension-imaging") ||
        ((contains(low, "flexion") && contains(low, "extension")) ||
         contains_any(low, {"flex/ex", "flex-ex", "bending"}))) {
      facts_.flexion_extension.push_back({ref, code_text});
    }
    std::string conclusion(sv(r, "conclusion"));
    std::vector<std::string> forms = attachments(r, "presentedForm", false);
    findings_in(conclusion, ref, date, kind, false);
    for (const auto& f : forms) findings_in(f, ref, date, kind, false);
    // The narrative is the report when the EHR sent no conclusion or form.
    if (conclusion.empty() && forms.empty()) findings_in(narrative_text(r), ref, date, kind, false);
    each(r, "conclusionCode",
         [&](const Value& c) { findings_in(concept_text(&c), ref, date, kind, false); });
  }

  void document(const Value& r) {
    const auto status = sv(r, "status");
    if (status == "entered-in-error") return;
    const std::string ref = reference_of(r);
    const std::string date = date_of(r);
    const SourceKind kind = is_imaging(r) ? SourceKind::imaging : SourceKind::clinical;
    findings_in(std::string(sv(r, "description")), ref, date, kind, false);
    const auto texts = attachments(r, "content", true);
    for (const auto& t : texts) findings_in(t, ref, date, kind, false);
    if (texts.empty()) findings_in(narrative_text(r), ref, date, kind, false);
  }

  void encounter(const Value& r) {
    const std::string ref = reference_of(r);
    std::string text;
    each(r, "type", [&](const Value& t) { text += concept_text(&t) + " "; });
    if (const Value* st = member(r, "serviceType")) text += concept_text(st) + " ";
    each(r, "reasonCode", [&](const Value& t) { text += concept_text(&t) + " "; });
    const std::string low = lower(text);
    const auto status = sv(r, "status");
    if (!pt_words(low)) {
      if (find_affirmed(low, {"pain management", "pain clinic", "pain medicine"}) !=
              std::string::npos &&
          status != "cancelled" && status != "entered-in-error") {
        facts_.pain_management.push_back({ref, trim(text)});
      }
      return;
    }
    if (status == "cancelled" || status == "entered-in-error") {
      facts_.therapy_excluded.push_back({{ref, trim(text)}, "status " + std::string(status)});
      return;
    }
    if (status == "planned") return;
    TherapyItem item;
    item.quote = {ref, trim(text)};
    item.setting = home_words(low)                                   ? TherapySetting::home
                   : (encounter_virtual(r) || telehealth_words(low)) ? TherapySetting::telehealth
                                                                     : TherapySetting::in_person;
    item.other_region = !other_region(low).empty();
    item.start = item.end = date_of(r);
    facts_.therapy.push_back(std::move(item));
  }

  void service_request(const Value& r) {
    const std::string ref = reference_of(r);
    const Value* code = member(r, "code");
    const std::string code_text = concept_text(code);
    std::string notes;
    each(r, "note", [&](const Value& n) { notes += std::string(sv(n, "text")) + "\n"; });
    const std::string low = lower(code_text);
    const auto status = sv(r, "status");
    if (status == "entered-in-error") return;
    if (coded_in(code, "physical-therapy-formal") || pt_words(low)) {
      facts_.therapy_referrals.push_back({ref, trim(code_text)});
      // A completed referral may carry the course in its notes ("completed
      // 8 weeks in clinic"); an open one is only a plan.
      if (status == "completed") {
        findings_in(notes, ref, date_of(r), SourceKind::clinical, false);
      }
      return;
    }
    const std::string date = date_of(r);
    if (status != "revoked") {
      // A referral to a pain clinic is part of the documented pain management.
      if (find_affirmed(low, {"pain management", "pain clinic", "pain medicine"}) !=
          std::string::npos) {
        facts_.pain_management.push_back({ref, trim(code_text)});
      }
    }
    findings_in(notes, ref, date, SourceKind::clinical, true);
    // The order's own code text names levels for planned imaging, not
    // findings; only notes are read.
  }

  void medication(const Value& r) {
    const auto status = sv(r, "status");
    if (status == "entered-in-error" || status == "cancelled" || status == "not-taken") return;
    const std::string ref = reference_of(r);
    std::string text = concept_text(member(r, "medicationCodeableConcept"));
    if (text.empty()) {
      if (const Value* mr = member(r, "medicationReference")) {
        text = std::string(sv(*mr, "display"));
        auto it = by_ref_.find(std::string(sv(*mr, "reference")));
        if (text.empty() && it != by_ref_.end()) text = concept_text(member(*it->second, "code"));
      }
    }
    const std::string low = lower(text);
    static constexpr std::string_view kAnalgesics[] = {
        "ibuprofen",          "naproxen",        "meloxicam",
        "celecoxib",          "diclofenac",      "etodolac",
        "nabumetone",         "ketorolac",       "indomethacin",
        "acetaminophen",      "paracetamol",     "gabapentin",
        "pregabalin",         "duloxetine",      "amitriptyline",
        "nortriptyline",      "cyclobenzaprine", "tizanidine",
        "methocarbamol",      "baclofen",        "metaxalone",
        "tramadol",           "oxycodone",       "hydrocodone",
        "morphine",           "tapentadol",      "prednisone",
        "methylprednisolone", "dexamethasone",   "lidocaine",
        "diclofenac",         "aspirin",         "nsaid"};
    for (auto a : kAnalgesics) {
      if (contains(low, a)) {
        facts_.medications.push_back({ref, trim(text)});
        return;
      }
    }
  }

  void imaging_study(const Value& r) {
    const std::string ref = reference_of(r);
    std::string text(sv(r, "description"));
    bool fe = false;
    each(r, "procedureCode", [&](const Value& c) {
      if (coded_in(&c, "flexion-extension-imaging")) fe = true;
      text += " " + concept_text(&c);
    });
    each(r, "series", [&](const Value& s) { text += " " + std::string(sv(s, "description")); });
    const std::string low = lower(text);
    if (fe || (contains(low, "flexion") && contains(low, "extension"))) {
      facts_.flexion_extension.push_back({ref, trim(text)});
    }
    facts_.spine_imaging.push_back({ref, trim(text)});
  }

  // A note's episode: dates made whole ("Sept-Oct 2026" is 1 September to
  // 31 October). A stated duration counts back from the end when the note
  // gives no day-precise start ("attended 7 weeks, Sept-Oct 2026").
  static void episode_dates(const Finding& f, const std::string& note_date, TherapyItem& item) {
    std::string start = f.start.value_or("");
    std::string end = f.end.value_or("");
    if (!start.empty() && !end.empty() && end < start) std::swap(start, end);
    const bool day_precise = start.size() >= 10;
    item.end = whole_end(end.empty() ? (start.empty() ? note_date : start) : end);
    if (f.weeks && !day_precise) {
      item.start.clear();  // the weeks end by item.end
    } else {
      item.start = start.empty() ? item.end : whole_start(start);
    }
  }

  void finish() {
    // Physical-therapy statements in notes become episodes (or, negated,
    // documentation that PT was not done).
    for (const auto& rf : facts_.findings) {
      const auto& f = rf.finding;
      if (f.kind == FindingKind::flexion_extension_study) {
        // Films only asked for ("could be obtained") are neither taken nor
        // refused.
        if (f.uncertain || f.hypothetical || f.experiencer_other) continue;
        (f.negated ? facts_.flexion_extension_not_obtained : facts_.flexion_extension)
            .push_back(rf.quote);
        continue;
      }
      if ((f.kind == FindingKind::translation || f.kind == FindingKind::angulation) &&
          counts_toward_criteria(f) && rf.source != SourceKind::order) {
        facts_.flexion_extension.push_back(rf.quote);
        continue;
      }
      if (f.kind == FindingKind::radiculopathy || f.kind == FindingKind::neurogenic_claudication ||
          f.kind == FindingKind::weakness) {
        continue;
      }
      if (f.kind != FindingKind::physical_therapy) continue;
      if (f.negated) {
        facts_.therapy_excluded.push_back(
            {rf.quote, "the record states physical therapy was not done"});
        continue;
      }
      // A plan or referral ("2x/week x 6 weeks") is not therapy received.
      if (!counts_toward_criteria(f)) continue;
      if (rf.source == SourceKind::order) continue;
      TherapyItem item;
      item.quote = rf.quote;
      item.is_episode = true;
      item.stated_weeks = f.weeks;
      episode_dates(f, rf.date, item);
      if (f.setting == "telehealth") {
        item.setting = TherapySetting::telehealth;
      } else if (f.setting == "home") {
        item.setting = TherapySetting::home;
      } else {
        const std::string low = lower(rf.quote.text);
        item.setting = home_words(low)         ? TherapySetting::home
                       : telehealth_words(low) ? TherapySetting::telehealth
                                               : TherapySetting::in_person;
      }
      item.other_region = !other_region(lower(rf.quote.text)).empty();
      facts_.therapy.push_back(std::move(item));
    }
    // Sentences the extractor did not read as a flexion-extension finding.
    auto quoted = [](const std::vector<Quote>& list, const Quote& q) {
      for (const auto& x : list) {
        if (x.reference == q.reference && (contains(x.text, q.text) || contains(q.text, x.text)))
          return true;
      }
      return false;
    };
    for (const auto& q : fe_not_) {
      if (!quoted(facts_.flexion_extension_not_obtained, q) &&
          !quoted(facts_.flexion_extension, q)) {
        facts_.flexion_extension_not_obtained.push_back(q);
      }
    }
    for (const auto& q : fe_yes_) {
      if (!quoted(facts_.flexion_extension_not_obtained, q) &&
          !quoted(facts_.flexion_extension, q)) {
        facts_.flexion_extension.push_back(q);
      }
    }
    auto tidy = [](std::vector<Quote>& v) {
      std::sort(v.begin(), v.end());
      v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    for (auto* v :
         {&facts_.injections, &facts_.medications, &facts_.pain_management, &facts_.adl_limitation,
          &facts_.spine_imaging, &facts_.flexion_extension, &facts_.flexion_extension_not_obtained,
          &facts_.neural_conditions, &facts_.urgent, &facts_.neuromuscular, &facts_.osteoporosis,
          &facts_.therapy_referrals}) {
      tidy(*v);
    }
  }
};

}  // namespace

RecordFacts extract_record_facts(const Value* order, const fhir::Record& record) {
  return Extractor(order, record).run();
}

}  // namespace spinecds::terminology
