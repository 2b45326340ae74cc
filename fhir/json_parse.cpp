#include "fhir/json_parse.h"

#include <cstring>
#include <optional>
#include <vector>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "fhir/json_access.h"

namespace spinecds::fhir {

namespace {

// Feeds the reader's events straight into the document while counting
// nesting, and stops the reader as soon as it passes the limit: one pass, and
// a 100,000-deep array costs no stack. It also keeps the path to the current
// value, so a refused string can be named (never quoted).
struct DepthLimitedBuilder {
  DepthLimitedBuilder(rapidjson::Document& d, int max_depth) : doc(d), limit(max_depth) {}

  rapidjson::Document& doc;
  int limit;
  int depth = 0;
  bool exceeded = false;
  std::optional<std::string> nul_at;  // pointer of the string that held U+0000

  struct Frame {
    bool array = false;
    std::size_t count = 0;  // elements begun, in an array
    std::string key;        // the current member, in an object
  };
  std::vector<Frame> frames;

  bool Null() { return value() && doc.Null(); }
  bool Bool(bool b) { return value() && doc.Bool(b); }
  bool Int(int i) { return value() && doc.Int(i); }
  bool Uint(unsigned u) { return value() && doc.Uint(u); }
  bool Int64(int64_t i) { return value() && doc.Int64(i); }
  bool Uint64(uint64_t u) { return value() && doc.Uint64(u); }
  bool Double(double d) { return value() && doc.Double(d); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) {
    return value() && doc.RawNumber(s, n, copy);
  }
  // Everything downstream (C APIs, logs, other parsers) may read a string
  // only up to its first NUL: such a string is refused, not truncated.
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    value();
    if (n > 0 && std::memchr(s, 0, n) != nullptr) {
      nul_at = pointer(frames.size());
      return false;
    }
    return doc.String(s, n, copy);
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (n > 0 && std::memchr(s, 0, n) != nullptr) {
      nul_at = pointer(frames.size() - 1);  // the object: the name itself is not repeated
      return false;
    }
    frames.back().key.assign(s, n);
    return doc.Key(s, n, copy);
  }
  bool StartObject() { return value() && enter(false) && doc.StartObject(); }
  bool EndObject(rapidjson::SizeType n) {
    leave();
    return doc.EndObject(n);
  }
  bool StartArray() { return value() && enter(true) && doc.StartArray(); }
  bool EndArray(rapidjson::SizeType n) {
    leave();
    return doc.EndArray(n);
  }
  bool value() {
    if (!frames.empty() && frames.back().array) ++frames.back().count;
    return true;
  }
  bool enter(bool array) {
    if (++depth > limit) {
      exceeded = true;
      return false;
    }
    frames.push_back(Frame{array, 0, {}});
    return true;
  }
  void leave() {
    --depth;
    frames.pop_back();
  }
  // The JSON Pointer of the current value through the first `n` frames.
  std::string pointer(std::size_t n) const {
    std::string out;
    for (std::size_t i = 0; i < n && i < frames.size(); ++i) {
      const auto& f = frames[i];
      out += "/" + (f.array ? std::to_string(f.count - 1) : json::pointer_token(f.key));
    }
    return out;
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
  std::optional<std::string> nul_at;
  // Populate installs the root only when the generator succeeds, so a refused
  // body leaves `out` as it was.
  auto generate = [&](rapidjson::Document& doc) {
    DepthLimitedBuilder builder(doc, max_depth);
    rapidjson::Reader reader;
    rapidjson::MemoryStream ms(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> is(ms);
    parsed = reader.Parse<kFlags>(is, builder);
    exceeded = builder.exceeded;
    nul_at = builder.nul_at;
    return !parsed.IsError();
  };
  out.Populate(generate);
  if (exceeded) {
    result.status = JsonParseStatus::too_deep;
    result.offset = parsed.Offset();
    result.error = "JSON nested deeper than " + std::to_string(max_depth) + " levels";
  } else if (nul_at) {
    result.status = JsonParseStatus::nul_in_string;
    result.offset = parsed.Offset();
    result.pointer = *nul_at;
    result.error = "a string holds U+0000";
  } else if (parsed.IsError()) {
    result.status = JsonParseStatus::malformed;
    result.offset = parsed.Offset();
    result.error = std::string(rapidjson::GetParseError_En(parsed.Code())) + " at offset " +
                   std::to_string(parsed.Offset());
  }
  return result;
}

}  // namespace spinecds::fhir
