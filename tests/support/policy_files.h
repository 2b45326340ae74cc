#pragma once
// Policy files for tests: a family's shipped policy, loaded once; and, for
// reload tests, the shipped policy with its id and version changed, so a test
// can tell one load from another.
#include <map>
#include <string>

#include <doctest/doctest.h>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "criteria/policy.h"

namespace spinecds::test {

// The policy a family ships with ("lumbar-fusion", "cervical-fusion"), loaded
// on first use; a shipped policy that does not load fails the test.
inline const spinecds::criteria::Policy& shipped_policy(const std::string& family) {
  static std::map<std::string, spinecds::criteria::Policy> loaded;
  auto it = loaded.find(family);
  if (it == loaded.end()) {
    auto load = spinecds::criteria::load_policy(spinecds::criteria::shipped_policy_text(family));
    REQUIRE_MESSAGE(load.policy, load.error);
    it = loaded.emplace(family, std::move(*load.policy)).first;
  }
  return it->second;
}

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
