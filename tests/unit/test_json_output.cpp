// The response writer (fhir/json_output.h) copies a string's plain runs 16
// bytes at a time; what a client receives must be byte for byte what
// RapidJSON's own writer gives, whatever the string holds and wherever in a
// 16-byte block the character to escape falls.
#include <doctest/doctest.h>

#include <string>

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "fhir/json_output.h"

namespace {

std::string reference(const rapidjson::Value& v) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  v.Accept(w);
  return {buf.GetString(), buf.GetSize()};
}

std::string written(const rapidjson::Value& v) {
  std::string out;
  spinecds::fhir::write_json(v, out);
  return out;
}

rapidjson::Value string_value(const std::string& s, rapidjson::Document& d) {
  return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), d.GetAllocator());
}

}  // namespace

TEST_CASE("every character that needs escaping is escaped at every offset and length") {
  rapidjson::Document d;
  // Controls (0x1a-0x1f as well as the low ones), quote, backslash; '/' and
  // DEL and UTF-8 bytes pass as they are.
  const std::string specials = std::string("\0\x01\b\t\n\f\r\x1a\x1f\"\\/\x7f", 13) + "\xc3\xa9";
  for (char c : specials) {
    for (std::size_t before = 0; before < 40; ++before) {
      for (std::size_t after : {0, 1, 15, 16, 17, 33}) {
        const std::string s = std::string(before, 'a') + c + std::string(after, 'b');
        const auto v = string_value(s, d);
        REQUIRE(written(v) == reference(v));
      }
    }
  }
}

TEST_CASE("a whole document writes as RapidJSON writes it, and appends to what is there") {
  rapidjson::Document d;
  d.Parse(R"({"cards":[{"summary":"Fusion \"L2-pelvis\" exceeds\tdocumented\ninstability",
    "detail":"C:\\path \u00e9\u2014 long enough to cross several sixteen-byte blocks of text",
    "n":[1,-2,3.5,true,false,null],"empty":"","e":{}}]})");
  REQUIRE_FALSE(d.HasParseError());
  std::string out = "prefix:";
  spinecds::fhir::write_json(d, out, 8);
  CHECK(out == "prefix:" + reference(d));
}

TEST_CASE("the pretty writer over the same stream indents as RapidJSON's") {
  rapidjson::Document d;
  d.Parse(R"({"a":["x\"y",{"b":"a string longer than sixteen bytes\\"}]})");
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> ref(buf);
  ref.SetIndent(' ', 2);
  d.Accept(ref);
  std::string out;
  spinecds::fhir::JsonStringStream stream(out);
  rapidjson::PrettyWriter<spinecds::fhir::JsonStringStream> w(stream);
  w.SetIndent(' ', 2);
  d.Accept(w);
  stream.finish();
  CHECK(out == std::string(buf.GetString(), buf.GetSize()));
}
