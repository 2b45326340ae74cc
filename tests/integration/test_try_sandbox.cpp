// The sandbox trial kit, deploy/try-sandbox, against the project's local FHIR
// R4 server and a real `spinecds serve --no-auth` that may contact it: the
// kit loads its own copy of the L2-to-pelvis record as one transaction of
// PUTs with ids unique to the run, fires order-sign with no prefetch and
// fhirServer = the server, and prints the same cards the record gives with
// full prefetch. A bad or unreachable BASE_URL is one line and exit 2.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "fhir_server_check.h"
#include "gather_support.h"
#include "support/files.h"
#include "support/http_client.h"
#include "support/process.h"

namespace gs = gather_support;
using spinecds::test::read_text;
using spinecds::testing::CommandResult;
using spinecds::testing::http_request;
using spinecds::testing::run_command;
using spinecds::testing::ServerProcess;

namespace {

const std::string kKit = std::string(SPINECDS_SOURCE_DIR) + "/deploy/try-sandbox";
const std::string kRecord =
    std::string(SPINECDS_SOURCE_DIR) + "/deploy/sandbox/l2-pelvis-order-sign.json";

CommandResult kit(std::vector<std::string> args) {
  args.insert(args.begin(), kKit);
  return run_command(args);
}

// The run id the kit printed ("run 3f9a2c1d").
std::string run_of(const std::string& progress) {
  std::smatch m;
  REQUIRE(std::regex_search(progress, m, std::regex("run ([0-9a-f]{8})")));
  return m[1];
}

std::string without(std::string text, const std::string& piece) {
  for (auto at = text.find(piece); at != std::string::npos; at = text.find(piece, at)) {
    text.erase(at, piece.size());
  }
  return text;
}

// What a clinician reads of each card, and the system actions' descriptions.
std::vector<std::string> readable(const rapidjson::Value& response) {
  std::vector<std::string> out;
  for (const auto& c : response["cards"].GetArray()) {
    std::string card = std::string(c["indicator"].GetString()) + " | " + c["summary"].GetString();
    if (c.HasMember("detail")) card += " | " + std::string(c["detail"].GetString());
    if (c.HasMember("suggestions")) {
      for (const auto& s : c["suggestions"].GetArray()) {
        card += " | " + std::string(s["label"].GetString());
        for (const auto& a : s["actions"].GetArray())
          card += " / " + std::string(a["description"].GetString());
      }
    }
    out.push_back(card);
  }
  if (response.HasMember("systemActions")) {
    for (const auto& a : response["systemActions"].GetArray())
      out.emplace_back(a["description"].GetString());
  }
  return out;
}

// A line of stderr: one, naming the tool.
void check_one_line_error(const CommandResult& r, int status, const std::string& says) {
  CAPTURE(r.err);
  CHECK(r.exit_code == status);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("try-sandbox: ", 0) == 0);
  CHECK(r.err.find('\n') == r.err.size() - 1);
  CHECK(r.err.find(says) != std::string::npos);
}

}  // namespace

