// Triggers for deformity measures (SRS-Schwab: PI-LL, SVA, coronal balance;
// scoliosis and its Cobb angle): they describe the spine, not one motion
// segment.
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_deformity_triggers(TriggerBuilder& b) {
  b.kind("scoliosis", true, false, false, true);
  b.add_all({"scoliosis", "scoliotic", "levoscoliosis", "dextroscoliosis", "levoconvex",
             "dextroconvex", "scoliotic curve", "scoliotic curvature", "cobb angle", "cobb",
             "levoconvex curvature", "dextroconvex curvature", "degenerative scoliosis",
             "rotoscoliosis"});
  b.add_all({"dextrocurvature", "levocurvature", "dextroconvex curve", "levoconvex curve",
             "rotatory scoliosis", "rotary scoliosis", "lumbar curve", "thoracolumbar curve"});
  b.add("curve").rule = TriggerRule::not_lordotic;
  b.add("curvature").rule = TriggerRule::not_lordotic;

  // Global balance measures belong to no motion segment.
  b.kind("pelvic-obliquity", false, false, false, true);
  b.add_all({"pelvic obliquity", "obliquity of the pelvis", "pelvic tilt obliquity"});

  b.kind("coronal-imbalance", false, false, false, true);
  b.add("coronal").rule = TriggerRule::coordinated;
  b.add_all({"coronal imbalance", "coronal malalignment", "coronal decompensation",
             "coronal vertical axis", "cva", "coronal plumb line", "coronal balance",
             "central sacral vertical line", "csvl", "coronal shift", "coronal offset"});

  b.kind("sagittal-imbalance", false, false, false, true);
  b.add("sagittal").rule = TriggerRule::coordinated;
  b.add_all({"sagittal vertical axis", "sva", "sagittal imbalance", "sagittal malalignment",
             "positive sagittal balance", "sagittal decompensation", "positive sagittal imbalance",
             "sagittal balance"});

  b.kind("pi-ll-mismatch", false, false, false, true);
  b.add_all({"pi ll", "pi ll mismatch", "pi minus ll", "pi minus ll mismatch",
             "pelvic incidence lumbar lordosis mismatch", "pelvic incidence minus lumbar lordosis",
             "pelvic incidence minus lumbar lordosis mismatch", "pi ll difference",
             // "PI 55, LL 30, mismatch 25": only after the pelvic incidence (triggers.cpp)
             "mismatch"});
}

}  // namespace spinecds::terminology::text
