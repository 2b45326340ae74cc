// Cervical criterion `conservative-care.6-weeks` (DESIGN §9): the profile's
// weeks of conservative care in the window, counted as the profile says, or
// not applicable when an urgent indication waives it.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "criteria/care_episodes.h"
#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"
#include "criteria/dates.h"

namespace spinecds::criteria::cervical {

namespace {

// The modality a kind of care is (research CF-CC-02): eviCore counts
// three, drugs, a provider-directed exercise programme and an injection at
// the level, so PT, telehealth PT and the home programme a therapist taught
// are one modality, not two or three.
std::string_view modality_of(std::string_view kind) {
  if (kind == "physical-therapy" || kind == "telehealth" || kind == "home-exercise")
    return "exercise";
  return kind;
}

// A policy word as text: "physical-therapy" → "physical therapy".
std::string words_of(std::string_view kind) {
  std::string out(kind);
  std::replace(out.begin(), out.end(), '-', ' ');
  return out;
}

std::string weeks_text(double w) {
  return num(w) + " week" + (w == 1 ? "" : "s");
}

// One modality's own documented span (CF-CC-01: eviCore counts drugs for 6
// weeks and exercise for 6 weeks, each on its own).
struct ModalityCare {
  std::set<std::string> kinds;  // the policy's words for it, as documented
  std::vector<DaySpan> spans;   // dated days and episodes
  double stated_weeks = 0;      // "8 weeks of PT"
  double weeks = 0;             // its documented weeks, once measured
  bool once = false;            // an injection: counts once, no duration
  std::string name() const {
    std::string n;
    for (const auto& k : kinds) n += (n.empty() ? "" : " and ") + words_of(k);
    return n;
  }
};

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
  const auto& each = th("care.modalityMinWeeks");
  const auto& counted = th("care.countedModalities").words;
  const auto as_of = day_number(as_of_);
  const auto start = months_before(as_of_, static_cast<int>(window.value));
  auto counts_kind = [&](std::string_view k) {
    return std::find(counted.begin(), counted.end(), k) != counted.end();
  };
  std::map<std::string, std::vector<Evidence>> by_kind;  // kind → its evidence
  std::vector<Evidence> not_counted;
  bool other_region = false;
  double stated_weeks = 0;
  // Each kind's dated days and episodes, and its stated weeks (for a
  // required kind); each modality's, for the weeks it must itself last.
  std::map<std::string, std::vector<DaySpan>> spans;
  std::map<std::string, double> kind_weeks;
  std::map<std::string, ModalityCare> by_modality;
  // Counts one item of care; its day when it is dated and counted.
  // `session`: the date is a day of care, not only the day a note told of it.
  auto take = [&](const std::string& kind, const Evidence& e, std::string_view date,
                  std::optional<double> weeks, bool session = true) -> std::optional<long> {
    const auto on = day_number(date);
    if (on && ((start && *on < *start) || (as_of && *on > *as_of))) {
      not_counted.push_back(e);
      return std::nullopt;
    }
    if (!counts_kind(kind)) {
      not_counted.push_back(e);
      return std::nullopt;
    }
    by_kind[kind].push_back(e);
    auto& m = by_modality[std::string(modality_of(kind))];
    m.kinds.insert(kind);
    m.once = kind == "injection";
    if (on && session) {
      spans[kind].push_back(DaySpan{*on, *on});
      m.spans.push_back(DaySpan{*on, *on});
    }
    if (weeks) {
      stated_weeks = std::max(stated_weeks, *weeks);
      kind_weeks[kind] = std::max(kind_weeks[kind], *weeks);
      m.stated_weeks = std::max(m.stated_weeks, *weeks);
    }
    return on;
  };
  for (const auto& t : f_.therapy) {
    // Therapy for a shoulder or a knee is left out and not quoted: it says
    // nothing about the neck.
    if (!terminology::counts_for(t.region, terminology::FusionRegion::cervical)) {
      other_region = true;
      continue;
    }
    const std::string kind = t.setting == terminology::TherapySetting::home ? "home-exercise"
                             : t.setting == terminology::TherapySetting::telehealth
                                 ? "telehealth"
                                 : "physical-therapy";
    // "About 3 weeks of PT" in a clinic note: the weeks count, the note's
    // date is no session (it would stretch the dated visits to the note).
    const bool told = t.start.empty() && t.stated_weeks.has_value();
    take(kind, t.quote, t.start.empty() ? t.end : t.start, t.stated_weeks, !told);
    // An episode's own span counts as weeks of care too.
    const auto a = day_number(t.start);
    const auto b = day_number(t.end);
    // Only the part inside the window counts (an earlier episode's course
    // ending a year before the order counts none of it), as in the lumbar
    // pt_episodes.
    if (a && b && *b > *a && counts_kind(kind)) {
      const int lo = start ? std::max(*a, *start) : *a;
      const int hi = as_of ? std::min(*b, *as_of) : *b;
      if (hi > lo) {
        stated_weeks = std::max(stated_weeks, calendar_weeks(lo, hi));
        spans[kind].push_back(DaySpan{lo, hi});
        by_modality[std::string(modality_of(kind))].spans.push_back(DaySpan{lo, hi});
      }
    }
  }
  // A drug runs from each dated record to the day its course ended, when the
  // record states one, else, for a prescription or a medication statement,
  // to the order. A note naming a drug documents it on the note's day only:
  // an ED note's "ibuprofen x 10 days" is no course running to an order
  // months later.
  for (const auto& q : f_.medications) {
    const auto on = take("medication", q, q.date, std::nullopt);
    if (!on || !as_of) continue;
    auto end = std::find_if(f_.medication_ends.begin(), f_.medication_ends.end(),
                            [&](const auto& e) { return e.first == q.reference; });
    const bool prescribed = q.reference.starts_with("Medication");
    const auto last = end != f_.medication_ends.end() ? day_number(end->second)
                      : prescribed                    ? as_of
                                                      : on;
    by_modality["medication"].spans.push_back(
        DaySpan{*on, std::clamp(last.value_or(*on), *on, *as_of)});
  }
  for (const auto& q : f_.injections) take("injection", q, q.date, std::nullopt);

