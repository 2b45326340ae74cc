#pragma once
// Structured log lines (one JSON object per line on stderr). Callers pass
// only what is safe to keep: never a token, a JWT or a patient identifier.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace spinecds::service {

enum class LogLevel { debug, info, warn, error };

void set_log_level(LogLevel level);
LogLevel parse_log_level(std::string_view name);  // unknown → info
bool log_enabled(LogLevel level);

using LogField = std::pair<std::string_view, std::string>;
void log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields = {});

}  // namespace spinecds::service
