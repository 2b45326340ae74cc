#pragma once
// FHIR base64Binary for test attachments: the project has only the URL-safe
// encoder (JWTs need it), and FHIR data uses the standard alphabet with padding.
#include <string>
#include <string_view>

#include "terminology/base64.h"

namespace spinecds::test {

inline std::string fhir_base64(std::string_view bytes) {
  std::string text = terminology::base64url_encode(bytes);
  for (auto& c : text) {
    if (c == '-') c = '+';
    if (c == '_') c = '/';
  }
  while (text.size() % 4 != 0) text.push_back('=');
  return text;
}

}  // namespace spinecds::test
