// Request validation per call: the project's schemas with explicit format
// validators (SchemaSet, concurrent), against the same schemas with the
// RapidJSON 1.1 `pattern` regexes they used to carry, which had to run one
// thread at a time per schema. Numbers in docs/hostile-input.md.
#include <benchmark/benchmark.h>

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/schema.h>

#include "service/schema_set.h"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const rapidjson::Document& request() {
  static const rapidjson::Document d = [] {
    rapidjson::Document doc;
    const auto text =
        read(std::string(SPINECDS_SOURCE_DIR) + "/tests/data/service/l2-pelvis-order-sign.json");
    doc.Parse(text.c_str());
    return doc;
  }();
  return d;
}

// The schema file with each format put back as the regex it replaced.
std::string with_patterns(const std::string& file) {
  static const std::map<std::string, std::string> kRegex = {
      {"uuid", R"(^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$)"},
      {"fhir-base", R"(^https?://[^ \\t\\r\\n]+$)"},
      {"fhir-id", R"(^[A-Za-z0-9.-]{1,64}$)"},
      {"b64token", R"(^[A-Za-z0-9._~+/-]+=*$)"},
      {"fhir-resource-type", R"(^[A-Z][A-Za-z]{1,63}$)"},
      {"fhir-user-reference",
       R"(^(Practitioner|PractitionerRole|Patient|RelatedPerson)/[A-Za-z0-9.-]{1,64}$)"},
      {"fhir-reference", R"(^[A-Z][A-Za-z]{1,63}/[A-Za-z0-9.-]{1,64}$)"},
  };
  auto text = read(std::string(SPINECDS_SOURCE_DIR) + "/service/schemas/" + file);
  for (const auto& [format, regex] : kRegex) {
    const std::string from = "\"format\": \"" + format + "\"";
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), "\"pattern\": \"" + regex + "\"");
    }
  }
  return text;
}

struct PatternSchemas {
  rapidjson::Document hook_source, context_source;
  std::unique_ptr<rapidjson::SchemaDocument> hook, context;
  std::mutex hook_lock, context_lock;  // what the pattern matcher required
  PatternSchemas() {
    hook_source.Parse(with_patterns("hook-request.schema.json").c_str());
    context_source.Parse(with_patterns("order-sign-context.schema.json").c_str());
    hook = std::make_unique<rapidjson::SchemaDocument>(hook_source);
    context = std::make_unique<rapidjson::SchemaDocument>(context_source);
  }
};

void BM_ValidateFormats(benchmark::State& state) {
  static const spinecds::service::SchemaSet schemas;
  const auto& r = request();
  for (auto _ : state) {
    auto a = schemas.validate(spinecds::service::SchemaId::hook_request, r);
    auto b = schemas.validate(spinecds::service::SchemaId::order_sign_context, r["context"]);
    if (a || b) state.SkipWithError("the sample request should be valid");
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_ValidateFormats)->Threads(1)->Threads(2)->UseRealTime();

void BM_ValidatePatternsLocked(benchmark::State& state) {
  static PatternSchemas schemas;
  const auto& r = request();
  for (auto _ : state) {
    bool ok = true;
    {
      std::lock_guard lock(schemas.hook_lock);
      rapidjson::SchemaValidator v(*schemas.hook);
      ok = r.Accept(v) && ok;
    }
    {
      std::lock_guard lock(schemas.context_lock);
      rapidjson::SchemaValidator v(*schemas.context);
      ok = r["context"].Accept(v) && ok;
    }
    if (!ok) state.SkipWithError("the sample request should be valid");
  }
}
BENCHMARK(BM_ValidatePatternsLocked)->Threads(1)->Threads(2)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
