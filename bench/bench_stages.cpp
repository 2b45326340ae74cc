// The hook pipeline stage by stage (issue 14): parse, validate, gather from
// prefetch, extract, assess, render, serialise, and the whole call, on the
// seed case (tests/data/founding/seed-l2-pelvis) and on a large record made
// at start (bench/large_record.h). Each stage gets the previous stage's output
// made once outside the timed loop. bench/stages.sh prints the table;
// numbers and what moved them are in docs/performance.md.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "cards/guideline.h"
#include "cards/render.h"
#include "criteria/assess.h"
#include "criteria/policy.h"
#include "criteria/profile_choice.h"
#include "fhir/gather.h"
#include "fhir/json_arena.h"
#include "fhir/json_parse.h"
#include "large_record.h"
#include "service/hook_pipeline.h"
#include "service/schema_set.h"
#include "service/services.h"
#include "terminology/fusion_orders.h"
#include "terminology/record_facts.h"

namespace {

using namespace spinecds;

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const criteria::Policy& policy() {
  static const criteria::Policy p = [] {
    auto load = criteria::load_policy(criteria::default_policy_text());
    if (!load.policy) throw std::runtime_error(load.error);
    return *load.policy;
  }();
  return p;
}

// Read once, as the service reads them at policy load (PolicySnapshot).
const cards::Guidelines& guidelines() {
  static const cards::Guidelines g = cards::read_guidelines(policy());
  return g;
}

const service::SchemaSet& schemas() {
  static const service::SchemaSet s;
  return s;
}

fhir::GatherOptions offline() {
  fhir::GatherOptions o;
  o.offline = true;  // everything comes from the prefetch: no network in a benchmark
  return o;
}

// One request carried through every stage once, so each benchmark can time
// its own stage on real input.
struct Case {
  std::string body;
  rapidjson::Document request;
  std::vector<const rapidjson::Value*> orders;
  fhir::Record record;
  std::string profile;
  std::vector<terminology::RecordFacts> facts;
  std::vector<criteria::Assessment> assessments;
  rapidjson::Document response;

  cards::RenderInput render_input() const {
    cards::RenderInput in;
    in.request = &request;
    in.orders = orders;
    in.assessments = &assessments;
    in.policy = &policy();
    in.guidelines = &guidelines();
    in.record = &record;
    return in;
  }
  criteria::AssessInput assess_input(std::size_t i) const {
    criteria::AssessInput in;
    in.facts = &facts[i];
    in.data_gaps = record.gaps;
    in.as_of = "2026-11-20";
    in.profile = profile;
    return in;
  }
};

std::unique_ptr<Case> make_case(std::string body) {
  auto c = std::make_unique<Case>();
  c->body = std::move(body);
  // As run_hook parses it: in situ, so gather and render share its strings.
  if (fhir::parse_json_in_situ(c->body, c->request).status != fhir::JsonParseStatus::ok) {
    throw std::runtime_error("bench_stages: the request does not parse");
  }
  c->orders = terminology::lumbar_fusion_orders(c->request["context"]["draftOrders"]);
  auto gathered = fhir::gather(c->request, offline());
  c->record = std::move(gathered.record);
  c->profile = criteria::choose_profile(c->record, {}, policy());
  for (const auto* o : c->orders)
    c->facts.push_back(terminology::extract_record_facts(o, c->record));
  for (std::size_t i = 0; i < c->facts.size(); ++i) {
    c->assessments.push_back(criteria::assess(policy(), c->assess_input(i)));
  }
  c->response = cards::render_response(c->render_input());
  return c;
}

const std::string& seed_text() {
  static const std::string s =
      read(std::string(SPINECDS_SOURCE_DIR) + "/tests/data/founding/seed-l2-pelvis/request.json");
  return s;
}

// range(0): 0 the seed case, 1 the large record.
const Case& the_case(const benchmark::State& state) {
  // Each made on first use, so a filtered run (callgrind) pays only for its own.
  if (state.range(0) == 0) {
    static const auto seed = make_case(seed_text());
    return *seed;
  }
  static const auto large = make_case(bench::make_large_request(seed_text()));
  return *large;
}

void label(benchmark::State& state, const Case& c) {
  state.SetLabel((state.range(0) == 0 ? "seed " : "large ") + std::to_string(c.body.size()) +
                 " B, " + std::to_string(c.record.resources.Size()) + " resources");
}

// As run_hook parses: in situ, into this thread's reused arena.
void BM_Parse(benchmark::State& state) {
  const auto& c = the_case(state);
  for (auto _ : state) {
    const auto arena = fhir::JsonArenaLease::acquire();
    rapidjson::Document d(arena.allocator());
    benchmark::DoNotOptimize(fhir::parse_json_in_situ(c.body, d));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.body.size()));
  label(state, c);
}

