// Cervical criterion `conservative-care.6-weeks` (DESIGN §9): the profile's
// weeks of conservative care in the window, counted as the profile says, or
// not applicable when an urgent indication waives it.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"
#include "criteria/dates.h"

namespace spinecds::criteria::cervical {

namespace {

// Whole weeks from one day to another (days since 1970), rounded down.
double whole_weeks(long from, long to) {
  const long weeks = (to - from) / 7;
  return static_cast<double>(weeks);
}

// The calendar weeks an episode touches: (last - first) / 7 + 1, as the
// lumbar PT count has it.
double calendar_weeks(long first, long last) {
  return whole_weeks(first, last) + 1;
}

// The modality a kind of care is (research CF-CC-02): eviCore counts
// three, drugs, a provider-directed exercise programme and an injection at
// the level, so PT, telehealth PT and the home programme a therapist taught
// are one modality, not two or three.
std::string_view modality_of(std::string_view kind) {
  if (kind == "physical-therapy" || kind == "telehealth" || kind == "home-exercise")
    return "exercise";
  return kind;
}

}  // namespace

CriterionResult Engine::conservative_care() const {
  constexpr std::string_view id = criterion_id::kConservativeCare6Weeks;
  if (!clin_.waivers.empty()) {
    std::string list;
    for (const auto& w : clin_.waivers) list += (list.empty() ? "" : ", ") + w;
    return criterion(id, Status::not_applicable,
                     "Not applicable: the record documents " + list +
                         ", for which the policy waives conservative care.",
                     clin_.waiver_evidence);
  }
  const auto& min_weeks = th("care.minWeeks");
  const auto& window = th("care.windowMonths");
  const auto& min_modalities = th("care.minModalities");
  const auto& counted = th("care.countedModalities").words;
  const auto as_of = day_number(as_of_);
  const auto start = months_before(as_of_, static_cast<int>(window.value));
  auto counts_kind = [&](std::string_view k) {
    return std::find(counted.begin(), counted.end(), k) != counted.end();
  };
  std::map<std::string, std::vector<Evidence>> by_kind;  // modality → its evidence
  std::vector<Evidence> not_counted;
  std::optional<long> first;  // the first dated day of counted care in the window
  double stated_weeks = 0;
  // Each modality's dated days and episodes, and its stated weeks.
  std::map<std::string, std::vector<std::pair<long, long>>> spans;
  std::map<std::string, double> kind_weeks;
  auto take = [&](const std::string& kind, const Evidence& e, std::string_view date,
                  std::optional<double> weeks) {
    const auto on = day_number(date);
    if (on && ((start && *on < *start) || (as_of && *on > *as_of))) {
      not_counted.push_back(e);
      return;
    }
    if (!counts_kind(kind)) {
      not_counted.push_back(e);
      return;
    }
    by_kind[kind].push_back(e);
    if (on && (!first || *on < *first)) first = on;
    if (on) spans[kind].emplace_back(*on, *on);
    if (weeks) {
      stated_weeks = std::max(stated_weeks, *weeks);
      kind_weeks[kind] = std::max(kind_weeks[kind], *weeks);
    }
  };
  for (const auto& t : f_.therapy) {
    if (!terminology::counts_for(t.region, terminology::FusionRegion::cervical)) {
      not_counted.push_back(t.quote);
      continue;
    }
    const std::string kind = t.setting == terminology::TherapySetting::home ? "home-exercise"
                             : t.setting == terminology::TherapySetting::telehealth
                                 ? "telehealth"
                                 : "physical-therapy";
    take(kind, t.quote, t.start.empty() ? t.end : t.start, t.stated_weeks);
    // An episode's own span counts as weeks of care too.
    const auto a = day_number(t.start);
    const auto b = day_number(t.end);
    if (a && b && *b > *a && counts_kind(kind)) {
      stated_weeks = std::max(stated_weeks, calendar_weeks(*a, *b));
      spans[kind].emplace_back(*a, *b);
    }
  }
  for (const auto& q : f_.medications) take("medication", q, q.date, std::nullopt);
  for (const auto& q : f_.injections) take("injection", q, q.date, std::nullopt);

  std::vector<Evidence> e;
  for (const auto& [k, v] : by_kind) e.insert(e.end(), v.begin(), v.end());
  const double since_first = first && as_of ? whole_weeks(*first, *as_of) : 0.0;
  const double weeks = std::max(stated_weeks, since_first);
  std::set<std::string_view> distinct;
  for (const auto& [k, v] : by_kind) distinct.insert(modality_of(k));
  const auto modalities = static_cast<double>(distinct.size());
  std::string kinds;
  for (const auto& [k, v] : by_kind) kinds += (kinds.empty() ? "" : ", ") + k;
  const std::string need =
      min_weeks.describe() + " of conservative care with " + min_modalities.describe() +
      " (counted: " + th("care.countedModalities").describe() + ") within the " +
      num(window.value) + " " + window.unit + " before " + as_of_;
  // A modality the profile requires (Aetna: active in-person PT), for the
  // profile's weeks itself.
  // Dated items merge into episodes while the gaps stay within the
  // profile's limit; the longest episode is the modality's weeks.
  const auto max_gap = static_cast<long>(th("care.maxGapDays").value);
  for (auto& [k, v] : spans) {
    std::sort(v.begin(), v.end());
    long from = v.front().first;
    long to = v.front().second;
    for (const auto& [a, b] : v) {
      if (a - to > max_gap) {
        kind_weeks[k] = std::max(kind_weeks[k], calendar_weeks(from, to));
        from = a;
      }
      to = std::max(to, b);
    }
    kind_weeks[k] = std::max(kind_weeks[k], calendar_weeks(from, to));
  }
  std::string missing;
  for (const auto& r : th("care.requiredModalities").words) {
    if (!by_kind.count(r) || !min_weeks.passes(kind_weeks[r]))
      missing += (missing.empty() ? "" : ", ") + r + " for " + min_weeks.describe();
  }
  if (modalities > 0 && min_modalities.passes(modalities) && min_weeks.passes(weeks) &&
      missing.empty()) {
    return criterion(id, Status::met,
                     "Documentation shows " + num(weeks) + " weeks of conservative care (" + kinds +
                         "); the policy asks for " + need + ".",
                     e);
  }
  if (modalities > 0 || !not_counted.empty()) {
    e.insert(e.end(), not_counted.begin(), not_counted.end());
    std::string s = "Documentation does not show " + need + ": ";
    s += modalities > 0
             ? "it shows " + num(weeks) + " week" + (weeks == 1 ? "" : "s") + " of " + kinds
             : std::string("none of the care on file counts");
    if (!not_counted.empty())
      s += " (care outside the window, region or counted kinds is left out)";
    if (!missing.empty()) s += "; the policy requires " + missing + ", which is not documented";
    s += ".";
    return criterion(id, Status::not_met, s, e);
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show any conservative care (therapy, prescribed "
                   "exercise, medication or injections) for the neck." +
                       gap_note({"procedures", "medications", "observations", "documents"}),
                   e);
}

}  // namespace spinecds::criteria::cervical
