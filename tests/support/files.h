#pragma once
// Reading test data files: the whole file as bytes, "" when it cannot be read.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace spinecds::test {

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace spinecds::test
