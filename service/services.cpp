#include "service/services.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cards/crd_configuration.h"
#include "criteria/json_writer.h"
#include "criteria/procedure_family.h"
#include "fhir/gather.h"
#include "terminology/fusion_orders.h"
#include "terminology/order_reader.h"

namespace spinecds::service {

const std::vector<ServiceDef>& services() {
  static const std::vector<ServiceDef> kServices = [] {
    std::vector<ServiceDef> out;
    for (const auto& f : criteria::procedure_families()) {
      const std::string id(f.id);
      const std::string label(f.label);
      out.push_back({id + "-order-sign", "order-sign", HookKind::order_sign,
                     label + ": documentation check at order signing",
                     std::string(f.sign_description), id});
      out.push_back({id + "-order-select", "order-select", HookKind::order_select,
                     label + ": documentation check when the order is selected",
                     std::string(f.select_description), id});
    }
    return out;
  }();
  return kServices;
}

std::vector<FamilyOrder> family_orders(const ServiceDef& service,
                                       const rapidjson::Value& draft_orders) {
  std::vector<FamilyOrder> out;
  std::vector<terminology::FusionOrder> add_ons;
  const auto* family = criteria::find_family(service.family);
  if (family == nullptr || !draft_orders.IsObject()) return out;
  const auto entries = draft_orders.FindMember("entry");
  if (entries == draft_orders.MemberEnd() || !entries->value.IsArray()) return out;
  for (const auto& e : entries->value.GetArray()) {
    if (!e.IsObject()) continue;
    const auto res = e.FindMember("resource");
    if (res == e.MemberEnd()) continue;
    auto order = terminology::read_fusion_order(res->value);
    // A mixed order goes to each family it touches; `unknown` (add-on codes,
    // no readable level) to one family only, so a fusion never slips through
    // unassessed and is never answered twice.
    if (order.touches(family->region) ||
        (order.region == terminology::FusionRegion::unknown && family->takes_unknown_region)) {
      out.push_back({&res->value, std::move(order)});
    } else if (order.region == terminology::FusionRegion::none && order.requested.pelvis) {
      add_ons.push_back(std::move(order));  // a bare 22848: it only joins a fusion
    }
  }
  std::vector<terminology::FusionOrder*> reads;
  for (auto& o : out) reads.push_back(&o.read);
  for (auto& a : add_ons) reads.push_back(&a);
  const auto joined = terminology::join_pelvic_add_ons(reads);
  for (auto i = joined.rbegin(); i != joined.rend(); ++i) {
    if (*i < out.size()) out.erase(out.begin() + static_cast<std::ptrdiff_t>(*i));
  }
  return out;
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
    criteria::json::string_member(w, "hook", s.hook);
    criteria::json::string_member(w, "title", s.title);
    criteria::json::string_member(w, "description", s.description);
    criteria::json::string_member(w, "id", s.id);
    w.Key("prefetch");
    w.StartObject();
    for (const auto& t : fhir::lumbar_fusion_prefetch()) {
      criteria::json::string_member(w, t.key, t.query);
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
