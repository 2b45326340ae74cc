#pragma once
// The fixed criterion ids of DESIGN §5 (lumbar) and §9 (cervical), as
// constants: a misspelt id is a compile error, not a silently missing
// criterion.
#include <string_view>

namespace spinecds::criteria::criterion_id {

// Lumbar fusion (DESIGN §5).
inline constexpr std::string_view kPt6Weeks = "conservative-care.pt-6-weeks";
inline constexpr std::string_view kOtherCare = "conservative-care.other";
inline constexpr std::string_view kNeuralCompression = "neural-compression";
inline constexpr std::string_view kFunctionalLimitation = "functional-limitation";
inline constexpr std::string_view kImagingStenosis = "imaging.stenosis";
inline constexpr std::string_view kFlexionExtension = "imaging.flexion-extension";
inline constexpr std::string_view kInstability = "instability";
inline constexpr std::string_view kDeformity = "deformity";
inline constexpr std::string_view kPelvicFixation = "pelvic-fixation.indication";

// Cervical fusion (DESIGN §9); neural-compression, functional-limitation,
// imaging.flexion-extension and instability are shared ids.
inline constexpr std::string_view kConservativeCare6Weeks = "conservative-care.6-weeks";
inline constexpr std::string_view kImagingCompression = "imaging.compression";
inline constexpr std::string_view kNicotine = "nicotine";
inline constexpr std::string_view kPriorFusion = "prior-fusion";

}  // namespace spinecds::criteria::criterion_id
