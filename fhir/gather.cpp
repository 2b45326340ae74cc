#include "fhir/gather.h"
#include "fhir/json_access.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <string_view>
#include <system_error>
#include <thread>

#include "fhir/bundle_paging.h"
#include "fhir/key_fetch.h"
#include "fhir/prefetch_template.h"
#include "fhir/server_url.h"

namespace spinecds::fhir {

const std::vector<PrefetchTemplate>& lumbar_fusion_prefetch() {
  static const std::vector<PrefetchTemplate> kTemplates = {
      {"patient", "Patient/{{context.patientId}}", false},
      {"conditions", "Condition?patient={{context.patientId}}", false},
      {"procedures", "Procedure?patient={{context.patientId}}&_include=Procedure:encounter", false},
      {"observations",
       "Observation?patient={{context.patientId}}&category=imaging,exam,survey,social-history,"
       "procedure,therapy",
       false},
      {"diagnosticReports", "DiagnosticReport?patient={{context.patientId}}", false},
      {"serviceRequests", "ServiceRequest?patient={{context.patientId}}", false},
      {"medications", "MedicationRequest?patient={{context.patientId}}", false},
      {"coverage", "Coverage?patient={{context.patientId}}&status=active", false},
      {"documents", "DocumentReference?patient={{context.patientId}}", true},
  };
  return kTemplates;
}

namespace {

using Clock = std::chrono::steady_clock;

using json::str;

using json::member;

// type and id, viewed in the resource itself (it outlives the gather).
using Seen = std::set<std::pair<std::string_view, std::string_view>>;

// References inside a Bundle may name a resource by its entry's fullUrl
// (integration engines send "urn:uuid:..." for every entry).
void note_full_urls(Record& rec, const rapidjson::Value& bundle) {
  const auto* entries = member(bundle, "entry");
  if (!entries || !entries->IsArray()) return;
  for (const auto& e : entries->GetArray()) {
    const auto* res = member(e, "resource");
    const auto url = str(e, "fullUrl");
    if (!res || !res->IsObject() || url.empty() || str(*res, "id").empty()) continue;
    rec.full_urls.emplace(std::string(url), std::string(str(*res, "resourceType")) + "/" +
                                                std::string(str(*res, "id")));
  }
}

// A view, not a copy: the record points at the resource where it was parsed.
// A document, collection or message Bundle inside a search answer (an ABDM or
// IPS document filed among the documents) brings its entries, a level or
// two deep; any other Bundle brings nothing.
void add_resource(Record& rec, Seen& seen, const rapidjson::Value& res, int depth = 0) {
  if (!res.IsObject()) return;
  const auto type = str(res, "resourceType");
  if (type == "Bundle") {
    const auto kind = str(res, "type");
    if (depth >= 2 || (kind != "document" && kind != "collection" && kind != "message")) return;
    note_full_urls(rec, res);
    const auto* entries = member(res, "entry");
    if (!entries || !entries->IsArray()) return;
    for (const auto& e : entries->GetArray()) {
      if (const auto* inner = member(e, "resource")) add_resource(rec, seen, *inner, depth + 1);
    }
    return;
  }
  if (type.empty() || type == "OperationOutcome") return;
  const auto id = str(res, "id");
  if (!id.empty() && !seen.emplace(type, id).second) return;
  rec.resources.add(res);
}

// What the prefetch holds for one key (CDS Hooks 2.0 §Prefetch).
enum class Given {
  absent,  // the EHR did not satisfy the template
  none,    // null or an empty Bundle: no data
  data,    // a Bundle or a resource
  failed,  // an OperationOutcome (or something that is no resource)
};

struct KeyState {
  const PrefetchTemplate* tmpl = nullptr;
  Given given = Given::absent;
  const rapidjson::Value* value = nullptr;
  std::optional<std::string> next;  // the prefetch Bundle's next link
  bool failed_in_part = false;      // an error OperationOutcome among its entries
  long prefetched = 0;              // resources in the prefetch
  std::optional<KeyResult> fetched;
  std::optional<DataGap> gap;
};

bool reports_error(const rapidjson::Value& outcome) {
  const auto* issues = member(outcome, "issue");
  if (!issues || !issues->IsArray()) return false;
  for (const auto& i : issues->GetArray()) {
    const auto severity = str(i, "severity");
    if (severity == "error" || severity == "fatal") return true;
  }
  return false;
}

KeyState classify(const PrefetchTemplate& t, const rapidjson::Value* prefetch) {
  KeyState k;
  k.tmpl = &t;
  const auto* v = prefetch ? member(*prefetch, t.key.c_str()) : nullptr;
  if (!v) return k;
  k.value = v;
  if (v->IsNull()) {
    k.given = Given::none;
  } else if (!v->IsObject() || str(*v, "resourceType").empty() ||
             str(*v, "resourceType") == "OperationOutcome") {
    k.given = Given::failed;
  } else if (str(*v, "resourceType") == "Bundle") {
    for_each_entry_resource(*v, [&](const rapidjson::Value& r) {
      ++k.prefetched;
      // A searchset's outcome entry that reports an error: the EHR's search
      // failed in part (a federated or exchange source timed out), so what
      // the Bundle holds may not be all there is (FHIR R4 search, §3.1.1.4).
      if (str(r, "resourceType") == "OperationOutcome" && reports_error(r)) k.failed_in_part = true;
    });
    k.given = k.prefetched > 0 ? Given::data : Given::none;
    k.next = next_link(*v);
  } else {
    k.given = Given::data;
    k.prefetched = 1;
  }
  return k;
}

std::string join_keys(const std::vector<std::string>& keys) {
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "" : ", ") + k;
  return out;
}

// The state the fetching threads share with gather(). Held by shared_ptr:
// gather() returns at the deadline even if a thread is still winding down.
struct Pool {
  std::mutex mu;
  std::condition_variable cv;
  std::vector<std::optional<KeyResult>> results;
  std::size_t pending = 0;
  std::shared_ptr<Transport> transport;
  HttpHeaders headers;
  std::vector<KeyFetch> jobs;
  FetchLimits limits;
  std::atomic<long> budget{0};
};

// Fetch threads still running, across gathers: gather() may return before
// a thread winds down, and shutdown wants to know.
struct Background {
  std::mutex mu;
  std::condition_variable cv;
  int running = 0;
};

Background& background() {
  static Background b;
  return b;
}

// Runs every job on its own thread and waits for all of them, or for the
// deadline plus a short grace for answers already in flight.
std::vector<std::optional<KeyResult>> run_parallel(std::shared_ptr<Pool> pool) {
  pool->results.resize(pool->jobs.size());
  pool->pending = pool->jobs.size();
  pool->limits.resource_budget = &pool->budget;
  for (std::size_t i = 0; i < pool->jobs.size(); ++i) {
    {
      std::lock_guard lock(background().mu);
      ++background().running;
    }
    try {
      std::thread([pool, i]() mutable {
        auto r = fetch_key(*pool->transport, pool->headers, pool->jobs[i], pool->limits);
        {
          std::lock_guard lock(pool->mu);
          pool->results[i] = std::move(r);
          --pool->pending;
          pool->cv.notify_all();
        }
        // Let go of the pool (and the transport it holds) before counting
        // this thread out: once wait_for_background_fetches() says none is
        // left, no fetch thread may still be destroying cpprestsdk clients
        // while exit tears down cpprestsdk.
        pool.reset();
        std::lock_guard lock(background().mu);
        --background().running;
        background().cv.notify_all();
      }).detach();
    } catch (const std::system_error&) {
      {
        std::lock_guard lock(pool->mu);  // no thread to be had: the key is lost
        --pool->pending;
      }
      std::lock_guard lock(background().mu);
      --background().running;
    }
  }
  constexpr auto kGrace = std::chrono::milliseconds(150);
  std::unique_lock lock(pool->mu);
  pool->cv.wait_until(lock, pool->limits.deadline + kGrace, [&] { return pool->pending == 0; });
  std::vector<std::optional<KeyResult>> out;
  for (auto& r : pool->results)
    out.push_back(r ? std::optional<KeyResult>(std::move(*r)) : std::nullopt);
  // A thread that finishes later finds its slot already read; harmless.
  return out;
}

}  // namespace

