// Cards a clinician reads in seconds in a narrow EHR panel (DESIGN.md §6),
// checked over every case the project carries and, when present, the shared
// cases: the whole pipeline runs offline (as `spinecds assess --format
// cards`), so what is checked is what an EHR receives.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "cards/guideline.h"
#include "cards/markdown_escape.h"
#include "criteria/policy.h"
#include "service/hook_pipeline.h"
#include "service/schema_set.h"
#include "service/services.h"
#include "support/cards_fixtures.h"

using namespace spinecds;
using namespace spinecds::test;
namespace fs = std::filesystem;

namespace {

struct Rendered {
  std::string name;
  rapidjson::Document response;
};

std::vector<fs::path> case_requests(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const auto req = e.path() / "request.json";
    if (fs::exists(req, ec)) out.push_back(req);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Rendered> render_cases(const fs::path& dir) {
  static const auto load = criteria::load_policy(criteria::default_policy_text());
  REQUIRE(load.policy);
  static const service::SchemaSet schemas;
  std::vector<Rendered> out;
  for (const auto& path : case_requests(dir)) {
    const std::string body = read_text(path);
    rapidjson::Document peek;
    peek.Parse(body.c_str());
    if (!peek.IsObject() || !peek.HasMember("hook") || !peek["hook"].IsString()) continue;
    const service::ServiceDef* svc = nullptr;
    for (const auto& s : service::services()) {
      if (s.hook == peek["hook"].GetString() && svc == nullptr) svc = &s;
    }
    if (svc == nullptr) continue;
    service::PipelineDeps deps;
    deps.schemas = &schemas;
    deps.policy = &*load.policy;
    deps.gather.offline = true;
    deps.today = "2026-11-20";
    auto r = service::run_hook(*svc, body, deps);
    if (!r.ok) continue;  // bad-input cases are the HTTP tests' business
    out.push_back({path.parent_path().filename().string(), std::move(r.response)});
  }
  return out;
}

std::string str(const rapidjson::Value& v, const char* key) {
  return v.IsObject() && v.HasMember(key) && v[key].IsString() ? v[key].GetString() : "";
}

// Quoted record words in a detail: the text between the quotes after ": ".
std::vector<std::string> quotes(const std::string& detail) {
  static const std::regex q(R"re(: "([^"]+)")re");
  std::vector<std::string> out;
  for (std::sregex_iterator it(detail.begin(), detail.end(), q), end; it != end; ++it) {
    out.push_back((*it)[1]);
  }
  return out;
}

// Hosts that are never a clinical source: AI answer sites, forums, blogs,
// news, and summaries of other people's policies.
bool banned_host(const std::string& url) {
  static const char* kBanned[] = {"droracle",     "backworkai", "verity.",      "reddit.",
                                  "quora.",       "medium.com", "blogspot.",    "wordpress.",
                                  "substack.",    "chatgpt",    "perplexity",   "openevidence",
                                  "spinalnews",   "pdfslide",   "studylib",     "d3rx.",
                                  "genhealth.ai", "github.com", "facebook.com", "x.com/"};
  for (const char* b : kBanned) {
    if (url.find(b) != std::string::npos) return true;
  }
  return false;
}

bool balanced(const std::string& s) {
  int depth = 0;
  for (char c : s) {
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) return false;
  }
  return depth == 0;
}

void check_response(const Rendered& r) {
  CAPTURE(r.name);
  static const std::regex resource_id(
      R"((Patient|ServiceRequest|DiagnosticReport|Observation|Procedure|Condition|Medication)"
      R"(Request|MedicationStatement|DocumentReference|Encounter|Coverage|ImagingStudy|)"
      R"(Practitioner)\\?/[A-Za-z0-9\-.]+)");
  std::map<std::string, std::string> quote_card;  // quote → the card that showed it
  std::set<std::string> summaries;
  for (const auto& c : r.response["cards"].GetArray()) {
    const std::string summary = str(c, "summary");
    const std::string detail = str(c, "detail");
    CAPTURE(summary);
    CHECK(cards::code_point_count(summary) <= 139);
    CHECK_MESSAGE(summaries.insert(summary).second, "two cards with the same summary");
    CHECK(cards::code_point_count(detail) <= 800);
    CHECK_MESSAGE(detail.find("|---") == std::string::npos, "a table in a narrow panel");
    CHECK_MESSAGE(detail.find("\n|") == std::string::npos, "a table row");
    CHECK_MESSAGE(!std::regex_search(detail, resource_id), "a ResourceType/id in: " << detail);
    CHECK_MESSAGE(!std::regex_search(summary, resource_id), "a ResourceType/id in the summary");
    for (const auto& q : quotes(detail)) {
      CHECK_MESSAGE(cards::code_point_count(q) <= 120, "quote over 120 characters: " << q);
      const auto [it, fresh] = quote_card.emplace(q, summary);
      CHECK_MESSAGE(fresh, "quote shown twice (" << it->second << "): " << q);
    }
    std::vector<std::pair<std::string, std::string>> sources = {
        {str(c["source"], "label"), str(c["source"], "url")}};
    if (c.HasMember("links")) {
      for (const auto& l : c["links"].GetArray())
        sources.push_back({str(l, "label"), str(l, "url")});
    }
    for (const auto& [label, url] : sources) {
      CAPTURE(label);
      CAPTURE(url);
      CHECK(url.rfind("https://", 0) == 0);
      CHECK_FALSE(banned_host(url));
      CHECK(url.find("spinecds.dev") == std::string::npos);  // the project is no source
      CHECK_FALSE(label.empty());
      CHECK(balanced(label));
      CHECK(label.find('<') == std::string::npos);
      CHECK(label.find("[verified]") == std::string::npos);
      CHECK(label.find("[secondary]") == std::string::npos);
    }
  }
}

}  // namespace

TEST_CASE(
    "every project case: narrow-panel cards, evidence as clinicians name it, primary sources") {
  const auto all = render_cases(fs::path(source_dir()) / "tests/data/cases");
  REQUIRE(all.size() >= 10);
  std::size_t cards = 0;
  for (const auto& r : all) {
    check_response(r);
    cards += r.response["cards"].Size();
  }
  CHECK(cards >= 20);
}

TEST_CASE("every shared case (skipped when ../shared is absent)") {
  const fs::path dir = fs::path(shared_dir()) / "cases";
  if (!fs::is_directory(dir)) {
    MESSAGE("skipped: " << dir.string() << " is absent");
    return;
  }
  for (const auto& r : render_cases(dir)) check_response(r);
}

TEST_CASE("the shipped policy links only primary sources, with their own titles") {
  const auto load = criteria::load_policy(criteria::default_policy_text());
  REQUIRE(load.policy);
  const auto g = cards::read_guideline(&*load.policy, "default");
  CHECK_FALSE(banned_host(g.url));
  CHECK(g.url.find("spinecds.dev") == std::string::npos);
  REQUIRE_FALSE(g.links.empty());
  for (const auto& l : g.links) {
    CAPTURE(l.url);
    CHECK_FALSE(banned_host(l.url));
    CHECK(balanced(l.label));
  }
}

TEST_CASE("citation labels keep their parentheses and stay apart") {
  const auto links = cards::parse_citation(
      "Lumbar Spinal Fusion (BCBS ND, quoting NASS) <https://www.bcbsnd.com/a> [verified]; "
      "No link here (note; with a semicolon) [unverified]; "
      "High-grade slip (> 50 %); BMC 2023 <https://bmc.example.org/x> [verified]");
  REQUIRE(links.size() == 2);
  CHECK(links[0].label == "Lumbar Spinal Fusion (BCBS ND, quoting NASS)");
  CHECK(links[0].url == "https://www.bcbsnd.com/a");
  CHECK(links[1].label == "High-grade slip (> 50 %); BMC 2023");
  CHECK(links[1].url == "https://bmc.example.org/x");
  const auto legacy = cards::parse_citation(
      "NASS coverage recommendations: lumbar fusion, "
      "https://www.spine.org/coverage");
  REQUIRE(legacy.size() == 1);
  CHECK(legacy[0].label == "NASS coverage recommendations: lumbar fusion");
}

TEST_CASE(
    "the guidelines read with the policy hold every rule's citation links as cards cite them") {
  const auto load = criteria::load_policy(criteria::default_policy_text());
  REQUIRE(load.policy);
  const auto guidelines = cards::read_guidelines(*load.policy);
  REQUIRE_FALSE(guidelines.empty());
  std::size_t linked = 0;
  for (const auto& [name, g] : guidelines) {
    CAPTURE(name);
    for (const auto& r : load.policy->rules) {
      const auto citation = load.policy->citation(r.id, load.policy->profile(name));
      const auto* cited = g.cited_links(citation);
      REQUIRE(cited != nullptr);
      CHECK(*cited == cards::parse_citation(citation));
      linked += cited->size();
    }
  }
  CHECK(linked > 0);
  // A citation the policy does not hold is parsed where it is used.
  CHECK(guidelines.begin()->second.cited_links("Other <https://example.org/x> [verified]") ==
        nullptr);
}