TEST_CASE("try-sandbox loads the record into a FHIR server and prints the cards SpineCDS gives") {
  if (!gs::fhir_server_ready()) return;
  gs::NodeProcess fhir("server.mjs", {});
  const std::string base = "http://127.0.0.1:" + std::to_string(fhir.port()) + "/fhir";
  // A deadline far beyond a loaded CI machine's worst: this test is about the
  // kit, and a query cut short would change the cards.
  ServerProcess cds({"--no-auth"},
                    {"SPINECDS_FHIR_ALLOWED_SERVERS=" + base, "SPINECDS_FHIR_DEADLINE_MS=30000",
                     "SPINECDS_STORE=sqlite:" + ServerProcess::temp_path("db")});
  const std::string spinecds = "http://127.0.0.1:" + std::to_string(cds.port());

  // What the same record gives with everything in the prefetch.
  const auto with_prefetch = http_request(
      cds.port(), "POST", "/cds-services/lumbar-fusion-order-sign", read_text(kRecord));
  REQUIRE(with_prefetch.status == 200);
  rapidjson::Document expected;
  expected.Parse(with_prefetch.body.c_str());
  REQUIRE(expected["cards"].Size() > 0);

  // One FHIR server and one SpineCDS for every step: Medplum takes seconds to
  // start. The cards match those of the full prefetch, ids apart.
  {
    const auto r = kit({base, "--spinecds", spinecds, "--json"});
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.find("loaded 24 resources (one transaction of PUTs") != std::string::npos);
    CHECK(r.err.find("no prefetch; fhirServer " + base) != std::string::npos);
    const std::string run = run_of(r.err);
    rapidjson::Document got;
    got.Parse(without(r.out, "-" + run).c_str());
    REQUIRE(got.IsObject());
    const auto got_cards = readable(got);
    const auto expected_cards = readable(expected);
    CHECK(got_cards.size() == expected_cards.size());
    for (std::size_t i = 0; i < got_cards.size() && i < expected_cards.size(); ++i) {
      CAPTURE(i);
      CHECK(got_cards[i] == expected_cards[i]);
    }
    // The record is on the server under this run's ids, the patient included.
    CHECK(gs::raw_http(fhir.port(), "GET", "/fhir/Patient/pt-4417-" + run).status == 200);
    CHECK(gs::raw_http(fhir.port(), "GET", "/fhir/DiagnosticReport/dr-mri-lumbar-20260918-" + run)
              .status == 200);
    CHECK(gs::raw_http(fhir.port(), "GET", "/fhir/Patient/pt-4417").status == 404);

    // A second run loads a second copy beside the first.
    const auto again = kit({base, "--spinecds", spinecds, "--json"});
    REQUIRE(again.exit_code == 0);
    const std::string run2 = run_of(again.err);
    CHECK(run2 != run);
    CHECK(gs::raw_http(fhir.port(), "GET", "/fhir/Patient/pt-4417-" + run2).status == 200);
    CHECK(gs::raw_http(fhir.port(), "GET", "/fhir/Patient/pt-4417-" + run).status == 200);
  }
  SUBCASE(
      "the readable form shows each card's indicator and summary, and --cleanup removes the "
      "record") {
    const auto r = kit({base, "--spinecds", spinecds, "--cleanup"});
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("== " + std::to_string(expected["cards"].Size()) + " cards") !=
          std::string::npos);
    for (const auto& c : expected["cards"].GetArray()) {
      std::string indicator = c["indicator"].GetString();
      for (auto& ch : indicator)
        ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      CHECK(r.out.find("[" + indicator + "] " + c["summary"].GetString()) != std::string::npos);
    }
    CHECK(r.out.find("suggestion: ") != std::string::npos);
    const std::string run = run_of(r.out);
    CHECK(r.out.find("removed the record of run " + run) != std::string::npos);
    CHECK(gs::raw_http(fhir.port(), "GET", "/fhir/Patient/pt-4417-" + run).status >= 400);
  }
  // SpineCDS not allowed to contact the server: exit 1, and the line says how
  // to allow it.
  {
    ServerProcess closed({"--no-auth"},
                         {"SPINECDS_STORE=sqlite:" + ServerProcess::temp_path("db")});
    const auto r = kit({base, "--spinecds", "http://127.0.0.1:" + std::to_string(closed.port())});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("HTTP 400") != std::string::npos);
    CHECK(r.err.find("SPINECDS_FHIR_ALLOWED_SERVERS=" + base) != std::string::npos);
  }
  // An unreachable or invalid BASE_URL, or SpineCDS URL: one line, exit 2.
  {
    const int closed_port = [] {
      gs::Listener l;  // bound, then closed: nothing listens there
      return l.port();
    }();
    const std::string nowhere = "http://127.0.0.1:" + std::to_string(closed_port) + "/fhir";
    check_one_line_error(kit({nowhere, "--spinecds", spinecds}), 2, "cannot reach " + nowhere);
    check_one_line_error(kit({"not-a-url", "--spinecds", spinecds}), 2, "BASE_URL 'not-a-url'");
    check_one_line_error(kit({"ftp://127.0.0.1/fhir", "--spinecds", spinecds}), 2,
                         "is not an http(s):// base URL");
    check_one_line_error(kit({base + "?_format=json", "--spinecds", spinecds}), 2,
                         "without query or fragment");
    // A server that is not FHIR: SpineCDS itself has no /metadata.
    check_one_line_error(kit({spinecds, "--spinecds", spinecds}), 2, "is not a FHIR server");
    check_one_line_error(kit({}), 2, "BASE_URL");
    // SpineCDS is checked before anything is loaded.
    check_one_line_error(kit({base, "--spinecds", nowhere}), 2, "cannot reach " + nowhere);
    check_one_line_error(kit({base, "--spinecds", base}), 2, "is not a CDS Hooks service");
  }
}
