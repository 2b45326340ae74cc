#include "fhir/syntax.h"

#include <algorithm>

#include "fhir/server_url.h"

namespace spinecds::fhir {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_alpha(char c) {
  return is_upper(c) || (c >= 'a' && c <= 'z');
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), is_digit);
}

}  // namespace

bool is_fhir_id(std::string_view s) {
  return !s.empty() && s.size() <= 64 && std::all_of(s.begin(), s.end(), [](char c) {
    return is_alpha(c) || is_digit(c) || c == '-' || c == '.';
  });
}

bool is_resource_type(std::string_view s) {
  return s.size() >= 2 && s.size() <= 64 && is_upper(s.front()) &&
         std::all_of(s.begin(), s.end(), is_alpha);
}

bool is_typed_reference(std::string_view s) {
  const auto slash = s.find('/');
  return slash != std::string_view::npos && is_resource_type(s.substr(0, slash)) &&
         is_fhir_id(s.substr(slash + 1));
}

bool is_b64token(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '-' || s[i] == '.' ||
                          s[i] == '_' || s[i] == '~' || s[i] == '+' || s[i] == '/')) {
    ++i;
  }
  if (i == 0) return false;
  while (i < s.size() && s[i] == '=') ++i;
  return i == s.size();
}

bool is_uuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? s[i] != '-' : !is_hex(s[i])) return false;
  }
  return true;
}

bool is_fhir_base(std::string_view s) {
  if (s.find_first_of("?#") != std::string_view::npos) return false;
  // parse_server_url refuses control characters, spaces, backslashes and user info.
  return parse_server_url(s).has_value();
}

bool is_utc_instant(std::string_view s) {
  // yyyy-mm-ddThh:mm:ss
  if (s.size() < 20) return false;
  for (std::size_t i : {4u, 7u}) {
    if (s[i] != '-') return false;
  }
  if (s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
  for (std::size_t i : {0u, 5u, 8u, 11u, 14u, 17u}) {
    const auto width = i == 0 ? 4u : 2u;
    if (!all_digits(s.substr(i, width))) return false;
  }
  auto rest = s.substr(19);
  if (rest.front() == '.') {
    std::size_t n = 1;
    while (n < rest.size() && is_digit(rest[n])) ++n;
    if (n == 1) return false;
    rest.remove_prefix(n);
  }
  return rest == "Z" || rest == "+00:00";
}

bool breaks_header(std::string_view s) {
  return s.find_first_of(std::string_view("\r\n\0", 3)) != std::string_view::npos;
}

}  // namespace spinecds::fhir
