#pragma once
// Plain request/response values exchanged between the Beast session code and
// the router, so the router is a function that tests can call in process.
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "service/call_control.h"

namespace spinecds::service {

struct AuthDecision;

struct HttpRequest {
  std::string method;  // "GET", "POST", "OPTIONS", ...
  std::string target;  // "/cds-services/lumbar-fusion-order-sign?x=1"
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  bool tls = false;  // arrived over HTTPS
  // Set when the request was admitted on its headers alone (the token
  // verified before the body was read); null → verify when handling.
  std::shared_ptr<const AuthDecision> auth;
  CallControl control;  // client gone / deadline, set by the listener

  // The first header with this lower-case name, or "" when absent.
  std::string_view header(std::string_view lower_name) const {
    for (const auto& [k, v] : headers) {
      if (k == lower_name) return v;
    }
    return {};
  }
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

}  // namespace spinecds::service
