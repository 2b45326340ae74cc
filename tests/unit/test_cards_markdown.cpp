// Record text in card details is data, never markup (CDS Hooks detail is GFM;
// spec README rule 4).
#include <doctest/doctest.h>

#include "cards/markdown_escape.h"
#include "cards/render.h"
#include "support/cards_fixtures.h"

using namespace spinecds;
using namespace spinecds::test;
using cards::markdown_escape;

TEST_CASE("markdown_escape neutralises markup, links, HTML and line structure") {
  CHECK(markdown_escape("<script>alert(1)</script>") ==
        "&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
  CHECK(markdown_escape("[link](javascript:alert(1))") ==
        "\\[link\\]\\(javascript\\:alert\\(1\\)\\)");
  CHECK(markdown_escape("**bold** _it_ `code` | cell ~x~") ==
        "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\| cell \\~x\\~");
  CHECK(markdown_escape("line1\n# heading\r\n- item") == "line1 \\# heading - item");
  CHECK(markdown_escape("see https://evil.example and www.evil.example") ==
        "see https\\://evil.example and www\\.evil.example");
  CHECK(markdown_escape("a&b") == "a&amp;b");
  CHECK(markdown_escape("grade 1 anterolisthesis of L4 on L5") ==
        "grade 1 anterolisthesis of L4 on L5");
  CHECK(markdown_escape("\\") == "\\\\");
}

TEST_CASE("record text between escapes is kept whole, and each escape still applies") {
  CHECK(markdown_escape("Grade 1 L4-5 (see www.x.org) *mild*\n\nA<B & C|D.") ==
        "Grade 1 L4-5 \\(see www\\.x.org\\) \\*mild\\* A&lt;B &amp; C\\|D.");
  CHECK(markdown_escape("caf\xC3\xA9 WWW.a \x7f\x01"
                        "end  ") == "caf\xC3\xA9 WWW\\.a end");
}

TEST_CASE("truncate_code_points never splits UTF-8 and marks the cut") {
  CHECK(cards::truncate_code_points("abc", 3) == "abc");
  CHECK(cards::truncate_code_points("abcd", 3) == "ab\xE2\x80\xA6");
  CHECK(cards::truncate_code_points("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3) ==
        "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
  CHECK(cards::code_point_count("\xC3\xA9t\xC3\xA9") == 3);
}

TEST_CASE("code points are counted alike wherever the multi-byte letters fall") {
  // Counted sixteen bytes at a time: two-, three- and four-byte letters at
  // every offset across three blocks, and every lead and continuation byte.
  for (const std::string letter :
       {"\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x98\x80", "\xBF", "\xFF"}) {
    for (std::size_t at = 0; at < 40; ++at) {
      const std::string text = std::string(at, 'a') + letter + std::string(13, 'b') + letter;
      std::size_t starts = 0;
      for (const char c : text) starts += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
      CAPTURE(at);
      CHECK(cards::code_point_count(text) == starts);
    }
  }
  CHECK(cards::code_point_count(std::string(32, 'x') + "\xC3\xA9t\xC3\xA9") == 35);
}

TEST_CASE("XSS: a radiology report with <script> and a javascript: link comes out escaped") {
  const auto req = parse_file(source_dir() + "/tests/data/cards/order-sign-l2-pelvis.json");
  auto a = founding_assessment("ServiceRequest/sr-fusion-cards-1");
  const std::string payload =
      "<script>alert('x')</script> [click here](javascript:alert(document.cookie)) "
      "![img](https://evil.example/x.png)\n| injected | row |";
  for (auto& row : a.levels) row.evidence.push_back({"DiagnosticReport/dr-evil", payload});
  for (auto& c : a.criteria) {
    c.evidence.push_back({"DiagnosticReport/dr-evil", payload});
    c.summary += " " + payload;
  }
  a.data_gaps = {{"procedures", payload, true}};
  const auto resp = render_one(req, {a});
  const auto problems = check_response_rules(resp, req, {true, true, false});
  for (const auto& p : problems) FAIL_CHECK(p);
  int details = 0;
  int shown = 0;  // details that quote the hostile text (each quote is shown once per card)
  for (const auto& c : resp["cards"].GetArray()) {
    if (!c.HasMember("detail")) continue;
    ++details;
    const std::string d = c["detail"].GetString();
    CAPTURE(d);
    CHECK(d.find("<script") == std::string::npos);
    CHECK(d.find("](") == std::string::npos);
    CHECK(d.find("javascript:") == std::string::npos);
    CHECK(d.find("![") == std::string::npos);
    CHECK(d.find("\n| injected") == std::string::npos);
    if (d.find("&lt;script&gt;") != std::string::npos) {
      ++shown;
      CHECK(d.find("\\[click here\\]") != std::string::npos);
    }
  }
  CHECK(details >= 4);
  CHECK(shown >= 2);
}
