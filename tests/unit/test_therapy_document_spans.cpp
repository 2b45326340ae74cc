// A therapist's document dated by its labelled span of care ("Dates of
// service: ... through ..."), whatever the EHR calls the document and
// wherever the export wrapped the line.
#include <doctest/doctest.h>

#include <string>

#include "support/record_fixtures.h"
#include "terminology/record_facts.h"

using namespace spinecds;

namespace {

// Standard base64 of `text`, as EHRs put it in an attachment.
std::string base64(const std::string& text) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < text.size(); i += 3) {
    const unsigned n = (static_cast<unsigned char>(text[i]) << 16) |
                       (static_cast<unsigned char>(text[i + 1]) << 8) |
                       static_cast<unsigned char>(text[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += kAlphabet[(n >> s) & 63];
  }
  if (i < text.size()) {
    unsigned n = static_cast<unsigned char>(text[i]) << 16;
    if (i + 1 < text.size()) n |= static_cast<unsigned char>(text[i + 1]) << 8;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < text.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

terminology::RecordFacts document(const std::string& type, const std::string& text) {
  return test::facts_of(
      R"([{"resourceType":"DocumentReference","id":"d1","status":"current","date":"2026-08-14",
           "type":{"text":")" +
      type + R"("},"content":[{"attachment":{"contentType":"text/plain","data":")" + base64(text) +
      R"("}}]}])");
}

// The therapy episode with a span, as "start..end"; empty when none.
std::string span(const terminology::RecordFacts& f) {
  for (const auto& t : f.therapy) {
    if (t.start != t.end) return t.start + ".." + t.end;
  }
  return {};
}

}  // namespace

TEST_CASE("a span wrapped after its first date still dates the course") {
  CHECK(span(document("PT Discharge Summary",
                      "Diagnosis: lumbar radiculopathy\nDates of service: 06/02/2026\n"
                      "through 08/11/2026. Visits attended: 14.\nDischarged to HEP.")) ==
        "2026-06-02..2026-08-11");
  CHECK(span(document("Physical Therapy Note",
                      "Dates of Care: 3/4/2026\n- 4/29/2026\n"
                      "Visits: 12")) == "2026-03-04..2026-04-29");
  // The next line is not the span's end: nothing is joined, no span is made.
  CHECK(span(document("PT Discharge Summary",
                      "Dates of service: 06/02/2026\nNext visit 08/11/2026 cancelled.")) == "");
}

TEST_CASE("a document is a therapist's by its type's PT or by its opening heading") {
  const std::string body = "Dates of service: 09/08/2026 through 10/30/2026. Visits: 11.";
  CHECK(span(document("OP PT Progress Note", body)) == "2026-09-08..2026-10-30");
  CHECK(span(document("Outside Records", "PHYSICAL THERAPY DISCHARGE SUMMARY\n" + body)) ==
        "2026-09-08..2026-10-30");
  // A surgeon's note with dates of service is no therapy course.
  CHECK(span(document("Progress Note", "Spine clinic follow-up\n" + body)) == "");
}

TEST_CASE("a shoulder course's other lines stay the shoulder's, not left-out lumbar care") {
  const auto f = document("OUTSIDE RECORDS - PT DISCHARGE",
                          "Body part: Right shoulder\nDates of care: 04/06/2026 - 06/25/2026\n"
                          "Discharged to home program.\nTreating therapist: K. Obi, PT, DPT");
  CHECK(span(f) == "2026-04-06..2026-06-25");
  // Left out with a reason would put the signature line among the quotes.
  CHECK(f.therapy_excluded.empty());
  for (const auto& t : f.therapy) CHECK(t.region == terminology::BodyRegion::other);
}
