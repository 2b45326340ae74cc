#pragma once
// FHIR server URLs: which servers may be contacted, and whether a URL (a
// paging link) stays under the base the token was meant for.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spinecds::fhir {

struct ServerUrl {
  std::string scheme;  // "http" or "https", lower case
  std::string host;    // lower case
  int port = 0;        // explicit or the scheme's default
  std::string path;    // without a trailing '/', "" for the root
  std::string query;   // after '?', without it
};

// nullopt for anything but an absolute http(s) URL without user info or
// fragment: the token goes only to URLs this accepts.
std::optional<ServerUrl> parse_server_url(std::string_view url);

// "HTTP://Host:80/fhir/" -> "http://host/fhir": the form allowlists compare.
std::string normalize_base(std::string_view base);

// The hook's fhirServer is on the list (compared in normalized form).
bool is_allowed_server(std::string_view fhir_server, const std::vector<std::string>& allowed);

// `url` is on the same scheme, host and port as `base` and its path lies
// under the base's path, with no dot segments (also percent-encoded) that
// could climb out of it.
bool is_under_base(std::string_view url, std::string_view base);

}  // namespace spinecds::fhir
