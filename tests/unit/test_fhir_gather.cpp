// The gather's decisions against a scripted transport: what is fetched and
// what is not, 412 and 400, paging caps, retries, parallelism and the
// deadline. The real server and real faults are in tests/integration.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <thread>

#include <rapidjson/document.h>

#include "fhir/gather.h"

using namespace spinecds::fhir;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kBase = "http://127.0.0.1:8090/fhir";

// Answers from a function of the URL and records every request.
class ScriptedTransport : public Transport {
 public:
  using Script = std::function<HttpAnswer(const HttpGet&)>;
  explicit ScriptedTransport(Script s) : script_(std::move(s)) {}
  HttpAnswer get(const HttpGet& request) override {
    {
      std::lock_guard lock(mu_);
      seen_.push_back(request);
    }
    return script_(request);
  }
  std::vector<HttpGet> seen() {
    std::lock_guard lock(mu_);
    return seen_;
  }

 private:
  Script script_;
  std::mutex mu_;
  std::vector<HttpGet> seen_;
};

HttpAnswer ok(std::string body) {
  HttpAnswer a;
  a.status = 200;
  a.body = std::move(body);
  return a;
}

std::string type_of(const std::string& url) {
  auto rest = url.substr(std::string(kBase).size() + 1);
  return rest.substr(0, rest.find_first_of("/?"));
}

// One resource of the searched type per search, the patient for a read.
HttpAnswer fake_server(const HttpGet& r) {
  const auto type = type_of(r.url);
  if (type == "Patient") return ok(R"({"resourceType":"Patient","id":"p1"})");
  return ok(
      R"({"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"resourceType":")" +
      type + R"(","id":"x1"},"search":{"mode":"match"}}]})");
}

rapidjson::Document request(const char* json) {
  rapidjson::Document d;
  d.Parse(json);
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

// A request whose prefetch holds only the given keys (each a one-entry Bundle).
rapidjson::Document request_with(std::vector<std::string> keys, const char* server = kBase,
                                 bool token = true) {
  std::string json =
      R"({"hook":"order-sign","context":{"patientId":"p1","userId":"Practitioner/u1"},)";
  if (server) json += std::string(R"("fhirServer":")") + server + R"(",)";
  if (token)
    json += R"("fhirAuthorization":{"access_token":"SECRET-TOKEN","token_type":"Bearer"},)";
  json += R"("prefetch":{)";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i) json += ",";
    if (keys[i] == "patient") {
      json += R"("patient":{"resourceType":"Patient","id":"p1"})";
    } else {
      json += "\"" + keys[i] +
              R"(":{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Thing","id":")" +
              keys[i] + R"("}}]})";
    }
  }
  json += "}}";
  return request(json.c_str());
}

std::vector<std::string> all_keys() {
  std::vector<std::string> out;
  for (const auto& t : lumbar_fusion_prefetch()) out.push_back(t.key);
  return out;
}

GatherOptions options_with(std::shared_ptr<Transport> t) {
  GatherOptions o;
  o.allowed_servers = {kBase};
  o.transport = std::move(t);
  return o;
}

std::vector<std::string> gap_keys(const GatherResult& r) {
  std::vector<std::string> out;
  for (const auto& g : r.record.gaps) out.push_back(g.key);
  return out;
}

}  // namespace

TEST_CASE("offline: prefetch only, missing keys are gaps, nothing is fetched") {
  auto t = std::make_shared<ScriptedTransport>(fake_server);
  auto o = options_with(t);
  o.offline = true;
  const auto req =
      request(R"({"fhirServer":"http://127.0.0.1:8090/fhir","context":{"patientId":"p1"},
    "prefetch":{"patient":{"resourceType":"Patient","id":"p1"},"conditions":null,
      "procedures":{"resourceType":"OperationOutcome","issue":[]},
      "observations":{"resourceType":"Bundle","entry":[
         {"resource":{"resourceType":"Observation","id":"o1"}},
         {"resource":{"resourceType":"Observation","id":"o1"}},
         {"resource":{"resourceType":"MedicationStatement","id":"m1"}}]}}})");
  const auto r = gather(req, o);
  CHECK_FALSE(r.error);
  CHECK(t->seen().empty());
  CHECK(r.record.resources.Size() == 3);  // Patient, Observation (once), MedicationStatement
  CHECK(gap_keys(r) == std::vector<std::string>{"coverage", "diagnosticReports", "medications",
                                                "procedures", "serviceRequests"});
  for (const auto& g : r.record.gaps) {
    CHECK(g.reason ==
          (g.key == "procedures" ? "the EHR's prefetch query failed" : "not available"));
  }
}

