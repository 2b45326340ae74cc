// Value sets as data: every file is a FHIR R4 ValueSet with a sourced
// description, the catalogue matches the files, and membership answers the
// codes the criteria rely on (including ones public lists get wrong).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <rapidjson/document.h>

#include "support/files.h"
#include "terminology/value_set_catalog.h"
#include "terminology/value_sets.h"

using namespace spinecds::terminology;

namespace {

constexpr const char* kCpt = "http://www.ama-assn.org/go/cpt";
constexpr const char* kSnomed = "http://snomed.info/sct";
constexpr const char* kIcd = "http://hl7.org/fhir/sid/icd-10-cm";
constexpr const char* kLoinc = "http://loinc.org";

using spinecds::test::read_text;

}  // namespace

TEST_CASE("every value set file is a sourced FHIR ValueSet and is in the catalogue") {
  const std::filesystem::path dir =
      std::filesystem::path(SPINECDS_SOURCE_DIR) / "terminology" / "valuesets";
  std::set<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".json") continue;
    const std::string id = e.path().stem().string();
    files.insert(id);
    CAPTURE(id);
    rapidjson::Document d;
    const std::string text = read_text(e.path());
    d.Parse(text.c_str());
    REQUIRE_FALSE(d.HasParseError());
    CHECK(std::string(d["resourceType"].GetString()) == "ValueSet");
    CHECK(std::string(d["id"].GetString()) == id);
    const std::string desc = d["description"].GetString();
    CHECK(desc.find("Source") != std::string::npos);
    const auto& contains = d["expansion"]["contains"];
    REQUIRE(contains.IsArray());
    CHECK(contains.Size() > 0);
    CHECK(d["expansion"]["total"].GetUint() == contains.Size());
    for (const auto& c : contains.GetArray()) {
      CHECK(c["system"].IsString());
      CHECK(c["code"].IsString());
      CHECK(c["display"].IsString());
      // Membership is answered from the embedded copy of this same file.
      CHECK(in_value_set(id, c["system"].GetString(), c["code"].GetString()));
    }
  }
  const auto& ids = value_set_ids();
  CHECK(std::set<std::string>(ids.begin(), ids.end()) == files);
  for (const char* required : {"spinal-fusion-lumbar",
                               "spinal-fusion-cervical",
                               "spinal-fusion-thoracic",
                               "spinal-fusion-region-agnostic",
                               "spinal-instrumentation",
                               "pelvic-fixation",
                               "decompression",
                               "physical-therapy-formal",
                               "home-exercise",
                               "telehealth",
                               "lumbar-injections",
                               "lumbar-imaging",
                               "flexion-extension-imaging",
                               "condition-lumbar-stenosis",
                               "condition-spondylolisthesis",
                               "condition-lumbar-instability",
                               "condition-radiculopathy",
                               "condition-post-laminectomy",
                               "condition-scoliosis",
                               "condition-neuromuscular",
                               "condition-urgent",
                               "oswestry"}) {
    CAPTURE(required);
    CHECK(files.count(required) == 1);
  }
}

TEST_CASE("fusion codes by region") {
  for (const char* c : {"22558", "22612", "22630", "22633", "22632", "22634"}) {
    CAPTURE(c);
    CHECK(in_value_set("spinal-fusion-lumbar", kCpt, c));
  }
  for (const char* c : {"22614", "22585", "22534", "22800", "22812"}) {
    CAPTURE(c);
    CHECK(in_value_set("spinal-fusion-region-agnostic", kCpt, c));
    CHECK_FALSE(in_value_set("spinal-fusion-lumbar", kCpt, c));
  }
  CHECK(in_value_set("spinal-fusion-cervical", kCpt, "22551"));
  CHECK_FALSE(in_value_set("spinal-fusion-lumbar", kCpt, "22551"));
  CHECK(in_value_set("spinal-fusion-thoracic", kCpt, "22610"));
  CHECK(in_value_set("spinal-fusion-region-agnostic", kSnomed, "55705006"));
  CHECK(in_value_set("pelvic-fixation", kCpt, "22848"));
  CHECK_FALSE(in_value_set("spinal-instrumentation", kCpt, "22848"));
  CHECK(in_value_set("spinal-instrumentation", kCpt, "22842"));
}

