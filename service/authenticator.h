#pragma once
// The seam between the router and CDS Hooks JWT verification (service/auth/).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "service/http_types.h"

namespace spinecds::service {

struct AuthDecision {
  bool ok = false;
  std::string issuer;                     // the verified `iss`
  std::vector<std::string> fhir_servers;  // FHIR bases this issuer may name
  std::string reason_code;  // stable id of why it failed ("token-expired"), for the log
  std::string log_reason;   // why it failed, for the log only (never the token)
};

// Called for every request that needs a token, with the URL the token's
// `aud` must equal (publicUrl + path, or scheme + Host + path).
using Authenticator =
    std::function<AuthDecision(const HttpRequest& request, std::string_view audience)>;

}  // namespace spinecds::service
