#pragma once
// The extract stage: from the gathered record and the fusion order to facts
// that keep their evidence (the resource reference and the quoted words).
// Pure: no I/O, no clock; dates are kept as written and judged by criteria/.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <rapidjson/document.h>

#include "fhir/record.h"
#include "terminology/body_region.h"
#include "terminology/finding.h"
#include "terminology/order_reader.h"
#include "terminology/quote.h"
#include "terminology/segment.h"

namespace spinecds::terminology {

// Where a finding was read: imaging reports are what "on MRI/CT" means.
// Where a finding was read. `patient`: the patient's own words (a portal
// message, a member's message in a coaching thread), whose symptoms count
// but whose account of their imaging is hearsay.
enum class SourceKind { imaging, clinical, condition, order, patient, other };

struct RecordFinding {
  Finding finding;
  Quote quote;
  std::string date;  // ISO date of the resource, when it has one
  SourceKind source = SourceKind::other;
};

// A planned decompression the record states will destabilize a segment:
// bilateral or wide facetectomy (with its percentage when stated), pars
// resection.
struct PlannedDestabilization {
  Segment segment;
  std::optional<double> facet_percent;  // "60% facetectomy"
  bool bilateral_or_total = false;      // "bilateral facetectomy", "complete facetectomy"
  bool pars_resection = false;
  Quote quote;
};

enum class TherapySetting { in_person, telehealth, home };
std::string to_string(TherapySetting s);

// One physical-therapy session, or an episode stated as a whole (a
// performedPeriod, a note giving dates or weeks).
struct TherapyItem {
  std::string start;  // ISO date; a session has start == end
  std::string end;
  std::optional<double> stated_weeks;  // "8 weeks of PT" without dates
  // The earliest day stated weeks can have begun, when a coarse range holds
  // them ("Sept-Oct 2026: about 4 weeks": 2026-09-01); empty otherwise.
  std::string range_start;
  bool is_episode = false;
  // A span told rather than attended: a completed request's period, or
  // months named without days ("PT in Feb-Mar"). Sessions the record dates
  // inside it decide its extent (clip_told_spans).
  bool told = false;
  TherapySetting setting = TherapySetting::in_person;
  BodyRegion region = BodyRegion::unspecified;  // what the therapy treated
  Quote quote;
};

struct ExcludedItem {
  Quote quote;
  std::string reason;  // "status entered-in-error", "knee"
};

// Patient-reported or examiner-scored outcome instruments.
enum class OutcomeInstrument {
  odi,   // Oswestry Disability Index, percent 0-100 (a raw 0-50 score is doubled)
  ndi,   // Neck Disability Index, percent 0-100 (a raw 0-50 score is doubled)
  mjoa,  // modified Japanese Orthopaedic Association score, points 0-18 (lower is worse)
};
std::string to_string(OutcomeInstrument i);  // "ODI", "NDI", "mJOA"

struct OutcomeScore {
  OutcomeInstrument instrument = OutcomeInstrument::odi;
  double value = 0;  // percent (ODI, NDI) or points (mJOA)
  std::string date;
  Quote quote;
};

enum class SmokingStatus { current, former, never };
std::string to_string(SmokingStatus s);  // "current", "former", "never"

// A statement of tobacco or nicotine use (coded smoking status or prose).
struct SmokingFact {
  SmokingStatus status = SmokingStatus::current;
  std::string quit_date;  // ISO date or partial ("2026-08"), when given; empty otherwise
  std::string date;       // when it was recorded
  Quote quote;
};

// A cotinine test result. The policy, not the reader, judges a value.
struct CotinineResult {
  std::optional<bool> positive;  // a qualitative result ("negative", "detected")
  std::optional<double> value;   // a quantitative result
  std::string unit;              // "ng/mL", as written
  std::string date;
  Quote quote;
};

// A kyphosis a text names (record_keywords.cpp), with the segments its
// sentence names ("C2-C7 kyphosis of 10 degrees") and whether it is the
// cervical spine's: a cervical kyphosis with cord compression is a reason to
// fuse (research note CF-TTI-01).
struct KyphosisFact {
  std::vector<Segment> segments;
  bool cervical = false;
  Quote quote;
};

// A fracture or dislocation, a tumour or an infection of the spine, stated
// as present at named levels (DESIGN §9 basis `trauma`, `tumour`,
// `infection`; research note CF-TTI-01: the lesion's segments are supported).
enum class LesionKind { trauma, tumour, infection };
std::string_view to_string(LesionKind k);  // "trauma", "tumour", "infection"

struct SpinalLesion {
  LesionKind kind = LesionKind::trauma;
  std::vector<Segment> segments;
  Quote quote;  // dated by the event when the words give its date
};

struct RecordFacts {
  std::string order;  // "ServiceRequest/sr-1" (empty: no order)
  FusionRegion region = FusionRegion::none;
  RequestedLevels requested;
  std::vector<RecordFinding> findings;  // every finding read from the record's text
  std::vector<PlannedDestabilization> destabilizing;

  std::vector<TherapyItem> therapy;            // PT sessions and episodes (all settings)
  std::vector<ExcludedItem> therapy_excluded;  // cancelled, not done, entered in error
  std::vector<Quote> therapy_referrals;        // PT ordered or referred, not performed

  std::vector<Quote> injections;
  std::vector<Quote> medications;
  // The last day of a stopped or completed prescription, by its resource
  // reference ("MedicationRequest/m1" → "2026-03-14"); a drug without one
  // is taken to run to the order.
  std::vector<std::pair<std::string, std::string>> medication_ends;
  std::vector<Quote> pain_management;

  std::vector<OutcomeScore> outcome_scores;  // ODI, NDI, mJOA, each with its date
  std::vector<Quote> adl_limitation;         // stated limitation of daily activities

  std::vector<Quote> spine_imaging;      // lumbar imaging studies in the record
  std::vector<Quote> flexion_extension;  // flexion-extension films taken
  std::vector<Quote> flexion_extension_not_obtained;

  std::vector<Quote> neural_conditions;  // coded radiculopathy / claudication
  std::vector<Quote> urgent;             // cauda equina, tumour, infection, fracture, ...
  std::vector<SpinalLesion> lesions;     // the urgent ones that name their levels
  std::vector<Quote> neuromuscular;      // cerebral palsy, muscular dystrophy, ...
  std::vector<Quote> osteoporosis;
  std::vector<KyphosisFact> kyphosis;
  std::vector<double> t_scores;  // DXA T-scores, with quotes in osteoporosis_scores
  std::vector<Quote> t_score_quotes;

  std::vector<SmokingFact> smoking;  // smoking status statements, each with its date
  std::vector<CotinineResult> cotinine;

  // Content the readers hold but could not read: a report whose only form is
  // a PDF. The Assessment names it with the gathering's gaps (DESIGN §8:
  // say which data was missing instead of guessing).
  std::vector<fhir::DataGap> unread;
};

// `order` is the draft fusion ServiceRequest (may be null).
RecordFacts extract_record_facts(const rapidjson::Value* order, const fhir::Record& record);
// The same, for an order the caller has read already (`read` is
// read_fusion_order(order)): the hook pipeline reads each draft order once.
RecordFacts extract_record_facts(const rapidjson::Value& order, const FusionOrder& read,
                                 const fhir::Record& record);

}  // namespace spinecds::terminology
