#pragma once
// The full review of one fusion order (DESIGN.md §6): the per-level table,
// every criterion with all its evidence, the policy and version, the data
// gaps. A pure function of the Assessment; all record text is escaped.
#include <string>
#include <string_view>

#include "criteria/assessment.h"

namespace spinecds::service {

std::string review_html(const criteria::Assessment& a, std::string_view service_id);

// The Content-Security-Policy the page is served with: nothing but its own
// inline style (by hash); no scripts, images, frames, forms or base.
const std::string& review_csp();

}  // namespace spinecds::service
