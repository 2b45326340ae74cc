#pragma once
// Policy files for reload tests: the shipped lumbar policy with its id and
// version changed, so a test can tell one load from another.
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "criteria/policy.h"

namespace spinecds::test {

inline std::string policy_text(const std::string& id, const std::string& version) {
  rapidjson::Document doc;
  // The family's own shipped policy when there is one (the loader checks a
  // family's thresholds), else the lumbar one under another id.
  auto text = spinecds::criteria::shipped_policy_text(id);
  if (text.empty()) text = spinecds::criteria::default_policy_text();
  doc.Parse(text.data(), text.size());
  doc["id"].SetString(id.c_str(), doc.GetAllocator());
  doc["version"].SetString(version.c_str(), doc.GetAllocator());
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  doc.Accept(w);
  return {buf.GetString(), buf.GetSize()};
}

}  // namespace spinecds::test
