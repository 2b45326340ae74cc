// Throughput of the text engine on realistic lumbar report text from 16 KiB
// to 4 MiB. Linear work shows as a flat time per MiB across sizes (DESIGN.md
// §8); the figures go in docs/text-engine-performance.md.
#include <benchmark/benchmark.h>

#include <string>

#include "terminology/sentence_split.h"
#include "terminology/text_findings.h"
#include "terminology/text_tokens.h"

namespace {

// One report in the styles of MRI, radiograph and clinic text; repeated to
// the size asked, so the mix of sentences stays the same at every size.
constexpr const char* kReport =
    "EXAMINATION: MRI lumbar spine without contrast.\n"
    "INDICATION: Low back pain radiating to the left leg; evaluate for stenosis at L4-5.\n"
    "COMPARISON: Radiographs 03/02/2026. Dr. Lee reviewed prior films.\n"
    "FINDINGS: Alignment shows grade 1 anterolisthesis of L4 on L5 measuring 4.5 mm. "
    "No retrolisthesis. Vertebral body heights are maintained. Conus terminates at L1.\n"
    "T12-L1: No disc herniation, spinal canal or foraminal stenosis.\n"
    "L1-2: Mild disc bulge without stenosis. The neural foramina are patent.\n"
    "L2-3: Disc bulge and facet hypertrophy with moderate central stenosis and mild "
    "bilateral foraminal narrowing.\n"
    "L3-4: Moderate to severe central canal stenosis; mild left foraminal stenosis. "
    "Possible small right paracentral protrusion.\n"
    "L4-5 (counting from the last rib-bearing T12): Grade 1 anterolisthesis with severe "
    "central and lateral recess stenosis. Moderate bilateral facet arthropathy, which may "
    "reflect instability. Severe bilateral foraminal narrowing.\n"
    "L5-S1: Left foraminal disc extrusion contacting the exiting L5 nerve root. "
    "Stenosis at L5-S1 cannot be excluded.\n"
    "Flexion and extension views: L3 slips forward on L4 by 2 mm in extension and 6 mm in "
    "flexion. No change in alignment between flexion and extension at L5-S1. "
    "The retrolisthesis seen on the prior study has since resolved.\n"
    "Postsurgical changes of prior L4-5 laminectomy. No evidence of pseudarthrosis.\n"
    "IMPRESSION: 1. Multilevel degenerative changes from L2-3 through L5-S1 with severe "
    "stenosis at L4-5. 2. Dextroscoliosis measuring 14 degrees with pelvic obliquity of "
    "6 degrees. 3. Patient completed 6 weeks of supervised physical therapy, 12 visits, "
    "08/03-09/14/2026, without relief; no telehealth PT. Mother had scoliosis.\n\n";

std::string report_text(std::size_t bytes) {
  std::string out;
  out.reserve(bytes + 4096);
  while (out.size() < bytes) out += kReport;
  out.resize(bytes);
  return out;
}

void BM_ExtractFindings(benchmark::State& state) {
  const std::string text = report_text(static_cast<std::size_t>(state.range(0)));
  std::size_t findings = 0;
  for (auto _ : state) {
    auto f = spinecds::terminology::extract_findings(text);
    findings = f.size();
    benchmark::DoNotOptimize(f);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(text.size()) * state.iterations());
  state.counters["findings"] = static_cast<double>(findings);
  // Seconds per MiB: flat across sizes when the work is linear.
  state.counters["s_per_MiB"] =
      benchmark::Counter(static_cast<double>(text.size()) / (1024.0 * 1024.0) *
                             static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_ExtractFindings)
    ->RangeMultiplier(4)
    ->Range(16 << 10, 4 << 20)
    ->Unit(benchmark::kMillisecond);

void BM_TokenizeAndSplit(benchmark::State& state) {
  const std::string text = report_text(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    const auto toks = spinecds::terminology::tokenize(text);
    auto s = spinecds::terminology::split_sentences(text, toks);
    benchmark::DoNotOptimize(s);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(text.size()) * state.iterations());
}
BENCHMARK(BM_TokenizeAndSplit)
    ->RangeMultiplier(16)
    ->Range(16 << 10, 4 << 20)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