bool wait_for_background_fetches(std::chrono::milliseconds limit) {
  auto& b = background();
  std::unique_lock lock(b.mu);
  return b.cv.wait_for(lock, limit, [&] { return b.running == 0; });
}

std::shared_ptr<Transport> default_transport() {
  static const std::shared_ptr<Transport> kTransport = make_cpprest_transport();
  return kTransport;
}

GatherResult gather(const rapidjson::Value& request, const GatherOptions& options) {
  GatherResult out;
  try {
    static const rapidjson::Value kNull;
    const auto* prefetch = member(request, "prefetch");
    if (prefetch && !prefetch->IsObject()) prefetch = nullptr;
    const auto* context_ptr = member(request, "context");
    const rapidjson::Value& context = context_ptr ? *context_ptr : kNull;
    std::string server(str(request, "fhirServer"));
    while (!server.empty() && server.back() == '/') server.pop_back();
    const auto* auth = member(request, "fhirAuthorization");
    const std::string token(auth ? str(*auth, "access_token") : std::string_view{});

    std::vector<KeyState> keys;
    for (const auto& t : lumbar_fusion_prefetch()) keys.push_back(classify(t, prefetch));

    // What the FHIR server would have to supply.
    std::vector<std::string> missing_required;
    bool anything_to_fetch = false;
    for (const auto& k : keys) {
      if (k.given == Given::absent && !k.tmpl->optional) missing_required.push_back(k.tmpl->key);
      if (k.given == Given::absent || k.given == Given::failed || k.next) anything_to_fetch = true;
    }
    const bool may_fetch = !options.offline && !server.empty() &&
                           is_allowed_server(server, options.allowed_servers) && anything_to_fetch;

    if (!options.offline && !missing_required.empty()) {
      if (server.empty()) {
        out.error = GatherError{412, "spinecds.prefetch.unavailable",
                                "The prefetch lacks " + join_keys(missing_required) +
                                    " and the request names no fhirServer to fetch it from.",
                                "prefetch." + missing_required.front()};
        return out;
      }
      if (!may_fetch) {
        out.error = GatherError{400, "spinecds.request.fhir-server-not-allowed",
                                "The prefetch lacks " + join_keys(missing_required) +
                                    " and fhirServer is not in the allowed FHIR servers.",
                                "fhirServer"};
        return out;
      }
    }

    // Plan one fetch per key the server must supply.
    auto pool = std::make_shared<Pool>();
    std::vector<std::size_t> job_key;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      auto& k = keys[i];
      const auto& t = *k.tmpl;
      if (k.given == Given::data || k.given == Given::none) {
        if (k.failed_in_part && !t.optional) {
          k.gap = DataGap{t.key, "the EHR's prefetch query failed in part", k.prefetched > 1};
        }
        if (!k.next) continue;
        if (!may_fetch) {
          k.gap = DataGap{t.key, "the prefetch was paginated and its next page was not fetched",
                          k.prefetched > 0};
          continue;
        }
        // Continue the EHR's paging; fetch_key refuses a link off the base.
        pool->jobs.push_back({t.key, *k.next, server, std::string(query_resource_type(t.query)),
                              false, 1, k.prefetched});
        job_key.push_back(i);
        continue;
      }
      if (!may_fetch) {
        if (k.given == Given::failed) {
          k.gap = DataGap{t.key, "the EHR's prefetch query failed", false};
        } else if (!t.optional) {
          k.gap = DataGap{t.key, "not available", false};
        }
        continue;
      }
      const auto rendered = render_prefetch_template(t.query, context);
      if (!rendered) {
        // Never guessed: a template whose token the hook cannot fill is skipped.
        if (!t.optional) {
          k.gap = DataGap{t.key, "the hook's context cannot fill the prefetch template", false};
        }
        continue;
      }
      pool->jobs.push_back({t.key, server + "/" + *rendered, server,
                            std::string(query_resource_type(t.query)), is_read_query(t.query), 0,
                            0});
      job_key.push_back(i);
    }

    if (!pool->jobs.empty()) {
      pool->transport = options.transport ? options.transport : default_transport();
      pool->headers = {{"Accept", "application/fhir+json"}};
      if (!token.empty()) pool->headers.emplace_back("Authorization", "Bearer " + token);
      pool->limits.deadline = Clock::now() + std::chrono::milliseconds(options.deadline_ms);
      pool->limits.deadline_ms = options.deadline_ms;
      pool->limits.max_pages = options.max_pages;
      pool->limits.max_body_bytes = options.max_body_bytes;
      long budget = options.max_resources;
      for (const auto& k : keys) budget -= k.prefetched;
      pool->budget = budget;
      auto results = run_parallel(pool);
      for (std::size_t j = 0; j < results.size(); ++j) {
        auto& k = keys[job_key[j]];
        if (results[j]) {
          k.fetched = std::move(results[j]);
          if (k.fetched->gap) k.gap = k.fetched->gap;
        } else {
          k.gap =
              DataGap{k.tmpl->key, "timeout after " + std::to_string(options.deadline_ms) + " ms",
                      k.prefetched > 0};
        }
        // The optional key never becomes a gap (DESIGN.md §3).
        if (k.tmpl->optional) k.gap.reset();
      }
    }

    // Merge in template order, prefetch before fetched, deduplicated.
    Seen seen;
    for (auto& k : keys) {
      if (k.given == Given::data) {
        if (str(*k.value, "resourceType") == "Bundle") {
          for_each_entry_resource(
              *k.value, [&](const rapidjson::Value& r) { add_resource(out.record, seen, r); });
          note_full_urls(out.record, *k.value);
        } else {
          add_resource(out.record, seen, *k.value);
        }
      }
      if (k.fetched) {
        // The record keeps the answers' documents; the key's views stay valid.
        out.record.resources.keep_documents_of(k.fetched->resources);
        for (const auto& r : k.fetched->resources) add_resource(out.record, seen, r);
        for (const auto* page : k.fetched->pages) note_full_urls(out.record, *page);
      }
      if (k.gap) out.record.gaps.push_back(std::move(*k.gap));
    }
  } catch (const std::exception&) {
    // Errors stay values across the module edge.
    out.record = Record();
    out.error = GatherError{500, "spinecds.internal", "The record could not be gathered.", ""};
    return out;
  }
  std::sort(out.record.gaps.begin(), out.record.gaps.end(),
            [](const DataGap& a, const DataGap& b) { return a.key < b.key; });
  return out;
}

}  // namespace spinecds::fhir
