// The policy snapshot: every loaded policy keyed by id (the shipped ones
// unless a file is configured), loaded all or nothing, errors naming the
// file and the JSON Pointer, and swapped whole so a reader never mixes two
// loads.
#include <doctest/doctest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include <rapidjson/document.h>

#include "service/policy_holder.h"
#include "service/policy_source.h"
#include "support/policy_files.h"

using namespace spinecds::service;
namespace fs = std::filesystem;

namespace {

// A scratch folder removed at the end of the test.
struct Scratch {
  fs::path dir =
      fs::temp_directory_path() / ("spinecds-policy-" + std::to_string(getpid()) + "-" +
                                   std::to_string(reinterpret_cast<std::uintptr_t>(this)));
  Scratch() { fs::create_directories(dir); }
  ~Scratch() { fs::remove_all(dir); }

  // The shipped lumbar policy with `id` and `version` changed, as a file.
  std::string policy(const std::string& name, const std::string& id, const std::string& version) {
    return write(name, spinecds::test::policy_text(id, version));
  }
  std::string write(const std::string& name, const std::string& text) {
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    return path.string();
  }
};

std::vector<std::pair<std::string, std::string>> listed(const PolicySnapshot& s) {
  rapidjson::Document doc;
  doc.Parse(s.readiness_json.c_str());
  REQUIRE(doc.IsObject());
  CHECK(std::string(doc["status"].GetString()) == "ready");
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& p : doc["policies"].GetArray()) {
    out.emplace_back(p["id"].GetString(), p["version"].GetString());
  }
  return out;
}

}  // namespace

TEST_CASE("with nothing configured the snapshot holds every family's shipped policy") {
  const auto load = load_policy_snapshot({});
  REQUIRE_MESSAGE(load.snapshot, load.error);
  const auto& s = *load.snapshot;
  REQUIRE(s.policy("lumbar-fusion"));
  REQUIRE(s.policy("cervical-fusion"));
  CHECK(s.policies.at("lumbar-fusion").source == "(built in)");
  CHECK(s.policies.at("cervical-fusion").source == "(built in)");
  const std::string version = s.policy("lumbar-fusion")->version;
  const std::string cversion = s.policy("cervical-fusion")->version;
  CHECK(listed(s) == std::vector<std::pair<std::string, std::string>>{{"cervical-fusion", cversion},
                                                                      {"lumbar-fusion", version}});
  CHECK(s.value_sets_source == "(built in)");
  CHECK(s.metrics_text.find("spinecds_policy_info{id=\"lumbar-fusion\",version=\"" + version +
                            "\"} 1\n") != std::string::npos);
  CHECK(s.describe() == "cervical-fusion@" + cversion + ",lumbar-fusion@" + version);
}

TEST_CASE("any number of policies, keyed by id, each listed for /readyz and the gauge") {
  Scratch t;
  PolicySources src;
  src.files["lumbar-fusion"] = t.policy("l.json", "lumbar-fusion", "1.1.0");
  src.files["cervical-fusion"] = t.policy("c.json", "cervical-fusion", "0.9.0");
  src.value_sets_dir = t.dir.string();
  const auto load = load_policy_snapshot(src);
  REQUIRE_MESSAGE(load.snapshot, load.error);
  const auto& s = *load.snapshot;
  CHECK(listed(s) == std::vector<std::pair<std::string, std::string>>{{"cervical-fusion", "0.9.0"},
                                                                      {"lumbar-fusion", "1.1.0"}});
  CHECK(s.policy("cervical-fusion")->id == "cervical-fusion");
  CHECK(s.policies.at("lumbar-fusion").source == src.files["lumbar-fusion"]);
  CHECK(s.value_sets_source == t.dir.string());
  CHECK(s.metrics_text.find("spinecds_policy_info{id=\"cervical-fusion\",version=\"0.9.0\"} 1") !=
        std::string::npos);
  CHECK(s.metrics_text.find("spinecds_policy_info{id=\"lumbar-fusion\",version=\"1.1.0\"} 1") !=
        std::string::npos);
  CHECK(s.describe() == "cervical-fusion@0.9.0,lumbar-fusion@1.1.0");
}

