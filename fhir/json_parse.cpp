#include "fhir/json_parse.h"

#include <cstring>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

namespace spinecds::fhir {

namespace {

// Feeds the reader's events straight into the document while counting
// nesting, and stops the reader as soon as it passes the limit: one pass, and
// a 100,000-deep array costs no stack.
struct DepthLimitedBuilder {
  rapidjson::Document& doc;
  int limit;
  int depth = 0;
  bool exceeded = false;
  bool nul = false;  // a string or member name held U+0000

  bool Null() { return doc.Null(); }
  bool Bool(bool b) { return doc.Bool(b); }
  bool Int(int i) { return doc.Int(i); }
  bool Uint(unsigned u) { return doc.Uint(u); }
  bool Int64(int64_t i) { return doc.Int64(i); }
  bool Uint64(uint64_t u) { return doc.Uint64(u); }
  bool Double(double d) { return doc.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
    return doc.RawNumber(s, n, copy);
  }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    return no_nul(s, n) && doc.String(s, n, copy);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    return no_nul(s, n) && doc.Key(s, n, copy);
  }
  // Everything downstream (C APIs, logs, other parsers) may read a string
  // only up to its first NUL: such a string is refused, not truncated.
  bool no_nul(const char* s, rapidjson::SizeType n) {
    if (n > 0 && std::memchr(s, 0, n) != nullptr) nul = true;
    return !nul;
  }
  bool StartObject() { return enter() && doc.StartObject(); }
  bool EndObject(rapidjson::SizeType n) {
    --depth;
    return doc.EndObject(n);
  }
  bool StartArray() { return enter() && doc.StartArray(); }
  bool EndArray(rapidjson::SizeType n) {
    --depth;
    return doc.EndArray(n);
  }
  bool enter() {
    if (++depth > limit) {
      exceeded = true;
      return false;
    }
    return true;
  }
};

constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

}  // namespace

JsonParse parse_json(std::string_view text, rapidjson::Document& out, int max_depth) {
  JsonParse result;
  // RapidJSON reads a raw NUL as the end of the input and would ignore what
  // follows it.
  if (const void* nul = std::memchr(text.data(), 0, text.size())) {
    result.status = JsonParseStatus::malformed;
    result.offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    result.error = "a raw NUL byte at offset " + std::to_string(result.offset);
    return result;
  }
  rapidjson::ParseResult parsed;
  bool exceeded = false;
  bool nul = false;
  // Populate installs the root only when the generator succeeds, so a refused
  // body leaves `out` as it was.
  auto generate = [&](rapidjson::Document& doc) {
    DepthLimitedBuilder builder{doc, max_depth};
    rapidjson::Reader reader;
    rapidjson::MemoryStream ms(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> is(ms);
    parsed = reader.Parse<kFlags>(is, builder);
    exceeded = builder.exceeded;
    nul = builder.nul;
    return !parsed.IsError();
  };
  out.Populate(generate);
  if (exceeded) {
    result.status = JsonParseStatus::too_deep;
    result.offset = parsed.Offset();
    result.error = "JSON nested deeper than " + std::to_string(max_depth) + " levels";
  } else if (nul) {
    result.status = JsonParseStatus::malformed;
    result.offset = parsed.Offset();
    result.error = "a string holds U+0000 (before offset " + std::to_string(parsed.Offset()) + ")";
  } else if (parsed.IsError()) {
    result.status = JsonParseStatus::malformed;
    result.offset = parsed.Offset();
    result.error = std::string(rapidjson::GetParseError_En(parsed.Code())) + " at offset " +
                   std::to_string(parsed.Offset());
  }
  return result;
}

}  // namespace spinecds::fhir
