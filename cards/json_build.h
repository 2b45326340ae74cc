#pragma once
// Small helpers for building RapidJSON values with an allocator, so card code
// reads as the JSON it produces.
#include <string_view>

#include <rapidjson/document.h>

namespace spinecds::cards {

using Alloc = rapidjson::Document::AllocatorType;

inline rapidjson::Value jstr(std::string_view s, Alloc& a) {
  return rapidjson::Value(s.data(), static_cast<rapidjson::SizeType>(s.size()), a);
}

inline void put(rapidjson::Value& obj, std::string_view key, rapidjson::Value v, Alloc& a) {
  obj.AddMember(jstr(key, a), v, a);
}

inline void put(rapidjson::Value& obj, std::string_view key, std::string_view s, Alloc& a) {
  obj.AddMember(jstr(key, a), jstr(s, a), a);
}

inline rapidjson::Value coding(std::string_view system, std::string_view code,
                               std::string_view display, Alloc& a) {
  rapidjson::Value c(rapidjson::kObjectType);
  put(c, "system", system, a);
  put(c, "code", code, a);
  if (!display.empty()) put(c, "display", display, a);
  return c;
}

inline rapidjson::Value reference(std::string_view ref, Alloc& a) {
  rapidjson::Value r(rapidjson::kObjectType);
  put(r, "reference", ref, a);
  return r;
}

// The string member `key` of `v`, or "" when absent or not a string.
inline std::string_view str_member(const rapidjson::Value* v, std::string_view key) {
  if (v == nullptr || !v->IsObject()) return {};
  const auto it = v->FindMember(rapidjson::Value(rapidjson::StringRef(key.data(), key.size())));
  if (it == v->MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

inline const rapidjson::Value* member(const rapidjson::Value* v, std::string_view key) {
  if (v == nullptr || !v->IsObject()) return nullptr;
  const auto it = v->FindMember(rapidjson::Value(rapidjson::StringRef(key.data(), key.size())));
  return it == v->MemberEnd() ? nullptr : &it->value;
}

}  // namespace spinecds::cards
