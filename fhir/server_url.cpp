#include "fhir/server_url.h"

#include <algorithm>
#include <cctype>

namespace spinecds::fhir {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// "%2e" and "%2E" are dots to a server that decodes before routing.
std::string decode_dots(std::string_view segment) {
  std::string out;
  for (std::size_t i = 0; i < segment.size(); ++i) {
    if (segment[i] == '%' && i + 2 < segment.size() && segment[i + 1] == '2' &&
        (segment[i + 2] == 'e' || segment[i + 2] == 'E')) {
      out += '.';
      i += 2;
    } else {
      out += segment[i];
    }
  }
  return out;
}

bool has_dot_segment(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto end = std::min(path.find('/', start), path.size());
    const auto seg = decode_dots(path.substr(start, end - start));
    if (seg == "." || seg == "..") return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::optional<ServerUrl> parse_server_url(std::string_view url) {
  ServerUrl out;
  const auto colon = url.find("://");
  if (colon == std::string_view::npos) return std::nullopt;
  out.scheme = lower(url.substr(0, colon));
  if (out.scheme != "http" && out.scheme != "https") return std::nullopt;
  url.remove_prefix(colon + 3);
  // Backslashes, spaces and control characters are read differently by
  // different parsers: refuse them rather than guess which host is meant.
  for (unsigned char c : url) {
    if (c <= 0x20 || c == '\\' || c == 0x7f || c == '#') return std::nullopt;
  }
  const auto auth_end = std::min(url.find_first_of("/?"), url.size());
  const auto authority = url.substr(0, auth_end);
  if (authority.empty() || authority.find('@') != std::string_view::npos) return std::nullopt;
  std::string_view host = authority;
  std::string_view port;
  if (authority.front() == '[') {  // an IPv6 literal: "[::1]:8080"
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    host = authority.substr(0, close + 1);
    const auto after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return std::nullopt;
      port = after.substr(1);
      if (port.empty()) return std::nullopt;
    }
  } else if (const auto pc = authority.rfind(':'); pc != std::string_view::npos) {
    host = authority.substr(0, pc);
    port = authority.substr(pc + 1);
    if (port.empty()) return std::nullopt;
  }
  out.port = out.scheme == "https" ? 443 : 80;
  if (!port.empty()) {
    if (port.size() > 5 ||
        !std::all_of(port.begin(), port.end(), [](unsigned char c) { return std::isdigit(c); }))
      return std::nullopt;
    out.port = std::stoi(std::string(port));
    if (out.port <= 0 || out.port > 65535) return std::nullopt;
  }
  if (host.empty()) return std::nullopt;
  out.host = lower(host);
  auto rest = url.substr(auth_end);
  const auto q = rest.find('?');
  out.path = std::string(rest.substr(0, q));
  if (q != std::string_view::npos) out.query = std::string(rest.substr(q + 1));
  while (!out.path.empty() && out.path.back() == '/') out.path.pop_back();
  return out;
}

std::string normalize_base(std::string_view base) {
  // A base has no query, not even an empty one: "https://ehr/fhir?" is not
  // the base on the list, whatever a server makes of it.
  if (base.find('?') != std::string_view::npos) return {};
  auto u = parse_server_url(base);
  if (!u || !u->query.empty() || has_dot_segment(u->path)) return {};
  const bool default_port =
      (u->scheme == "http" && u->port == 80) || (u->scheme == "https" && u->port == 443);
  return u->scheme + "://" + u->host + (default_port ? "" : ":" + std::to_string(u->port)) +
         u->path;
}

bool is_allowed_server(std::string_view fhir_server, const std::vector<std::string>& allowed) {
  const auto wanted = normalize_base(fhir_server);
  if (wanted.empty()) return false;
  return std::any_of(allowed.begin(), allowed.end(),
                     [&](const std::string& a) { return normalize_base(a) == wanted; });
}

bool is_under_base(std::string_view url, std::string_view base) {
  if (base.find('?') != std::string_view::npos) return false;
  const auto b = parse_server_url(base);
  const auto u = parse_server_url(url);
  if (!b || !u) return false;
  if (u->scheme != b->scheme || u->host != b->host || u->port != b->port) return false;
  if (has_dot_segment(u->path) || has_dot_segment(b->path)) return false;
  if (b->path.empty()) return true;
  return u->path == b->path ||
         (u->path.size() > b->path.size() && u->path.compare(0, b->path.size(), b->path) == 0 &&
          u->path[b->path.size()] == '/');
}

}  // namespace spinecds::fhir
