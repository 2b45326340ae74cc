// libFuzzer target: paging through a FHIR search answer. The input is split
// at form feeds into the bodies of successive pages, served by a fake
// transport for any URL the pager asks for (it must only ask for URLs under
// the base). Never a crash; never a request off the base.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fhir/key_fetch.h"
#include "fhir/server_url.h"
#include "fhir/transport.h"

namespace {

constexpr const char* kBase = "http://fhir.test/r4";

class PagesTransport final : public spinecds::fhir::Transport {
 public:
  explicit PagesTransport(std::vector<std::string> pages) : pages_(std::move(pages)) {}
  spinecds::fhir::HttpAnswer get(const spinecds::fhir::HttpGet& request) override {
    if (!spinecds::fhir::is_under_base(request.url, kBase)) std::abort();
    spinecds::fhir::HttpAnswer a;
    if (next_ >= pages_.size()) {
      a.status = 404;
      return a;
    }
    a.status = 200;
    a.headers.emplace_back("content-type", "application/fhir+json");
    a.body = pages_[next_++];
    return a;
  }

 private:
  std::vector<std::string> pages_;
  std::size_t next_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> pages(1);
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == '\f') {
      pages.emplace_back();
    } else {
      pages.back().push_back(static_cast<char>(data[i]));
    }
  }
  PagesTransport transport(std::move(pages));
  std::atomic<long> budget{200};
  spinecds::fhir::FetchLimits limits;
  limits.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  limits.max_pages = 5;
  limits.max_body_bytes = 1 << 20;
  limits.resource_budget = &budget;
  spinecds::fhir::KeyFetch what{
      "conditions", std::string(kBase) + "/Condition?patient=p1", kBase, "Condition", false, 0, 0};
  auto r =
      spinecds::fhir::fetch_key(transport, {{"Accept", "application/fhir+json"}}, what, limits);
  if (!r.resources.IsArray()) std::abort();
  return 0;
}
