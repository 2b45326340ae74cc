#pragma once
// The fixed criterion ids of DESIGN §5, as constants: a misspelt id is a
// compile error, not a silently missing criterion.
#include <string_view>

namespace spinecds::criteria::criterion_id {

inline constexpr std::string_view kPt6Weeks = "conservative-care.pt-6-weeks";
inline constexpr std::string_view kOtherCare = "conservative-care.other";
inline constexpr std::string_view kNeuralCompression = "neural-compression";
inline constexpr std::string_view kFunctionalLimitation = "functional-limitation";
inline constexpr std::string_view kImagingStenosis = "imaging.stenosis";
inline constexpr std::string_view kFlexionExtension = "imaging.flexion-extension";
inline constexpr std::string_view kInstability = "instability";
inline constexpr std::string_view kDeformity = "deformity";
inline constexpr std::string_view kPelvicFixation = "pelvic-fixation.indication";

}  // namespace spinecds::criteria::criterion_id
