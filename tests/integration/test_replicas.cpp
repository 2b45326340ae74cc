// Feedback survives crashes (issue 10): two `serve` replicas sharing one
// PostgreSQL behind nginx, one killed with SIGKILL while feedback is posted
// through nginx; and `kill -9` of a lone server under feedback load, on SQLite
// and on PostgreSQL. Every acknowledged (200) feedback must be stored exactly
// once; an unacknowledged one at most once.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "integration/listener_support.h"
#include "support/outside_service.h"
#include "support/process.h"

using namespace spinecds::listener_test;
using spinecds::testing::have_postgres;
using spinecds::testing::have_service;
using spinecds::testing::ServerProcess;
namespace fs = std::filesystem;

namespace {

// A card id unique to this run, thread and attempt (UUID-shaped).
std::string card_id(unsigned run, int thread, int n) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-%04x%08x", run, static_cast<unsigned>(thread),
                static_cast<unsigned>(n));
  return buf;
}

unsigned run_id() {
  return static_cast<unsigned>(getpid()) ^
         static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count());
}

std::string feedback_body(const std::string& card) {
  return R"({"feedback":[{"card":")" + card +
         R"(","outcome":"overridden","outcomeTimestamp":"2026-11-20T16:45:00Z"}]})";
}

// Posts feedback from `threads` clients to `port` until `stop`; returns the
// acknowledged card ids (answered 200) and counts every attempt.
struct Load {
  std::mutex mu;
  std::set<std::string> acknowledged;
  std::atomic<int> attempts{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;

  Load(int port, unsigned run, int n) {
    for (int t = 0; t < n; ++t) {
      threads.emplace_back([this, port, run, t] {
        for (int i = 0; !stop; ++i) {
          const auto card = card_id(run, t, i);
          ++attempts;
          Conn c(port, 10000);
          if (!c.ok()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
          }
          if (!c.send_all(
                  post("/cds-services/lumbar-fusion-order-sign/feedback", feedback_body(card)))) {
            continue;
          }
          if (status_of(c.read_all()) == 200) {
            std::lock_guard lock(mu);
            acknowledged.insert(card);
          }
        }
      });
    }
  }
  void finish() {
    stop = true;
    for (auto& t : threads) t.join();
  }
};

// card → rows stored, for the cards of one run.
std::map<std::string, int> stored_postgres(const std::string& url, unsigned run) {
  std::map<std::string, int> out;
  PGconn* conn = PQconnectdb(url.c_str());
  REQUIRE(PQstatus(conn) == CONNECTION_OK);
  char prefix[16];
  std::snprintf(prefix, sizeof prefix, "%08x-%%", run);
  const char* params[] = {prefix};
  PGresult* r =
      PQexecParams(conn, "SELECT card, count(*) FROM feedback WHERE card LIKE $1 GROUP BY card", 1,
                   nullptr, params, nullptr, nullptr, 0);
  REQUIRE(PQresultStatus(r) == PGRES_TUPLES_OK);
  for (int i = 0; i < PQntuples(r); ++i) out[PQgetvalue(r, i, 0)] = std::stoi(PQgetvalue(r, i, 1));
  PQclear(r);
  PQfinish(conn);
  return out;
}

std::map<std::string, int> stored_sqlite(const std::string& path) {
  std::map<std::string, int> out;
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT card, count(*) FROM feedback GROUP BY card", -1, &st,
                             nullptr) == SQLITE_OK);
  while (sqlite3_step(st) == SQLITE_ROW) {
    out[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = sqlite3_column_int(st, 1);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// Every acknowledged card stored once; no card stored twice.
void check_exactly_once(const std::set<std::string>& acknowledged,
                        const std::map<std::string, int>& stored) {
  int lost = 0;
  int doubled = 0;
  for (const auto& card : acknowledged) {
    const auto it = stored.find(card);
    if (it == stored.end()) ++lost;
  }
  for (const auto& [card, n] : stored) doubled += n > 1;
  MESSAGE(acknowledged.size() << " acknowledged, " << stored.size() << " stored, " << lost
                              << " acknowledged but lost, " << doubled << " stored twice");
  CHECK(lost == 0);
  CHECK(doubled == 0);
  CHECK(stored.size() >= acknowledged.size());
}

int free_port() {
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(s);
    return 0;
  }
  socklen_t len = sizeof a;
  getsockname(s, reinterpret_cast<sockaddr*>(&a), &len);
  close(s);
  return ntohs(a.sin_port);
}

// nginx in the foreground with its own configuration in a temporary folder,
// balancing the given upstream ports; stopped on destruction.
class Nginx {
 public:
  Nginx(const fs::path& dir, const std::vector<int>& upstreams) : dir_(dir), port_(free_port()) {
    fs::create_directories(dir_);
    std::string servers;
    for (int p : upstreams) {
      servers += "    server 127.0.0.1:" + std::to_string(p) + " max_fails=1 fail_timeout=30s;\n";
    }
    std::ofstream(dir_ / "nginx.conf")
        << "daemon off;\nworker_processes 1;\npid " << (dir_ / "nginx.pid").string()
        << ";\nerror_log " << (dir_ / "error.log").string() << " warn;\n"
        << "events { worker_connections 512; }\n"
        << "http {\n  access_log off;\n"
        << "  client_body_temp_path " << (dir_ / "body").string() << ";\n"
        << "  proxy_temp_path " << (dir_ / "proxy").string() << ";\n"
        << "  fastcgi_temp_path " << (dir_ / "fastcgi").string() << ";\n"
        << "  uwsgi_temp_path " << (dir_ / "uwsgi").string() << ";\n"
        << "  scgi_temp_path " << (dir_ / "scgi").string() << ";\n"
        << "  upstream spinecds {\n"
        << servers << "  }\n"
        << "  server {\n    listen 127.0.0.1:" << port_ << ";\n"
        << "    location / {\n      proxy_pass http://spinecds;\n"
        << "      proxy_http_version 1.1;\n      proxy_connect_timeout 1s;\n"
        // nginx never resends a POST once it reached a replica (non_idempotent
        // is off): a replica dying mid-call gives the client a 502, not a
        // second write.
        << "      proxy_next_upstream error timeout;\n    }\n  }\n}\n";
    pid_ = fork();
    if (pid_ == 0) {
      const auto log = (dir_ / "stderr.log").string();
      const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      dup2(fd, 1);
      dup2(fd, 2);
      execl(kBinary, kBinary, "-p", dir_.c_str(), "-c", (dir_ / "nginx.conf").c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    for (int i = 0; i < 100 && !Conn(port_).ok(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~Nginx() {
    if (pid_ > 0) {
      kill(pid_, SIGQUIT);
      waitpid(pid_, nullptr, 0);
    }
    fs::remove_all(dir_);
  }
  int port() const { return port_; }
  static bool available() { return access(kBinary, X_OK) == 0; }

 private:
  static constexpr const char* kBinary = "/usr/sbin/nginx";
  fs::path dir_;
  int port_;
  pid_t pid_ = -1;
};

}  // namespace

TEST_CASE("two replicas behind nginx, one killed: every acknowledged feedback stored once") {
  std::string url;
  if (!have_postgres(url)) return;
  if (!have_service(Nginx::available(), "CI=true but no nginx: run deploy/install-deps.sh --test",
                    "skipped: nginx is not installed (deploy/install-deps.sh --test)")) {
    return;
  }
  ServerProcess a({"--no-auth"}, {"SPINECDS_STORE=" + url});
  ServerProcess b({"--no-auth"}, {"SPINECDS_STORE=" + url});
  Nginx nginx(fs::temp_directory_path() / ("spinecds-nginx-" + std::to_string(getpid())),
              {a.port(), b.port()});
  const unsigned run = run_id();
  Load load(nginx.port(), run, 4);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  a.send_signal(SIGKILL);
  std::size_t before = 0;
  {
    std::lock_guard lock(load.mu);
    before = load.acknowledged.size();
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(2000));
  load.finish();
  CHECK(before > 0);
  CHECK(load.acknowledged.size() > before);  // the other replica took over
  check_exactly_once(load.acknowledged, stored_postgres(url, run));
}

TEST_CASE("kill -9 under feedback load loses no acknowledged write") {
  SUBCASE("SQLite") {
    const std::string db = ServerProcess::temp_path("spinecds-crash") + ".db";
    const unsigned run = run_id();
    {
      ServerProcess server({"--no-auth"}, {"SPINECDS_STORE=sqlite:" + db});
      Load load(server.port(), run, 4);
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      server.send_signal(SIGKILL);
      load.finish();
      CHECK(!load.acknowledged.empty());
      check_exactly_once(load.acknowledged, stored_sqlite(db));
    }
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
  }
  SUBCASE("PostgreSQL") {
    std::string url;
    if (!have_postgres(url)) return;
    const unsigned run = run_id();
    ServerProcess server({"--no-auth"}, {"SPINECDS_STORE=" + url});
    Load load(server.port(), run, 4);
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    server.send_signal(SIGKILL);
    load.finish();
    CHECK(!load.acknowledged.empty());
    check_exactly_once(load.acknowledged, stored_postgres(url, run));
  }
}
