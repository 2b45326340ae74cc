#include "service/cli_assess.h"

#include <cstdio>
#include <map>
#include <string>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "criteria/report_text.h"
#include "fhir/json_access.h"
#include "fhir/json_parse.h"
#include "service/cli_common.h"
#include "service/clock.h"
#include "service/config.h"
#include "service/hook_pipeline.h"
#include "service/policy_source.h"
#include "service/schema_set.h"
#include "service/services.h"

namespace spinecds::service {

namespace {

constexpr const char* kUsage =
    "usage: spinecds assess REQUEST.json [--format text|json|cards] [--as-of YYYY-MM-DD]\n"
    "                       [--policy FILE] [--service ID] [--config FILE]\n"
    "\n"
    "Runs the service's pipeline offline on one hook request whose prefetch holds the\n"
    "record (nothing is fetched; a missing prefetch key is reported as not available).\n"
    "  --format text   a reviewer's report (default)\n"
    "  --format json   the Assessment (an array when the request has several fusion orders)\n"
    "  --format cards  the CDS Hooks response\n"
    "  --as-of DATE    the date to count back from when the order has no authoredOn\n"
    "  --policy FILE   a policy file instead of the built-in one\n"
    "  --config FILE   the service's configuration: its payers map picks the policy profile,\n"
    "                  its policies name the family's policy file (--policy wins)\n"
    "  --service ID    the CDS service to run, any family's (default: the lumbar service of\n"
    "                  the request's hook, lumbar-fusion-order-sign for order-sign)\n";

bool is_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i == 4 || i == 7) continue;
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

}  // namespace

AssessRun run_assess(std::string_view request_text, const ServiceDef& service,
                     const PipelineDeps& deps, std::string_view format) {
  AssessRun run;
  run.result = run_hook(service, request_text, deps);
  auto& result = run.result;
  if (!result.ok) return run;
  if (result.assessments.empty()) {
    // DESIGN 4: no fusion order is one not-applicable Assessment, naming the
    // first draft order when there is one.
    criteria::Assessment none;
    none.as_of = deps.today;
    none.verdict = criteria::Verdict::not_applicable;
    rapidjson::Document request;
    if (fhir::parse_json(request_text, request).status == fhir::JsonParseStatus::ok) {
      const auto* drafts = fhir::json::member(request["context"], "draftOrders");
      const auto* entries = drafts ? fhir::json::member(*drafts, "entry") : nullptr;
      if (entries && entries->IsArray() && !entries->Empty()) {
        if (const auto* r = fhir::json::member((*entries)[0], "resource")) {
          const auto type = fhir::json::str(*r, "resourceType");
          const auto id = fhir::json::str(*r, "id");
          if (!type.empty() && !id.empty()) none.order = std::string(type) + "/" + std::string(id);
          const auto authored = fhir::json::str(*r, "authoredOn");
          if (authored.size() >= 10) none.as_of = std::string(authored.substr(0, 10));
        }
      }
    }
    result.assessments.push_back(std::move(none));
  }
  if (format == "cards") {
    rapidjson::StringBuffer buf;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
    w.SetIndent(' ', 2);
    result.response.Accept(w);
    run.output.assign(buf.GetString(), buf.GetSize());
  } else if (format == "json") {
    run.output = result.assessments.size() == 1 ? criteria::to_json(result.assessments.front())
                                                : criteria::to_json(result.assessments);
  } else {
    for (const auto& a : result.assessments) {
      if (!run.output.empty()) run.output += "\n";
      run.output += criteria::to_text(a);
    }
  }
  return run;
}

int run_assess_command(int argc, char** argv) {
  std::string file;
  std::string format = "text";
  std::string as_of;
  std::string policy_path;
  std::string service_id;
  std::string config_path;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (a == "--format") {
      if (i + 1 >= argc) return usage_error("assess", "--format needs text, json or cards");
      format = argv[++i];
      if (format != "text" && format != "json" && format != "cards") {
        return usage_error("assess", "--format must be text, json or cards, not '" + format + "'");
      }
    } else if (a == "--as-of") {
      if (i + 1 >= argc || !is_date(argv[i + 1])) {
        return usage_error("assess", "--as-of needs a date like 2026-11-20");
      }
      as_of = argv[++i];
    } else if (a == "--policy") {
      if (i + 1 >= argc) return usage_error("assess", "--policy needs a file");
      policy_path = argv[++i];
    } else if (a == "--config") {
      if (i + 1 >= argc) return usage_error("assess", "--config needs a file");
      config_path = argv[++i];
    } else if (a == "--service") {
      if (i + 1 >= argc) return usage_error("assess", "--service needs a service id");
      service_id = argv[++i];
      if (!find_service(service_id)) {
        return usage_error("assess",
                           "--service names no service of this build (see GET /cds-services)");
      }
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      return usage_error("assess", "unknown option '" + a + "' (see --help)");
    } else if (file.empty()) {
      file = a;
    } else {
      return usage_error("assess", "only one request file may be given");
    }
  }
  if (file.empty()) return usage_error("assess", "no request file given (see --help)");

  std::string err;
  auto text = read_file(file, err);
  if (!text) return usage_error("assess", err);

  // The service is chosen by the request's own hook.
  rapidjson::Document peek;
  const auto parsed = fhir::parse_json(*text, peek);
  if (parsed.status != fhir::JsonParseStatus::ok) {
    return usage_error("assess", file + " is not valid JSON: " + parsed.error);
  }
  const ServiceDef* service = service_id.empty() ? nullptr : find_service(service_id);
  if (!service && peek.IsObject() && peek.HasMember("hook") && peek["hook"].IsString()) {
    for (const auto& s : services()) {
      if (!service && s.hook == peek["hook"].GetString()) service = &s;
    }
  }
  if (!service) {
    return usage_error("assess", file + " is not an order-sign or order-select hook request");
  }

  // The configuration, as `serve` reads it (payers, policies), when given.
  std::map<std::string, std::string> payers;
  if (!config_path.empty()) {
    auto config_text = read_file(config_path, err);
    if (!config_text) return usage_error("assess", err);
    auto config = load_config(config_text, {});
    if (!config.config) return usage_error("assess", config_path + ": " + config.error);
    payers = config.config->payers;
    if (policy_path.empty()) {
      const auto it = config.config->policy_paths.find(service->family);
      if (it != config.config->policy_paths.end()) policy_path = it->second;
    }
  }
  // The policy of the service's procedure family.
  auto policy = load_configured_policy(policy_path, err, service->family);
  if (!policy) return usage_error("assess", err);

  SchemaSet schemas;
  PipelineDeps deps;
  deps.schemas = &schemas;
  deps.policy = &*policy;
  deps.gather.offline = true;
  deps.payers = payers;
  deps.today = as_of.empty() ? utc_date_today() : as_of;
  const auto run = run_assess(*text, *service, deps, format);
  if (!run.result.ok) {
    const auto& e = run.result.error;
    std::string where = e.expression.empty() ? "" : " (" + e.expression + ")";
    return usage_error("assess", e.message + where);
  }
  const std::string& out = run.output;
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (out.empty() || out.back() != '\n') std::fputc('\n', stdout);
  return 0;
}

}  // namespace spinecds::service
