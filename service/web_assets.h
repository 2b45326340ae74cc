#pragma once
// The page's assets besides index.html, all served from the binary (no CDN):
// the markdown renderer (Debian's libjs-markdown-it), and the sample hook
// requests (the project's cases and the L2-to-pelvis sandbox sample).
#include <optional>
#include <string>

#include "service/http_types.h"

namespace spinecds::service {

// GET /vendor/markdown-it.js, /samples/index.json, /samples/<name>.json;
// nullopt for any other path.
std::optional<HttpResponse> web_asset(const std::string& path);

}  // namespace spinecds::service
