// Cervical criterion `nicotine` (DESIGN §9): a non-smoker, or nicotine-free
// for the policy's weeks; not applicable when an urgent indication waives
// the wait.
#include "criteria/cervical_engine.h"
#include "criteria/criterion_ids.h"
#include "criteria/dates.h"

namespace spinecds::criteria::cervical {

CriterionResult Engine::nicotine() const {
  constexpr std::string_view id = criterion_id::kNicotine;
  if (!clin_.waivers.empty()) {
    std::string list;
    for (const auto& w : clin_.waivers) list += (list.empty() ? "" : ", ") + w;
    return criterion(id, Status::not_applicable,
                     "Not applicable: an urgent indication waives the nicotine-free wait (the "
                     "record documents " +
                         list + ").",
                     clin_.waiver_evidence);
  }
  const auto& free_weeks = th("nicotine.freeWeeks");
  const auto& cotinine_max = th("cotinine.maxNgMl");
  const auto as_of = day_number(as_of_);
  // The latest statement decides; a cotinine test on or after it confirms
  // or contradicts it. Of statements of one day, use outweighs a denial
  // ("Tobacco smoking: never" and "Snus: daily" on one lifestyle form).
  using terminology::SmokingStatus;
  const auto weight = [](SmokingStatus st) {
    return st == SmokingStatus::current ? 2 : st == SmokingStatus::former ? 1 : 0;
  };
  const terminology::SmokingFact* latest = nullptr;
  for (const auto& s : f_.smoking) {
    if (!latest || s.date > latest->date ||
        (s.date == latest->date && weight(s.status) > weight(latest->status))) {
      latest = &s;
    }
  }
  const terminology::CotinineResult* test = nullptr;
  for (const auto& c : f_.cotinine) {
    if (!test || c.date > test->date) test = &c;
  }
  if (test && (!latest || test->date >= latest->date)) {
    const bool clean =
        test->positive ? !*test->positive : (test->value && cotinine_max.passes(*test->value));
    if (test->positive || test->value) {
      return criterion(id, clean ? Status::met : Status::not_met,
                       clean
                           ? "A cotinine test" + (test->date.empty() ? "" : " on " + test->date) +
                                 " is within the policy's limit (" + cotinine_max.describe() + ")."
                           : "Documentation does not show the patient free of nicotine: a "
                             "cotinine test" +
                                 (test->date.empty() ? "" : " on " + test->date) +
                                 " is above the policy's limit (" + cotinine_max.describe() + ").",
                       {test->quote});
    }
  }
  if (latest) {
    if (latest->status == SmokingStatus::never) {
      return criterion(id, Status::met, "Documentation shows the patient has never smoked.",
                       {latest->quote});
    }
    if (latest->status == SmokingStatus::former) {
      const auto quit =
          day_number(latest->quit_date.size() == 7 ? latest->quit_date + "-01" : latest->quit_date);
      if (!quit || !as_of) {
        return criterion(id, Status::met,
                         "Documentation shows the patient is a former smoker (quit date not "
                         "stated).",
                         {latest->quote});
      }
      const long whole = (*as_of - *quit) / 7;
      const auto weeks = static_cast<double>(whole);
      return criterion(
          id, free_weeks.passes(weeks) ? Status::met : Status::not_met,
          (free_weeks.passes(weeks) ? std::string("Documentation shows ")
                                    : std::string("Documentation does not show ") +
                                          free_weeks.describe() + " free of nicotine: ") +
              "the patient quit on " + latest->quit_date + ", " + num(weeks) + " weeks before " +
              as_of_ + ".",
          {latest->quote});
    }
    return criterion(id, Status::not_met,
                     "Documentation does not show the patient free of nicotine: the record states "
                     "current use; the policy asks for " +
                         free_weeks.describe() + " without nicotine before an elective fusion.",
                     {latest->quote});
  }
  return criterion(id, Status::unknown,
                   "Documentation does not show smoking status or a cotinine test; the policy asks "
                   "for " +
                       free_weeks.describe() + " without nicotine before an elective fusion." +
                       gap_note({"observations"}),
                   {});
}

}  // namespace spinecds::criteria::cervical
