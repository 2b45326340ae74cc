#include "fhir/json_parse.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

namespace spinecds::fhir {

namespace {

// Counts nesting and stops the reader as soon as it passes the limit, so a
// 100,000-deep array costs one pass and no stack.
struct DepthGuard : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, DepthGuard> {
  int depth = 0;
  int limit = kMaxJsonDepth;
  bool exceeded = false;
  bool Default() { return true; }
  bool StartObject() { return enter(); }
  bool EndObject(rapidjson::SizeType) { return leave(); }
  bool StartArray() { return enter(); }
  bool EndArray(rapidjson::SizeType) { return leave(); }
  bool enter() {
    if (++depth > limit) {
      exceeded = true;
      return false;
    }
    return true;
  }
  bool leave() {
    --depth;
    return true;
  }
};

constexpr unsigned kFlags = rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag;

}  // namespace

JsonParse parse_json(std::string_view text, rapidjson::Document& out, int max_depth) {
  JsonParse result;
  {
    DepthGuard guard;
    guard.limit = max_depth;
    rapidjson::Reader reader;
    rapidjson::MemoryStream ms(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> is(ms);
    const auto r = reader.Parse<kFlags>(is, guard);
    if (guard.exceeded) {
      result.status = JsonParseStatus::too_deep;
      result.offset = r.Offset();
      result.error = "JSON nested deeper than " + std::to_string(max_depth) + " levels";
      return result;
    }
    if (r.IsError()) {
      result.status = JsonParseStatus::malformed;
      result.offset = r.Offset();
      result.error = std::string(rapidjson::GetParseError_En(r.Code())) + " at offset " +
                     std::to_string(r.Offset());
      return result;
    }
  }
  out.Parse<kFlags>(text.data(), text.size());
  if (out.HasParseError()) {
    result.status = JsonParseStatus::malformed;
    result.offset = out.GetErrorOffset();
    result.error = std::string(rapidjson::GetParseError_En(out.GetParseError())) +
                   " at offset " + std::to_string(out.GetErrorOffset());
  }
  return result;
}

}  // namespace spinecds::fhir
