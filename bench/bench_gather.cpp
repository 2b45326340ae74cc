// The gather fetches missing prefetch keys in parallel: six missing keys
// against a FHIR server that delays every answer by 200 ms should take about
// one delay, not six. The server is the project's test server
// (tests/fhir-server, installed by deploy/fhir-test-server-setup.sh) behind
// its fault proxy in delay-200 mode.
//
//   cmake -S . -B build-bench -G Ninja -DSPINECDS_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
//   ninja -C build-bench bench_gather && build-bench/bench/bench_gather
#include <benchmark/benchmark.h>

#include <iostream>
#include <memory>

#include "fhir/gather.h"
#include "tests/integration/gather_support.h"

namespace gs = gather_support;
using namespace spinecds::fhir;

namespace {

constexpr int kDelayMs = 200;
const std::vector<std::string> kMissing = {"conditions",        "procedures",      "observations",
                                           "diagnosticReports", "serviceRequests", "medications"};

struct Servers {
  // One page per search, so each key costs exactly one delayed answer.
  gs::NodeProcess fhir{"server.mjs", {"--page-size", "100"}};
  gs::NodeProcess proxy{"fault-proxy.mjs",
                        {"--upstream", "http://127.0.0.1:" + std::to_string(fhir.port())}};
  rapidjson::Document record = gs::read_json(std::string(SPINECDS_SOURCE_DIR) +
                                             "/tests/data/fhir/record-l45-spondylolisthesis.json");
  std::string base = "http://127.0.0.1:" + std::to_string(proxy.port()) + "/delay-" +
                     std::to_string(kDelayMs) + "/fhir";
  Servers() {
    if (gs::raw_http(fhir.port(), "POST", "/fhir", gs::transaction_of(record)).status != 200) {
      throw std::runtime_error("could not load the FHIR test server");
    }
  }
  // The record's request with `missing` left out of the prefetch.
  rapidjson::Document request(const std::vector<std::string>& missing) const {
    rapidjson::Document r;
    r.CopyFrom(record, r.GetAllocator());
    for (const auto& k : missing) r["prefetch"].RemoveMember(k.c_str());
    r["fhirServer"].SetString(base.c_str(), r.GetAllocator());
    return r;
  }
  GatherOptions options() const {
    GatherOptions o;
    o.allowed_servers = {base};
    return o;
  }
};

Servers* servers() {
  static std::unique_ptr<Servers> s;
  if (!s) s = std::make_unique<Servers>();
  return s.get();
}

void check(const GatherResult& r, benchmark::State& state) {
  if (r.error || !r.record.gaps.empty() || r.record.resources.Size() != 22) {
    state.SkipWithError("the gather did not bring the whole record");
  }
}

// What the service does: the six keys at once.
void BM_GatherSixMissingKeys(benchmark::State& state) {
  if (!gs::server_installed()) return state.SkipWithError("run deploy/fhir-test-server-setup.sh");
  const auto request = servers()->request(kMissing);
  const auto options = servers()->options();
  for (auto _ : state) {
    auto r = gather(request, options);
    check(r, state);
    benchmark::DoNotOptimize(r);
  }
  wait_for_background_fetches(std::chrono::seconds(10));
}

// The baseline it is measured against: the same six keys one at a time.
void BM_GatherSixKeysOneByOne(benchmark::State& state) {
  if (!gs::server_installed()) return state.SkipWithError("run deploy/fhir-test-server-setup.sh");
  std::vector<rapidjson::Document> requests;
  for (const auto& k : kMissing) requests.push_back(servers()->request({k}));
  const auto options = servers()->options();
  for (auto _ : state) {
    for (const auto& req : requests) {
      auto r = gather(req, options);
      check(r, state);
      benchmark::DoNotOptimize(r);
    }
  }
  wait_for_background_fetches(std::chrono::seconds(10));
}

}  // namespace

BENCHMARK(BM_GatherSixMissingKeys)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);
BENCHMARK(BM_GatherSixKeysOneByOne)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

BENCHMARK_MAIN();
