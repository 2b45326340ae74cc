// The request parser's two forms (fhir/json_parse.h): copying, and in situ
// into the document's own pool (the hook request, issue 14). Both refuse the
// same bodies, and the UTF-8 pass that replaced RapidJSON's per-character
// validation refuses what that validation refused.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "fhir/json_parse.h"

using namespace spinecds::fhir;
using namespace std::string_literals;

namespace {

std::string dump(const rapidjson::Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return {buf.GetString(), buf.GetSize()};
}

JsonParseStatus both(const std::string& text) {
  rapidjson::Document copied;
  rapidjson::Document in_situ;
  const auto a = parse_json(text, copied);
  const auto b = parse_json_in_situ(text, in_situ);
  CHECK(a.status == b.status);
  CHECK(a.offset == b.offset);
  CHECK(a.pointer == b.pointer);
  return a.status;
}

}  // namespace

TEST_CASE("in situ, the document reads the same and outlives the text it came from") {
  rapidjson::Document copied;
  rapidjson::Document in_situ;
  {
    std::string text =
        R"({"hook":"order-sign","context":{"patientId":"pt-4417","note":"L4\u2013L5 \"grade 1\"\n"},)"
        R"("n":[1,-2.5,true,null],"long member name over fifteen bytes":"x"})";
    REQUIRE(parse_json(text, copied).status == JsonParseStatus::ok);
    REQUIRE(parse_json_in_situ(text, in_situ).status == JsonParseStatus::ok);
    text.assign(text.size(), '#');  // the caller's buffer is reused or gone
  }
  CHECK(dump(in_situ) == dump(copied));
  CHECK(std::string(in_situ["context"]["note"].GetString()) == "L4\u2013L5 \"grade 1\"\n");
  CHECK(std::string(in_situ["long member name over fifteen bytes"].GetString()) == "x");
}

TEST_CASE("strings and whitespace read 16 bytes at a time stop at the right byte") {
  // fhir/json_scan.h: a plain run, an escape or a control byte at every
  // offset of a block, before and after an escape, and whitespace gaps of
  // every length up to two blocks.
  for (std::size_t a = 0; a < 40; ++a) {
    for (const std::string& mid : {"\\n"s, "\\\""s, "\\u00e9"s, "\\\\"s}) {
      const std::string run_a(a, 'a');
      const std::string text = "{\"k\":\"" + run_a + mid + "x" + run_a + mid + "\"}";
      rapidjson::Document copied;
      rapidjson::Document in_situ;
      REQUIRE(parse_json(text, copied).status == JsonParseStatus::ok);
      REQUIRE(parse_json_in_situ(text, in_situ).status == JsonParseStatus::ok);
      const std::string unescaped = mid == "\\n"    ? "\n"
                                    : mid == "\\\"" ? "\""
                                    : mid == "\\\\" ? "\\"
                                                    : "\xC3\xA9";
      const std::string want = run_a + unescaped + "x" + run_a + unescaped;
      CHECK(std::string(in_situ["k"].GetString(), in_situ["k"].GetStringLength()) == want);
      CHECK(dump(in_situ) == dump(copied));
    }
    // A raw control byte ends the string as an error at its own offset.
    for (const char bad : {'\x01', '\x1a', '\x1f', '\t'}) {
      const std::string text = "[\"" + std::string(a, 'b') + bad + "\"]";
      rapidjson::Document d;
      const auto r = parse_json_in_situ(text, d);
      CHECK(r.status == JsonParseStatus::malformed);
      CHECK(r.offset == a + 2);
      CHECK(both(text) == JsonParseStatus::malformed);
    }
    // An unterminated string runs into the end of the body.
    CHECK(both("[\"" + std::string(a, 'c')) == JsonParseStatus::malformed);
    const std::string gap = std::string(a, ' ') + "\n\t\r" + std::string(a % 17, ' ');
    CHECK(both("{" + gap + "\"k\"" + gap + ":" + gap + "[1," + gap + "2]" + gap + "}" + gap) ==
          JsonParseStatus::ok);
    CHECK(both(gap + "[1" + gap + "x]") == JsonParseStatus::malformed);
  }
}

