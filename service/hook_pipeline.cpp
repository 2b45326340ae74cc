#include "service/hook_pipeline.h"
#include "fhir/json_access.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "cards/render.h"
#include "criteria/assess.h"
#include "criteria/procedure_family.h"
#include "criteria/profile_choice.h"
#include "fhir/json_output.h"
#include "fhir/json_parse.h"
#include "service/error_ids.h"
#include "service/hook_pool.h"
#include "terminology/fusion_orders.h"
#include "terminology/order_reader.h"
#include "terminology/record_facts.h"

namespace spinecds::service {

namespace {

PipelineResult fail(const PipelineError& e) {
  PipelineResult r;
  r.error = e;
  return r;
}

PipelineResult fail(int status, const char* id, std::string message, std::string expression = {}) {
  return fail(PipelineError{status, id, std::move(message), std::move(expression)});
}

using fhir::json::str;

bool stopped(const PipelineDeps& deps) {
  return deps.control && deps.control->stopped();
}

PipelineResult stopped_result() {
  return fail(503, error_id::kCallStopped,
              "The call was stopped: its deadline passed or its client went away");
}

// authoredOn's date part when it is a FHIR date/dateTime, else the call's date.
std::string as_of_for(const rapidjson::Value& order, const std::string& today) {
  const auto authored = str(order, "authoredOn");
  if (authored.size() >= 10 && std::isdigit(static_cast<unsigned char>(authored[0])) &&
      authored[4] == '-' && authored[7] == '-') {
    return std::string(authored.substr(0, 10));
  }
  return today;
}

}  // namespace

void write_response(const rapidjson::Value& response, std::string& out) {
  // The seed case answers about 25 KB: one allocation, not a dozen doublings.
  fhir::write_json(response, out, std::size_t{32} * 1024);
}

std::string pointer_to_expression(std::string_view pointer) {
  std::string out;
  std::size_t i = 0;
  while (i < pointer.size()) {
    if (pointer[i] != '/') {
      ++i;
      continue;
    }
    const auto next = pointer.find('/', i + 1);
    std::string token(pointer.substr(
        i + 1, next == std::string_view::npos ? std::string_view::npos : next - i - 1));
    // Unescape ~1 and ~0 (RFC 6901) in one pass.
    std::string unescaped;
    for (std::size_t k = 0; k < token.size(); ++k) {
      if (token[k] == '~' && k + 1 < token.size() && (token[k + 1] == '0' || token[k + 1] == '1')) {
        unescaped.push_back(token[k + 1] == '1' ? '/' : '~');
        ++k;
      } else {
        unescaped.push_back(token[k]);
      }
    }
    token = std::move(unescaped);
    const bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
    if (index) {
      out += "[" + token + "]";
    } else {
      if (!out.empty()) out += ".";
      out += token;
    }
    if (next == std::string_view::npos) break;
    i = next;
  }
  return out;
}

std::optional<PipelineError> json_error(const fhir::JsonParse& parsed) {
  if (parsed.status == fhir::JsonParseStatus::too_deep) {
    return PipelineError{400, error_id::kTooDeep,
                         "The request body nests JSON deeper than " +
                             std::to_string(fhir::kMaxJsonDepth) + " levels",
                         ""};
  }
  if (parsed.status == fhir::JsonParseStatus::nul_in_string) {
    // Named, never quoted: the value is what the caller must not see echoed.
    const auto expr = pointer_to_expression(parsed.pointer);
    return PipelineError{400, error_id::kInvalidField,
                         "Field " + (expr.empty() ? std::string("(body)") : expr) +
                             " is invalid: a JSON string holds U+0000",
                         expr};
  }
  if (parsed.status == fhir::JsonParseStatus::malformed) {
    return PipelineError{400, error_id::kMalformedJson,
                         "The request body is not valid JSON: " + parsed.error, ""};
  }
  return std::nullopt;
}

PipelineError schema_error(const SchemaViolation& v, std::string_view prefix) {
  const std::string pointer = std::string(prefix) + v.pointer;
  const auto expr = pointer_to_expression(pointer);
  const bool missing = v.keyword == "required" || v.keyword == "dependencies";
  std::string message = missing ? "Required field " + expr + " is missing"
                                : "Field " + (expr.empty() ? std::string("(body)") : expr) +
                                      " is invalid: " + v.message;
  return {400, missing ? error_id::kMissingField : error_id::kInvalidField, message, expr};
}

PipelineResult run_hook(const ServiceDef& service, std::string_view body,
                        const PipelineDeps& deps) {
  // In situ: one copy of the body in the request's pool, no allocation per
  // string; gathering and rendering share those strings rather than copy them.
  // The pool is this worker's arena, reused across calls (no fresh chunk).
  auto arena = fhir::JsonArenaLease::acquire();
  rapidjson::Document request(arena.allocator());
  if (auto e = json_error(fhir::parse_json_in_situ(body, request))) return fail(*e);
  if (auto v = deps.schemas->validate(SchemaId::hook_request, request)) {
    return fail(schema_error(*v, ""));
  }
  const auto hook = str(request, "hook");
  if (hook != service.hook) {
    return fail(400, error_id::kWrongHook,
                "Service " + service.id + " answers the " + service.hook + " hook, not " +
                    std::string(hook),
                "hook");
  }
  if (stopped(deps)) return stopped_result();
  const auto& context = request["context"];
  const auto context_schema = service.kind == HookKind::order_sign ? SchemaId::order_sign_context
                                                                   : SchemaId::order_select_context;
  if (auto v = deps.schemas->validate(context_schema, context)) {
    return fail(schema_error(*v, "/context"));
  }

  auto orders = family_orders(service, context["draftOrders"]);
  if (service.kind == HookKind::order_select) {
    // Every selection must name a draft order; only selected orders are assessed.
    std::set<std::string> drafted;
    for (const auto& e : context["draftOrders"]["entry"].GetArray()) {
      drafted.insert(std::string(str(e["resource"], "resourceType")) + "/" +
                     std::string(str(e["resource"], "id")));
    }
    std::set<std::string> selected;
    const auto& selections = context["selections"];
    for (rapidjson::SizeType i = 0; i < selections.Size(); ++i) {
      const std::string s = selections[i].GetString();
      if (!drafted.count(s)) {
        return fail(400, error_id::kInvalidField,
                    "Selection " + s + " does not name an order in context.draftOrders",
                    "context.selections[" + std::to_string(i) + "]");
      }
      selected.insert(s);
    }
    std::erase_if(orders, [&](const FamilyOrder& o) {
      return !selected.count("ServiceRequest/" + std::string(str(*o.resource, "id")));
    });
  }

  PipelineResult result;
  result.response.SetObject();
  if (orders.empty()) {
    result.ok = true;
    result.response.AddMember("cards", rapidjson::Value(rapidjson::kArrayType),
                              result.response.GetAllocator());
    return result;
  }

  if (stopped(deps)) return stopped_result();
  auto gathered = [&] {
    // Waiting on the FHIR server holds no compute slot of the hook pool.
    const HookPool::IoWait waiting;
    return fhir::gather(request, deps.gather);
  }();
  if (gathered.error) {
    const auto& e = *gathered.error;
    return fail(e.http_status, e.error_id.c_str(), e.message, e.expression);
  }

  if (stopped(deps)) return stopped_result();
  const auto profile = criteria::choose_profile(gathered.record, deps.payers, *deps.policy);
  for (const auto& [order, read] : orders) {
    // extract: FHIR in, facts with their evidence out; assess takes the facts.
    const auto facts = terminology::extract_record_facts(*order, read, gathered.record);
    criteria::AssessInput in;
    in.facts = &facts;
    in.data_gaps = gathered.record.gaps;
    in.as_of = as_of_for(*order, deps.today);
    in.profile = profile;
    in.family = service.family;
    // The cervical rules judge anterior and posterior fusions apart.
    if (service.family != criteria::kLumbarFusion) {
      const auto* family = criteria::find_family(service.family);
      // A mixed order's approach for this family's own part (its codes).
      in.approach = terminology::to_string(family != nullptr ? read.approach_for(family->region)
                                                             : read.approach);
    }
    result.assessments.push_back(criteria::assess(*deps.policy, in));
    if (stopped(deps)) return stopped_result();
  }

  cards::RenderInput render;
  render.hook =
      service.kind == HookKind::order_sign ? cards::Hook::order_sign : cards::Hook::order_select;
  render.request = &request;
  render.orders.reserve(orders.size());
  for (const auto& o : orders) render.orders.push_back(o.resource);
  render.assessments = &result.assessments;
  render.policy = deps.policy;
  render.guidelines = deps.guidelines;
  render.record = &gathered.record;
  render.coverage_information = deps.coverage_information;
  if (deps.review_link) {
    const auto instance = str(request, "hookInstance");
    for (std::size_t i = 0; i < result.assessments.size(); ++i) {
      render.review_urls.push_back(deps.review_link(instance, i, result.assessments[i]));
    }
  }
  render.issued = &result.issued;
  result.hook_instance = std::string(str(request, "hookInstance"));
  result.response = cards::render_response(render);
  if (result.response.IsObject() && result.response.HasMember("cards") &&
      result.response["cards"].IsArray()) {
    result.cards = result.response["cards"].Size();
  }
  result.arena = std::move(arena);
  result.request = std::move(request);
  result.ok = true;
  return result;
}

}  // namespace spinecds::service
