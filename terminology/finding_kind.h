#pragma once
// The kinds of finding the text engine reports and the record readers and
// criteria consume. A type, not a string, so a misspelt kind is a compile
// error instead of a silent mismatch between layers. The names printed by
// `spinecds extract` are DESIGN.md §4's ("spondylolisthesis",
// "flexion-extension-study").
#include <optional>
#include <string_view>

namespace spinecds::terminology {

enum class FindingKind {
  // Imaging: alignment, canal and motion.
  stenosis,
  spondylolisthesis,
  instability,
  translation,
  angulation,
  facet_arthropathy,
  disc_herniation,
  // Deformity.
  scoliosis,
  pelvic_obliquity,
  coronal_imbalance,
  sagittal_imbalance,
  pi_ll_mismatch,
  // Neurology.
  radiculopathy,
  neurogenic_claudication,
  weakness,
  myelopathy,
  cord_compression,
  cord_signal_change,
  // Earlier operations and their outcome.
  prior_laminectomy,
  prior_fusion,
  pseudarthrosis,
  osteotomy,
  // Studies and care.
  flexion_extension_study,
  physical_therapy,
  injection,
  medication,
  pain_management,
  // Function, urgency and risk, read from notes and problem lists.
  functional_limitation,
  urgent_condition,  // cauda equina, tumour, infection, fracture, progressive deficit
  neuromuscular_disease,
  osteoporosis,
  nicotine_use,
  // A decompression the order says will destabilise a segment (wide or
  // bilateral facetectomy, pars resection).
  planned_destabilization,
};

// "facet-arthropathy", "flexion-extension-study", ...
std::string_view to_string(FindingKind k);
// The inverse of to_string; nullopt for an unknown name.
std::optional<FindingKind> parse_finding_kind(std::string_view name);

}  // namespace spinecds::terminology
