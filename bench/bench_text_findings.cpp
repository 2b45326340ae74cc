// Sentences per second for the findings extractor on a ~2,000-word lumbar MRI
// report in the styles the vectors use.
#include <benchmark/benchmark.h>

#include <string>

#include "terminology/sentence_split.h"
#include "terminology/text_findings.h"
#include "terminology/text_tokens.h"

namespace {

std::string report() {
  const char* block =
      "EXAMINATION: MRI lumbar spine without contrast. Dr. Lee reviewed prior films.\n"
      "FINDINGS: Alignment shows grade 1 anterolisthesis of L4 on L5 measuring 4.5 mm. "
      "No retrolisthesis. Vertebral body heights are maintained. Conus terminates at L1.\n"
      "T12-L1: No disc herniation, spinal canal or foraminal stenosis.\n"
      "L1-2: Mild disc bulge without stenosis. The neural foramina are patent.\n"
      "L2-3: Disc bulge and facet hypertrophy with moderate central stenosis and mild "
      "bilateral foraminal narrowing.\n"
      "L3-4: Moderate to severe central canal stenosis; mild left foraminal stenosis. "
      "Possible small right paracentral protrusion.\n"
      "L4-5: Grade 1 anterolisthesis with severe central and lateral recess stenosis. "
      "Moderate bilateral facet arthropathy. Severe bilateral foraminal narrowing.\n"
      "L5-S1: Left foraminal disc extrusion contacting the exiting L5 nerve root. "
      "Stenosis at L5-S1 cannot be excluded.\n"
      "Flexion and extension views were not obtained. Postsurgical changes of prior L4-5 "
      "laminectomy. No evidence of pseudarthrosis.\n"
      "IMPRESSION: 1. Multilevel degenerative changes from L2-3 through L5-S1 with severe "
      "stenosis at L4-5. 2. Dextroscoliosis measuring 14 degrees with pelvic obliquity of "
      "6 degrees. 3. Patient completed 6 weeks of supervised physical therapy, 12 visits, "
      "08/03-09/14/2026, without relief; no telehealth PT.\n\n";
  std::string out;
  while (out.size() < 14000) out += block;  // about 2,000 words
  return out;
}

void BM_ExtractFindings(benchmark::State& state) {
  const std::string text = report();
  const auto sentences =
      spinecds::terminology::split_sentences(text, spinecds::terminology::tokenize(text)).size();
  std::size_t findings = 0;
  for (auto _ : state) {
    auto f = spinecds::terminology::extract_findings(text);
    findings = f.size();
    benchmark::DoNotOptimize(f);
  }
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["sentences_per_s"] = benchmark::Counter(
      static_cast<double>(sentences * state.iterations()), benchmark::Counter::kIsRate);
  std::size_t words = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool space = text[i] == ' ' || text[i] == '\n';
    if (!space && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n')) ++words;
  }
  state.counters["words"] = static_cast<double>(words);
}
BENCHMARK(BM_ExtractFindings)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
