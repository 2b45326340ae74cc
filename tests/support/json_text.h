#pragma once
// A JSON value as compact text, for request bodies and messages. No doctest
// here: benchmarks include it too.
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace spinecds::test {

inline std::string to_json(const rapidjson::Value& v) {
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  v.Accept(w);
  return {b.GetString(), b.GetSize()};
}

}  // namespace spinecds::test
