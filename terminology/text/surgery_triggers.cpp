// Triggers for earlier spine operations: decompression (laminectomy and
// its kin), fusion, failed fusion and osteotomy, and the negative surgical
// history ("no prior back surgery").
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_decompression_fusion_triggers(TriggerBuilder& b) {
  b.kind("prior-laminectomy", false);
  b.add_all({"laminectomy", "laminectomies", "laminotomy", "laminotomies", "hemilaminectomy",
             // surgical-history shorthand ("L4-5 lami 2017")
             "lami", "hemilami", "hemilaminotomy", "postlaminectomy", "post laminectomy",
             "laminectomy defect", "laminectomy defects", "laminectomy changes",
             "decompressive laminectomy",
             // Japanese records: a fenestration is a laminotomy; microendoscopic
             // laminotomy (MEL) and decompression
             "fenestration", "fenestrations", "microendoscopic laminotomy",
             "microendoscopic decompression"});
  b.add("decompression").rule = TriggerRule::prior_only;
  b.add_all({"surgical decompression", "decompressive surgery", "decompression surgery",
             "posterior decompression", "lumbar decompression", "decompressive laminotomy",
             "laminoplasty"});

  // "No prior back surgery": neither a laminectomy nor a fusion was done
  // (lead's check, category 6); the kind is doubled to prior-fusion when read.
  for (auto p :
       {"back surgery", "back surgeries",
        // the cervical spine in a neck note ("no history of neck surgery")
        "neck surgery", "neck surgeries", "cervical surgery", "cervical spine surgery",
        "neck operation", "surgery on the neck", "surgery on his neck", "surgery on her neck",
        "spine surgery", "spine surgeries", "spinal surgery", "spinal surgeries", "lumbar surgery",
        "lumbar surgeries", "lumbar spine surgery", "low back surgery", "lumbar spinal surgery",
        "spine operation", "spinal operation", "back operation", "lumbar operation",
        "operations on the spine", "surgery on the spine", "surgery on the lumbar spine",
        "surgery on the back", "surgery on his back", "surgery on her back", "spinal procedures",
        "spine procedures", "surgical intervention on the spine", "prior surgery",
        "previous surgery", "prior surgeries", "previous surgeries", "spinal surgical history",
        "spine surgical history", "lumbar surgical history", "surgical history", "spine surgeries",
        "back operations", "spinal operations"}) {
    b.add(p).rule = TriggerRule::any_surgery;
  }
  // "Neck pain 2022, resolved. No radicular symptoms, no surgery.": a bare
  // "surgery" denied in a list of spine findings (trigger_rules.cpp).
  for (auto p : {"surgery", "surgeries", "operation", "operations"}) {
    b.add(p).rule = TriggerRule::any_surgery;
  }
  // Plurals as translated notes write them ("Without previous cervical surgeries").
  for (auto p : {"cervical surgeries", "cervical spine surgeries", "cervical operations",
                 "lumbar spine surgeries"}) {
    b.add(p).rule = TriggerRule::any_surgery;
  }

  b.kind("prior-fusion", false);
  b.add_all(
      {"fusion", "fusions", "arthrodesis", "fused", "solid fusion", "osseous fusion", "bony fusion",
       "fusion mass", "solid arthrodesis", "tlif", "plif", "alif", "xlif", "llif", "olif", "psf",
       "posterior spinal fusion", "spinal fusion", "posterolateral fusion", "interbody fusion",
       "fusion hardware", "posterior fusion", "lumbar fusion", "instrumented fusion",
       // more surgical-history shorthand (session 34, "s/p L3-5 PLF"):
       // posterolateral, posterior spinal instrumented, direct lateral
       "plf", "pslf", "psif", "dlif", "axialif", "posterolateral arthrodesis",
       // German "Spondylodese", translated
       "spondylodesis", "dorsal spondylodesis", "ventral spondylodesis", "posterior lumbar fusion",
       "posterolateral spinal fusion", "posterior spinal instrumented fusion",
       // the verb, said of an operation to do or not ("would not fuse
       // it", "plan to fuse L4-S1"; session 35)
       "fuse"});

  for (auto p : {"osseous bridging", "bony bridging", "bridging bone", "bridging trabeculae",
                 "trabecular bridging", "bony fusion mass", "bony incorporation",
                 "osseous incorporation", "osseous integration", "bony arthrodesis"}) {
    b.add(p).rule = TriggerRule::affirmed_only;
  }
}

void add_failed_fusion_osteotomy_triggers(TriggerBuilder& b) {
  b.kind("pseudarthrosis", false);
  b.add_all({"pseudarthrosis", "pseudoarthrosis", "pseudarthroses", "pseudoarthroses", "nonunion",
             "non union", "failed fusion", "failure of fusion", "fusion failure",
             "failed arthrodesis", "nonfusion", "non fusion", "nonunited", "fibrous union",
             "absent fusion", "lack of fusion"});

  b.kind("osteotomy", false);
  b.add_all({"osteotomy", "osteotomies", "pedicle subtraction osteotomy", "pso",
             "smith petersen osteotomy", "spo", "vertebral column resection", "vcr",
             "ponte osteotomy", "three column osteotomy"});
}

// ACDF, corpectomy, foraminotomy and the cervical non-union (README,
// Cervical files); a corpectomy is reconstructed and fused (eviCore CMM-601).
void add_cervical_surgery_triggers(TriggerBuilder& b) {
  b.kind("prior-fusion", false);
  b.add_all({"acdf", "acdfs", "acif", "corpectomy", "corpectomies", "anterior cervical fusion",
             "posterior cervical fusion", "cervical fusion", "occipitocervical fusion",
             "anterior cervical discectomy and fusion", "solidly fused", "pcf",
             // posterior cervical decompression and fusion
             "pcdf"});
  // Bridging bone said with its trabeculae; only as found ("no bridging
  // trabecular bone" says the fusion is not solid, not that none was done).
  for (auto p : {"bridging trabecular bone", "bridging trabecular", "trabecular bone bridging",
                 "bridging osseous trabeculae"}) {
    b.add(p).rule = TriggerRule::affirmed_only;
  }

  b.kind("prior-laminectomy", false);
  b.add_all({"foraminotomy", "foraminotomies", "laminoplasties", "cervical laminectomy",
             "keyhole foraminotomy"});

  b.kind("pseudarthrosis", false);
  b.add_all({"non-union", "non united", "not united", "failed acdf"});
  // Signs of a non-union give way to the report's own reading of them at that
  // level ("persistent lucency across the L4-5 graft, which may reflect
  // nonunion" is one hedged pseudarthrosis, not also a stated one).
  for (auto p : {"lucent gap", "persistent lucency"}) b.add(p).deferent = true;
}

}  // namespace spinecds::terminology::text
