#pragma once
// The Assessment of one fusion order (DESIGN.md §5): the stable value that the
// criteria produce, `assess --format json` prints and the cards render.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fhir/record.h"
#include "terminology/finding.h"
#include "terminology/segment.h"

namespace spinecds::criteria {

struct Evidence {
  Evidence() = default;
  Evidence(std::string ref, std::string words, std::string doc = {}, std::string on = {})
      : reference(std::move(ref)),
        text(std::move(words)),
        document(std::move(doc)),
        date(std::move(on)) {}

  std::string reference;  // "DiagnosticReport/mri-1": for machines and the review, never a card
  std::string text;       // the quoted words that decided it (plain text)
  // How a clinician names the source ("MRI lumbar spine", "Physical therapy
  // note", "Problem list") and its ISO date; empty when the record gives none.
  // Cards show `document date: "text"` instead of the reference.
  std::string document;
  std::string date;
  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

enum class Status { met, not_met, unknown, not_applicable };
std::string to_string(Status s);  // "met", "not-met", "unknown", "not-applicable"

enum class Verdict { not_applicable, supported, partially_supported, not_supported_as_documented };
std::string to_string(Verdict v);  // "not-supported-as-documented", ...

struct CriterionResult {
  std::string id;  // fixed ids, DESIGN.md §5 ("conservative-care.pt-6-weeks")
  Status status = Status::unknown;
  std::string summary;             // "documentation does not show ..." style sentence
  std::vector<Evidence> evidence;  // sorted
  std::string citation;            // label and URL of the rule's source
};

struct LevelRow {
  terminology::Segment segment;
  bool requested = false;
  std::optional<terminology::Severity> stenosis;  // worst positive severity
  bool instability = false;
  bool fusion_supported = false;
  std::vector<Evidence> evidence;  // sorted
};

struct PolicyRef {
  std::string id = "lumbar-fusion";
  std::string version;
  std::string profile = "default";
};

struct Assessment {
  std::string order;  // "ServiceRequest/fusion-1" (empty: no order)
  PolicyRef policy;
  std::vector<terminology::Segment> requested_levels;  // sorted
  bool requested_pelvic_fixation = false;
  std::vector<terminology::Segment> supported_fusion_levels;  // sorted
  std::vector<terminology::Segment> decompression_only;       // sorted
  // Segments inside the supported construct that lack support of their own
  // (the supported levels were not contiguous).
  std::vector<terminology::Segment> bridged_levels;
  bool supported_pelvic_fixation = false;
  std::vector<LevelRow> levels;           // sorted by segment
  std::vector<CriterionResult> criteria;  // in the order of DESIGN.md §5
  std::vector<fhir::DataGap> data_gaps;   // sorted by key
  std::string as_of;                      // "2026-11-20"
  Verdict verdict = Verdict::not_applicable;
};

// The JSON of DESIGN.md §5, with sorted lists so the same record gives
// byte-identical output.
std::string to_json(const Assessment& a, bool pretty = true);
std::string to_json(const std::vector<Assessment>& all, bool pretty = true);

}  // namespace spinecds::criteria
