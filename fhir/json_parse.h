#pragma once
// Parsing untrusted JSON: iterative (no recursion on input depth) and refusing
// nesting deeper than a limit before anything walks the document recursively
// (schema validation, copying and writing all recurse). A raw NUL byte
// anywhere in the text is malformed; a string or member name holding U+0000
// is refused as nul_in_string, with its path.
#include <cstddef>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace spinecds::fhir {

inline constexpr int kMaxJsonDepth = 256;

enum class JsonParseStatus {
  ok,
  malformed,
  too_deep,
  nul_in_string,  // a string or member name holds U+0000; `pointer` says where
};

struct JsonParse {
  JsonParseStatus status = JsonParseStatus::ok;
  std::string error;       // "Missing a comma or '}' after an object member. at offset 17"
  std::size_t offset = 0;  // byte offset of the error
  std::string pointer;     // nul_in_string: JSON Pointer of the string ("/context/patientId")
};

JsonParse parse_json(std::string_view text, rapidjson::Document& out,
                     int max_depth = kMaxJsonDepth);

}  // namespace spinecds::fhir
