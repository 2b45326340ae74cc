#include <optional>
#include <string>

#include <rapidjson/document.h>

#include "fhir/json_parse.h"
#include "service/auth/jwt_authenticator.h"
#include "service/authenticator.h"
#include "service/config.h"

namespace spinecds::service {

// Builds the JWT authenticator from the config's auth section.
std::optional<Authenticator> make_authenticator(const Config& config, std::string& error) {
  rapidjson::Document auth;
  if (fhir::parse_json(config.auth_json, auth).status != fhir::JsonParseStatus::ok) {
    error = "auth is not valid JSON";
    return std::nullopt;
  }
  auto setup = auth::make_jwt_authenticator(auth, auth::AuthOptions{});
  if (!setup.authenticator) {
    error = setup.error;
    return std::nullopt;
  }
  return setup.authenticator;
}

}  // namespace spinecds::service
