#pragma once
// Checks a CDS Hooks response the way an EHR, the CDS Hooks spec and the
// Inferno CRD kit would: a draft-04 JSON Schema (RapidJSON's validator), the
// rules a schema cannot express (shared/spec/README.md "Rules draft-04 cannot
// express"), CRD coverage-information invariants per version, and FHIR R4
// required elements of every suggested resource. Header-only because
// tests/CMakeLists.txt builds one .cpp per test program.
#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>
#include "support/files.h"
#include "support/json_text.h"

#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace spinecds::test {

inline bool file_exists(const std::string& path) {
  return std::ifstream(path).good();
}

// One compiled schema; validate() returns "" or "pointer: keyword (schema pointer)".
class Schema {
 public:
  explicit Schema(const std::string& text) {
    doc_.Parse(text.c_str());
    if (!doc_.HasParseError()) schema_ = std::make_unique<rapidjson::SchemaDocument>(doc_);
  }
  bool ok() const { return schema_ != nullptr; }
  std::string validate(const rapidjson::Value& v) const {
    if (!schema_) return "schema did not parse";
    rapidjson::SchemaValidator val(*schema_);
    if (v.Accept(val)) return "";
    rapidjson::StringBuffer where, rule;
    val.GetInvalidDocumentPointer().Stringify(where);
    val.GetInvalidSchemaPointer().Stringify(rule);
    return std::string(where.GetString()) + ": " + val.GetInvalidSchemaKeyword() + " (" +
           rule.GetString() + ")";
  }

 private:
  rapidjson::Document doc_;
  std::unique_ptr<rapidjson::SchemaDocument> schema_;
};

namespace detail {

inline std::string str(const rapidjson::Value& v, const char* key) {
  if (!v.IsObject()) return {};
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : std::string();
}

inline std::size_t code_points(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

inline void no_empty(const rapidjson::Value& v, const std::string& path,
                     std::vector<std::string>& out, bool top = false) {
  if (v.IsNull()) out.push_back(path + ": null");
  if (v.IsString() && v.GetStringLength() == 0) out.push_back(path + ": empty string");
  if (v.IsArray()) {
    if (v.Empty() && !(top && path == "/cards")) out.push_back(path + ": empty array");
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i)
      no_empty(v[i], path + "/" + std::to_string(i), out);
  }
  if (v.IsObject()) {
    if (v.ObjectEmpty()) out.push_back(path + ": empty object");
    for (const auto& m : v.GetObject())
      no_empty(m.value, path + "/" + m.name.GetString(), out, top && path.empty());
  }
}

}  // namespace detail

inline const char* kCoverageInfoUrl =
    "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";

// FHIR R4 required elements and codes of a suggested resource (ServiceRequest
// in practice: status, intent, subject; and a code present).
inline std::vector<std::string> check_fhir_resource(const rapidjson::Value& r,
                                                    const std::string& path) {
  std::vector<std::string> out;
  if (!r.IsObject()) return {path + ": not an object"};
  const std::string type = detail::str(r, "resourceType");
  if (type.empty()) out.push_back(path + ": no resourceType");
  if (type == "ServiceRequest") {
    static const std::set<std::string> statuses = {
        "draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"};
    static const std::set<std::string> intents = {"proposal",     "plan",           "directive",
                                                  "order",        "original-order", "reflex-order",
                                                  "filler-order", "instance-order", "option"};
    if (!statuses.count(detail::str(r, "status"))) out.push_back(path + ": bad or missing status");
    if (!intents.count(detail::str(r, "intent"))) out.push_back(path + ": bad or missing intent");
    if (!r.HasMember("subject") || detail::str(r["subject"], "reference").empty())
      out.push_back(path + ": no subject reference");
    bool coded = false;
    if (r.HasMember("code") && r["code"].IsObject()) {
      const auto& c = r["code"];
      if (c.HasMember("coding") && c["coding"].IsArray()) {
        for (const auto& cd : c["coding"].GetArray()) {
          if (detail::str(cd, "system").empty() || detail::str(cd, "code").empty())
            out.push_back(path + "/code: coding without system or code");
          else
            coded = true;
        }
      }
    }
    if (!coded) out.push_back(path + ": code has no coding");
    for (const char* list : {"bodySite", "reasonCode", "orderDetail", "category"}) {
      if (r.HasMember(list) && !r[list].IsArray()) out.push_back(path + "/" + list + ": not array");
    }
  }
  return out;
}