  std::vector<Evidence> e;
  for (const auto& [k, v] : by_kind) e.insert(e.end(), v.begin(), v.end());
  // Dated items merge into episodes while the gaps stay within the
  // profile's limit; the longest episode is the kind's weeks.
  const auto& max_gap = th("care.maxGapDays");
  for (auto& [k, v] : spans)
    kind_weeks[k] = std::max(kind_weeks[k], longest_episode_weeks(v, max_gap));
  // A modality counts when its own documented span reaches the profile's
  // weeks for each modality: exercise by its episodes (sessions end), a drug
  // by its courses (each to its stated end, else to the order), an injection
  // once. Undated care documents no weeks.
  double modalities = 0;
  std::string shown;  // "17 weeks of medication" …
  std::string short_of;
  for (auto& [name, m] : by_modality) {
    if (m.once) {
      ++modalities;
      shown += (shown.empty() ? "" : ", ") + std::string("an ") + m.name() + " (counted once)";
      continue;
    }
    m.weeks = std::max(m.stated_weeks, name == "medication"
                                           ? longest_episode_weeks(m.spans, max_gap, whole_weeks)
                                           : longest_episode_weeks(m.spans, max_gap));
    const bool long_enough = each.passes(m.weeks);
    if (long_enough) ++modalities;
    // A drug only named in notes spans days, not weeks: "0 weeks of
    // medication" would read as none.
    const std::string text = m.spans.empty() && m.stated_weeks == 0
                                 ? m.name() + " with no documented dates or weeks"
                             : m.weeks == 0 ? m.name() + " on single days with no course length"
                                            : weeks_text(m.weeks) + " of " + m.name();
    shown += (shown.empty() ? "" : ", ") + text;
    if (!long_enough) {
      short_of += (short_of.empty() ? "" : "; documentation shows ") + text;
      if (each.value > m.weeks) short_of += " (" + weeks_text(each.value - m.weeks) + " short)";
    }
  }
  // The weeks of care: the longest run of it, every modality's days and
  // courses merged while the gaps stay within the profile's limit, so care
  // that stopped months before the order does not run on to it; never less
  // than one modality's own weeks or a stated course.
  std::vector<DaySpan> all_spans;
  double weeks = stated_weeks;
  for (const auto& [name, m] : by_modality) {
    all_spans.insert(all_spans.end(), m.spans.begin(), m.spans.end());
    weeks = std::max(weeks, m.weeks);
  }
  weeks = std::max(weeks, longest_episode_weeks(all_spans, max_gap, whole_weeks));
  std::string kinds;
  for (const auto& [k, v] : by_kind) kinds += (kinds.empty() ? "" : ", ") + words_of(k);
  // A per-modality rule that every span passes is no rule (aetna-like,
  // medicare-like): the text then leaves it out.
  const bool per_modality = !each.passes(0);
  const std::string need =
      min_weeks.describe() + " of conservative care with " + min_modalities.describe() +
      (per_modality ? " of " + each.describe() + " each" : "") +
      " (counted: " + th("care.countedModalities").describe() + ") within the " +
      num(window.value) + " " + window.unit + " before " + as_of_;
  // A modality the profile requires (Aetna: active in-person PT), for the
  // profile's weeks itself.
  std::string missing;
  for (const auto& r : th("care.requiredModalities").words) {
    if (!by_kind.count(r) || !min_weeks.passes(kind_weeks[r]))
      missing += (missing.empty() ? "" : ", ") + r + " for " + min_weeks.describe();
  }
  const std::string each_rule = "the policy asks for " + each.describe() + " of each modality";
  if (modalities > 0 && min_modalities.passes(modalities) && min_weeks.passes(weeks) &&
      missing.empty()) {
    std::string s =
        "Documentation shows " + num(weeks) + " weeks of conservative care (" + shown + ")";
    if (!short_of.empty()) s += "; not counted: " + short_of + ", as " + each_rule;
    return criterion(id, Status::met, s + "; the policy asks for " + need + ".", std::move(e));
  }
  if (!by_kind.empty() || !not_counted.empty() || other_region) {
    e.insert(e.end(), not_counted.begin(), not_counted.end());
    std::string s;
    if (!short_of.empty() && !min_modalities.passes(modalities)) {
      // The shortfall first: the card quotes the summary's start.
      s = "Documentation does not show " + min_modalities.describe() + " of conservative care of " +
          each.describe() + " each: documentation shows " + short_of + "; " + each_rule +
          ". All care on file: " + shown + ". The policy asks for " + need;
    } else {
      s = "Documentation does not show " + need + ": ";
      s += !by_kind.empty() ? "it shows " + weeks_text(weeks) + " of " + kinds + " (" + shown + ")"
                            : std::string("none of the care on file counts");
    }
    if (!not_counted.empty() || other_region)
      s += " (care outside the window, region or counted kinds is left out)";
    if (!missing.empty()) s += "; the policy requires " + missing + ", which is not documented";
    s += ".";
    return criterion(id, Status::not_met, s, std::move(e));
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show any conservative care (therapy, prescribed "
                   "exercise, medication or injections) for the neck." +
                       gap_note({"procedures", "medications", "observations", "documents"}),
                   std::move(e));
}

}  // namespace spinecds::criteria::cervical
