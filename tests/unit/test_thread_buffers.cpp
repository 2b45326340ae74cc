// The engine and the term tables keep their sentence buffers per thread
// across texts (terminology/thread_buffers.h): a text read after others must
// read exactly as it does in a thread that has read nothing before.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "terminology/record_terms.h"
#include "terminology/text_findings.h"
#include "terminology/thread_buffers.h"

using namespace spinecds::terminology;

namespace {

// Texts whose reading a stale buffer would change: a cervical report before
// a text with "all levels" but no region of its own, an exam table's side
// header before bare rows, misspellings, light touch, a level header.
const std::vector<std::string> kTexts = {
    "MRI CERVICAL SPINE WITHOUT CONTRAST.\nFINDINGS: Disc osteophyte complexes at all "
    "levels with moderate canal stenosis.",
    "Moderate foraminal narrowing at all levels.",
    "Motor exam:\nRIGHT LEFT\nEHL 5/5 4/5\nTA 5/5 4/5\n",
    "EHL 5/5 4/5\nTA 5/5 4/5",
    "L4-5: severe central stenossis and moderate bilateral foraminal narowing.\nL5-S1: no "
    "stenosis.",
    "Sensation diminished to LT over the left dorsal foot. No cauda equina syndrome.",
    "Grade 1 anterolisthesis of L4 on L5 measuring 4 mm, increasing to 7 mm in flexion.",
    "She completed 8 weeks of physical therapy without relief; epidural steroid injection "
    "at L4-5 in March. Never smoked. ODI 48%.",
};

std::string read_engine(const std::string& text) {
  return findings_to_json(text, extract_findings(text));
}

std::string read_terms(const std::string& text) {
  const TextReading read(text);
  const TermTable* tables[] = {&record_terms().injections, &record_terms().pain_management,
                               &record_terms().neurologic_urgent, &record_terms().odi};
  std::string out;
  for (const auto& h : term_hits(read, tables)) {
    out += std::to_string(h.table) + ":" + std::to_string(h.begin) + "-" + std::to_string(h.end) +
           (h.negated ? "n" : "") + (h.uncertain ? "u" : "") + (h.hypothetical ? "h" : "") +
           (h.historical ? "p" : "") + (h.other ? "o" : "") + ";";
  }
  return out;
}

// Each text read alone in a thread of its own (fresh buffers).
std::vector<std::string> alone(std::string (*read)(const std::string&)) {
  std::vector<std::string> out(kTexts.size());
  for (std::size_t i = 0; i < kTexts.size(); ++i) {
    std::thread t([&, i] { out[i] = read(kTexts[i]); });
    t.join();
  }
  return out;
}

}  // namespace

TEST_CASE("a text read after others in one thread reads as it does alone") {
  const auto engine = alone(read_engine);
  const auto terms = alone(read_terms);
  for (int round = 0; round < 2; ++round) {
    for (std::size_t n = 0; n < kTexts.size(); ++n) {
      // Forward, then backward: every text follows a different one.
      const std::size_t i = round == 0 ? n : kTexts.size() - 1 - n;
      CAPTURE(kTexts[i]);
      CHECK(read_engine(kTexts[i]) == engine[i]);
      CHECK(read_terms(kTexts[i]) == terms[i]);
    }
  }
  // Something was found, so the comparison compares something.
  CHECK(engine[0].find("stenosis") != std::string::npos);
  CHECK(terms[7].find(';') != std::string::npos);
}

namespace {
struct Counter {
  int uses = 0;
};
}  // namespace

TEST_CASE("a nested borrow gets buffers of its own") {
  BorrowedBuffers<Counter> outer;
  outer->uses = 5;
  {
    BorrowedBuffers<Counter> inner;
    CHECK(inner->uses == 0);
    inner->uses = 9;
  }
  CHECK(outer->uses == 5);
}

TEST_CASE("a borrow after the last one ended gets the thread's kept buffers back") {
  {
    BorrowedBuffers<Counter> first;
    first->uses = 3;
  }
  BorrowedBuffers<Counter> again;
  CHECK(again->uses == 3);
}
