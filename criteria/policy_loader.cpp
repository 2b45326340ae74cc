#include <cmath>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "criteria/policy.h"
#include "criteria/procedure_family.h"
#include "fhir/json_access.h"

namespace spinecds::criteria {

std::optional<std::string_view> embedded_file(std::string_view path);

namespace {
// The embedder names files relative to the folder or to the project root,
// depending on its version: accept both.
std::string_view embedded(std::string_view path) {
  if (auto f = embedded_file(path)) return *f;
  return embedded_file(std::string("criteria/") + std::string(path)).value_or(std::string_view());
}
}  // namespace

std::string_view default_policy_text() {
  return embedded("policies/lumbar-fusion.json");
}

std::string_view shipped_policy_text(std::string_view family_id) {
  return embedded("policies/" + std::string(family_id) + ".json");
}

std::string_view policy_schema_text() {
  return embedded("schemas/policy.schema.json");
}

bool Threshold::passes(double x) const {
  if (comparison == ">=") return x >= value;
  if (comparison == ">") return x > value;
  if (comparison == "<=") return x <= value;
  if (comparison == "<") return x < value;
  return false;
}

namespace {

std::string number_text(double v) {
  if (std::floor(v) == v && std::fabs(v) < 1e9) return std::to_string(static_cast<long long>(v));
  std::ostringstream os;
  os << v;
  return os.str();
}

std::string comparison_words(std::string_view c) {
  if (c == ">=") return "at least ";
  if (c == ">") return "more than ";
  if (c == "<=") return "at most ";
  if (c == "<") return "less than ";
  return "";
}

}  // namespace

std::string Threshold::describe() const {
  if (!severity.empty()) return severity + " or worse";
  if (!words.empty()) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
  }
  return comparison_words(comparison) + number_text(value) + (unit.empty() ? "" : " " + unit);
}

std::string Policy::criterion_title(std::string_view rule_id) const {
  const Rule* r = rule(rule_id);
  return r != nullptr && !r->title.empty() ? r->title : std::string(rule_id);
}

const Rule* Policy::rule(std::string_view rule_id) const {
  for (const auto& r : rules) {
    if (r.id == rule_id) return &r;
  }
  return nullptr;
}

bool Policy::has_profile(std::string_view name) const {
  return profiles.find(std::string(name)) != profiles.end();
}

const Profile& Policy::profile(std::string_view name) const {
  if (auto it = profiles.find(std::string(name)); it != profiles.end()) return it->second;
  return profiles.at("default");
}

std::string Policy::citation(std::string_view rule_id, const Profile& prof) const {
  // The rule's own sources first, then those its thresholds cite in this
  // profile (an override may cite a different payer).
  std::vector<const std::string*> ids;  // the policy's own strings, not copies
  auto add = [&](const std::string& id) {
    for (const auto* x : ids) {
      if (*x == id) return;
    }
    ids.push_back(&id);
  };
  if (const Rule* r = rule(rule_id)) {
    for (const auto& s : r->sources) add(s);
    for (const auto& t : r->thresholds) {
      if (auto it = prof.thresholds.find(t); it != prof.thresholds.end()) add(it->second.source);
    }
  }
  std::string out;
  for (const auto* id : ids) {
    auto it = sources.find(*id);
    if (it == sources.end()) continue;
    const auto& s = it->second;
    if (!out.empty()) out += "; ";
    out += s.label;
    if (!s.url.empty()) out.append(" <").append(s.url).append(">");
    out.append(" [").append(s.certainty).append("]");
  }
  return out;
}

namespace {

std::string str(const rapidjson::Value& v, const char* key) {
  if (!v.IsObject()) return {};
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return {it->value.GetString(), it->value.GetStringLength()};
}

std::vector<std::string> strings(const rapidjson::Value& v, const char* key) {
  std::vector<std::string> out;
  if (!v.IsObject()) return out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& s : it->value.GetArray()) {
    if (s.IsString()) out.emplace_back(s.GetString(), s.GetStringLength());
  }
  return out;
}

using fhir::json::pointer_token;

std::string strip_hash(std::string s) {
  if (!s.empty() && s[0] == '#') s.erase(0, 1);
  return s;
}

