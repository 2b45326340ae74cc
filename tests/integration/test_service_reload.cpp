// SIGHUP through the real binary: `spinecds serve` reloads its policy files
// and swaps them in whole; /readyz lists every loaded policy's id and
// version and /metrics carries it; a bad file at SIGHUP keeps the policies
// in use and one log line says why (file and JSON Pointer); hook calls in
// flight during reloads are all answered.
#include <doctest/doctest.h>

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <rapidjson/document.h>

#include "support/files.h"
#include "support/http_client.h"
#include "support/policy_files.h"
#include "support/process.h"

using spinecds::test::policy_text;
using spinecds::test::read_text;
using spinecds::testing::http_request;
using spinecds::testing::ServerProcess;
namespace fs = std::filesystem;

namespace {

const std::string kSign = "/cds-services/lumbar-fusion-order-sign";

// Replaces `path` the way a Kubernetes ConfigMap update does: write aside,
// then rename over it, so a reader never sees half a file.
void replace_file(const fs::path& path, const std::string& text) {
  const fs::path aside = path.string() + ".new";
  std::ofstream(aside, std::ios::binary | std::ios::trunc) << text;
  fs::rename(aside, path);
}

// (id, version) pairs /readyz lists, or empty when it is not 200.
std::vector<std::pair<std::string, std::string>> readyz(int port) {
  const auto r = http_request(port, "GET", "/readyz");
  std::vector<std::pair<std::string, std::string>> out;
  if (r.status != 200) return out;
  rapidjson::Document doc;
  doc.Parse(r.body.c_str());
  REQUIRE(doc.IsObject());
  CHECK(std::string(doc["status"].GetString()) == "ready");
  for (const auto& p : doc["policies"].GetArray()) {
    out.emplace_back(p["id"].GetString(), p["version"].GetString());
  }
  return out;
}

using Listed = std::vector<std::pair<std::string, std::string>>;

// Polls until `done` holds or 20 s pass (sanitizer builds are slow).
template <class F>
bool eventually(F done) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < until) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
  return false;
}

struct Setup {
  fs::path dir = fs::temp_directory_path() / ("spinecds-reload-" + std::to_string(getpid()));
  fs::path lumbar = dir / "lumbar-fusion.json";
  fs::path cervical = dir / "cervical-fusion.json";
  Setup() {
    fs::remove_all(dir);
    fs::create_directories(dir / "valuesets");
    replace_file(lumbar, policy_text("lumbar-fusion", "1.0.0"));
    replace_file(cervical, policy_text("cervical-fusion", "0.1.0"));
    std::ofstream(dir / "config.json")
        << R"({"policies": {"lumbar-fusion": ")" << lumbar.string() << R"(", "cervical-fusion": ")"
        << cervical.string() << R"("}, "valueSets": ")" << (dir / "valuesets").string()
        << R"(", "store": "sqlite:)" << (dir / "store.db").string() << "\"}";
  }
  ~Setup() { fs::remove_all(dir); }
};

}  // namespace

TEST_CASE("SIGHUP reloads the policies; a bad file keeps them and the log says why") {
  Setup s;
  ServerProcess server({"--no-auth", "--config", (s.dir / "config.json").string()});
  const int port = server.port();
  CHECK(readyz(port) == Listed{{"cervical-fusion", "0.1.0"}, {"lumbar-fusion", "1.0.0"}});
  CHECK(http_request(port, "GET", "/metrics")
            .body.find("spinecds_policy_info{id=\"lumbar-fusion\",version=\"1.0.0\"} 1") !=
        std::string::npos);

  // A new version of both files, then SIGHUP: swapped in, both at once.
  replace_file(s.lumbar, policy_text("lumbar-fusion", "1.1.0"));
  replace_file(s.cervical, policy_text("cervical-fusion", "0.2.0"));
  server.send_signal(SIGHUP);
  REQUIRE(eventually([&] {
    return readyz(port) == Listed{{"cervical-fusion", "0.2.0"}, {"lumbar-fusion", "1.1.0"}};
  }));
  const auto metrics = http_request(port, "GET", "/metrics").body;
  CHECK(metrics.find("spinecds_policy_info{id=\"lumbar-fusion\",version=\"1.1.0\"} 1") !=
        std::string::npos);
  CHECK(metrics.find("spinecds_policy_info{id=\"cervical-fusion\",version=\"0.2.0\"} 1") !=
        std::string::npos);
  CHECK(metrics.find("version=\"1.0.0\"") == std::string::npos);
  CHECK(metrics.find("spinecds_policy_reloads_total 1") != std::string::npos);
  CHECK(server.read_log().find("\"event\":\"policy.reloaded\"") != std::string::npos);

  // A good lumbar file and a broken cervical one: nothing is swapped.
  replace_file(s.lumbar, policy_text("lumbar-fusion", "1.2.0"));
  replace_file(s.cervical, policy_text("cervical-fusion", "zero"));
  server.send_signal(SIGHUP);
  REQUIRE(eventually(
      [&] { return server.read_log().find("policy.reload-failed") != std::string::npos; }));
  const auto log = server.read_log();
  const auto line_start = log.rfind('\n', log.find("policy.reload-failed")) + 1;
  const auto line = log.substr(line_start, log.find('\n', line_start) - line_start);
  CAPTURE(line);
  CHECK(line.find(s.cervical.string()) != std::string::npos);
  CHECK(line.find("/version") != std::string::npos);
  CHECK(line.find("\"level\":\"error\"") != std::string::npos);
  CHECK(readyz(port) == Listed{{"cervical-fusion", "0.2.0"}, {"lumbar-fusion", "1.1.0"}});
  CHECK(
      http_request(port, "GET", "/metrics").body.find("spinecds_policy_reload_failures_total 1") !=
      std::string::npos);
  const auto hook = http_request(port, "POST", kSign,
                                 read_text(std::string(SPINECDS_SOURCE_DIR) +
                                           "/tests/data/service/l2-pelvis-order-sign.json"));
  CHECK(hook.status == 200);
  CHECK(hook.body.find("\"cards\"") != std::string::npos);
  CHECK(server.alive());
}

TEST_CASE("hook calls during a burst of reloads are all answered") {
  Setup s;
  ServerProcess server({"--no-auth", "--config", (s.dir / "config.json").string()});
  const int port = server.port();
  const std::string body =
      read_text(std::string(SPINECDS_SOURCE_DIR) + "/tests/data/service/l2-pelvis-order-sign.json");
  const auto first = http_request(port, "POST", kSign, body);
  REQUIRE(first.status == 200);

  std::atomic<bool> done{false};
  std::atomic<int> answered{0};
  std::atomic<int> failed{0};
  std::thread caller([&] {
    while (!done) {
      const auto r = http_request(port, "POST", kSign, body);
      if (r.status == 200 && r.body.find("exceeds documented instability") != std::string::npos) {
        ++answered;
      } else {
        ++failed;
      }
    }
  });
  for (int i = 1; i <= 15; ++i) {
    replace_file(s.lumbar, policy_text("lumbar-fusion", "1.0." + std::to_string(i)));
    server.send_signal(SIGHUP);
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
  }
  REQUIRE(eventually([&] { return readyz(port).back().second == "1.0.15"; }));
  done = true;
  caller.join();
  CHECK(answered > 0);
  CHECK(failed == 0);
  CHECK(server.alive());
}