TEST_CASE("a searchset whose outcome entry reports an error is a gap, its resources kept") {
  auto t = std::make_shared<ScriptedTransport>(fake_server);
  auto o = options_with(t);
  o.offline = true;
  auto keys = all_keys();
  auto req = request_with(keys);
  // An exchange's search: a local match, then an outcome saying a source timed out.
  rapidjson::Document part;
  part.Parse(R"({"resourceType":"Bundle","type":"searchset","entry":[
      {"resource":{"resourceType":"Procedure","id":"pr1"},"search":{"mode":"match"}},
      {"resource":{"resourceType":"OperationOutcome","id":"oo1","issue":[
         {"severity":"error","code":"timeout","diagnostics":"HIE source did not answer"}]},
       "search":{"mode":"outcome"}}]})");
  req["prefetch"]["procedures"].CopyFrom(part, req.GetAllocator());
  // A warning alone says nothing is missing.
  part.Parse(R"({"resourceType":"Bundle","type":"searchset","entry":[
      {"resource":{"resourceType":"Condition","id":"c1"},"search":{"mode":"match"}},
      {"resource":{"resourceType":"OperationOutcome","id":"oo2","issue":[
         {"severity":"warning","code":"informational"}]},"search":{"mode":"outcome"}}]})");
  req["prefetch"]["conditions"].CopyFrom(part, req.GetAllocator());
  const auto r = gather(req, o);
  CHECK_FALSE(r.error);
  CHECK(gap_keys(r) == std::vector<std::string>{"procedures"});
  REQUIRE(r.record.gaps.size() == 1);
  CHECK(r.record.gaps[0].reason == "the EHR's prefetch query failed in part");
  CHECK(r.record.gaps[0].partial);
  bool kept = false;
  for (const auto& res : r.record.resources) {
    kept = kept || std::string_view(res["id"].GetString()) == "pr1";
  }
  CHECK(kept);
}

TEST_CASE("a complete prefetch never contacts the server, whatever fhirServer says") {
  auto keys = all_keys();
  keys.erase(
      std::find(keys.begin(), keys.end(), "documents"));  // optional: not fetched without need
  for (const char* server : {kBase, "http://evil.example/fhir", "not a url"}) {
    CAPTURE(server);
    auto t = std::make_shared<ScriptedTransport>(fake_server);
    auto o = options_with(t);
    o.allowed_servers = {"http://other.example/fhir"};
    const auto request_1 = request_with(keys, server);  // the record views it
    const auto r = gather(request_1, o);
    CHECK_FALSE(r.error);
    CHECK(r.record.gaps.empty());
    CHECK(t->seen().empty());
  }
}

TEST_CASE("412 when a needed key is missing and there is no fhirServer; never when it was given") {
  auto t = std::make_shared<ScriptedTransport>(fake_server);
  const auto request_2 = request_with({"patient", "conditions"}, nullptr);  // the record views it
  const auto r = gather(request_2, options_with(t));
  REQUIRE(r.error);
  CHECK(r.error->http_status == 412);
  CHECK(r.error->error_id == "spinecds.prefetch.unavailable");
  CHECK(r.error->expression == "prefetch.procedures");
  CHECK(t->seen().empty());

  // Given but failed, or no data: the record is thin, that is not a 412.
  auto keys = all_keys();
  auto req = request_with(keys, nullptr);
  req["prefetch"]["conditions"].SetNull();
  req["prefetch"]["procedures"].SetObject().AddMember("resourceType", "OperationOutcome",
                                                      req.GetAllocator());
  const auto thin = gather(req, options_with(t));
  CHECK_FALSE(thin.error);
  CHECK(gap_keys(thin) == std::vector<std::string>{"procedures"});
}

