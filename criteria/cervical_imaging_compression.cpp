// Cervical criterion `imaging.compression` (DESIGN §9): compression at a
// requested segment, concordant in root and side with the radiculopathy, or
// cord compression with the myelopathy.
#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"

namespace spinecds::criteria::cervical {

CriterionResult Engine::imaging_compression(const Assessment& a) const {
  constexpr std::string_view id = criterion_id::kImagingCompression;
  std::vector<Segment> concordant, discordant;
  bool imaged = false;
  std::vector<Evidence> e;
  for (const auto& row : a.levels) {
    if (!row.requested) continue;
    const auto& sf = seg_.at(row.segment);
    imaged = imaged || sf.imaged;
    if (row.concordant) {
      concordant.push_back(row.segment);
      e.insert(e.end(), sf.compression_evidence.begin(), sf.compression_evidence.end());
      e.insert(e.end(), sf.cord_signal_evidence.begin(), sf.cord_signal_evidence.end());
    } else if (!row.compression.empty()) {
      discordant.push_back(row.segment);
      e.insert(e.end(), sf.compression_evidence.begin(), sf.compression_evidence.end());
    } else {
      e.insert(e.end(), sf.negative_evidence.begin(), sf.negative_evidence.end());
    }
  }
  if (!concordant.empty()) {
    std::string s = "Imaging shows compression at " + join_segments(concordant) +
                    " concordant with the documented " +
                    (clin_.myelopathy ? "myelopathy or radiculopathy" : "radiculopathy") + ".";
    if (!discordant.empty())
      s += " Compression at " + join_segments(discordant) +
           " does not match the documented root, side or myelopathy.";
    return criterion(id, Status::met, s, std::move(e));
  }
  if (!discordant.empty()) {
    return criterion(id, Status::not_met,
                     "Documentation does not show compression concordant with the symptoms: "
                     "compression at " +
                         join_segments(discordant) +
                         " does not match the documented root and side" +
                         (clin_.myelopathy ? " or the myelopathy" : "") +
                         (clin_.radicular.empty() && !clin_.myelopathy
                              ? " (no radiculopathy or myelopathy is documented)"
                              : "") +
                         ".",
                     std::move(e));
  }
  if (imaged) {
    return criterion(id, Status::not_met,
                     "Documentation does not show root or cord compression (" +
                         th("compression.minSeverity").describe() +
                         " stenosis, a herniation or cord compression) at any requested "
                         "segment; degeneration, a bulge or mild stenosis alone supports nothing.",
                     std::move(e));
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show MRI or CT of the requested cervical segments." +
                       gap_note({"diagnosticReports", "documents"}),
                   std::move(e));
}

}  // namespace spinecds::criteria::cervical
