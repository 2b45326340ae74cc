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

// The offset of the first byte of `text` that is not well-formed UTF-8, or
// npos (also used to tell a mislabelled Windows-1252 attachment).
std::size_t invalid_utf8_at(std::string_view text);

// Strings are copied into `out`'s allocator: `out` owns all it holds.
JsonParse parse_json(std::string_view text, rapidjson::Document& out,
                     int max_depth = kMaxJsonDepth);

// The same checks, parsed in situ: the text is copied once into `out`'s own
// pool and every string of `out` points into that copy (no allocation per
// string). A value copied from `out` with the allocator copy constructor
// (`Value(v, alloc)`) shares those strings, so such a copy must not outlive
// `out`. For the hook request, the hot path (issue 14).
JsonParse parse_json_in_situ(std::string_view text, rapidjson::Document& out,
                             int max_depth = kMaxJsonDepth);

}  // namespace spinecds::fhir