void BM_Validate(benchmark::State& state) {
  const auto& c = the_case(state);
  for (auto _ : state) {
    benchmark::DoNotOptimize(schemas().validate(service::SchemaId::hook_request, c.request));
    benchmark::DoNotOptimize(
        schemas().validate(service::SchemaId::order_sign_context, c.request["context"]));
  }
  label(state, c);
}

void BM_GatherFromPrefetch(benchmark::State& state) {
  const auto& c = the_case(state);
  const auto options = offline();
  for (auto _ : state) benchmark::DoNotOptimize(fhir::gather(c.request, options));
  label(state, c);
}

void BM_Extract(benchmark::State& state) {
  const auto& c = the_case(state);
  for (auto _ : state) {
    for (const auto* o : c.orders) {
      benchmark::DoNotOptimize(terminology::extract_record_facts(o, c.record));
    }
  }
  label(state, c);
}

void BM_Assess(benchmark::State& state) {
  const auto& c = the_case(state);
  for (auto _ : state) {
    benchmark::DoNotOptimize(criteria::choose_profile(c.record, {}, policy()));
    for (std::size_t i = 0; i < c.facts.size(); ++i) {
      benchmark::DoNotOptimize(criteria::assess(policy(), c.assess_input(i)));
    }
  }
  label(state, c);
}

void BM_Render(benchmark::State& state) {
  const auto& c = the_case(state);
  const auto in = c.render_input();
  for (auto _ : state) benchmark::DoNotOptimize(cards::render_response(in));
  label(state, c);
}

void BM_Serialise(benchmark::State& state) {
  const auto& c = the_case(state);
  std::size_t size = 0;
  for (auto _ : state) {
    std::string body;
    service::write_response(c.response, body);
    size = body.size();
    benchmark::DoNotOptimize(body);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
  label(state, c);
}

// The whole call as the service runs it (run_hook, then the body as sent).
void BM_WholeCall(benchmark::State& state) {
  const auto& c = the_case(state);
  service::PipelineDeps deps;
  deps.schemas = &schemas();
  deps.policy = &policy();
  deps.guidelines = &guidelines();
  deps.gather = offline();
  deps.today = "2026-11-20";
  const auto* svc = service::find_service("lumbar-fusion-order-sign");
  for (auto _ : state) {
    auto r = service::run_hook(*svc, c.body, deps);
    if (!r.ok) state.SkipWithError(r.error.message.c_str());
    std::string body;
    service::write_response(r.response, body);
    benchmark::DoNotOptimize(body);
  }
  label(state, c);
}

#define STAGE(fn) BENCHMARK(fn)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond)
STAGE(BM_Parse);
STAGE(BM_Validate);
STAGE(BM_GatherFromPrefetch);
STAGE(BM_Extract);
STAGE(BM_Assess);
STAGE(BM_Render);
STAGE(BM_Serialise);
STAGE(BM_WholeCall);

}  // namespace

BENCHMARK_MAIN();
