#pragma once
// The engine of each procedure family, as the registry
// (procedure_family.cpp) names them. Not a public header: assess.h is the
// stage.
#include <string>

#include "criteria/procedure_family.h"

namespace spinecds::criteria {

Assessment assess_lumbar(const Policy& policy, const Profile& profile,
                         const terminology::RecordFacts& facts, const std::string& as_of,
                         Assessment a);

Assessment assess_cervical(const Policy& policy, const Profile& profile,
                           const terminology::RecordFacts& facts, const std::string& as_of,
                           Assessment a);

}  // namespace spinecds::criteria
