#include "cards/criterion_names.h"

namespace spinecds::cards {

std::string_view status_text(criteria::Status s) {
  switch (s) {
    case criteria::Status::met:
      return "met";
    case criteria::Status::not_met:
      return "not met";
    case criteria::Status::unknown:
      return "not documented";
    case criteria::Status::not_applicable:
      return "not applicable";
  }
  return "not documented";
}

std::string_view verdict_text(criteria::Verdict v) {
  switch (v) {
    case criteria::Verdict::supported:
      return "supported";
    case criteria::Verdict::partially_supported:
      return "partially supported";
    case criteria::Verdict::not_supported_as_documented:
      return "not supported as documented";
    case criteria::Verdict::not_applicable:
      return "not applicable";
  }
  return "not applicable";
}

const criteria::CriterionResult* find_criterion(const criteria::Assessment& a,
                                                std::string_view id) {
  for (const auto& c : a.criteria) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

}  // namespace spinecds::cards
