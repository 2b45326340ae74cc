// libFuzzer target: the whole hook pipeline (parse, validate, find orders,
// gather from the prefetch only, assess, render) on arbitrary bytes, for both
// hooks. It must never crash or hang; a refusal must be a 4xx naming no more
// than the field, and a 200 must carry a cards array.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "criteria/policy.h"
#include "service/hook_pipeline.h"
#include "service/schema_set.h"
#include "service/services.h"

namespace {

struct Fixed {
  spinecds::service::SchemaSet schemas;
  spinecds::criteria::Policy policy =
      *spinecds::criteria::load_policy(spinecds::criteria::default_policy_text()).policy;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Fixed fixed;
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  spinecds::service::PipelineDeps deps;
  deps.schemas = &fixed.schemas;
  deps.policy = &fixed.policy;
  deps.gather.offline = true;  // prefetch only: no network
  deps.today = "2026-11-26";
  for (const char* id : {"lumbar-fusion-order-sign", "lumbar-fusion-order-select"}) {
    const auto* service = spinecds::service::find_service(id);
    if (!service) std::abort();
    auto r = spinecds::service::run_hook(*service, body, deps);
    if (r.ok) {
      if (!r.response.IsObject() || !r.response.HasMember("cards") ||
          !r.response["cards"].IsArray()) {
        std::abort();
      }
    } else if (r.error.status < 400 || r.error.status >= 500 || r.error.error_id.empty()) {
      std::abort();
    }
  }
  return 0;
}