TEST_CASE("a refused body leaves the document as it was, in both forms") {
  rapidjson::Document d;
  REQUIRE(parse_json_in_situ(R"({"a":1})", d).status == JsonParseStatus::ok);
  CHECK(parse_json_in_situ(R"({"a":2,)", d).status == JsonParseStatus::malformed);
  CHECK(d["a"].GetInt() == 1);
  CHECK(parse_json(R"([)", d).status == JsonParseStatus::malformed);
  CHECK(d["a"].GetInt() == 1);
}

TEST_CASE("well-formed UTF-8 of every length is read, in strings and names") {
  CHECK(both("{\"caf\xc3\xa9\":\"\xe2\x82\xac 5 \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf\"}") ==
        JsonParseStatus::ok);
  // ASCII runs longer than the eight-byte fast path, split around a letter.
  CHECK(both("{\"a\":\"" + std::string(37, 'x') + "\xc3\xa9" + std::string(11, 'y') + "\"}") ==
        JsonParseStatus::ok);
}

TEST_CASE("ill-formed UTF-8 is malformed, with the offset of the first bad byte") {
  const std::vector<std::pair<std::string, std::size_t>> bad = {
      {"{\"a\":\"pt\xc0\xaf\"}", 8},                          // overlong '/'
      {"{\"a\":\"pt\xe0\x80\xaf\"}", 8},                      // overlong, three bytes
      {"{\"a\":\"pt\xf0\x80\x80\xaf\"}", 8},                  // overlong, four bytes
      {"{\"a\":\"pt\xed\xa0\x80\"}", 8},                      // an encoded surrogate
      {"{\"a\":\"pt\xf4\x90\x80\x80\"}", 8},                  // above U+10FFFF
      {"{\"a\":\"pt\xf5\x80\x80\x80\"}", 8},                  // no such lead byte
      {"{\"a\":\"pt\x80\"}", 8},                              // a lone continuation byte
      {"{\"a\":\"pt\xc3\"}", 8},                              // cut short by the quote
      {"{\"a\":\"" + std::string(16, 'x') + "\xe2\x82", 22},  // cut short by the end
      {"{\"pt\xff\":1}", 4},                                  // in a member name
  };
  for (const auto& [text, offset] : bad) {
    CAPTURE(text);
    rapidjson::Document d;
    const auto r = parse_json_in_situ(text, d);
    CHECK(r.status == JsonParseStatus::malformed);
    CHECK(r.offset == offset);
    CHECK(both(text) == JsonParseStatus::malformed);
  }
}

TEST_CASE("a bad byte is found at its offset wherever it falls in a block of ASCII") {
  // The scan skips ASCII sixteen and eight bytes at a time: a bad sequence at
  // each offset across two blocks, with ASCII and good UTF-8 after it.
  for (const std::string seq : {"\xc0\xaf", "\xed\xa0\x80", "\x80", "\xc3"}) {
    for (std::size_t k = 0; k < 40; ++k) {
      const std::string text =
          "{\"a\":\"" + std::string(k, 'x') + seq + std::string(20, 'y') + "\xc3\xa9\"}";
      CAPTURE(k);
      rapidjson::Document d;
      const auto r = parse_json_in_situ(text, d);
      CHECK(r.status == JsonParseStatus::malformed);
      CHECK(r.offset == 6 + k);
    }
  }
}

TEST_CASE("depth, NUL and U+0000 are refused alike in both forms") {
  CHECK(both(std::string(300, '[') + std::string(300, ']')) == JsonParseStatus::too_deep);
  CHECK(both("{\"a\":\"b\"}\0{}"s) == JsonParseStatus::malformed);
  CHECK(both(R"({"context":{"patientId":"pt\u0000x"}})") == JsonParseStatus::nul_in_string);
  rapidjson::Document d;
  const auto r =
      parse_json_in_situ(R"({"a":[1,{"long member name, seventeen+":["x","y\u0000"]}]})", d);
  CHECK(r.status == JsonParseStatus::nul_in_string);
  CHECK(r.pointer == "/a/1/long member name, seventeen+/1");
  CHECK(both("") == JsonParseStatus::malformed);
}
