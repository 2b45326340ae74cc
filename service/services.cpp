#include "service/services.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cards/crd_configuration.h"
#include "fhir/gather.h"

namespace spinecds::service {

const std::vector<ServiceDef>& services() {
  static const std::vector<ServiceDef> kServices = {
      {"lumbar-fusion-order-sign", "order-sign", HookKind::order_sign,
       "Lumbar fusion: documentation check at order signing",
       "Checks a lumbar or lumbosacral spinal fusion order against the record: levels with "
       "documented instability, flexion-extension films, six weeks of formal physical therapy "
       "and indications for pelvic fixation. Advisory cards with suggestions; never blocks the "
       "order."},
      {"lumbar-fusion-order-select", "order-select", HookKind::order_select,
       "Lumbar fusion: documentation check when the order is selected",
       "The same assessment as at order signing, on the selected fusion orders, shown as "
       "information cards while the order is being composed."},
  };
  return kServices;
}

const ServiceDef* find_service(std::string_view id) {
  for (const auto& s : services()) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

std::string discovery_json() {
  rapidjson::Document crd;
  const auto extension = cards::discovery_crd_extension(crd.GetAllocator());
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("services");
  w.StartArray();
  for (const auto& s : services()) {
    w.StartObject();
    w.Key("hook");
    w.String(s.hook);
    w.Key("title");
    w.String(s.title);
    w.Key("description");
    w.String(s.description);
    w.Key("id");
    w.String(s.id);
    w.Key("prefetch");
    w.StartObject();
    for (const auto& t : fhir::lumbar_fusion_prefetch()) {
      w.Key(t.key.c_str());
      w.String(t.query);
    }
    w.EndObject();
    w.Key("usageRequirements");
    w.String(
        "Send the draft fusion ServiceRequest in context.draftOrders. Prefetch what you can; "
        "keys left out are fetched from fhirServer when it is on the service's allowed list.");
    // Da Vinci CRD: the card kinds a client may turn off, and the CRD versions answered in.
    w.Key("extension");
    extension.Accept(w);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return {buf.GetString(), buf.GetSize()};
}

}  // namespace spinecds::service
