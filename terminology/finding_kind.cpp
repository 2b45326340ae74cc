#include "terminology/finding_kind.h"

#include <iterator>
#include <utility>

namespace spinecds::terminology {

namespace {

constexpr std::pair<FindingKind, std::string_view> kNames[] = {
    {FindingKind::stenosis, "stenosis"},
    {FindingKind::spondylolisthesis, "spondylolisthesis"},
    {FindingKind::instability, "instability"},
    {FindingKind::translation, "translation"},
    {FindingKind::angulation, "angulation"},
    {FindingKind::facet_arthropathy, "facet-arthropathy"},
    {FindingKind::disc_herniation, "disc-herniation"},
    {FindingKind::scoliosis, "scoliosis"},
    {FindingKind::pelvic_obliquity, "pelvic-obliquity"},
    {FindingKind::coronal_imbalance, "coronal-imbalance"},
    {FindingKind::sagittal_imbalance, "sagittal-imbalance"},
    {FindingKind::pi_ll_mismatch, "pi-ll-mismatch"},
    {FindingKind::radiculopathy, "radiculopathy"},
    {FindingKind::neurogenic_claudication, "neurogenic-claudication"},
    {FindingKind::weakness, "weakness"},
    {FindingKind::myelopathy, "myelopathy"},
    {FindingKind::cord_compression, "cord-compression"},
    {FindingKind::cord_signal_change, "cord-signal-change"},
    {FindingKind::prior_laminectomy, "prior-laminectomy"},
    {FindingKind::prior_fusion, "prior-fusion"},
    {FindingKind::pseudarthrosis, "pseudarthrosis"},
    {FindingKind::osteotomy, "osteotomy"},
    {FindingKind::flexion_extension_study, "flexion-extension-study"},
    {FindingKind::physical_therapy, "physical-therapy"},
    {FindingKind::injection, "injection"},
    {FindingKind::medication, "medication"},
    {FindingKind::pain_management, "pain-management"},
    {FindingKind::functional_limitation, "functional-limitation"},
    {FindingKind::urgent_condition, "urgent-condition"},
    {FindingKind::neuromuscular_disease, "neuromuscular-disease"},
    {FindingKind::osteoporosis, "osteoporosis"},
    {FindingKind::nicotine_use, "nicotine-use"},
    {FindingKind::planned_destabilization, "planned-destabilization"},
};
static_assert(std::size(kNames) ==
                  static_cast<std::size_t>(FindingKind::planned_destabilization) + 1,
              "every FindingKind has a name");

}  // namespace

std::string_view to_string(FindingKind k) {
  for (const auto& [kind, name] : kNames) {
    if (kind == k) return name;
  }
  return "unknown";
}

std::optional<FindingKind> parse_finding_kind(std::string_view name) {
  for (const auto& [kind, n] : kNames) {
    if (n == name) return kind;
  }
  return std::nullopt;
}

}  // namespace spinecds::terminology
