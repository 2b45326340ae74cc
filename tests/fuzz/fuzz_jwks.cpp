// libFuzzer target: a JWK Set as fetched from an issuer (lenient) and as
// configured (strict). Never a crash; a set that parses holds usable keys.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <rapidjson/document.h>

#include "fhir/json_parse.h"
#include "service/auth/jwk.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rapidjson::Document doc;
  if (spinecds::fhir::parse_json(text, doc).status != spinecds::fhir::JsonParseStatus::ok) return 0;
  for (bool strict : {false, true}) {
    const auto keys = spinecds::service::auth::parse_jwks(doc, strict);
    if (keys) {
      for (const auto& k : keys.value()) {
        if (!k.pkey) std::abort();
      }
    } else if (keys.error().empty()) {
      std::abort();
    }
  }
  return 0;
}
