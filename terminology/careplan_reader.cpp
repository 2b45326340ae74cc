// CarePlans: therapy as planned activities. DESIGN §3 reads a resource of
// any type in any key; a CarePlan's activity is a plan (a referral, not
// therapy received) until its status says it was carried out.
#include "terminology/record_reader.h"

namespace spinecds::terminology {

using rapidjson::Value;

namespace {

// One activity's own words (code, then description); the plan's title and
// category only when the activity has no code ("Home exercise program" as
// the plan's title, one activity "Daily exercises").
void read_activity(ReadContext& cx, const Value& plan, const Value& detail,
                   const std::string& plan_text) {
  const std::string ref = reference_of(plan);
  const Value* code = member(detail, "code");
  std::string code_text = concept_text(code);
  if (code_text.empty()) code_text = plan_text;
  const std::string notes(str(detail, "description"));
  const std::string low = lower(code_text);
  const bool home = coded_in(code, "home-exercise") || home_words(low);
  if (!home && !coded_in(code, "physical-therapy-formal") && !pt_words(low)) return;
  auto status = str(detail, "status");
  if (status.empty()) status = str(plan, "status");
  if (status == "cancelled" || status == "entered-in-error") return;
  cx.facts.therapy_referrals.emplace_back(ref, trim(code_text));
  // Carried out (or begun and stopped) over its scheduled period: a course,
  // as a completed request is.
  if ((status == "completed" || status == "stopped") && has_course_period(detail)) {
    read_therapy_course(cx, detail, ref, code_text, code_text, notes, home);
  }
}

}  // namespace

void read_care_plan(ReadContext& cx, const Value& r) {
  std::string plan_text(str(r, "title"));
  each(r, "category", [&](const Value& c) {
    if (plan_text.empty()) plan_text = concept_text(&c);
  });
  each(r, "activity", [&](const Value& a) {
    // An activity given as a reference (a ServiceRequest, a Procedure) is
    // read where that resource is.
    if (const Value* detail = member(a, "detail")) read_activity(cx, r, *detail, plan_text);
  });
}

}  // namespace spinecds::terminology
