#include "cards/evidence_text.h"

#include "cards/markdown_escape.h"

namespace spinecds::cards {

namespace {

// Names for a source whose record gave no document type: what a clinician
// calls the place in the chart, not the FHIR type.
std::string_view type_name(std::string_view reference) {
  const auto type = reference.substr(0, reference.find('/'));
  struct T {
    std::string_view type, name;
  };
  static constexpr T kNames[] = {
      {"DiagnosticReport", "Report"},
      {"Observation", "Observation"},
      {"Procedure", "Procedure"},
      {"Condition", "Problem list"},
      {"MedicationRequest", "Medication order"},
      {"MedicationStatement", "Medication list"},
      {"DocumentReference", "Clinical note"},
      {"ServiceRequest", "Order"},
      {"Encounter", "Visit"},
      {"ImagingStudy", "Imaging study"},
      {"Coverage", "Coverage"},
  };
  for (const auto& t : kNames) {
    if (t.type == type) return t.name;
  }
  return "Record";
}

// ASCII only, as std::tolower in the "C" locale the service runs in; inline,
// not a library call per byte (every quote of a card is lowered to rank it).
std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return out;
}

}  // namespace

std::string evidence_source_name(const criteria::Evidence& e) {
  std::string name = e.document.empty() ? std::string(type_name(e.reference)) : e.document;
  if (!e.date.empty()) name += " " + e.date.substr(0, 10);
  return name;
}

std::string evidence_item(const criteria::Evidence& e) {
  if (e.text.empty()) return {};
  const std::string name = evidence_source_name(e);
  // name + `: "` + words + `"` within kEvidenceMax; the name is short and ours.
  const std::size_t overhead = code_point_count(name) + 4;
  const std::size_t room = kEvidenceMax > overhead + 20 ? kEvidenceMax - overhead : 20;
  return markdown_escape(name) + ": \"" + markdown_escape(truncate_code_points(e.text, room)) +
         "\"";
}

namespace {

// `item(i)` is the i-th quote of the `n` to choose from.
template <class Item>
std::string pick_from(std::size_t n, Item item, QuoteSet& shown,
                      const std::vector<std::string_view>& prefer) {
  // The quote matching the earliest preferred word wins; then the first.
  const criteria::Evidence* best = nullptr;
  std::size_t best_rank = prefer.size();
  for (std::size_t i = 0; i < n; ++i) {
    const criteria::Evidence& e = item(i);
    if (e.text.empty() || shown.seen(e)) continue;
    std::size_t rank = 0;
    if (!prefer.empty()) {
      const std::string words = lower(e.text);
      while (rank < prefer.size() && words.find(prefer[rank]) == std::string::npos) ++rank;
    }
    if (best == nullptr || rank < best_rank) {
      best = &e;
      best_rank = rank;
    }
    if (best_rank == 0) break;  // nothing later ranks before it
  }
  if (best == nullptr) return {};
  shown.add(*best);
  return evidence_item(*best);
}

}  // namespace

std::string pick_evidence(const std::vector<criteria::Evidence>& ev, QuoteSet& shown,
                          const std::vector<std::string_view>& prefer) {
  return pick_from(
      ev.size(), [&](std::size_t i) -> const criteria::Evidence& { return ev[i]; }, shown, prefer);
}

std::string pick_evidence(const std::vector<const criteria::Evidence*>& ev, QuoteSet& shown,
                          const std::vector<std::string_view>& prefer) {
  return pick_from(
      ev.size(), [&](std::size_t i) -> const criteria::Evidence& { return *ev[i]; }, shown, prefer);
}

std::string evidence_list(const std::vector<criteria::Evidence>& ev, QuoteSet& shown,
                          std::size_t max_items) {
  std::string out;
  for (std::size_t n = 0; n < max_items; ++n) {
    const std::string item = pick_evidence(ev, shown);
    if (item.empty()) break;
    if (!out.empty()) out += "; ";
    out += item;
  }
  return out;
}

}  // namespace spinecds::cards
