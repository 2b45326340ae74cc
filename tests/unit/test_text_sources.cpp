// Text wherever a resource keeps it, as plain text: HTML and RTF reports,
// base64 attachments, the narrative.
#include <doctest/doctest.h>

#include <string>

#include <rapidjson/document.h>

#include "support/fhir_base64.h"
#include "terminology/base64.h"
#include "terminology/text_sources.h"

using namespace spinecds::terminology;
using spinecds::test::fhir_base64;

namespace {

rapidjson::Document attachment(const std::string& type, const std::string& data) {
  rapidjson::Document d;
  d.SetObject();
  d.AddMember("contentType", rapidjson::Value(type.c_str(), d.GetAllocator()), d.GetAllocator());
  d.AddMember("data", rapidjson::Value(data.c_str(), d.GetAllocator()), d.GetAllocator());
  return d;
}

}  // namespace

TEST_CASE("HTML: entities decoded, tags dropped, block tags end lines") {
  CHECK(html_to_text(
            "<p>L4&#8211;5:&nbsp;grade&nbsp;1 anterolisthesis</p><p>L5-S1: no stenosis</p>") ==
        "L4\xE2\x80\x93"
        "5: grade 1 anterolisthesis\nL5-S1: no stenosis");
  CHECK(html_to_text("a&amp;b &lt;3 &#x2013; &quot;x&quot; &rsquo;") ==
        "a&b <3 \xE2\x80\x93 \"x\" \xE2\x80\x99");
  CHECK(html_to_text("line one<br/>line two<br>three") == "line one\nline two\nthree");
  CHECK(html_to_text("<div><b>IMPRESSION</b>:\n  severe\n  stenosis</div>") ==
        "IMPRESSION: severe stenosis");
  CHECK(html_to_text("<style>p {color: red}</style><p>text</p><script>x()</script>") == "text");
  CHECK(html_to_text("<table><tr><td>L4-5</td><td>severe</td></tr></table>") == "L4-5 severe");
  // A named entity the table lacks is markup, never words: a space stands
  // for it. A bare "&" and a broken numeric one stay as written; a cut-off
  // tag ends the text.
  CHECK(html_to_text("AT&T &bogus; &#xZZ; ok <b") == "AT&T  &#xZZ; ok");
}

TEST_CASE("RTF: control words dropped, paragraphs kept, characters decoded") {
  const std::string rtf =
      R"({\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}{\colortbl;\red0\green0\blue0;})"
      R"({\*\generator Epic;}\f0\fs20 FINDINGS:\par L4\'965: severe central stenosis.\par)"
      R"( IMPRESSION:\tab grade 1 \u8211? slip\par})";
  CHECK(rtf_to_text(rtf) ==
        "FINDINGS:\nL4\xE2\x80\x93"
        "5: severe central stenosis.\nIMPRESSION: grade 1 \xE2\x80\x93 slip");
  CHECK(rtf_to_text("{\\rtf1 a\\{b\\}c\\\\}") == "a{b}c\\");
  CHECK(rtf_to_text("{\\rtf1 \\'") == "");
}

TEST_CASE("attachments by content type, base64 with line breaks") {
  std::string data = fhir_base64("Severe L4-5 stenosis.");
  data.insert(8, "\r\n");
  CHECK(attachment_text(attachment("text/plain", data)) == "Severe L4-5 stenosis.");
  CHECK(attachment_text(attachment("text/html; charset=utf-8", fhir_base64("<p>L4&ndash;5</p>"))) ==
        "L4\xE2\x80\x93"
        "5");
  CHECK(attachment_text(attachment("text/rtf", fhir_base64("{\\rtf1 L5-S1\\par ok}"))) ==
        "L5-S1\nok");
  CHECK(attachment_text(attachment("application/rtf", fhir_base64("{\\rtf1 x}"))) == "x");
  CHECK(attachment_text(attachment("application/pdf", fhir_base64("%PDF-1.4"))).empty());
  CHECK(attachment_text(attachment("text/plain", "not base64 !")).empty());
  CHECK(attachment_text(attachment("", fhir_base64("plain words"))) == "plain words");
}

TEST_CASE("narrative text.div") {
  rapidjson::Document r;
  r.Parse(R"({"resourceType": "DiagnosticReport", "text": {"status": "generated",
    "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>L3&#8211;4: moderate stenosis</p></div>"}})");
  CHECK(narrative_text(r) ==
        "L3\xE2\x80\x93"
        "4: moderate stenosis");
  r.Parse(R"({"resourceType": "Observation"})");
  CHECK(narrative_text(r).empty());
}

TEST_CASE("base64: standard and url-safe letters for attachments, strict base64url for JOSE") {
  CHECK(base64_decode("Zm9v") == std::string("foo"));
  CHECK(base64_decode("Zm8=") == std::string("fo"));
  CHECK(base64_decode("+/8=") == std::string("\xfb\xff"));
  CHECK(base64_decode("-_8=") == std::string("\xfb\xff"));
  CHECK_FALSE(base64_decode("Zm=8"));
  CHECK_FALSE(base64_decode("Zm9v!"));
  CHECK_FALSE(base64url_decode("Zm8="));
}
