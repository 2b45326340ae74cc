#pragma once
// The Assessment of one fusion order (DESIGN.md §5): the stable value that the
// criteria produce, `assess --format json` prints and the cards render.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fhir/record.h"
#include "terminology/finding.h"
#include "terminology/quote.h"
#include "terminology/segment.h"

namespace spinecds::criteria {

// A reference, the quoted words, the clinician's name for the source and its
// date: the same value the extract stage keeps. Cards show `document date:
// "text"`, never the reference.
using Evidence = terminology::Quote;

// The data gap of a fusion order whose levels could not be read (DESIGN §3).
inline constexpr std::string_view kOrderLevelsGap = "order-levels";

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
  // The policy's name for it ("Formal physical therapy"), for cards and the
  // review page; not part of the Assessment's JSON.
  std::string title;
  // What to add to the record when it is not met or unclear (the policy's
  // rules[].documentationNeeded); empty when the policy says nothing.
  std::string documentation_needed;
};

struct LevelRow {
  terminology::Segment segment;
  bool requested = false;
  std::optional<terminology::Severity> stenosis;  // worst positive severity
  bool instability = false;
  bool fusion_supported = false;
  std::vector<Evidence> evidence;  // sorted
  // Cervical rows (DESIGN §9); `cervical` false → none of these is written.
  bool cervical = false;
  std::string root;  // the root leaving there: "C6" at C5-C6 ("" at C0-C1, C1-C2)
  std::vector<std::string> compression;  // sorted: central, cord, foraminal-left, foraminal-right
  bool cord_signal = false;
  bool concordant = false;
  std::string basis;  // "radiculopathy", "myelopathy", ... ("" when nothing supports it)
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
  // The procedure family that judged it (criteria/procedure_family.h); the
  // cervical shape has `approach` and no `pelvicFixation` (DESIGN §9).
  std::string family = "lumbar-fusion";
  std::string approach;  // cervical: "anterior", "posterior", "combined" ("" unknown)
  // Requested segments of another region (a mixed order, or beyond T1) that
  // this family did not assess; the summary card names them.
  std::vector<terminology::Segment> not_assessed;
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
// to_json(a, false) appended to `out`, whose storage a caller may reuse
// from call to call (the review id hashes this text on every hook call).
void append_json(const Assessment& a, std::string& out);
// The same text written over `scratch` from its start; `scratch` keeps its
// size (and what lies past the text) for the next call. The view is the text.
std::string_view write_json_over(const Assessment& a, std::string& scratch);

}  // namespace spinecds::criteria