TEST_CASE("codes public lists get wrong are kept out") {
  // 62320/62321 are cervical/thoracic epidurals.
  CHECK_FALSE(in_value_set("lumbar-injections", kCpt, "62321"));
  CHECK(in_value_set("lumbar-injections", kCpt, "62323"));
  CHECK(in_value_set("lumbar-injections", kCpt, "64493"));
  // LOINC 24531-6 is US retroperitoneum, not lumbar MRI.
  CHECK_FALSE(in_value_set("lumbar-imaging", kLoinc, "24531-6"));
  CHECK(in_value_set("lumbar-imaging", kLoinc, "30679-5"));
  // 22851 was deleted in 2017.
  CHECK_FALSE(in_value_set("spinal-instrumentation", kCpt, "22851"));
}

TEST_CASE("flexion-extension studies are their own set") {
  CHECK(in_value_set("flexion-extension-imaging", kCpt, "72114"));
  CHECK(in_value_set("flexion-extension-imaging", kCpt, "72120"));
  CHECK(in_value_set("flexion-extension-imaging", kLoinc, "24971-4"));
  CHECK_FALSE(in_value_set("flexion-extension-imaging", kCpt, "72100"));
  CHECK(in_value_set("lumbar-imaging", kCpt, "72148"));
}

TEST_CASE("therapy: formal, home and telehealth are told apart") {
  for (const char* c : {"97110", "97112", "97116", "97140", "97161", "97164", "97530"}) {
    CAPTURE(c);
    CHECK(in_value_set("physical-therapy-formal", kCpt, c));
    CHECK_FALSE(in_value_set("home-exercise", kCpt, c));
  }
  CHECK(in_value_set("home-exercise", kSnomed, "229065009"));
  CHECK(in_value_set("telehealth", kSnomed, "448337001"));
  CHECK_FALSE(in_value_set("physical-therapy-formal", kSnomed, "229065009"));
}

TEST_CASE("conditions, with ICD-10-CM codes in any common spelling") {
  CHECK(in_value_set("condition-lumbar-stenosis", kIcd, "M48.062"));
  CHECK(in_value_set("condition-lumbar-stenosis", kIcd, "M48062"));
  CHECK(in_value_set("condition-lumbar-stenosis", kIcd, "m48.061"));
  CHECK(in_value_set("condition-lumbar-stenosis", "urn:oid:2.16.840.1.113883.6.90", "M48.07"));
  CHECK(in_value_set("condition-lumbar-stenosis", kSnomed, "18347007"));
  CHECK(in_value_set("condition-spondylolisthesis", kIcd, "M43.16"));
  CHECK(in_value_set("condition-lumbar-instability", kIcd, "M53.2X6"));
  CHECK(in_value_set("condition-radiculopathy", kIcd, "M54.16"));
  CHECK(in_value_set("condition-post-laminectomy", kIcd, "M96.1"));
  CHECK(in_value_set("condition-scoliosis", kIcd, "M41.26"));
  CHECK(in_value_set("condition-neuromuscular", kIcd, "G80.9"));
  CHECK(in_value_set("condition-urgent", kIcd, "G83.4"));
  CHECK(in_value_set("oswestry", kLoinc, "97909-6"));
  // SNOMED codes the research could not find are not invented.
  CHECK(value_set_display("condition-lumbar-instability", kSnomed, "0") == std::nullopt);
}

TEST_CASE("unknown sets and codes answer no") {
  CHECK_FALSE(in_value_set("no-such-set", kCpt, "22612"));
  CHECK_FALSE(in_value_set("spinal-fusion-lumbar", kSnomed, "22612"));
  CHECK_FALSE(in_value_set("spinal-fusion-lumbar", kCpt, ""));
  CHECK(value_set_display("spinal-fusion-lumbar", kCpt, "22612").value_or("").find("lumbar") !=
        std::string::npos);
}
