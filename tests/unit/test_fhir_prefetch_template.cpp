// Prefetch template rendering: every CDS Hooks 2.0 token, and the templates
// that must be skipped rather than guessed.
#include <doctest/doctest.h>

#include <rapidjson/document.h>

#include "fhir/gather.h"
#include "fhir/prefetch_template.h"

using spinecds::fhir::render_prefetch_template;

namespace {

rapidjson::Document context(const char* json) {
  rapidjson::Document d;
  d.Parse(json);
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

}  // namespace

TEST_CASE("context tokens render from root-level primitive fields") {
  const auto ctx = context(
      R"({"patientId":"pt-4417","userId":"Practitioner/pr-1","encounterId":"enc-1","n":7,
          "draftOrders":{"resourceType":"Bundle"}})");
  CHECK(render_prefetch_template("Patient/{{context.patientId}}", ctx) == "Patient/pt-4417");
  CHECK(render_prefetch_template(
            "Encounter?_id={{context.encounterId}}&patient={{context.patientId}}", ctx) ==
        "Encounter?_id=enc-1&patient=pt-4417");
  CHECK(render_prefetch_template("{{context.userId}}", ctx) == "Practitioner%2Fpr-1");
  CHECK(render_prefetch_template("X?n={{ context.n }}", ctx) == "X?n=7");
  CHECK(render_prefetch_template("Patient?active=true", ctx) == "Patient?active=true");
  // Not a primitive, not root-level, absent: skipped.
  CHECK_FALSE(render_prefetch_template("X?b={{context.draftOrders}}", ctx));
  CHECK_FALSE(render_prefetch_template("X?b={{context.draftOrders.id}}", ctx));
  CHECK_FALSE(render_prefetch_template("X?b={{context.appointmentId}}", ctx));
}

TEST_CASE("user tokens come from the typed userId, and only of their type") {
  const auto pr = context(R"({"userId":"Practitioner/pr-1"})");
  CHECK(render_prefetch_template("Practitioner/{{userPractitionerId}}", pr) == "Practitioner/pr-1");
  CHECK_FALSE(render_prefetch_template("PractitionerRole/{{userPractitionerRoleId}}", pr));
  CHECK_FALSE(render_prefetch_template("Patient/{{userPatientId}}", pr));
  CHECK_FALSE(render_prefetch_template("RelatedPerson/{{userRelatedPersonId}}", pr));

  CHECK(render_prefetch_template("PractitionerRole/{{userPractitionerRoleId}}",
                                 context(R"({"userId":"PractitionerRole/r9"})")) ==
        "PractitionerRole/r9");
  CHECK(render_prefetch_template("Patient/{{userPatientId}}",
                                 context(R"({"userId":"Patient/p2"})")) == "Patient/p2");
  CHECK(render_prefetch_template("RelatedPerson/{{userRelatedPersonId}}",
                                 context(R"({"userId":"RelatedPerson/rp"})")) ==
        "RelatedPerson/rp");
  // "PractitionerRole/x" is not a Practitioner.
  CHECK_FALSE(render_prefetch_template("{{userPractitionerId}}",
                                       context(R"({"userId":"PractitionerRole/x"})")));
  CHECK_FALSE(render_prefetch_template("{{userPractitionerId}}", context(R"({})")));
  CHECK_FALSE(
      render_prefetch_template("{{userPractitionerId}}", context(R"({"userId":"Practitioner/"})")));
}

TEST_CASE("malformed templates and hostile values are not rendered into a URL") {
  const auto ctx = context(R"({"patientId":"1&_include=*","up":"..","empty":""})");
  // Not FHIR id syntax: skipped, never sent, however it would be encoded.
  CHECK_FALSE(render_prefetch_template("Condition?patient={{context.patientId}}", ctx));
  CHECK_FALSE(render_prefetch_template("Patient/{{context.patientId}}",
                                       context(R"({"patientId":"a/b c"})")));
  for (const char* hostile :
       {R"({"patientId":"pt-1\r\nX-Injected: 1"})", R"({"patientId":"pt-1\u0000/../admin"})",
        R"({"patientId":"pt-1\u0001"})"}) {
    CHECK_FALSE(render_prefetch_template("Patient/{{context.patientId}}", context(hostile)));
  }
  CHECK_FALSE(render_prefetch_template(
      "Patient/{{context.patientId}}",
      context(("{\"patientId\":\"" + std::string(65, 'a') + "\"}").c_str())));
  CHECK_FALSE(render_prefetch_template("Patient/{{context.up}}", ctx));
  CHECK_FALSE(render_prefetch_template("Patient/{{context.empty}}", ctx));
  CHECK_FALSE(render_prefetch_template("Patient/{{context.patientId", ctx));
  CHECK_FALSE(render_prefetch_template("Patient/context.patientId}}", ctx));
  CHECK_FALSE(render_prefetch_template("Patient/{{patientId}}", ctx));
  CHECK_FALSE(render_prefetch_template("Patient/{{%patient.id}}", ctx));
  CHECK_FALSE(render_prefetch_template("Patient/{{context.patientId}}", rapidjson::Value()));
}

TEST_CASE("every template of the lumbar fusion services renders for an order-sign context") {
  const auto ctx = context(R"({"patientId":"pt-4417","userId":"Practitioner/pr-1"})");
  for (const auto& t : spinecds::fhir::lumbar_fusion_prefetch()) {
    CAPTURE(t.key);
    const auto r = render_prefetch_template(t.query, ctx);
    REQUIRE(r);
    CHECK(r->find("pt-4417") != std::string::npos);
    CHECK(r->find("{{") == std::string::npos);
  }
}