TEST_CASE("400 and no request when data must come from a server off the allowlist") {
  auto t = std::make_shared<ScriptedTransport>(fake_server);
  auto o = options_with(t);
  o.allowed_servers = {"http://127.0.0.1:8091/fhir"};
  const auto request_3 = request_with({"patient"});  // the record views it
  const auto r = gather(request_3, o);
  REQUIRE(r.error);
  CHECK(r.error->http_status == 400);
  CHECK(r.error->error_id == "spinecds.request.fhir-server-not-allowed");
  CHECK(r.error->expression == "fhirServer");
  CHECK(r.error->message.find("SECRET") == std::string::npos);
  CHECK(t->seen().empty());
}

TEST_CASE("missing keys are fetched with the token; an open server without one") {
  auto t = std::make_shared<ScriptedTransport>(fake_server);
  const auto request_4 = request_with({"patient", "conditions"});  // the record views it
  const auto r = gather(request_4, options_with(t));
  CHECK_FALSE(r.error);
  CHECK(r.record.gaps.empty());
  const auto seen = t->seen();
  CHECK(seen.size() ==
        7);  // 6 required keys + documents, which is fetched when a server is at hand
  for (const auto& g : seen) {
    CAPTURE(g.url);
    CHECK(g.url.rfind(std::string(kBase) + "/", 0) == 0);
    CHECK(g.url.find("p1") != std::string::npos);
    CHECK(std::count(g.headers.begin(), g.headers.end(),
                     std::pair<std::string, std::string>{"Authorization", "Bearer SECRET-TOKEN"}) ==
          1);
    CHECK(std::count(g.headers.begin(), g.headers.end(),
                     std::pair<std::string, std::string>{"Accept", "application/fhir+json"}) == 1);
  }
  CHECK(r.record.resources.Size() == 2 + 7);

  auto open = std::make_shared<ScriptedTransport>(fake_server);
  const auto request_5 = request_with({"patient"}, kBase, false);  // the record views it
  gather(request_5, options_with(open));
  for (const auto& g : open->seen()) {
    for (const auto& [k, v] : g.headers) CHECK(k != "Authorization");
  }
}

TEST_CASE("a failed prefetch is queried again; a paginated one is followed under the base only") {
  auto t = std::make_shared<ScriptedTransport>([](const HttpGet& r) {
    if (r.url.find("page=2") != std::string::npos) {
      return ok(
          R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Condition","id":"c2"}}]})");
    }
    return fake_server(r);
  });
  auto req = request_with(all_keys());
  auto& a = req.GetAllocator();
  req["prefetch"]["procedures"].SetObject().AddMember("resourceType", "OperationOutcome", a);
  rapidjson::Value link(rapidjson::kArrayType), next(rapidjson::kObjectType);
  next.AddMember("relation", "next", a)
      .AddMember("url", std::string(kBase) + "/Condition?page=2", a);
  link.PushBack(next, a);
  req["prefetch"]["conditions"].AddMember("link", link, a);
  rapidjson::Value offlink(req["prefetch"]["conditions"]["link"], a);
  offlink[0]["url"] = "http://127.0.0.1:9/fhir/Observation?page=2";
  req["prefetch"]["observations"].AddMember("link", offlink, a);

  const auto r = gather(req, options_with(t));
  CHECK_FALSE(r.error);
  std::vector<std::string> urls;
  for (const auto& g : t->seen()) urls.push_back(g.url);
  std::sort(urls.begin(), urls.end());
  CHECK(urls == std::vector<std::string>{
                    std::string(kBase) + "/Condition?page=2",
                    std::string(kBase) + "/Procedure?patient=p1&_include=Procedure:encounter"});
  REQUIRE(r.record.gaps.size() == 1);
  CHECK(r.record.gaps[0].key == "observations");
  CHECK(r.record.gaps[0].partial);
}

