#include "cards/guideline.h"

#include <algorithm>
#include <cctype>

#include <rapidjson/document.h>

#include "cards/json_build.h"
#include "criteria/procedure_family.h"

namespace spinecds::cards {

namespace {

constexpr std::string_view kDefaultLabel = "SpineCDS lumbar fusion policy";
constexpr std::string_view kDefaultUrl = "https://spinecds.dev/policy/lumbar-fusion";

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view first_string(const rapidjson::Value& doc,
                              std::initializer_list<std::pair<const char*, const char*>> paths) {
  for (const auto& [obj, key] : paths) {
    const rapidjson::Value* o = obj[0] == '\0' ? &doc : member(&doc, obj);
    const auto s = str_member(o, key);
    if (!s.empty()) return s;
  }
  return {};
}

// Every {label|title|display, url} object anywhere in the policy, in document
// order: whatever shape the criteria engineer gives citations, they are found.
void collect_links(const rapidjson::Value& v, std::vector<LinkInfo>& out, int depth) {
  if (depth > 32) return;
  if (v.IsObject()) {
    const auto url = str_member(&v, "url");
    std::string_view label = str_member(&v, "label");
    if (label.empty()) label = str_member(&v, "title");
    if (label.empty()) label = str_member(&v, "display");
    if (!label.empty() && is_http_url(url)) {
      LinkInfo l{std::string(label), std::string(url)};
      if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(std::move(l));
    }
    for (const auto& m : v.GetObject()) collect_links(m.value, out, depth + 1);
  } else if (v.IsArray()) {
    for (const auto& e : v.GetArray()) collect_links(e, out, depth + 1);
  }
}

// A number under a key mentioning weeks, inside something about physical
// therapy ("conservativeCare": {"ptWeeks": 6}, "pt-6-weeks": {"weeks": 6}).
std::optional<double> find_pt_weeks(const rapidjson::Value& v, bool in_pt, int depth) {
  if (depth > 32) return std::nullopt;
  if (v.IsObject()) {
    for (const auto& m : v.GetObject()) {
      const std::string key = lower({m.name.GetString(), m.name.GetStringLength()});
      const bool pt_key = key.find("pt") != std::string::npos ||
                          key.find("therapy") != std::string::npos ||
                          key.find("physical") != std::string::npos;
      if (m.value.IsNumber() && key.find("week") != std::string::npos && (in_pt || pt_key)) {
        return m.value.GetDouble();
      }
      if (auto w = find_pt_weeks(m.value, in_pt || pt_key, depth + 1)) return w;
    }
  } else if (v.IsArray()) {
    for (const auto& e : v.GetArray()) {
      if (auto w = find_pt_weeks(e, in_pt, depth + 1)) return w;
    }
  }
  return std::nullopt;
}

std::optional<FilmsWording> read_films(const rapidjson::Value& doc) {
  const rapidjson::Value* f = member(member(&doc, "cards"), "flexionExtensionFilms");
  if (f == nullptr || !f->IsObject()) return std::nullopt;
  FilmsWording w;
  if (const auto* l = member(f, "linksInstability"); l != nullptr && l->IsBool()) {
    w.links_instability = l->GetBool();
  }
  w.summary = str_member(f, "summary");
  w.detail = str_member(f, "detail");
  w.suggested_order = str_member(f, "suggestedOrder");
  w.films = str_member(f, "films");
  if (const auto* codes = member(f, "codes"); codes != nullptr && codes->IsArray()) {
    for (const auto& c : codes->GetArray()) {
      w.codes.push_back({std::string(str_member(&c, "system")), std::string(str_member(&c, "code")),
                         std::string(str_member(&c, "display"))});
    }
  }
  w.code_text = str_member(f, "codeText");
  w.reason = str_member(f, "reason");
  if (w.summary.empty() || w.films.empty() || w.codes.empty()) return std::nullopt;
  return w;
}

}  // namespace

const FilmsWording* shipped_films_wording(std::string_view family) {
  static const auto shipped = [] {
    std::map<std::string, std::optional<FilmsWording>, std::less<>> out;
    for (const auto fam : {criteria::kLumbarFusion, criteria::kCervicalFusion}) {
      const std::string_view text = criteria::shipped_policy_text(fam);
      rapidjson::Document doc;
      doc.Parse(text.data(), text.size());
      out[std::string(fam)] = doc.HasParseError() ? std::nullopt : read_films(doc);
    }
    return out;
  }();
  const auto it = shipped.find(family);
  return it != shipped.end() && it->second ? &*it->second : nullptr;
}

bool is_http_url(std::string_view s) {
  const bool scheme = s.starts_with("https://") || s.starts_with("http://");
  if (!scheme) return false;
  const auto rest = s.substr(s.find("//") + 2);
  if (rest.empty()) return false;
  return std::none_of(s.begin(), s.end(),
                      [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::vector<LinkInfo> parse_citation(std::string_view citation) {
  // Entries look like "Label <URL> [certainty]" joined by "; " (Policy::citation),
  // or "Label (URL)" / "Label, URL". A label may itself hold ";" or ")", so an
  // entry ends only after its URL (and certainty), never at the first ";".
  std::vector<LinkInfo> out;
  std::size_t from = 0;
  while (from < citation.size()) {
    auto pos = citation.find("https://", from);
    const auto http = citation.find("http://", from);
    if (http < pos) pos = http;
    if (pos == std::string_view::npos) break;
    const char opener = pos > 0 ? citation[pos - 1] : ' ';
    const char closer = opener == '<' ? '>' : opener == '(' ? ')' : opener == '[' ? ']' : ' ';
    auto end = pos;
    while (end < citation.size() && !std::isspace(static_cast<unsigned char>(citation[end])) &&
           citation[end] != closer && citation[end] != '>' && citation[end] != '"' &&
           citation[end] != ';') {
      ++end;
    }
    std::string url(citation.substr(pos, end - pos));
    while (!url.empty() && (url.back() == '.' || url.back() == ',')) url.pop_back();

    // The label: from the end of the previous entry (or its "]; ") to the URL.
    std::string_view before = citation.substr(from, pos - from);
    if (const auto sep = before.rfind("]; "); sep != std::string_view::npos) {
      before = before.substr(sep + 3);
    }
    std::string label(before);
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!label.empty() && space(label.back())) label.pop_back();
    if (!label.empty() && std::string_view("<([,:-").find(label.back()) != std::string_view::npos) {
      label.pop_back();
    }
    while (!label.empty() && space(label.back())) label.pop_back();
    std::size_t start = 0;
    while (start < label.size() && (space(label[start]) || label[start] == ';')) ++start;
    label = label.substr(start);
    if (label.empty()) label = "Guideline source";

    // Skip the closing bracket, a " [certainty]" and the "; " that follow.
    if (end < citation.size() && citation[end] == closer) ++end;
    auto rest = citation.substr(end);
    const auto ws = rest.find_first_not_of(' ');
    if (ws != std::string_view::npos && rest[ws] == '[') {
      const auto close = rest.find(']', ws);
      if (close != std::string_view::npos) end += close + 1;
    }
    while (end < citation.size() && (citation[end] == ';' || space(citation[end]))) ++end;
    from = end;

    if (!is_http_url(url)) continue;
    LinkInfo l{label, url};
    if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(std::move(l));
  }
  return out;
}

Guideline read_guideline(const criteria::Policy* policy, std::string_view profile) {
  Guideline g;
  g.label = std::string(kDefaultLabel);
  g.url = std::string(kDefaultUrl);
  if (policy == nullptr || policy->text.empty()) return g;
  rapidjson::Document doc;
  doc.Parse(policy->text.data(), policy->text.size());
  if (doc.HasParseError() || !doc.IsObject()) return g;

  const auto label =
      first_string(doc, {{"guideline", "label"}, {"source", "label"}, {"", "label"}});
  if (!label.empty()) g.label = std::string(label);
  const auto url = first_string(doc, {{"guideline", "url"}, {"source", "url"}, {"", "url"}});
  if (is_http_url(url)) g.url = std::string(url);
  collect_links(doc, g.links, 0);
  // Without a label of its own, the policy's first linked source is the
  // guideline: a card's source is a primary source, never the project.
  if (label.empty() && !g.links.empty()) {
    g.label = g.links.front().label;
    g.url = g.links.front().url;
  }
  const std::string prof(profile.empty() ? "default" : profile);
  // The typed thresholds when the policy was loaded by the criteria loader;
  // else a search of the JSON.
  if (policy->has_profile(prof) || policy->has_profile("default")) {
    const auto& th = policy->profile(prof).thresholds;
    if (const auto it = th.find("pt.minWeeks"); it != th.end() && it->second.value > 0) {
      g.pt_weeks = it->second.value;
    }
  }
  if (!g.pt_weeks) g.pt_weeks = find_pt_weeks(doc, false, 0);

  const rapidjson::Value* p = member(member(&doc, "profiles"), prof);
  for (const char* key : {"paNeeded", "pa-needed", "priorAuthorization"}) {
    auto s = str_member(p, key);
    if (s.empty()) s = str_member(&doc, key);
    if (!s.empty()) {
      g.pa_needed = std::string(s);
      break;
    }
  }
  g.films = read_films(doc);
  return g;
}

const std::vector<LinkInfo>* Guideline::cited_links(std::string_view citation) const {
  const auto it = citation_links.find(citation);
  return it != citation_links.end() ? &it->second : nullptr;
}

namespace {

// What each rule's criterion will cite under `profile`, parsed now.
void read_citations(const criteria::Policy& policy, std::string_view profile, Guideline& g) {
  if (!policy.has_profile(profile) && !policy.has_profile("default")) return;
  const auto& prof = policy.profile(profile);
  for (const auto& r : policy.rules) {
    auto citation = policy.citation(r.id, prof);
    if (g.citation_links.contains(citation)) continue;
    auto links = parse_citation(citation);
    g.citation_links.emplace(std::move(citation), std::move(links));
  }
}

}  // namespace

Guidelines read_guidelines(const criteria::Policy& policy) {
  Guidelines out;
  out.emplace("default", read_guideline(&policy, "default"));
  for (const auto& [name, profile] : policy.profiles) {
    out.emplace(name, read_guideline(&policy, name));
  }
  for (auto& [name, g] : out) read_citations(policy, name, g);
  return out;
}

}  // namespace spinecds::cards
