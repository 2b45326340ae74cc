// The edge checks of values that end up in a header, URL or path, and the
// JSON parser's refusal of NUL: explicit scanners that read the whole value,
// so nothing after a NUL slips through.
#include <doctest/doctest.h>

#include <string>

#include <rapidjson/document.h>

#include "fhir/json_parse.h"
#include "fhir/syntax.h"

using namespace spinecds::fhir;
using namespace std::string_literals;

TEST_CASE("FHIR ids: letters, digits, '-' and '.', 1 to 64 of them") {
  CHECK(is_fhir_id("pt-4417"));
  CHECK(is_fhir_id("A.b-9"));
  CHECK(is_fhir_id(std::string(64, 'a')));
  CHECK_FALSE(is_fhir_id(""));
  CHECK_FALSE(is_fhir_id(std::string(65, 'a')));
  CHECK_FALSE(is_fhir_id("pt_4417"));
  CHECK_FALSE(is_fhir_id("pt/4417"));
  CHECK_FALSE(is_fhir_id("pt-4417\0/../admin"s));
  CHECK_FALSE(is_fhir_id("pt-4417\r\n"));
  CHECK_FALSE(is_fhir_id("pt\x01"));
  CHECK_FALSE(is_fhir_id("pt\xc3\xa9"));
}

TEST_CASE("typed references and resource types") {
  CHECK(is_typed_reference("Practitioner/pr-1"));
  CHECK(is_typed_reference("ServiceRequest/order-1"));
  CHECK_FALSE(is_typed_reference("practitioner/pr-1"));
  CHECK_FALSE(is_typed_reference("Practitioner/"));
  CHECK_FALSE(is_typed_reference("Practitioner/a/b"));
  CHECK_FALSE(is_typed_reference("Practitioner/pr-1\0x"s));
  CHECK(is_resource_type("Patient"));
  CHECK_FALSE(is_resource_type("P"));
  CHECK_FALSE(is_resource_type("patient"));
  CHECK_FALSE(is_resource_type("Patient\0"s));
}

TEST_CASE("bearer tokens: RFC 6750 b64token characters only") {
  CHECK(is_b64token("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"));
  CHECK(is_b64token("abc-._~+/XYZ09=="));
  CHECK_FALSE(is_b64token(""));
  CHECK_FALSE(is_b64token("=="));
  CHECK_FALSE(is_b64token("ab=c"));
  CHECK_FALSE(is_b64token("tok\r\nContent-Length: 0\r\n\r\nDELETE /admin HTTP/1.1"));
  CHECK_FALSE(is_b64token("tok\0rest"s));
  CHECK_FALSE(is_b64token("tok en"));
  CHECK_FALSE(is_b64token("tok\t"));
}

TEST_CASE("FHIR bases: absolute http(s), no query, fragment or control character") {
  CHECK(is_fhir_base("http://127.0.0.1:8090/fhir"));
  CHECK(is_fhir_base("https://ehr.example.org/r4/"));
  CHECK_FALSE(is_fhir_base("http://127.0.0.1:8090/fhir?"));
  CHECK_FALSE(is_fhir_base("http://127.0.0.1:8090/fhir#"));
  CHECK_FALSE(is_fhir_base("http://127.0.0.1:8090/fhir?_format=json"));
  CHECK_FALSE(is_fhir_base("http://127.0.0.1:8090/fhir\r\nX: 1"));
  CHECK_FALSE(is_fhir_base("http://127.0.0.1:8090/fhir\0/x"s));
  CHECK_FALSE(is_fhir_base("http://user@127.0.0.1/fhir"));
  CHECK_FALSE(is_fhir_base("ftp://127.0.0.1/fhir"));
  CHECK_FALSE(is_fhir_base("/fhir"));
}

TEST_CASE("hookInstance UUIDs and UTC instants") {
  CHECK(is_uuid("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"));
  CHECK_FALSE(is_uuid("d1577c69-dfbe-44ad-ba6d-3e05e953b2e"));
  CHECK_FALSE(is_uuid("d1577c69xdfbe-44ad-ba6d-3e05e953b2ea"));
  CHECK_FALSE(is_uuid("d1577c69-dfbe-44ad-ba6d-3e05e953b2e\0"s));
  CHECK(is_utc_instant("2026-11-26T10:00:00Z"));
  CHECK(is_utc_instant("2026-11-26T10:00:00.123Z"));
  CHECK(is_utc_instant("2026-11-26T10:00:00+00:00"));
  CHECK_FALSE(is_utc_instant("2026-11-26T10:00:00"));
  CHECK_FALSE(is_utc_instant("2026-11-26T10:00:00.Z"));
  CHECK_FALSE(is_utc_instant("2026-11-26T10:00:00+01:00"));
  CHECK_FALSE(is_utc_instant("2026-11-26 10:00:00Z"));
  CHECK_FALSE(is_utc_instant("2026-11-26T10:00:00Z\0x"s));
}

TEST_CASE("header values that would split a request") {
  CHECK(breaks_header("Bearer a\r\nb"));
  CHECK(breaks_header("a\nb"));
  CHECK(breaks_header("a\0b"s));
  CHECK_FALSE(breaks_header("Bearer abc.def"));
}

TEST_CASE("JSON with a raw NUL is malformed; a string holding U+0000 is refused by path") {
  rapidjson::Document d;
  CHECK(parse_json(R"({"a":"b"})", d).status == JsonParseStatus::ok);
  const auto raw = parse_json("{\"a\":\"b\"}\0{\"c\":1}"s, d);
  CHECK(raw.status == JsonParseStatus::malformed);
  CHECK(raw.offset == 9);
  CHECK(parse_json("{\"a\":\"b\0c\"}"s, d).status == JsonParseStatus::malformed);
  const auto id = parse_json(R"({"context":{"patientId":"pt-4417\u0000/../admin"}})", d);
  CHECK(id.status == JsonParseStatus::nul_in_string);
  CHECK(id.pointer == "/context/patientId");
  CHECK(id.error.find("pt-4417") == std::string::npos);
  const auto element = parse_json(R"({"a":[1,{"b":["x","y\u0000"]}]})", d);
  CHECK(element.status == JsonParseStatus::nul_in_string);
  CHECK(element.pointer == "/a/1/b/1");
  const auto name = parse_json(R"({"ctx":{"pt\u0000":"x"}})", d);
  CHECK(name.status == JsonParseStatus::nul_in_string);
  CHECK(name.pointer == "/ctx");
  // Other escapes are fine.
  CHECK(parse_json(R"({"a":"\u0001\n\u00e9"})", d).status == JsonParseStatus::ok);
}
