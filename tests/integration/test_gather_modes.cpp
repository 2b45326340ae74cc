// The gather against a real FHIR R4 server (Medplum's engine, started from
// tests/fhir-server): the same hook with full, partial and no prefetch gives
// the same record; the server is contacted only when it must be and may be.
#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>
#include <set>

#include "fhir/gather.h"
#include "fhir_server_check.h"
#include "gather_support.h"

namespace gs = gather_support;
using namespace spinecds::fhir;

namespace {

// One server for the whole program, with a small page size so every search
// of more than five resources is paged.
gs::NodeProcess* server() {
  static std::unique_ptr<gs::NodeProcess> s;
  if (!s)
    s = std::make_unique<gs::NodeProcess>("server.mjs",
                                          std::vector<std::string>{"--page-size", "5"});
  return s.get();
}

std::string base() {
  return "http://127.0.0.1:" + std::to_string(server()->port()) + "/fhir";
}

void load(const rapidjson::Value& request) {
  const auto a = gs::raw_http(server()->port(), "POST", "/fhir", gs::transaction_of(request));
  REQUIRE(a.status == 200);
}

GatherOptions options() {
  GatherOptions o;
  o.allowed_servers = {base()};
  // Under valgrind (tests/CMakeLists.txt) every fetch is many times slower and
  // the 3 s deadline would turn a loaded machine's slowness into gaps; that
  // run checks the heap at exit, not the deadline.
  if (const char* ms = std::getenv("SPINECDS_TEST_GATHER_DEADLINE_MS")) {
    o.deadline_ms = static_cast<int>(std::strtol(ms, nullptr, 10));
  }
  return o;
}

void set_server(rapidjson::Document& request, const std::string& url) {
  request["fhirServer"].SetString(url.c_str(), request.GetAllocator());
}

struct Modes {
  rapidjson::Document partial_request, none_request;  // the records view their prefetch
  GatherResult full, partial, none;
};

// `request` must outlive the answer: its record views it.
Modes gather_three_ways(rapidjson::Document& request) {
  set_server(request, base());
  Modes m;
  m.full = gather(request, options());
  auto& partial = m.partial_request;
  partial.CopyFrom(request, partial.GetAllocator());
  for (const char* k : {"conditions", "procedures", "observations", "coverage"}) {
    partial["prefetch"].RemoveMember(k);
  }
  m.partial = gather(partial, options());
  auto& none = m.none_request;
  none.CopyFrom(request, none.GetAllocator());
  none.RemoveMember("prefetch");
  m.none = gather(none, options());
  CHECK(wait_for_background_fetches(std::chrono::seconds(10)));
  for (const auto* r : {&m.full, &m.partial, &m.none}) {
    REQUIRE_FALSE(r->error);
    CHECK(r->record.gaps.empty());
  }
  return m;
}

}  // namespace

TEST_CASE("full, partial and no prefetch give the same record: the project's L4-L5 record") {
  if (!gs::fhir_server_ready()) return;
  auto request = gs::read_json(std::string(SPINECDS_SOURCE_DIR) +
                               "/tests/data/fhir/record-l45-spondylolisthesis.json");
  load(request);
  const auto m = gather_three_ways(request);
  const auto full = gs::sorted_resources(m.full.record);
  CHECK(full.size() == 22);
  CHECK(gs::sorted_resources(m.partial.record) == full);
  CHECK(gs::sorted_resources(m.none.record) == full);
  // Seven conditions came over two pages; the Encounter through _include.
  int conditions = 0, encounters = 0;
  for (const auto& r : m.none.record.resources.GetArray()) {
    conditions += std::string(r["resourceType"].GetString()) == "Condition";
    encounters += std::string(r["resourceType"].GetString()) == "Encounter";
  }
  CHECK(conditions == 7);
  CHECK(encounters == 1);
}

TEST_CASE("full, partial and no prefetch give the same record: the founding L2-pelvis case") {
  if (!gs::fhir_server_ready()) return;
  const std::string path = std::string(SPINECDS_SHARED_DIR) + "/cases/seed-l2-pelvis/request.json";
  if (!std::ifstream(path)) {
    MESSAGE("skipped: shared/ is absent");
    return;
  }
  auto request = gs::read_json(path);
  load(request);
  const auto m = gather_three_ways(request);
  // The EHR's observations prefetch carries a vital-signs Observation that the
  // template's categories exclude; a FHIR server rightly leaves it out.
  std::vector<std::string> expected;
  for (const auto& text : gs::sorted_resources(m.full.record)) {
    if (text.find("\"code\":\"vital-signs\"") == std::string::npos) expected.push_back(text);
  }
  CHECK(expected.size() + 1 == m.full.record.resources.Size());
  CHECK(gs::sorted_resources(m.none.record) == expected);
  const auto partial = gs::sorted_resources(m.partial.record);
  CHECK(partial == expected);
}

TEST_CASE("a complete prefetch never contacts the server, allowed or not") {
  if (!gs::fhir_server_ready()) return;
  auto request = gs::read_json(std::string(SPINECDS_SOURCE_DIR) +
                               "/tests/data/fhir/record-l45-spondylolisthesis.json");
  gs::Listener listener;
  set_server(request, listener.base());
  auto o = options();
  o.allowed_servers = {listener.base()};
  auto r = gather(request, o);
  CHECK_FALSE(r.error);
  CHECK(r.record.resources.Size() == 22);
  o.allowed_servers = {};
  r = gather(request, o);
  CHECK_FALSE(r.error);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(listener.connections() == 0);
}

TEST_CASE("a fhirServer off the allowlist: 400 and no connection; no fhirServer: 412") {
  if (!gs::fhir_server_ready()) return;
  auto request = gs::read_json(std::string(SPINECDS_SOURCE_DIR) +
                               "/tests/data/fhir/record-l45-spondylolisthesis.json");
  request["prefetch"].RemoveMember("coverage");
  gs::Listener listener;
  set_server(request, listener.base());
  auto r = gather(request, options());
  REQUIRE(r.error);
  CHECK(r.error->http_status == 400);
  CHECK(r.error->error_id == "spinecds.request.fhir-server-not-allowed");
  CHECK(r.error->expression == "fhirServer");

  request.RemoveMember("fhirServer");
  r = gather(request, options());
  REQUIRE(r.error);
  CHECK(r.error->http_status == 412);
  CHECK(r.error->error_id == "spinecds.prefetch.unavailable");
  CHECK(r.error->expression == "prefetch.coverage");
  CHECK(r.error->message.find("test-token-9001") == std::string::npos);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(listener.connections() == 0);
}
