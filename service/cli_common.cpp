#include "service/cli_common.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace spinecds::service {

int usage_error(const std::string& command, const std::string& message) {
  std::fprintf(stderr, "spinecds %s: %s\n", command.c_str(), message.c_str());
  return kExitUsage;
}

std::optional<std::string> read_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read " + path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace spinecds::service
