#include "service/log.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace spinecds::service {

namespace {
std::atomic<int> g_level{static_cast<int>(LogLevel::info)};
std::mutex g_write;

const char* name(LogLevel l) {
  switch (l) {
    case LogLevel::debug:
      return "debug";
    case LogLevel::info:
      return "info";
    case LogLevel::warn:
      return "warn";
    case LogLevel::error:
      return "error";
  }
  return "info";
}

std::string utc_now() {
  const auto now = std::chrono::system_clock::now();
  const auto t = std::chrono::system_clock::to_time_t(now);
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}
}  // namespace

void set_log_level(LogLevel level) {
  g_level = static_cast<int>(level);
}

LogLevel parse_log_level(std::string_view n) {
  if (n == "debug") return LogLevel::debug;
  if (n == "warn") return LogLevel::warn;
  if (n == "error") return LogLevel::error;
  return LogLevel::info;
}

bool log_enabled(LogLevel level) {
  return static_cast<int>(level) >= g_level.load();
}

void log(LogLevel level, std::string_view event, std::initializer_list<LogField> fields) {
  if (!log_enabled(level)) return;
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("ts");
  w.String(utc_now());
  w.Key("level");
  w.String(name(level));
  w.Key("event");
  w.String(event.data(), static_cast<rapidjson::SizeType>(event.size()));
  for (const auto& [k, v] : fields) {
    w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
    w.String(v);
  }
  w.EndObject();
  std::lock_guard lock(g_write);
  std::fprintf(stderr, "%s\n", buf.GetString());
  std::fflush(stderr);
}

}  // namespace spinecds::service
