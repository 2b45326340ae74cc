#include "service/web_assets.h"

#include <string_view>
#include <vector>

namespace spinecds::service {

std::optional<std::string_view> embedded_sample(std::string_view path);
std::optional<std::string_view> embedded_vendor(std::string_view path);

namespace {

struct Sample {
  std::string name;  // "v01-base-no-pt", "l2-pelvis-order-sign"
  std::string file;  // "tests/data/cases/v01-base-no-pt/request.json"
};

// The sandbox sample first: it is the one the page opens with.
const std::vector<Sample>& samples() {
  static const std::vector<Sample> all = [] {
    std::vector<Sample> out;
    std::string_view files = SPINECDS_SAMPLE_FILES;
    while (!files.empty()) {
      const auto bar = files.find('|');
      const std::string file(files.substr(0, bar));
      files = bar == std::string_view::npos ? std::string_view() : files.substr(bar + 1);
      std::string name = file;
      if (name.ends_with("/request.json")) name.resize(name.size() - 13);
      if (name.ends_with(".json")) name.resize(name.size() - 5);
      name = name.substr(name.find_last_of('/') + 1);
      const bool sandbox = file.starts_with("deploy/");
      out.insert(sandbox ? out.begin() : out.end(), {name, file});
    }
    return out;
  }();
  return all;
}

HttpResponse asset(std::string body, const char* type) {
  HttpResponse r;
  r.content_type = type;
  r.body = std::move(body);
  return r;
}

}  // namespace

std::optional<HttpResponse> web_asset(const std::string& path) {
  if (path == "/vendor/markdown-it.js") {
    auto js = embedded_vendor("markdown-it.min.js");
    if (!js) js = embedded_vendor("markdown-it.js");
    if (!js) return std::nullopt;
    return asset(std::string(*js), "text/javascript; charset=utf-8");
  }
  if (path == "/samples/index.json") {
    std::string json = "[";
    for (const auto& s : samples()) json += (json.size() > 1 ? ",\"" : "\"") + s.name + "\"";
    return asset(json + "]", "application/json");
  }
  if (path.starts_with("/samples/") && path.ends_with(".json")) {
    const std::string name = path.substr(9, path.size() - 9 - 5);
    for (const auto& s : samples()) {
      if (s.name != name) continue;
      if (auto text = embedded_sample(s.file)) return asset(std::string(*text), "application/json");
    }
  }
  return std::nullopt;
}

}  // namespace spinecds::service