TEST_CASE("a bad file fails the whole load, naming the file and the field") {
  Scratch t;
  const std::string good = t.policy("good.json", "cervical-fusion", "1.0.0");
  struct Case {
    std::string file;
    std::string id;
    std::vector<std::string> said;  // every piece the error must name
  };
  std::string bad_version = t.policy("bad-version.json", "lumbar-fusion", "one");
  const std::vector<Case> cases = {
      {bad_version, "lumbar-fusion", {bad_version, "/version", "pattern"}},
      {t.write("not-json.json", "{\"id\": "), "lumbar-fusion", {"not-json.json", "not JSON"}},
      {t.policy("other-id.json", "lumbar-fusion", "1.0.0"),
       "cervical-fusion",
       {"other-id.json", "/id", "\"lumbar-fusion\"", "\"cervical-fusion\" policy"}},
      {(t.dir / "missing.json").string(), "lumbar-fusion", {"missing.json", "cannot read"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.file);
    PolicySources src;
    src.files[c.id == "lumbar-fusion" ? "cervical-fusion" : "lumbar-fusion"] =
        c.id == "lumbar-fusion" ? good : t.policy("lumbar.json", "lumbar-fusion", "1.0.0");
    src.files[c.id] = c.file;
    const auto load = load_policy_snapshot(src);
    CHECK_FALSE(load.snapshot);
    CAPTURE(load.error);
    for (const auto& piece : c.said) CHECK(load.error.find(piece) != std::string::npos);
  }
  SUBCASE("a value-set folder that is not one") {
    PolicySources src;
    src.value_sets_dir = (t.dir / "nowhere").string();
    const auto load = load_policy_snapshot(src);
    CHECK_FALSE(load.snapshot);
    CHECK(load.error == "valueSets " + src.value_sets_dir + ": not a readable folder");
  }
}

TEST_CASE("a reload swaps the whole snapshot, or keeps the old one when a file is bad") {
  Scratch t;
  PolicySources src;
  src.files["lumbar-fusion"] = t.policy("l.json", "lumbar-fusion", "1.0.0");
  auto first = load_policy_snapshot(src);
  REQUIRE(first.snapshot);
  PolicyHolder holder(first.snapshot);
  Metrics metrics;

  const auto held = holder.current();  // a call in flight
  t.policy("l.json", "lumbar-fusion", "1.2.0");
  CHECK(reload_policies(holder, src, &metrics).empty());
  CHECK(holder.current()->policy("lumbar-fusion")->version == "1.2.0");
  CHECK(held->policy("lumbar-fusion")->version == "1.0.0");  // unchanged for its caller
  CHECK(metrics.policy_reloads_total == 1);

  const auto before = holder.current();
  t.write("l.json", "{\"id\": \"lumbar-fusion\", \"version\": \"1.3.0\"}");
  const auto error = reload_policies(holder, src, &metrics);
  CHECK(error.find("l.json") != std::string::npos);
  CHECK(error.find("is required") != std::string::npos);
  CHECK(holder.current() == before);
  CHECK(holder.current()->policy("lumbar-fusion")->version == "1.2.0");
  CHECK(metrics.policy_reload_failures_total == 1);
  CHECK(metrics.render().find("spinecds_policy_reload_failures_total 1") != std::string::npos);
}

TEST_CASE("readers racing reloads always hold one whole snapshot") {
  Scratch t;
  PolicySources src;
  src.files["lumbar-fusion"] = t.dir / "l.json";
  src.files["cervical-fusion"] = t.dir / "c.json";
  // Two complete sets of files, each with one version throughout.
  auto write_set = [&](const std::string& version) {
    t.policy("l.json", "lumbar-fusion", version);
    t.policy("c.json", "cervical-fusion", version);
  };
  write_set("1.0.0");
  auto first = load_policy_snapshot(src);
  REQUIRE_MESSAGE(first.snapshot, first.error);
  PolicyHolder holder(first.snapshot);

  std::atomic<bool> done{false};
  std::atomic<int> mixed{0};
  std::atomic<int> reads{0};
  std::vector<std::thread> readers;
  readers.reserve(2);
  for (int r = 0; r < 2; ++r) {
    readers.emplace_back([&] {
      while (!done) {
        const auto s = holder.current();
        if (s->policy("lumbar-fusion")->version != s->policy("cervical-fusion")->version) ++mixed;
        ++reads;
      }
    });
  }
  for (int i = 1; i <= 20; ++i) {
    write_set("1." + std::to_string(i) + ".0");
    auto next = load_policy_snapshot(src);
    REQUIRE(next.snapshot);
    holder.replace(std::move(next.snapshot));
  }
  done = true;
  for (auto& r : readers) r.join();
  CHECK(reads > 0);
  CHECK(mixed == 0);
  CHECK(holder.current()->policy("lumbar-fusion")->version == "1.20.0");
}