// CRD coverage-information cardinality and the invariants of the version in use.
inline std::vector<std::string> check_coverage_information(const rapidjson::Value& ext,
                                                           bool crd_2_2, const std::string& path) {
  std::vector<std::string> out;
  if (detail::str(ext, "url") != kCoverageInfoUrl) return {path + ": wrong url"};
  std::map<std::string, std::vector<std::string>> codes;
  std::map<std::string, int> count;
  for (const auto& e : ext["extension"].GetArray()) {
    const std::string url = detail::str(e, "url");
    ++count[url];
    if (e.HasMember("valueCode")) codes[url].push_back(e["valueCode"].GetString());
    if (url == "detail") {
      bool category = false;
      for (const auto& d : e["extension"].GetArray())
        category |= detail::str(d, "url") == "category";
      if (crd_2_2 && !category) out.push_back(path + ": 2.2 detail without category");
      if (!crd_2_2 && category) out.push_back(path + ": 2.0.1 detail has category");
    }
  }
  for (const char* one : {"coverage", "covered", "date", "coverage-assertion-id"})
    if (count[one] != 1) out.push_back(path + ": " + one + " must appear once");
  for (const char* most : {"pa-needed", "satisfied-pa-id", "expiry-date"})
    if (count[most] > 1) out.push_back(path + ": " + most + " more than once");
  if (!crd_2_2 && count["doc-needed"] > 1) out.push_back(path + ": 2.0.1 doc-needed 0..1");
  const std::string covered = codes["covered"].empty() ? "" : codes["covered"][0];
  auto any_conditional = [&] {
    for (const char* k : {"covered", "pa-needed", "doc-needed"})
      for (const auto& c : codes[k])
        if (c == "conditional") return true;
    return false;
  };
  if (!crd_2_2) {
    if (covered != "not-covered" && count["pa-needed"] == 0)
      out.push_back(path + ": 2.0.1 q2: pa-needed required");
    if (count["info-needed"] > 0 && !any_conditional())
      out.push_back(path + ": 2.0.1 q3: info-needed without conditional");
    for (const auto& c : codes["covered"])
      if (c == "indeterminate") out.push_back(path + ": indeterminate not in 2.0.1");
    for (const auto& c : codes["doc-needed"])
      if (c == "patient" || c == "indeterminate") out.push_back(path + ": doc-needed not 2.0.1");
    for (const auto& c : codes["info-needed"])
      if (c == "detail-code") out.push_back(path + ": detail-code not 2.0.1");
  } else {
    if (any_conditional() && count["info-needed"] == 0)
      out.push_back(path + ": 2.2 q3: conditional needs info-needed");
    for (const auto& c : codes["info-needed"])
      if (c == "OTH" && count["reason"] == 0) out.push_back(path + ": 2.2 q6: OTH needs reason");
    if (count["doc-purpose"] > 0 && count["reason"] == 0)
      out.push_back(path + ": 2.2 q8: doc-purpose needs reason");
    for (const auto& c : codes["doc-needed"])
      if (c == "both") out.push_back(path + ": doc-needed both not 2.2");
  }
  if (covered == "not-covered" && count["pa-needed"] > 0)
    out.push_back(path + ": q2: not-covered with pa-needed");
  return out;
}

inline const rapidjson::Value* find_coverage_information(const rapidjson::Value& resource) {
  if (!resource.IsObject() || !resource.HasMember("extension")) return nullptr;
  for (const auto& e : resource["extension"].GetArray())
    if (detail::str(e, "url") == kCoverageInfoUrl) return &e;
  return nullptr;
}

// `resource` without its coverage-information extension (and without an
// `extension` array left empty by that), for "changes nothing else" checks.
inline rapidjson::Document without_coverage_information(const rapidjson::Value& resource) {
  rapidjson::Document d;
  d.CopyFrom(resource, d.GetAllocator());
  if (d.IsObject() && d.HasMember("extension") && d["extension"].IsArray()) {
    auto& arr = d["extension"];
    for (auto it = arr.Begin(); it != arr.End();) {
      if (detail::str(*it, "url") == kCoverageInfoUrl)
        it = arr.Erase(it);
      else
        ++it;
    }
    if (arr.Empty()) d.RemoveMember("extension");
  }
  return d;
}

struct ResponseExpectations {
  bool order_sign = true;
  bool expect_coverage = false;  // a Coverage was in the record and CI is on
  bool crd_2_2 = false;
};

