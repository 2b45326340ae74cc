// Throughput of the text engine on realistic lumbar report text from 16 KiB
// to 4 MiB. Linear work shows as a flat time per MiB across sizes (DESIGN.md
// §8); the figures go in docs/text-engine-performance.md.
#include <benchmark/benchmark.h>

#include <string>

#include "terminology/sentence_split.h"
#include "terminology/text_findings.h"
#include "terminology/text_tokens.h"

namespace {

// A full lumbar MRI report and a clinic note as EHRs store them: technique,
// comparison, normal anatomy and the findings between them (about one finding
// per 120 bytes, as in real reports).
constexpr const char* kReport =
    "EXAMINATION: MRI LUMBAR SPINE WITHOUT CONTRAST\n"
    "CLINICAL HISTORY: 67-year-old with low back pain radiating to the left leg for 6 months; "
    "evaluate for stenosis.\n"
    "TECHNIQUE: Multiplanar, multisequence MR imaging of the lumbar spine was performed without "
    "intravenous contrast, including sagittal T1, T2 and STIR and axial T1 and T2 weighted "
    "images.\n"
    "COMPARISON: Lumbar spine radiographs dated 03/02/2026.\n"
    "FINDINGS:\n"
    "Five non-rib-bearing lumbar-type vertebral bodies are assumed for numbering. Vertebral body "
    "heights are maintained. There is grade 1 anterolisthesis of L4 on L5 measuring 4 mm. "
    "Alignment is otherwise normal. Bone marrow signal is within normal limits without "
    "suspicious lesion. The conus medullaris terminates normally at the level of L1 and is "
    "normal in signal. The cauda equina nerve roots are unremarkable. Paraspinal soft tissues "
    "are unremarkable.\n"
    "T12-L1: No disc herniation, spinal canal or neural foraminal stenosis.\n"
    "L1-L2: Normal disc height and signal. No spinal canal or neural foraminal stenosis.\n"
    "L2-L3: Mild disc desiccation with a small diffuse disc bulge. Mild facet arthropathy. No "
    "significant spinal canal stenosis. The neural foramina are patent.\n"
    "L3-L4: Diffuse disc bulge and moderate facet arthropathy with ligamentum flavum thickening "
    "result in moderate spinal canal stenosis and mild bilateral neural foraminal narrowing.\n"
    "L4-L5 (counting from the last rib-bearing T12): Anterolisthesis with uncovering of the disc, "
    "severe facet arthropathy with small effusions, and ligamentum flavum hypertrophy result in "
    "severe spinal canal stenosis with crowding of the cauda equina. There is moderate to "
    "severe bilateral neural foraminal stenosis, worse on the left.\n"
    "L5-S1: Small left paracentral disc protrusion contacts the descending left S1 nerve root "
    "in the lateral recess. Mild left neural foraminal narrowing. No spinal canal stenosis.\n"
    "Incidental note is made of a 1 cm simple-appearing left renal cyst.\n"
    "IMPRESSION:\n"
    "1. Grade 1 degenerative anterolisthesis of L4 on L5 with severe spinal canal stenosis and "
    "moderate to severe bilateral foraminal stenosis at L4-5.\n"
    "2. Moderate spinal canal stenosis at L3-4.\n"
    "3. Small left paracentral protrusion at L5-S1 which may contact the descending left S1 "
    "nerve root. Clinical correlation is recommended.\n"
    "4. Facet effusions at L4-5 may reflect instability; flexion-extension radiographs may be "
    "considered.\n\n"
    "CLINIC NOTE\n"
    "HPI: The patient is a 67-year-old woman with chronic low back pain and bilateral leg pain "
    "that is worse with standing and walking and relieved by sitting. She reports neurogenic "
    "claudication with a walking tolerance of one block. She denies bowel or bladder "
    "dysfunction. She completed 8 weeks of supervised physical therapy, 16 visits, from "
    "03/02/2026 to 04/27/2026, without lasting relief, and continues a home exercise program. "
    "She had an L4-5 epidural steroid injection on 05/12/2026 with two weeks of relief. "
    "Medications include gabapentin and meloxicam. Her mother had a lumbar fusion.\n"
    "EXAM: Gait is antalgic. Strength is 5/5 in the lower extremities except left EHL 4/5. "
    "Sensation is decreased in the left L5 distribution. Straight leg raise is positive on the "
    "left.\n"
    "IMAGING: MRI reviewed as above. Flexion-extension radiographs from 06/01/2026: L4 "
    "translates 2 mm in extension and 6 mm in flexion relative to L5. No abnormal motion at "
    "L3-4.\n"
    "ASSESSMENT: Lumbar spinal stenosis at L3-4 and L4-5 with degenerative spondylolisthesis and "
    "dynamic instability at L4-5; left L5 radiculopathy.\n"
    "PLAN: We discussed L3-L5 decompression and L4-5 instrumented fusion. Will obtain "
    "preoperative labs.\n\n";

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
