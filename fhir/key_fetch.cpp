#include "fhir/key_fetch.h"

#include <set>
#include <thread>

#include "fhir/bundle_paging.h"
#include "fhir/json_parse.h"
#include "fhir/server_url.h"

namespace spinecds::fhir {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr int kMaxRetries = 3;

// Retry-After in delta-seconds; an HTTP-date or anything else is not used.
std::optional<milliseconds> retry_after(const HttpAnswer& a) {
  const auto* v = a.header("retry-after");
  if (!v || v->empty() || v->size() > 6) return std::nullopt;
  for (char c : *v) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  return milliseconds(std::stol(*v) * 1000);
}

std::string status_reason(int status) {
  std::string r = "HTTP " + std::to_string(status);
  if (status == 401 || status == 403) r += " (not authorized)";
  if (status >= 300 && status < 400) r += " (redirect not followed)";
  if (status == 429) r += " (rate limited)";
  return r;
}

class Fetcher {
 public:
  Fetcher(Transport& t, const HttpHeaders& h, const KeyFetch& w, const FetchLimits& l)
      : transport_(t), headers_(h), what_(w), limits_(l) {}

  KeyResult run() {
    try {
      what_.read ? read() : search();
    } catch (const std::exception&) {
      // Out of memory or a bug in a dependency: the key is lost, not the call.
      fail("internal error while reading the answer");
    }
    return std::move(out_);
  }

 private:
  // Partial when some of the key's data was had before it was cut short.
  void fail(std::string reason) {
    const bool had_data = out_.resources.Size() > 0 || what_.resources_before > 0;
    out_.gap = DataGap{what_.key, std::move(reason), had_data};
  }

  std::string timeout_reason() const {
    return "timeout after " + std::to_string(limits_.deadline_ms) + " ms";
  }

  // One GET, retried on 429/503 with Retry-After while the deadline allows.
  // Returns the parsed JSON, or nullopt after recording the gap.
  std::optional<rapidjson::Document> get(const std::string& url) {
    for (int attempt = 0;; ++attempt) {
      const auto left = std::chrono::duration_cast<milliseconds>(limits_.deadline - Clock::now());
      if (left <= milliseconds(0)) {
        fail(timeout_reason());
        return std::nullopt;
      }
      const auto answer = transport_.get({url, headers_, left, limits_.max_body_bytes});
      if (answer.error != TransportError::none) {
        fail(answer.error == TransportError::timeout ? timeout_reason() : answer.error_text);
        return std::nullopt;
      }
      if (answer.status == 429 || answer.status == 503) {
        const auto wait = retry_after(answer);
        if (wait && attempt < kMaxRetries && Clock::now() + *wait < limits_.deadline) {
          std::this_thread::sleep_for(*wait);
          continue;
        }
        fail(status_reason(answer.status));
        return std::nullopt;
      }
      if (answer.status < 200 || answer.status >= 300) {
        fail(status_reason(answer.status));
        return std::nullopt;
      }
      // The server's answer is as untrusted as a hook body: a deeply nested
      // one would overflow the stack when the record copies it.
      rapidjson::Document doc;
      const auto parsed = parse_json(answer.body, doc);
      if (parsed.status == JsonParseStatus::too_deep) {
        fail("the answer is JSON nested too deeply");
        return std::nullopt;
      }
      if (parsed.status != JsonParseStatus::ok || !doc.IsObject()) {
        fail("the answer is not FHIR JSON");
        return std::nullopt;
      }
      return doc;
    }
  }

  bool take(const rapidjson::Value& resource) {
    if (limits_.resource_budget && limits_.resource_budget->fetch_sub(1) <= 0) {
      fail("stopped at the resource cap");
      return false;
    }
    out_.resources.add(resource);  // a view: the page is kept, not copied
    return true;
  }

  void read() {
    auto doc = get(what_.url);
    if (!doc) return;
    if (auto problem = read_answer_problem(*doc, what_.expected_type)) return fail(*problem);
    take(out_.resources.keep(std::move(*doc)));
  }

  void search() {
    std::set<std::string> visited;
    std::string url = what_.url;
    for (int page = what_.pages_before;; ++page) {
      if (page >= limits_.max_pages) {
        return fail("stopped after " + std::to_string(limits_.max_pages) + " pages");
      }
      if (!is_under_base(url, what_.base)) {
        // The token is meant for this server only.
        return fail("a next page outside the FHIR server was not followed");
      }
      if (!visited.insert(url).second) return fail("the FHIR server's paging loops");
      auto doc = get(url);
      if (!doc) return;
      if (auto problem = search_answer_problem(*doc, what_.expected_type)) return fail(*problem);
      bool ok = true;
      const auto& kept = out_.resources.keep(std::move(*doc));
      out_.pages.push_back(&kept);
      for_each_entry_resource(kept, [&](const rapidjson::Value& r) { ok = ok && take(r); });
      if (!ok) return;
      auto next = next_link(kept);
      if (!next) return;
      url = std::move(*next);
    }
  }

  Transport& transport_;
  const HttpHeaders& headers_;
  const KeyFetch& what_;
  const FetchLimits& limits_;
  KeyResult out_;
};

}  // namespace

KeyResult fetch_key(Transport& transport, const HttpHeaders& headers, const KeyFetch& what,
                    const FetchLimits& limits) {
  return Fetcher(transport, headers, what, limits).run();
}

}  // namespace spinecds::fhir
