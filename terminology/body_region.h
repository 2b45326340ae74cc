#pragma once
// The body region a treatment was for, so each procedure family counts its
// own conservative care: therapy for the neck counts toward a cervical fusion,
// not a lumbar one, and therapy for the knee toward neither.
#include <string>
#include <string_view>

#include "terminology/order_reader.h"

namespace spinecds::terminology {

// `unspecified`: the record does not say which part of the spine (it counts
// for every family); `other`: a limb or joint (knee, shoulder, ...).
enum class BodyRegion { unspecified, cervical, lumbar, other };
std::string to_string(BodyRegion r);  // "cervical", ...

// The region lower-case words about a treatment name: "PT for neck pain" is
// cervical, "low back" lumbar, "knee" other; both spines, or only "spine",
// is unspecified.
BodyRegion treated_region(std::string_view low);

// Whether care for region `r` counts as conservative care for a fusion of
// `family` (FusionRegion::lumbar, FusionRegion::cervical, ...).
bool counts_for(BodyRegion r, FusionRegion family);

}  // namespace spinecds::terminology
