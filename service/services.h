#pragma once
// The CDS services this process offers, and the discovery document.
#include <string>
#include <string_view>
#include <vector>

namespace spinecds::service {

enum class HookKind { order_sign, order_select };

struct ServiceDef {
  std::string id;
  std::string hook;
  HookKind kind;
  std::string title;
  std::string description;
};

const std::vector<ServiceDef>& services();
const ServiceDef* find_service(std::string_view id);

// GET /cds-services
std::string discovery_json();

}  // namespace spinecds::service
