#include "large_record.h"

#include <stdexcept>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace spinecds::bench {

namespace {

// Refills `bundle`'s entries to `count` by cycling the seed's entries; each
// copy gets its own id (deduplication by type/id would otherwise drop it).
void grow(rapidjson::Value& bundle, int count, rapidjson::Document::AllocatorType& a) {
  if (!bundle.IsObject() || !bundle.HasMember("entry") || !bundle["entry"].IsArray() ||
      bundle["entry"].Empty()) {
    throw std::runtime_error("large_record: the seed prefetch lacks a Bundle with entries");
  }
  rapidjson::Value seed(bundle["entry"], a);  // deep copy: the originals are replaced below
  rapidjson::Value entries(rapidjson::kArrayType);
  for (int i = 0; i < count; ++i) {
    rapidjson::Value entry(seed[static_cast<rapidjson::SizeType>(i) % seed.Size()], a);
    auto& res = entry["resource"];
    const std::string id =
        std::string(res.HasMember("id") ? res["id"].GetString() : "r") + "-g" + std::to_string(i);
    res.RemoveMember("id");
    res.AddMember("id", rapidjson::Value(id.c_str(), a), a);
    if (entry.HasMember("fullUrl")) entry.RemoveMember("fullUrl");
    entries.PushBack(entry, a);
  }
  bundle["entry"] = entries;
  if (bundle.HasMember("total")) bundle["total"].SetInt(count);
}

}  // namespace

std::string make_large_request(const std::string& seed_request, const LargeRecordSize& size) {
  rapidjson::Document d;
  d.Parse(seed_request.c_str(), seed_request.size());
  if (d.HasParseError() || !d.IsObject() || !d.HasMember("prefetch")) {
    throw std::runtime_error("large_record: the seed request does not parse or has no prefetch");
  }
  auto& prefetch = d["prefetch"];
  auto& a = d.GetAllocator();
  grow(prefetch["observations"], size.observations, a);
  grow(prefetch["diagnosticReports"], size.diagnostic_reports, a);
  grow(prefetch["procedures"], size.procedures, a);
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  d.Accept(w);
  return {buf.GetString(), buf.GetSize()};
}

}  // namespace spinecds::bench
