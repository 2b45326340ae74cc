#pragma once
// The project's own hook request cases (tests/data/cases/<name>/request.json).
#include <string>

#include "support/files.h"

namespace spinecds::test {

inline std::string case_request(const std::string& name) {
  return read_text(std::string(SPINECDS_SOURCE_DIR) + "/tests/data/cases/" + name +
                   "/request.json");
}

}  // namespace spinecds::test