TEST_CASE("paging stops at the page cap, the resource cap and a loop; partial gaps") {
  std::atomic<int> n{0};
  auto endless = std::make_shared<ScriptedTransport>([&](const HttpGet& r) {
    if (type_of(r.url) != "Condition") return fake_server(r);
    const int i = ++n;
    return ok(R"({"resourceType":"Bundle","link":[{"relation":"next","url":")" +
              std::string(kBase) + "/Condition?p=" + std::to_string(i) +
              R"("}],"entry":[{"resource":{"resourceType":"Condition","id":"c)" +
              std::to_string(i) + R"("}}]})");
  });
  auto o = options_with(endless);
  o.max_pages = 4;
  const auto request_6 = request_with({"patient"});  // the record views it
  auto r = gather(request_6, o);
  CHECK(n == 4);
  REQUIRE(gap_keys(r) == std::vector<std::string>{"conditions"});
  CHECK(r.record.gaps[0].partial);
  CHECK(r.record.gaps[0].reason == "stopped after 4 pages");

  auto looping = std::make_shared<ScriptedTransport>([](const HttpGet& r) {
    if (type_of(r.url) != "Condition") return fake_server(r);
    return ok(
        R"({"resourceType":"Bundle","link":[{"relation":"next","url":")" + std::string(kBase) +
        R"(/Condition?same"}],"entry":[{"resource":{"resourceType":"Condition","id":"c"}}]})");
  });
  const auto request_7 = request_with({"patient"});  // the record views it
  r = gather(request_7, options_with(looping));
  REQUIRE(gap_keys(r) == std::vector<std::string>{"conditions"});
  CHECK(r.record.gaps[0].partial);

  auto many = std::make_shared<ScriptedTransport>(fake_server);
  o = options_with(many);
  o.max_resources = 3;                                             // 2 prefetched + 1 fetched
  const auto request_8 = request_with({"patient", "conditions"});  // the record views it
  r = gather(request_8, o);
  CHECK(r.record.resources.Size() == 3);
  CHECK(r.record.gaps.size() == 5);  // the other required keys found the cap reached
}

TEST_CASE("429 with Retry-After is retried only while the deadline allows") {
  std::atomic<int> calls{0};
  auto t = std::make_shared<ScriptedTransport>([&](const HttpGet& r) {
    if (type_of(r.url) == "Condition" && calls++ == 0) {
      HttpAnswer a;
      a.status = 429;
      a.headers = {{"retry-after", "1"}};
      return a;
    }
    return fake_server(r);
  });
  auto req = request_with({"patient"});
  auto r = gather(req, options_with(t));
  CHECK(r.record.gaps.empty());
  CHECK(calls == 2);

  auto never = std::make_shared<ScriptedTransport>([](const HttpGet& r) {
    if (type_of(r.url) != "Condition") return fake_server(r);
    HttpAnswer a;
    a.status = 503;
    a.headers = {{"retry-after", "30"}};
    return a;
  });
  const auto start = Clock::now();
  r = gather(req, options_with(never));
  CHECK(Clock::now() - start < std::chrono::seconds(3));
  REQUIRE(gap_keys(r) == std::vector<std::string>{"conditions"});
  CHECK(r.record.gaps[0].reason == "HTTP 503");
}

TEST_CASE("keys are fetched in parallel and the deadline bounds a stuck transport") {
  auto slow = std::make_shared<ScriptedTransport>([](const HttpGet& r) {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    return fake_server(r);
  });
  auto start = Clock::now();
  const auto request_9 = request_with({"patient"});  // the record views it
  auto r = gather(request_9, options_with(slow));
  // 7 keys of 400 ms each: serially 2.8 s.
  CHECK(Clock::now() - start < std::chrono::milliseconds(2000));
  CHECK(r.record.gaps.empty());

  // A transport that ignores its timeout: the gather still returns.
  auto stuck = std::make_shared<ScriptedTransport>([](const HttpGet& r) {
    if (type_of(r.url) == "Coverage") std::this_thread::sleep_for(std::chrono::seconds(4));
    return fake_server(r);
  });
  auto o = options_with(stuck);
  o.deadline_ms = 500;
  start = Clock::now();
  const auto request_10 = request_with({"patient"});  // the record views it
  r = gather(request_10, o);
  CHECK(Clock::now() - start < std::chrono::milliseconds(500 + 1000));
  REQUIRE(gap_keys(r) == std::vector<std::string>{"coverage"});
  CHECK(r.record.gaps[0].reason == "timeout after 500 ms");
  // The stuck thread is still out there; it ends with its sleep.
  CHECK_FALSE(wait_for_background_fetches(std::chrono::milliseconds(0)));
  CHECK(wait_for_background_fetches(std::chrono::seconds(10)));
}

