#pragma once
// Starts the real spinecds binary as a child process for integration tests,
// reads the port it bound from its log, and stops it on destruction.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace spinecds::testing {

class ServerProcess {
 public:
  // args after "spinecds serve"; --port 0 is added so the kernel picks a free port.
  // max_files > 0: the server's descriptor limit (RLIMIT_NOFILE), as `prlimit --nofile`.
  explicit ServerProcess(std::vector<std::string> args, std::vector<std::string> env = {},
                         std::string log_path = "", int max_files = 0) {
    owns_log_ = log_path.empty();
    log_path_ = owns_log_ ? temp_path("spinecds-log") : log_path;
    // Emptied here, before the child exists: the port is read from this file,
    // and a file left by an earlier process (pids are reused) must not be read
    // as this server's "listening" line while the child has yet to open it.
    std::ofstream(log_path_, std::ios::trunc).close();
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      const int fd = open(log_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
      dup2(fd, 2);
      dup2(fd, 1);
      std::vector<std::string> all = {SPINECDS_BINARY, "serve", "--port", "0"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (auto& a : all) argv.push_back(a.data());
      argv.push_back(nullptr);
      for (auto& e : env) putenv(e.data());
      if (max_files > 0) {
        const rlimit lim{static_cast<rlim_t>(max_files), static_cast<rlim_t>(max_files)};
        setrlimit(RLIMIT_NOFILE, &lim);
      }
      execv(SPINECDS_BINARY, argv.data());
      _exit(127);
    }
    // Sanitizer builds start slowly; allow up to 30 s.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
      const auto log = read_log();
      const auto at = log.find("\"event\":\"server.listening\"");
      if (at != std::string::npos) {
        const auto p = log.find("\"port\":\"", at);
        port_ = std::stoi(log.substr(p + 8));
        return;
      }
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        throw std::runtime_error("spinecds exited early: " + log);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("spinecds did not start: " + read_log());
  }

  ~ServerProcess() {
    stop();
    if (owns_log_) std::remove(log_path_.c_str());
  }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  // Sends `sig` (SIGHUP: reload the policies) to the running server.
  void send_signal(int sig) const {
    if (pid_ > 0) kill(pid_, sig);
  }
  bool alive() const { return pid_ > 0 && kill(pid_, 0) == 0; }

  std::string read_log() const {
    std::ifstream in(log_path_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  // Waits up to `limit` for the server to exit on its own: its wait status,
  // or -1 when it is still running.
  int wait_exit(std::chrono::milliseconds limit) {
    if (pid_ <= 0) return -1;
    const auto end = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (std::chrono::steady_clock::now() < end) {
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return status;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return -1;
  }

  // Returns the exit status (or -1 when not running).
  int stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 500; ++i) {
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return status;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return status;
  }

  // Unique to this call: pid and counter alone repeat once pids wrap, and a
  // file left by a failed run (a database with rows in it) would be reused.
  static std::string temp_path(const std::string& stem) {
    static int counter = 0;
    static const unsigned salt = std::random_device{}();
    return "/tmp/" + stem + "-" + std::to_string(getpid()) + "-" + std::to_string(salt) + "-" +
           std::to_string(++counter);
  }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  std::string log_path_;
  bool owns_log_ = false;
};

// Runs a command and captures stdout, stderr and the exit code.
struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline CommandResult run_command(const std::vector<std::string>& args) {
  const std::string out_path = ServerProcess::temp_path("spinecds-out");
  const std::string err_path = ServerProcess::temp_path("spinecds-err");
  const pid_t pid = fork();
  if (pid == 0) {
    const int o = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int e = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(o, 1);
    dup2(e, 2);
    std::vector<std::string> copy = args;
    std::vector<char*> argv;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream oi(out_path), ei(err_path);
  std::stringstream os, es;
  os << oi.rdbuf();
  es << ei.rdbuf();
  r.out = os.str();
  r.err = es.str();
  unlink(out_path.c_str());
  unlink(err_path.c_str());
  return r;
}

}  // namespace spinecds::testing
