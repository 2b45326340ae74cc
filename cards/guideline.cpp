#include "cards/guideline.h"

#include <algorithm>
#include <cctype>

#include <rapidjson/document.h>

#include "cards/json_build.h"

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

}  // namespace

bool is_http_url(std::string_view s) {
  const bool scheme = s.starts_with("https://") || s.starts_with("http://");
  if (!scheme) return false;
  const auto rest = s.substr(s.find("//") + 2);
  if (rest.empty()) return false;
  return std::none_of(s.begin(), s.end(),
                      [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::vector<LinkInfo> parse_citation(std::string_view citation) {
  std::vector<LinkInfo> out;
  while (!citation.empty()) {
    const auto semi = citation.find(';');
    const std::string_view part = citation.substr(0, semi);
    citation = semi == std::string_view::npos ? std::string_view() : citation.substr(semi + 1);
    auto pos = part.find("https://");
    if (pos == std::string_view::npos) pos = part.find("http://");
    if (pos == std::string_view::npos) continue;
    auto end = pos;
    while (end < part.size() && !std::isspace(static_cast<unsigned char>(part[end])) &&
           part[end] != ')' && part[end] != ']' && part[end] != '>' && part[end] != '"') {
      ++end;
    }
    std::string url(part.substr(pos, end - pos));
    while (!url.empty() && (url.back() == '.' || url.back() == ',')) url.pop_back();
    if (!is_http_url(url)) continue;
    // The label is what precedes the URL ("Label (URL), certainty: ...").
    std::string label(part.substr(0, pos));
    const auto junk = [](char c) {
      return std::isspace(static_cast<unsigned char>(c)) || c == '-' || c == ':' || c == ',' ||
             c == '(' || c == ')' || c == '[' || c == ']' || c == '<' || c == '>' || c == '.';
    };
    while (!label.empty() && junk(label.back())) label.pop_back();
    std::size_t start = 0;
    while (start < label.size() && junk(label[start])) ++start;
    label = label.substr(start);
    if (label.empty()) label = "Guideline source";
    LinkInfo l{label, url};
    if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(std::move(l));
  }
  return out;
}

Guideline read_guideline(const criteria::Policy* policy, std::string_view profile) {
  Guideline g{std::string(kDefaultLabel), std::string(kDefaultUrl), {}, std::nullopt, ""};
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
  return g;
}

}  // namespace spinecds::cards
