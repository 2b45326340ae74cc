#include "criteria/assess.h"

namespace spinecds::criteria {

Assessment assess(const Policy& policy, const AssessInput& in) {
  Assessment a;
  if (in.order && in.order->IsObject() && in.order->HasMember("id") && (*in.order)["id"].IsString()) {
    a.order = std::string("ServiceRequest/") + (*in.order)["id"].GetString();
  }
  a.policy.id = policy.id;
  a.policy.version = policy.version;
  a.policy.profile = in.profile;
  a.as_of = in.as_of;
  if (in.record) a.data_gaps = in.record->gaps;
  a.verdict = Verdict::not_supported_as_documented;
  return a;
}

}  // namespace spinecds::criteria
