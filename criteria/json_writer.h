#pragma once
// One JSON member, key and value, written in one call on a RapidJSON SAX
// writer (Writer or PrettyWriter): every hand-written JSON document of the
// project (the assessment, analytics, discovery) writes its members here.
// Separate names per value type: a `const char*` would otherwise pick a
// bool overload.
#include <cstdint>
#include <string_view>

#include <rapidjson/rapidjson.h>

namespace spinecds::criteria::json {

template <class Writer>
void key(Writer& w, std::string_view k) {
  w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
}

template <class Writer>
void string_member(Writer& w, std::string_view k, std::string_view v) {
  key(w, k);
  w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
}

template <class Writer>
void bool_member(Writer& w, std::string_view k, bool v) {
  key(w, k);
  w.Bool(v);
}

template <class Writer>
void uint_member(Writer& w, std::string_view k, std::uint64_t v) {
  key(w, k);
  w.Uint64(v);
}

template <class Writer>
void double_member(Writer& w, std::string_view k, double v) {
  key(w, k);
  w.Double(v);
}

}  // namespace spinecds::criteria::json
