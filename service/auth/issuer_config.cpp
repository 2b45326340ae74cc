#include "service/auth/issuer_config.h"

#include <set>
#include <string_view>

namespace spinecds::service::auth {
namespace {

using Issuers = Result<std::vector<TrustedIssuer>>;

bool has_prefix(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool is_url(std::string_view s, bool https_only) {
  const bool scheme_ok = has_prefix(s, "https://") || (!https_only && has_prefix(s, "http://"));
  if (!scheme_ok) return false;
  const auto host = s.substr(s.find("://") + 3);
  if (host.empty() || host[0] == '/') return false;
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return false;
  }
  return true;
}

// A non-empty array of distinct URLs (or plain strings when `url` is false).
std::optional<std::string> string_list(const rapidjson::Value& v, const std::string& path, bool url,
                                       bool https_only, std::vector<std::string>& out) {
  if (!v.IsArray()) return path + ": must be an array of strings";
  if (v.Empty()) return path + ": must not be empty (leave it out instead)";
  std::set<std::string> seen;
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    const std::string at = path + "[" + std::to_string(i) + "]";
    if (!v[i].IsString() || v[i].GetStringLength() == 0) return at + ": must be a non-empty string";
    std::string s(v[i].GetString(), v[i].GetStringLength());
    if (url && !is_url(s, https_only)) {
      return at + (https_only ? ": must be an https:// URL" : ": must be an http(s):// URL");
    }
    if (!seen.insert(s).second) return at + ": listed twice";
    out.push_back(std::move(s));
  }
  return std::nullopt;
}

std::optional<std::string> parse_issuer(const rapidjson::Value& v, const std::string& path,
                                        TrustedIssuer& out) {
  if (!v.IsObject()) return path + ": must be an object";
  static const std::set<std::string_view> kKnown = {"iss",
                                                    "jwksUrl",
                                                    "jwks",
                                                    "jkuAllowlist",
                                                    "tenants",
                                                    "fhirServers",
                                                    "maxTokenLifetimeSeconds"};
  for (const auto& m : v.GetObject()) {
    const std::string_view name(m.name.GetString(), m.name.GetStringLength());
    if (!kKnown.contains(name)) return path + "." + std::string(name) + ": unknown field";
  }

  const auto iss = v.FindMember("iss");
  if (iss == v.MemberEnd() || !iss->value.IsString() || iss->value.GetStringLength() == 0) {
    return path + ".iss: required, a non-empty string";
  }
  out.iss.assign(iss->value.GetString(), iss->value.GetStringLength());

  if (const auto it = v.FindMember("jwksUrl"); it != v.MemberEnd()) {
    if (!it->value.IsString() || !is_url({it->value.GetString(), it->value.GetStringLength()},
                                         /*https_only=*/true)) {
      return path + ".jwksUrl: must be an https:// URL";
    }
    out.keys.jwks_url.assign(it->value.GetString(), it->value.GetStringLength());
  }
  if (const auto it = v.FindMember("jwks"); it != v.MemberEnd()) {
    auto keys = parse_jwks(it->value, /*strict=*/true);
    if (!keys) return path + ".jwks." + keys.error();
    out.keys.inline_keys = std::move(keys.value());
  }
  if (const auto it = v.FindMember("jkuAllowlist"); it != v.MemberEnd()) {
    if (auto e =
            string_list(it->value, path + ".jkuAllowlist", true, true, out.keys.jku_allowlist)) {
      return e;
    }
  }
  if (out.keys.inline_keys.empty() && out.keys.jwks_url.empty() && out.keys.jku_allowlist.empty()) {
    return path + ": no keys: give jwks (with keys), jwksUrl or jkuAllowlist";
  }
  if (const auto it = v.FindMember("maxTokenLifetimeSeconds"); it != v.MemberEnd()) {
    if (!it->value.IsInt64() || it->value.GetInt64() < 1 ||
        it->value.GetInt64() > kMaxConfigurableTokenLifetimeSeconds) {
      return path + ".maxTokenLifetimeSeconds: must be an integer from 1 to " +
             std::to_string(kMaxConfigurableTokenLifetimeSeconds);
    }
    out.max_token_lifetime_seconds = it->value.GetInt64();
  }
  if (const auto it = v.FindMember("tenants"); it != v.MemberEnd()) {
    std::vector<std::string> tenants;
    if (auto e = string_list(it->value, path + ".tenants", false, false, tenants)) return e;
    out.tenants = std::move(tenants);
  }
  if (const auto it = v.FindMember("fhirServers"); it != v.MemberEnd()) {
    if (auto e = string_list(it->value, path + ".fhirServers", true, false, out.fhir_servers)) {
      return e;
    }
  }
  return std::nullopt;
}

}  // namespace

Issuers parse_auth_section(const rapidjson::Value& auth) {
  if (!auth.IsObject()) return Issuers::fail("auth: must be an object");
  for (const auto& m : auth.GetObject()) {
    const std::string_view name(m.name.GetString(), m.name.GetStringLength());
    if (name != "trustedIssuers")
      return Issuers::fail("auth." + std::string(name) + ": unknown field");
  }
  const auto list = auth.FindMember("trustedIssuers");
  if (list == auth.MemberEnd() || !list->value.IsArray()) {
    return Issuers::fail("auth.trustedIssuers: required, an array of issuers");
  }
  if (list->value.Empty()) {
    return Issuers::fail("auth.trustedIssuers: empty (use --no-auth to run without a token check)");
  }
  std::vector<TrustedIssuer> issuers;
  std::set<std::string> seen;
  for (rapidjson::SizeType i = 0; i < list->value.Size(); ++i) {
    const std::string path = "auth.trustedIssuers[" + std::to_string(i) + "]";
    TrustedIssuer issuer;
    if (auto e = parse_issuer(list->value[i], path, issuer)) return Issuers::fail(*e);
    if (!seen.insert(issuer.iss).second) return Issuers::fail(path + ".iss: listed twice");
    issuers.push_back(std::move(issuer));
  }
  return Issuers::ok(std::move(issuers));
}

}  // namespace spinecds::service::auth
