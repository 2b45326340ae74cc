#pragma once
// The medical-necessity policy: a versioned JSON data file with thresholds and
// citations (criteria/policies/lumbar-fusion.json), checked against
// criteria/schemas/policy.schema.json when loaded.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spinecds::criteria {

struct Source {
  std::string id;
  std::string label;
  std::string url;        // empty when no public source was found
  std::string certainty;  // "verified", "secondary", "ai-summary", "unverified"
};

// One number (or category, or word list) of a profile, with where it came
// from: the engine never holds a threshold of its own.
struct Threshold {
  std::string name;        // "pt.minWeeks"
  double value = 0;        // numeric thresholds
  std::string comparison;  // ">=", ">", "<=", "<"
  std::string unit;
  std::string severity;            // "stenosis.minSeverity"
  std::vector<std::string> words;  // "slip.excludedQualifiers"
  std::string source;              // a Source id

  // Whether `x` satisfies the threshold ("x >= value" for ">=").
  bool passes(double x) const;
  // "6 weeks (>=)" style, for summaries.
  std::string describe() const;
};

struct Rule {
  std::string id;
  std::string title;  // a criterion's name on cards and the review page
  std::string statement;
  std::string documentation_needed;  // what to add to the record when not met
  std::vector<std::string> thresholds;
  std::vector<std::string> sources;
};

// A profile after inheritance is resolved: every threshold present.
struct Profile {
  std::string name;
  std::string description;
  std::map<std::string, Threshold> thresholds;
  std::vector<std::string> additional_gates;  // policy-wide plus the profile's
  std::vector<std::string> dropped_gates;     // droppable gates this profile leaves out
};

struct Policy {
  std::string id;
  std::string version;
  std::string text;  // the policy JSON as loaded
  std::string title;
  std::map<std::string, Source> sources;
  std::vector<Rule> rules;
  std::map<std::string, Profile> profiles;

  const Rule* rule(std::string_view rule_id) const;
  // The rule's title, else the id itself.
  std::string criterion_title(std::string_view rule_id) const;
  // The named profile, or "default" when it is not in the policy.
  const Profile& profile(std::string_view name) const;
  bool has_profile(std::string_view name) const;
  // "Label (URL), certainty: secondary; ..." for a rule and the sources its
  // thresholds in `profile` cite.
  std::string citation(std::string_view rule_id, const Profile& profile) const;
};

struct PolicyLoad {
  std::optional<Policy> policy;
  std::string error;  // names the rule and field (JSON Pointer) when policy is empty
};

PolicyLoad load_policy(std::string_view json_text);
// The policy compiled into the binary (criteria/policies/lumbar-fusion.json).
std::string_view default_policy_text();
// The policy a procedure family ships (criteria/policies/<id>.json); empty
// when this build has none.
std::string_view shipped_policy_text(std::string_view family_id);
// The draft-04 schema the loader checks against.
std::string_view policy_schema_text();

}  // namespace spinecds::criteria
