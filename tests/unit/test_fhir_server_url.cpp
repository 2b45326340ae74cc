// Which FHIR servers may be contacted and which links stay under their base:
// the checks that keep the bearer token on the EHR's own server.
#include <doctest/doctest.h>

#include "fhir/server_url.h"

using namespace spinecds::fhir;

TEST_CASE("allowlist comparison ignores case, default ports and trailing slashes only") {
  const std::vector<std::string> allowed = {"http://127.0.0.1:8090/fhir",
                                            "https://EHR.example.org/r4/"};
  CHECK(is_allowed_server("http://127.0.0.1:8090/fhir", allowed));
  CHECK(is_allowed_server("http://127.0.0.1:8090/fhir/", allowed));
  CHECK(is_allowed_server("HTTPS://ehr.example.org:443/r4", allowed));
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8091/fhir", allowed));
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8090/fhir2", allowed));
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8090", allowed));
  CHECK_FALSE(is_allowed_server("http://ehr.example.org/r4", allowed));  // scheme differs
  CHECK_FALSE(is_allowed_server("https://evil@ehr.example.org/r4", allowed));
  CHECK_FALSE(is_allowed_server("https://ehr.example.org/r4/../other", allowed));
  CHECK_FALSE(is_allowed_server("", allowed));
  CHECK_FALSE(is_allowed_server("ftp://127.0.0.1:8090/fhir", allowed));
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8090/fhir", {}));
  // A query or fragment, even an empty one, is not the base on the list.
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8090/fhir?", allowed));
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8090/fhir/?", allowed));
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8090/fhir#", allowed));
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8090/fhir?x=1", allowed));
  CHECK_FALSE(is_allowed_server("http://127.0.0.1:8090/fhir\r\nX: 1", allowed));
}

TEST_CASE("links under the base are followed, others are not") {
  const std::string base = "http://127.0.0.1:8090/fhir";
  CHECK(is_under_base("http://127.0.0.1:8090/fhir/Condition?patient=1&_offset=5", base));
  CHECK(is_under_base("http://127.0.0.1:8090/fhir?_getpages=abc", base));
  CHECK(is_under_base("HTTP://127.0.0.1:8090/fhir/Condition", base));
  CHECK_FALSE(is_under_base("http://127.0.0.1:9999/fhir/Condition", base));
  CHECK_FALSE(is_under_base("https://127.0.0.1:8090/fhir/Condition", base));
  CHECK_FALSE(is_under_base("http://localhost:8090/fhir/Condition", base));
  CHECK_FALSE(is_under_base("http://127.0.0.1:8090/fhirx/Condition", base));
  CHECK_FALSE(is_under_base("http://127.0.0.1:8090/other/Condition", base));
  CHECK_FALSE(is_under_base("http://127.0.0.1:8090/fhir/../admin", base));
  CHECK_FALSE(is_under_base("http://127.0.0.1:8090/fhir/%2e%2E/admin", base));
  CHECK_FALSE(is_under_base("http://user@127.0.0.1:8090/fhir/Condition", base));
  CHECK_FALSE(is_under_base("http://127.0.0.1:8090@evil.example/fhir/Condition", base));
  CHECK_FALSE(is_under_base("http://127.0.0.1:8090\\@evil.example/fhir", base));
  CHECK_FALSE(is_under_base("/fhir/Condition?page=2", base));  // relative: not guessed
  CHECK_FALSE(is_under_base("http://127.0.0.1:8090/fhir/Condition#x", base));
}

TEST_CASE("URL parsing") {
  auto u = parse_server_url("https://Host.Example:8443/a/b/?x=1");
  REQUIRE(u);
  CHECK(u->scheme == "https");
  CHECK(u->host == "host.example");
  CHECK(u->port == 8443);
  CHECK(u->path == "/a/b");
  CHECK(u->query == "x=1");
  CHECK(parse_server_url("http://[::1]:8080/fhir")->port == 8080);
  CHECK_FALSE(parse_server_url("http://host:99999/"));
  CHECK_FALSE(parse_server_url("http://host:/"));
  CHECK_FALSE(parse_server_url("http:///fhir"));
  CHECK_FALSE(parse_server_url("http://ho st/fhir"));
  CHECK(normalize_base("HTTP://Host:80/fhir/") == "http://host/fhir");
}