// The rules of shared/spec/README.md that draft-04 cannot express, plus the
// project's own (no null/empty anywhere; detail without markup from records;
// order-select gets info cards only; suggested resources valid FHIR R4).
inline std::vector<std::string> check_response_rules(const rapidjson::Value& resp,
                                                     const rapidjson::Value& request,
                                                     const ResponseExpectations& ex) {
  using detail::str;
  std::vector<std::string> out;
  detail::no_empty(resp, "", out, true);

  std::map<std::string, const rapidjson::Value*> drafts;  // "Type/id" -> resource
  if (request.HasMember("context") && request["context"].HasMember("draftOrders")) {
    const auto& b = request["context"]["draftOrders"];
    if (b.HasMember("entry"))
      for (const auto& e : b["entry"].GetArray())
        if (e.HasMember("resource"))
          drafts[str(e["resource"], "resourceType") + "/" + str(e["resource"], "id")] =
              &e["resource"];
  }
  auto check_action = [&](const rapidjson::Value& a, const std::string& p) {
    const std::string type = str(a, "type");
    if (str(a, "description").empty()) out.push_back(p + ": action without description");
    if (type == "update") {
      const auto& r = a["resource"];
      const std::string key = str(r, "resourceType") + "/" + str(r, "id");
      if (!drafts.count(key)) out.push_back(p + ": update of " + key + " not in draftOrders");
    }
    if (type == "delete" && !drafts.count(str(a, "resourceId")))
      out.push_back(p + ": delete of a resource not in draftOrders");
    if ((type == "create" || type == "update") && a.HasMember("resource")) {
      auto f = check_fhir_resource(a["resource"], p + "/resource");
      out.insert(out.end(), f.begin(), f.end());
      if (const auto* ci = find_coverage_information(a["resource"])) {
        auto c = check_coverage_information(*ci, ex.crd_2_2, p + "/resource");
        out.insert(out.end(), c.begin(), c.end());
      }
    }
  };

  std::set<std::string> card_uuids, suggestion_uuids;
  const auto& cards = resp["cards"];
  for (rapidjson::SizeType i = 0; i < cards.Size(); ++i) {
    const auto& c = cards[i];
    const std::string p = "/cards/" + std::to_string(i);
    if (!card_uuids.insert(str(c, "uuid")).second) out.push_back(p + ": duplicate card uuid");
    const std::string summary = str(c, "summary");
    if (detail::code_points(summary) > 139) out.push_back(p + ": summary over 139");
    if (summary.find('\n') != std::string::npos) out.push_back(p + ": summary not one line");
    if (!c.HasMember("source") || !c["source"].HasMember("topic") ||
        str(c["source"]["topic"], "system").empty() || str(c["source"]["topic"], "code").empty())
      out.push_back(p + ": source.topic system and code required (CRD resp-5)");
    if (!ex.order_sign && str(c, "indicator") != "info")
      out.push_back(p + ": order-select card not info");
    if (str(c, "indicator") == "critical") out.push_back(p + ": critical never used");
    const std::string d = str(c, "detail");
    if (d.find('<') != std::string::npos || d.find("](") != std::string::npos ||
        d.find("javascript:") != std::string::npos)
      out.push_back(p + ": detail carries markup or a link");
    if (c.HasMember("overrideReasons"))
      for (const auto& r : c["overrideReasons"].GetArray())
        if (str(r, "display").empty()) out.push_back(p + ": override reason without display");
    if (c.HasMember("suggestions")) {
      if (!c.HasMember("selectionBehavior"))
        out.push_back(p + ": suggestions w/o selectionBehavior");
      int recommended = 0;
      const auto& ss = c["suggestions"];
      for (rapidjson::SizeType j = 0; j < ss.Size(); ++j) {
        const auto& s = ss[j];
        const std::string sp = p + "/suggestions/" + std::to_string(j);
        if (str(s, "uuid").empty())
          out.push_back(sp + ": suggestion without uuid (CRD resp-3)");
        else if (!suggestion_uuids.insert(str(s, "uuid")).second)
          out.push_back(sp + ": duplicate suggestion uuid");
        if (s.HasMember("isRecommended") && s["isRecommended"].IsTrue()) ++recommended;
        if (s.HasMember("actions"))
          for (rapidjson::SizeType k = 0; k < s["actions"].Size(); ++k)
            check_action(s["actions"][k], sp + "/actions/" + std::to_string(k));
      }
      if (str(c, "selectionBehavior") == "at-most-one" && recommended > 1)
        out.push_back(p + ": at-most-one with several isRecommended");
    }
  }

  if (resp.HasMember("systemActions")) {
    if (!ex.order_sign) out.push_back("/systemActions: on order-select");
    const auto& sa = resp["systemActions"];
    for (rapidjson::SizeType i = 0; i < sa.Size(); ++i) {
      const std::string p = "/systemActions/" + std::to_string(i);
      check_action(sa[i], p);
      if (str(sa[i], "type") != "update") continue;
      const auto& r = sa[i]["resource"];
      if (!find_coverage_information(r)) out.push_back(p + ": update without coverage-information");
      const std::string key = str(r, "resourceType") + "/" + str(r, "id");
      if (drafts.count(key)) {
        // resp-37: the systemAction changes nothing but the extension.
        if (to_json(without_coverage_information(r)) !=
            to_json(without_coverage_information(*drafts[key])))
          out.push_back(p + ": systemAction changes more than coverage-information");
      }
    }
  }
  if (ex.order_sign && ex.expect_coverage && !resp.HasMember("systemActions"))
    out.push_back("order-sign with a Coverage needs systemActions (CRD hook-16)");
  if (!ex.expect_coverage && resp.HasMember("systemActions"))
    out.push_back("systemActions without a Coverage");
  return out;
}

}  // namespace spinecds::test
