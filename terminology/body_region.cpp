#include "terminology/body_region.h"

#include "terminology/record_text.h"

namespace spinecds::terminology {

std::string to_string(BodyRegion r) {
  switch (r) {
    case BodyRegion::unspecified:
      return "unspecified";
    case BodyRegion::cervical:
      return "cervical";
    case BodyRegion::lumbar:
      return "lumbar";
    case BodyRegion::other:
      return "other";
  }
  return "unspecified";
}

BodyRegion treated_region(std::string_view low) {
  const bool cervical = contains_any(
      low, {"cervical", "neck", "c-spine", "cervicalgia", "whiplash", "cervicothoracic"});
  const bool lumbar = contains_any(low, {"lumbar", "l-spine", "lumbosacral", "low back",
                                         "lower back", "back pain", "sciatica", "lumbago"});
  if (cervical && !lumbar) return BodyRegion::cervical;
  if (lumbar && !cervical) return BodyRegion::lumbar;
  if (cervical || mentions_lumbar(low)) return BodyRegion::unspecified;
  return other_region(low).empty() ? BodyRegion::unspecified : BodyRegion::other;
}

bool counts_for(BodyRegion r, FusionRegion family) {
  switch (r) {
    case BodyRegion::unspecified:
      return true;
    case BodyRegion::other:
      return false;
    case BodyRegion::cervical:
      return family == FusionRegion::cervical;
    case BodyRegion::lumbar:
      return family != FusionRegion::cervical;
  }
  return true;
}

}  // namespace spinecds::terminology
