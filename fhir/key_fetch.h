#pragma once
// Fetching one prefetch key from the FHIR server: a read, or a search paged
// through its next links, retried on 429/503 while the deadline allows.
#include <atomic>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "fhir/transport.h"

namespace spinecds::fhir {

struct FetchLimits {
  std::chrono::steady_clock::time_point deadline;
  int deadline_ms = 3000;  // for the gap's wording
  int max_pages = 10;
  std::size_t max_body_bytes = 16u * 1024u * 1024u;
  std::atomic<long>* resource_budget = nullptr;  // shared by all keys of one gather
};

struct KeyFetch {
  std::string key;            // "conditions"
  std::string url;            // the first URL to get
  std::string base;           // the fhirServer: no page outside it is fetched
  std::string expected_type;  // "Condition"
  bool read = false;          // a read (Patient/1), not a search
  int pages_before = 0;       // pages the prefetch already gave
  long resources_before = 0;  // resources the prefetch already gave
};

struct KeyResult {
  ResourceList resources;  // the resources fetched, in order, viewed in the pages kept
  // The search pages, viewed where `resources` keeps them: references may
  // name a resource by its entry's fullUrl.
  std::vector<const rapidjson::Value*> pages;
  std::optional<DataGap> gap;
};

// Never throws; every failure becomes the key's gap.
KeyResult fetch_key(Transport& transport, const HttpHeaders& headers, const KeyFetch& what,
                    const FetchLimits& limits);

}  // namespace spinecds::fhir
