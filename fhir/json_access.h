#pragma once
// Null-safe reads of FHIR JSON members: every stage walks untrusted resources,
// where any member may be absent or of the wrong type.
#include <cstring>
#include <string>
#include <string_view>

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>

namespace spinecds::fhir::json {

// The member named `key` of an object, or nullptr. RapidJSON's
// FindMember(const char*) takes the key's strlen on every call; a string
// literal's length is known here at compile time. Readers call this about
// 1,200 times per hook call. The first member of that name, as FindMember.
inline const rapidjson::Value* find_member(const rapidjson::Value& v, std::string_view key) {
  if (!v.IsObject()) return nullptr;
  for (auto m = v.MemberBegin(), end = v.MemberEnd(); m != end; ++m) {
    if (m->name.GetStringLength() == key.size() &&
        std::memcmp(m->name.GetString(), key.data(), key.size()) == 0) {
      return &m->value;
    }
  }
  return nullptr;
}

// The member's string value, or "" when absent or not a string.
inline std::string_view str(const rapidjson::Value& v, std::string_view key) {
  const auto* m = find_member(v, key);
  if (m == nullptr || !m->IsString()) return {};
  return {m->GetString(), m->GetStringLength()};
}

// The member, or nullptr when absent (or `v` is not an object).
inline const rapidjson::Value* member(const rapidjson::Value& v, std::string_view key) {
  return find_member(v, key);
}

// A member name as one JSON Pointer reference token (RFC 6901: "~" → "~0",
// "/" → "~1"), for error paths such as "/profiles/pt.minWeeks".
inline std::string pointer_token(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

// "/context/patientId": the pointer as text. RapidJSON 1.1's own Stringify
// re-validates each token as UTF-8 and reads past the end of a token that
// ends in a truncated sequence (a heap over-read fuzz_policy found).
inline std::string pointer_text(const rapidjson::Pointer& pointer) {
  std::string out;
  for (std::size_t i = 0; i < pointer.GetTokenCount(); ++i) {
    const auto& t = pointer.GetTokens()[i];
    out += '/';
    out += pointer_token(std::string_view(t.name, t.length));
  }
  return out;
}

}  // namespace spinecds::fhir::json