// RapidJSON 1.1 stops at the first failure and names the schema keyword, the
// schema's pointer and the instance's pointer; for "required" and
// "additionalProperties" the member at fault is found by reading both.
std::string schema_error(rapidjson::SchemaValidator& v, const rapidjson::Document& schema,
                         const rapidjson::Document& doc) {
  rapidjson::StringBuffer rule_at;
  v.GetInvalidSchemaPointer().StringifyUriFragment(rule_at);  // our own schema's pointer
  const std::string keyword = v.GetInvalidSchemaKeyword();
  // Not StringifyUriFragment: it over-reads a member name that ends in a
  // truncated UTF-8 sequence (fuzz_policy).
  std::string pointer = fhir::json::pointer_text(v.GetInvalidDocumentPointer());
  std::string detail = "fails the schema's \"" + keyword + "\" rule";
  const rapidjson::Value* s = v.GetInvalidSchemaPointer().Get(schema);
  const rapidjson::Value* d = v.GetInvalidDocumentPointer().Get(doc);
  if (keyword == "required" && s && d && d->IsObject()) {
    for (const auto& name : strings(*s, "required")) {
      if (!d->HasMember(name.c_str())) {
        pointer += "/" + pointer_token(name);
        detail = "is required";
        break;
      }
    }
  } else if (keyword == "additionalProperties" && s && d && d->IsObject()) {
    const rapidjson::Value* props = nullptr;
    if (auto it = s->FindMember("properties"); it != s->MemberEnd()) props = &it->value;
    for (const auto& m : d->GetObject()) {
      if (!props || !props->HasMember(m.name)) {
        pointer += "/" + pointer_token(std::string(m.name.GetString(), m.name.GetStringLength()));
        detail = "is not a field the schema allows";
        break;
      }
    }
  } else if (keyword == "type" && s) {
    detail = "must be of type " + str(*s, "type");
  } else if (keyword == "enum") {
    detail = "is not one of the allowed values";
  } else if (keyword == "pattern") {
    detail = "does not match the pattern " + (s ? str(*s, "pattern") : std::string());
  }
  return "policy field " + (pointer.empty() ? std::string("/") : pointer) + " " + detail +
         " (schema rule \"" + keyword + "\" at " + strip_hash(rule_at.GetString()) + ")";
}

Threshold read_threshold(const std::string& name, const rapidjson::Value& v) {
  Threshold t;
  t.name = name;
  if (auto it = v.FindMember("value"); it != v.MemberEnd() && it->value.IsNumber()) {
    t.value = it->value.GetDouble();
  }
  t.comparison = str(v, "comparison");
  t.unit = str(v, "unit");
  t.severity = str(v, "severity");
  t.words = strings(v, "words");
  t.source = str(v, "source");
  return t;
}

}  // namespace

