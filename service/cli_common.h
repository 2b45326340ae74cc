#pragma once
// Small helpers shared by the subcommands: one-line usage errors (exit 2)
// and reading files.
#include <optional>
#include <string>

namespace spinecds::service {

inline constexpr int kExitUsage = 2;

// Prints "spinecds <command>: <message>" on stderr and returns 2.
int usage_error(const std::string& command, const std::string& message);

std::optional<std::string> read_file(const std::string& path, std::string& error);

}  // namespace spinecds::service
