#pragma once
// The CDS services this process offers, and the discovery document: two per
// procedure family of the registry (criteria/procedure_family.h), order-sign
// and order-select, with the same prefetch keys.
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>

#include "terminology/order_reader.h"

namespace spinecds::service {

enum class HookKind { order_sign, order_select };

struct ServiceDef {
  std::string id;
  std::string hook;
  HookKind kind;
  std::string title;
  std::string description;
  std::string family;  // the procedure family (= its policy id), "lumbar-fusion"
};

const std::vector<ServiceDef>& services();
const ServiceDef* find_service(std::string_view id);

// A draft order the service assesses, with the reading that chose it: the
// pipeline hands that reading on to extraction rather than read the order again.
struct FamilyOrder {
  const rapidjson::Value* resource = nullptr;
  terminology::FusionOrder read;
};

// The draft ServiceRequests in a draftOrders Bundle that `service`'s family
// assesses (its region; the lumbar family also takes fusions whose region
// nothing names), in Bundle order.
std::vector<FamilyOrder> family_orders(const ServiceDef& service,
                                       const rapidjson::Value& draft_orders);

// GET /cds-services
std::string discovery_json();

}  // namespace spinecds::service