TEST_CASE("wrong answers become gaps that never carry the token") {
  auto t = std::make_shared<ScriptedTransport>([](const HttpGet& r) {
    const auto type = type_of(r.url);
    HttpAnswer a;
    if (type == "Condition") a.status = 500;
    if (type == "Procedure") return ok("<html>");
    if (type == "Observation") return ok(R"({"resourceType":"OperationOutcome"})");
    if (type == "DiagnosticReport")
      return ok(
          R"({"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Patient","id":"x"},"search":{"mode":"match"}}]})");
    if (type == "ServiceRequest") a.status = 401;
    if (type == "MedicationRequest") {
      a.error = TransportError::connect;
      a.error_text = "connection refused";
    }
    if (type == "Coverage") a.status = 302;
    if (a.status || a.error != TransportError::none) return a;
    return fake_server(r);
  });
  const auto request_11 = request_with({"patient"});  // the record views it
  const auto r = gather(request_11, options_with(t));
  CHECK_FALSE(r.error);
  REQUIRE(r.record.gaps.size() == 7);
  for (const auto& g : r.record.gaps) {
    CAPTURE(g.key);
    CAPTURE(g.reason);
    CHECK_FALSE(g.partial);
    CHECK(g.reason.find("SECRET") == std::string::npos);
  }
}

TEST_CASE("the fullUrls of fetched search pages are kept, as the prefetch's are") {
  auto t = std::make_shared<ScriptedTransport>([](const HttpGet& r) {
    if (type_of(r.url) != "MedicationRequest") return fake_server(r);
    return ok(R"({"resourceType":"Bundle","type":"searchset","entry":[
      {"fullUrl":"urn:uuid:5f0c2f1e-0000-4a44-9f1b-6a1d3e2c9b10",
       "resource":{"resourceType":"MedicationRequest","id":"mr1"},"search":{"mode":"match"}},
      {"fullUrl":"urn:uuid:5f0c2f1e-1111-4a44-9f1b-6a1d3e2c9b10",
       "resource":{"resourceType":"Medication","id":"med1"},"search":{"mode":"include"}}]})");
  });
  const auto req = request_with({"patient", "conditions"});  // the record views it
  const auto r = gather(req, options_with(t));
  REQUIRE_FALSE(r.error);
  const auto& urls = r.record.full_urls;
  REQUIRE(urls.count("urn:uuid:5f0c2f1e-1111-4a44-9f1b-6a1d3e2c9b10") == 1);
  CHECK(urls.at("urn:uuid:5f0c2f1e-1111-4a44-9f1b-6a1d3e2c9b10") == "Medication/med1");
  CHECK(urls.at("urn:uuid:5f0c2f1e-0000-4a44-9f1b-6a1d3e2c9b10") == "MedicationRequest/mr1");
}

TEST_CASE("a FHIR document inside a search answer brings its entries; other Bundles nothing") {
  auto t = std::make_shared<ScriptedTransport>(fake_server);
  auto o = options_with(t);
  o.offline = true;
  const auto req =
      request(R"({"fhirServer":"http://127.0.0.1:8090/fhir","context":{"patientId":"p1"},
    "prefetch":{"patient":{"resourceType":"Patient","id":"p1"},
      "documents":{"resourceType":"Bundle","type":"searchset","entry":[
        {"resource":{"resourceType":"Bundle","type":"document","entry":[
          {"fullUrl":"urn:uuid:c1","resource":{"resourceType":"Composition","id":"c1"}},
          {"fullUrl":"urn:uuid:o9","resource":{"resourceType":"Observation","id":"o9"}}]}},
        {"resource":{"resourceType":"Bundle","type":"searchset","entry":[
          {"resource":{"resourceType":"Observation","id":"o8"}}]}},
        {"resource":{"resourceType":"DocumentReference","id":"d1"}}]}}})");
  const auto r = gather(req, o);
  CHECK_FALSE(r.error);
  std::vector<std::string> types;
  for (const auto& res : r.record.resources.GetArray()) {
    types.push_back(std::string(res["resourceType"].GetString()) + "/" + res["id"].GetString());
  }
  std::sort(types.begin(), types.end());
  CHECK(types == std::vector<std::string>{"Composition/c1", "DocumentReference/d1",
                                          "Observation/o9", "Patient/p1"});
  CHECK(r.record.full_urls.count("urn:uuid:o9") == 1);
}