PolicyLoad load_policy(std::string_view json_text) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(json_text.data(), json_text.size());
  if (doc.HasParseError()) {
    return {std::nullopt, std::string("policy is not JSON: ") +
                              rapidjson::GetParseError_En(doc.GetParseError()) + " at offset " +
                              std::to_string(doc.GetErrorOffset())};
  }
  const auto schema_text = policy_schema_text();
  rapidjson::Document sd;
  sd.Parse(schema_text.data(), schema_text.size());
  if (sd.HasParseError()) return {std::nullopt, "the policy schema is not JSON"};
  rapidjson::SchemaDocument schema(sd);
  rapidjson::SchemaValidator validator(schema);
  if (!doc.Accept(validator)) return {std::nullopt, schema_error(validator, sd, doc)};

  Policy p;
  p.id = str(doc, "id");
  p.version = str(doc, "version");
  p.title = str(doc, "title");
  p.text = std::string(json_text);
  for (const auto& m : doc["sources"].GetObject()) {
    Source s;
    s.id.assign(m.name.GetString(), m.name.GetStringLength());
    s.label = str(m.value, "label");
    s.url = str(m.value, "url");
    s.certainty = str(m.value, "certainty");
    p.sources.emplace(s.id, std::move(s));
  }
  // What the schema cannot check: references between parts of the file.
  auto bad_source = [&](const std::string& pointer, const std::string& id) -> PolicyLoad {
    return {std::nullopt, "policy field " + pointer + " names source \"" + id +
                              "\", which /sources does not define (rule \"source-exists\")"};
  };
  std::set<std::string> rule_ids;
  const auto& rules = doc["rules"];
  for (rapidjson::SizeType i = 0; i < rules.Size(); ++i) {
    Rule r;
    r.id = str(rules[i], "id");
    r.title = str(rules[i], "title");
    r.statement = str(rules[i], "statement");
    r.documentation_needed = str(rules[i], "documentationNeeded");
    r.thresholds = strings(rules[i], "thresholds");
    r.sources = strings(rules[i], "sources");
    const std::string at = "/rules/" + std::to_string(i);
    if (!rule_ids.insert(r.id).second) {
      return {std::nullopt, "policy field " + at + "/id repeats rule id \"" + r.id +
                                "\" (rule \"unique-rule-id\")"};
    }
    for (std::size_t k = 0; k < r.sources.size(); ++k) {
      if (!p.sources.count(r.sources[k])) {
        return bad_source(at + "/sources/" + std::to_string(k), r.sources[k]);
      }
    }
    p.rules.push_back(std::move(r));
  }
  std::vector<std::string> policy_gates = strings(doc["verdict"], "additionalGates");

  const auto& profiles = doc["profiles"];
  // Resolve inheritance in the order of the chain, refusing cycles.
  for (const auto& m : profiles.GetObject()) {
    const std::string name(m.name.GetString(), m.name.GetStringLength());
    std::vector<const rapidjson::Value*> chain;
    std::vector<std::string> names;
    std::string cur = name;
    while (!cur.empty()) {
      for (const auto& n : names) {
        if (n == cur) {
          return {std::nullopt, "policy field /profiles/" + pointer_token(name) +
                                    "/inherits makes a cycle (rule \"inherits-acyclic\")"};
        }
      }
      auto it = profiles.FindMember(cur.c_str());
      if (it == profiles.MemberEnd()) {
        return {std::nullopt, "policy field /profiles/" + pointer_token(names.back()) +
                                  "/inherits names profile \"" + cur +
                                  "\", which /profiles does not define (rule \"profile-exists\")"};
      }
      names.push_back(cur);
      chain.push_back(&it->value);
      cur = str(it->value, "inherits");
    }
    Profile prof;
    prof.name = name;
    prof.description = str(m.value, "description");
    prof.additional_gates = policy_gates;
    for (auto c = chain.rbegin(); c != chain.rend(); ++c) {
      for (const auto& t : (**c)["thresholds"].GetObject()) {
        const std::string tname(t.name.GetString(), t.name.GetStringLength());
        prof.thresholds[tname] = read_threshold(tname, t.value);
      }
      for (const auto& g : strings(**c, "additionalGates")) prof.additional_gates.push_back(g);
      for (const auto& g : strings(**c, "droppedGates")) prof.dropped_gates.push_back(g);
    }
    for (const auto& t : m.value["thresholds"].GetObject()) {
      const std::string tname(t.name.GetString(), t.name.GetStringLength());
      const auto src = str(t.value, "source");
      if (!p.sources.count(src)) {
        return bad_source(
            "/profiles/" + pointer_token(name) + "/thresholds/" + pointer_token(tname) + "/source",
            src);
      }
    }
    p.profiles.emplace(name, std::move(prof));
  }
  // A shipped family's policy names every threshold its engine reads and
  // titles every criterion.
  if (const auto* fam = find_family(p.id)) {
    for (auto t : fam->thresholds) {
      if (!p.profile("default").thresholds.count(std::string(t))) {
        return {std::nullopt, "policy field /profiles/default/thresholds/" +
                                  pointer_token(std::string(t)) + " is required: the " +
                                  std::string(fam->label) +
                                  " engine reads it (schema rule \"required\" of the family "
                                  "registry)"};
      }
    }
    for (const auto& c : fam->criteria) {
      const Rule* r = p.rule(c.id);
      if (r == nullptr || r->title.empty()) {
        return {std::nullopt, "policy field /rules names no titled rule for criterion \"" +
                                  std::string(c.id) + "\" (rule \"criterion-titled\")"};
      }
    }
  }
  // Every number a rule names is defined in every profile (through
  // inheritance), so the engine never looks up a missing threshold.
  for (std::size_t i = 0; i < p.rules.size(); ++i) {
    for (std::size_t k = 0; k < p.rules[i].thresholds.size(); ++k) {
      const auto& t = p.rules[i].thresholds[k];
      for (const auto& [pname, prof] : p.profiles) {
        if (!prof.thresholds.count(t)) {
          return {std::nullopt, "policy field /profiles/" + pointer_token(pname) + "/thresholds/" +
                                    pointer_token(t) + " is required: /rules/" + std::to_string(i) +
                                    "/thresholds/" + std::to_string(k) +
                                    " names it (rule \"threshold-defined\")"};
        }
      }
    }
  }
  return {std::move(p), ""};
}

}  // namespace spinecds::criteria
