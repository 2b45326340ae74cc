#include "service/policy_source.h"

#include <sys/stat.h>

#include <string_view>
#include <utility>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "criteria/procedure_family.h"
#include "service/cli_common.h"
#include "service/metrics.h"

namespace spinecds::service {

namespace {

constexpr const char* kBuiltIn = "(built in)";

// One implementation of where a shipped policy lives: criteria's.
std::optional<std::string_view> shipped_policy_text(std::string_view id) {
  const auto text = criteria::shipped_policy_text(id);
  if (text.empty()) return std::nullopt;
  return text;
}

// `path`'s policy, or the shipped one for `id` when path is empty. The
// error names the file; the loader's own error names the JSON Pointer. With
// `must_match`, the file's own id must be `id`.
std::optional<LoadedPolicy> load_one(const std::string& id, const std::string& path,
                                     bool must_match, std::string& error) {
  LoadedPolicy out;
  std::string text;
  if (path.empty()) {
    const auto shipped = shipped_policy_text(id);
    if (!shipped) {
      error = "policy " + id + ": this build ships no such policy; name its file in policies";
      return std::nullopt;
    }
    text = std::string(*shipped);
    out.source = kBuiltIn;
  } else {
    auto file = read_file(path, error);
    if (!file) {
      error = "policy " + path + ": " + error;
      return std::nullopt;
    }
    text = std::move(*file);
    out.source = path;
  }
  auto loaded = criteria::load_policy(text);
  if (!loaded.policy) {
    error = "policy " + out.source + ": " + loaded.error;
    return std::nullopt;
  }
  if (must_match && loaded.policy->id != id) {
    error = "policy " + out.source + ": policy field /id is \"" + loaded.policy->id +
            "\", but the file is configured as the \"" + id + "\" policy";
    return std::nullopt;
  }
  out.policy = std::move(*loaded.policy);
  out.guidelines = cards::read_guidelines(out.policy);
  return out;
}

bool is_directory(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string readiness_json(const PolicySnapshot& s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("status");
  w.String("ready");
  w.Key("policies");
  w.StartArray();
  for (const auto& [id, loaded] : s.policies) {
    w.StartObject();
    w.Key("id");
    w.String(id.c_str(), static_cast<rapidjson::SizeType>(id.size()));
    w.Key("version");
    w.String(loaded.policy.version.c_str(),
             static_cast<rapidjson::SizeType>(loaded.policy.version.size()));
    w.EndObject();
  }
  w.EndArray();
  w.Key("valueSets");
  w.String(s.value_sets_source.c_str(),
           static_cast<rapidjson::SizeType>(s.value_sets_source.size()));
  w.EndObject();
  return {buf.GetString(), buf.GetSize()};
}

}  // namespace

std::optional<criteria::Policy> load_configured_policy(const std::string& path, std::string& error,
                                                       std::string_view family) {
  // `assess --policy` may try any policy file, whatever its id.
  auto loaded = load_one(std::string(family), path, /*must_match=*/false, error);
  if (!loaded) return std::nullopt;
  return std::move(loaded->policy);
}

PolicySources policy_sources(const Config& config) {
  // load_config has already folded `policy` into `policies`.
  return {config.policy_paths, config.value_sets_dir};
}

SnapshotLoad load_policy_snapshot(const PolicySources& sources) {
  SnapshotLoad out;
  auto snapshot = std::make_shared<PolicySnapshot>();
  std::map<std::string, std::string> wanted;  // id → file ("" = shipped)
  // Every family of the registry whose policy this build ships is loaded
  // unless the configuration names another file.
  for (const auto& family : criteria::procedure_families()) {
    if (shipped_policy_text(family.id)) wanted[std::string(family.id)] = "";
  }
  for (const auto& [id, path] : sources.files) wanted[id] = path;
  for (const auto& [id, path] : wanted) {
    auto loaded = load_one(id, path, /*must_match=*/true, out.error);
    if (!loaded) return out;
    snapshot->policies.emplace(id, std::move(*loaded));
  }
  if (!snapshot->policy(kLumbarPolicyId)) {
    out.error = "no lumbar-fusion policy is loaded";
    return out;
  }

  // The value-set catalog's slot (policy_snapshot.h): its loader reads the
  // folder's files here, and a bad one fails the whole snapshot.
  if (sources.value_sets_dir.empty()) {
    snapshot->value_sets_source = kBuiltIn;
  } else if (!is_directory(sources.value_sets_dir)) {
    out.error = "valueSets " + sources.value_sets_dir + ": not a readable folder";
    return out;
  } else {
    snapshot->value_sets_source = sources.value_sets_dir;
  }

  std::vector<std::pair<std::string, std::string>> versions;
  for (const auto& [id, loaded] : snapshot->policies)
    versions.emplace_back(id, loaded.policy.version);
  snapshot->readiness_json = readiness_json(*snapshot);
  snapshot->metrics_text = policy_info_metric(versions);
  out.snapshot = std::move(snapshot);
  return out;
}

}  // namespace spinecds::service
