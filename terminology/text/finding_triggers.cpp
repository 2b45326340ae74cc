// Finding triggers: the words that name each finding kind (DESIGN.md §4),
// with the context rule a word list cannot say, and the phrases that contain a
// trigger word but are no finding. Data only; terminology/text/triggers.cpp
// applies the rules.
//
// Sources: radiology reporting usage for lumbar degenerative disease (Fardon
// et al., "Lumbar disc nomenclature: version 2.0", Spine J 2014: protrusion,
// extrusion, sequestration; bulge is not a herniation), spondylolisthesis
// (Meyerding grading; anterolisthesis, retrolisthesis, laterolisthesis),
// flexion-extension instability (translation, angulation, abnormal motion),
// deformity measures (SRS-Schwab: PI-LL, SVA, coronal balance), and the
// issue 11 conventions in tests/data/eval/README.md.
#include <initializer_list>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"

namespace spinecds::terminology {

namespace {

struct Builder {
  std::vector<TriggerEntry> out;
  TriggerEntry proto;
  void kind(std::string k, bool severity, bool location = false, bool direction = false,
            bool no_levels = false) {
    proto = TriggerEntry{};
    proto.kind = std::move(k);
    proto.takes_severity = severity;
    proto.takes_location = location;
    proto.takes_direction = direction;
    proto.no_levels = no_levels;
  }
  TriggerEntry& add(std::string_view phrase) {
    TriggerEntry e = proto;
    e.words = split_phrase(phrase);
    out.push_back(std::move(e));
    return out.back();
  }
  void add_all(std::initializer_list<std::string_view> phrases) {
    for (auto p : phrases) add(p);
  }
};

std::vector<TriggerEntry> build_triggers() {
  Builder b;
  b.kind("stenosis", true, true);
  b.add_all({"stenosis", "stenoses", "stenotic", "encroachment", "canal compromise",
             "foraminal compromise", "foraminal narrowing", "canal narrowing"});
  b.add("narrowing").rule = TriggerRule::not_disc_space;
  for (auto p : {"neural foramina", "neural foramen", "neuroforamina", "neuroforamen", "foramina",
                 "foramen", "central canal", "spinal canal", "thecal sac", "canal",
                 "lateral recesses", "lateral recess", "subarticular recesses",
                 "subarticular recess", "subarticular zones", "neural foraminal"}) {
    b.add(p).rule = TriggerRule::anatomy_only;
  }
  b.add("narrowed").rule = TriggerRule::not_disc_space;

  b.kind("spondylolisthesis", true, false, true);
  b.add_all({"spondylolisthesis", "spondylolistheses", "listhesis", "slip", "slippage",
             "degenerative spondylolisthesis", "isthmic spondylolisthesis"});
  b.add("anterolisthesis").direction = "antero";
  b.add("anterolistheses").direction = "antero";
  b.add("anterior spondylolisthesis").direction = "antero";
  b.add("retrolisthesis").direction = "retro";
  b.add("retrolistheses").direction = "retro";
  b.add("posterior spondylolisthesis").direction = "retro";
  b.add("laterolisthesis").direction = "lateral";
  b.add("lateral listhesis").direction = "lateral";
  b.add("lateral spondylolisthesis").direction = "lateral";
  b.add("spondyloptosis").grade = 5;
  for (auto p : {"slips forward", "slipped forward", "slips anteriorly", "slipped anteriorly",
                 "slides forward", "slid forward"}) {
    b.add(p).direction = "antero";
  }
  for (auto p : {"anteriorly displaced", "displaced anteriorly", "anterior displacement",
                 "anteriorly translated", "anterior subluxation", "anteriorly subluxed",
                 "subluxed anteriorly", "anterior slip", "forward slip", "forward slippage",
                 "anterior slippage", "slipped vertebra", "step off", "anterior step off"}) {
    b.add(p).direction = "antero";
  }
  for (auto p : {"posteriorly displaced", "displaced posteriorly", "posterior displacement",
                 "posterior subluxation", "posteriorly subluxed", "posterior slip", "backward slip",
                 "posterior step off", "retrolisthesed"}) {
    b.add(p).direction = "retro";
  }
  b.add_all({"subluxation", "subluxed", "olisthesis", "spondylolisthetic", "listhetic",
             "degenerative slip", "isthmic slip"});
  for (auto p : {"slips backward", "slipped backward", "slips posteriorly", "slipped posteriorly",
                 "slides backward", "slid backward"}) {
    b.add(p).direction = "retro";
  }

  // "Alignment is anatomic/normal/maintained" says no vertebra has slipped
  // (issue 11, lead's check, category 6); beside a position word the same
  // words speak about motion instead (handled by the instability table).
  // "Lumbar alignment is normal": the words before "alignment" are no part of
  // the phrase, so common words ("lumbar", "spinal") start no extra phrases.
  for (const char* subject : {"alignment"}) {
    for (const char* verb : {"is", "are", "remains", "remain", "appears", "appear", ":", "was",
                             "is otherwise", "otherwise", "is grossly", "grossly", ""}) {
      for (const char* state : {"normal", "anatomic", "anatomical", "maintained", "preserved",
                                "unremarkable", "within normal limits", "satisfactory"}) {
        std::string p = std::string(subject) + " " + verb + (*verb ? " " : "") + state;
        auto& e = b.add(p);
        e.absent = true;
        e.deferent = true;
        e.rule = TriggerRule::static_alignment;
      }
    }
  }
  for (auto p :
       {"normal alignment", "anatomic alignment", "anatomical alignment", "maintained alignment",
        "preserved alignment", "normal lumbar alignment", "normal sagittal alignment",
        "normal vertebral alignment", "anatomic lumbar alignment", "normal spinal alignment",
        "normal vertebral body alignment", "unremarkable alignment"}) {
    auto& e = b.add(p);
    e.absent = true;
    e.deferent = true;
    e.rule = TriggerRule::static_alignment;
  }

  b.kind("instability", true);
  b.add_all({"instability",
             "instabilities",
             "unstable",
             "hypermobility",
             "hypermobile",
             "abnormal motion",
             "abnormal movement",
             "pathologic motion",
             "pathological motion",
             "excessive motion",
             "dynamic instability",
             "segmental instability",
             "mechanical instability",
             "abnormal mobility",
             "gross motion",
             "gross instability",
             "excessive mobility",
             "abnormal translation motion",
             "dynamic listhesis",
             "dynamic spondylolisthesis",
             "dynamic anterolisthesis",
             "dynamic retrolisthesis",
             "mobile listhesis",
             "mobile spondylolisthesis",
             "mobile segment",
             "segmental motion",
             "abnormal segmental motion",
             "increased motion",
             "abnormal excursion",
             "excessive translation",
             "excessive angulation",
             "unstable segment",
             "micromotion",
             "instability pattern"});
  // Phrases that say the segment does not move abnormally: instability absent
  // (DESIGN.md §4, issue 11: "stable", "without dynamic change", "no change
  // between flexion and extension").
  for (auto p : {"stable alignment",
                 "stable lumbar alignment",
                 "stable spinal alignment",
                 "alignment is stable",
                 "alignment remains stable",
                 "alignment was stable",
                 "stable across flexion and extension",
                 "stable across flexion",
                 "stable on flexion",
                 "stable on flexion and extension",
                 "stable with flexion",
                 "stable with flexion and extension",
                 "stable in flexion and extension",
                 "stable between flexion and extension",
                 "stable between flexion",
                 "stable on dynamic",
                 "stable on dynamic views",
                 "no dynamic change",
                 "without dynamic change",
                 "no dynamic motion",
                 "no dynamic listhesis",
                 "no change in alignment",
                 "without change in alignment",
                 "no change between flexion",
                 "no change with flexion",
                 "no change on flexion",
                 "no change in position",
                 "does not change with flexion",
                 "do not change with flexion",
                 "not change with flexion",
                 "does not change between flexion",
                 "does not change on flexion",
                 "unchanged between flexion",
                 "unchanged with flexion",
                 "unchanged on flexion",
                 "no significant change with flexion",
                 "no significant change between flexion",
                 "no appreciable change with flexion",
                 "no appreciable change between flexion",
                 "no motion",
                 "no abnormal motion",
                 "no abnormal movement",
                 "no dynamic instability",
                 "no significant motion",
                 "no pathologic motion",
                 "no excessive motion",
                 "does not change in position",
                 "without significant change with flexion",
                 "no dynamic change in alignment",
                 "without dynamic instability",
                 "normal motion",
                 "physiologic motion",
                 "physiological motion",
                 "motion is within normal limits",
                 "motion within normal limits",
                 "motion is physiologic",
                 "motion is normal",
                 "no dynamic slip",
                 "no dynamic anterolisthesis",
                 "no dynamic retrolisthesis",
                 "no dynamic spondylolisthesis",
                 "no abnormal dynamic motion",
                 "segmental motion is normal",
                 "segmental motion is within normal limits",
                 "segmental motion is physiologic"}) {
    b.add(p).absent = true;
  }
  // The same said with a position in the sentence: "alignment is unchanged in
  // flexion", "the slip does not change between positions".
  for (auto p : {"stable",
                 "unchanged",
                 "no change",
                 "no significant change",
                 "does not change",
                 "do not change",
                 "did not change",
                 "without change",
                 "no appreciable change",
                 "no substantial change",
                 "not change",
                 "remains stable",
                 "remained stable",
                 "is stable",
                 "are stable",
                 "maintained",
                 "no increase",
                 "does not increase",
                 "does not reduce",
                 "no reduction",
                 "fixed",
                 "no dynamic",
                 "static"}) {
    auto& e = b.add(p);
    e.absent = true;
    e.rule = TriggerRule::motion_context;
  }

  for (auto p : {"within normal limits", "within physiologic limits", "within physiological limits",
                 "is physiologic", "is physiological", "is normal"}) {
    auto& e = b.add(p);
    e.absent = true;
    e.rule = TriggerRule::motion_named;
  }

  // "Flexion-extension views to assess for motion": the motion sought is
  // instability (ordered studies, tests/data/eval/README.md).
  for (auto p : {"motion", "movement", "abnormal motion"}) {
    b.add(p).rule = TriggerRule::sought;
  }

  b.kind("translation", false, false, true);
  b.add_all({"translation", "translates", "translated", "translational motion",
             "sagittal translation", "dynamic translation"});
  for (auto p : {"shifts forward", "shifted forward", "shifts anteriorly", "shifted anteriorly",
                 "moves forward", "moved forward", "moves anteriorly", "translates forward",
                 "translates anteriorly", "translated anteriorly"}) {
    b.add(p).direction = "antero";
  }
  for (auto p : {"shifts backward", "shifts posteriorly", "moves backward", "moves posteriorly",
                 "translates posteriorly", "translated posteriorly"}) {
    b.add(p).direction = "retro";
  }
  b.add("motion").rule = TriggerRule::with_mm;
  b.add("movement").rule = TriggerRule::with_mm;
  b.add("excursion").rule = TriggerRule::with_mm;

  b.kind("angulation", false);
  b.add_all({"angulation", "angular motion", "angular change", "angular displacement",
             "sagittal rotation", "angulates", "sagittal angulation", "segmental angulation",
             "angular instability"});
  // An angle measured per position is angulation ("segmental lordosis at L4-5
  // measures 2 degrees in flexion and 14 degrees in extension"); in neutral it
  // is posture, so these need a position word in the sentence.
  for (auto p : {"segmental lordosis", "segmental kyphosis", "segmental angle", "disc angle",
                 "disk angle", "intervertebral angle", "intersegmental angle"}) {
    b.add(p).rule = TriggerRule::motion_context;
  }

  b.kind("facet-arthropathy", true);
  for (auto p : {"facet",
                 "facets",
                 "facet joint",
                 "facet joints",
                 "facet arthropathy",
                 "facet hypertrophy",
                 "facet joint hypertrophy",
                 "facet joint arthropathy",
                 "facet arthrosis",
                 "facet joint arthrosis",
                 "facet osteoarthritis",
                 "facet joint osteoarthritis",
                 "facet arthritis",
                 "facet degeneration",
                 "facet degenerative changes",
                 "facet joint degenerative changes",
                 "facet disease",
                 "facet hypertrophic changes",
                 "facet arthropathic changes",
                 "hypertrophic facet",
                 "hypertrophic facets",
                 "degenerative facet",
                 "degenerative facets",
                 "zygapophyseal joint",
                 "zygapophyseal joints",
                 "facet joint disease",
                 "facet joint degeneration",
                 "facet osteoarthrosis",
                 "facet overgrowth",
                 "facet joint overgrowth",
                 "facet hypertrophic arthropathy",
                 "zygapophyseal arthropathy",
                 "zygapophysial joint",
                 "zygapophysial joints",
                 "articular process hypertrophy",
                 "superior articular process hypertrophy",
                 "posterior element hypertrophy",
                 "hypertrophic arthropathy of the facets"}) {
    b.add(p).rule = TriggerRule::facet;
  }

  b.kind("disc-herniation", true, true);
  b.add_all({"herniation",
             "herniations",
             "herniated",
             "disc herniation",
             "disk herniation",
             "protrusion",
             "protrusions",
             "protruding",
             "extrusion",
             "extrusions",
             "extruded",
             "sequestration",
             "sequestered",
             "hnp",
             "free fragment",
             "disc fragment",
             "disk fragment",
             "extruded fragment",
             "sequestered fragment",
             "migrated fragment",
             "herniated disc",
             "herniated disk",
             "herniated nucleus pulposus"});
  // A disc osteophyte complex is disc material with spur projecting into the
  // canal: counted as a herniation (issue 11, lead's check, category 5).
  for (auto p : {"disc osteophyte complex", "disk osteophyte complex", "disc osteophyte complexes",
                 "disk osteophyte complexes", "disc osteophyte", "disk osteophyte",
                 "osteophyte disc complex", "disc bulge osteophyte complex",
                 "disc ridge osteophyte complex", "disc osteophytic complex"}) {
    b.add(p).deferent = true;
  }

  // Deformity measures describe the spine, not one motion segment.
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
             "central sacral vertical line", "csvl"});

  b.kind("sagittal-imbalance", false, false, false, true);
  b.add("sagittal").rule = TriggerRule::coordinated;
  b.add_all({"sagittal vertical axis", "sva", "sagittal imbalance", "sagittal malalignment",
             "positive sagittal balance", "sagittal decompensation", "positive sagittal imbalance",
             "sagittal balance"});

  b.kind("pi-ll-mismatch", false, false, false, true);
  b.add_all({"pi ll", "pi ll mismatch", "pi minus ll", "pi minus ll mismatch",
             "pelvic incidence lumbar lordosis mismatch", "pelvic incidence minus lumbar lordosis",
             "pelvic incidence minus lumbar lordosis mismatch", "pi ll difference"});

  // Neurological findings belong to the patient, not a motion segment: a level
  // in the sentence is an imaging finding's (a root is named, not a segment).
  b.kind("radiculopathy", true, false, false, true);
  b.add_all({"radiculopathy",
             "radiculopathies",
             "radiculitis",
             "radicular",
             "sciatica",
             "radicular pain",
             "radicular symptoms",
             "radiating leg pain",
             "radiating pain",
             "pain radiating",
             "radiates",
             "radiating",
             "shooting pain",
             "sciatic pain",
             "positive straight leg raise",
             "positive slr",
             "dermatomal pain",
             "dermatomal numbness",
             "radicular complaints",
             "radiculopathic",
             "lumbosacral radiculopathy",
             "nerve root irritation",
             "radicular leg pain"});

  b.kind("neurogenic-claudication", true, false, false, true);
  b.add_all({"neurogenic claudication",
             "pseudoclaudication",
             "pseudo claudication",
             "neurogenic intermittent claudication",
             "relieved by sitting",
             "relieved with sitting",
             "improves with sitting",
             "better with sitting",
             "relieved by forward flexion",
             "relieved with forward flexion",
             "limited walking tolerance",
             "reduced walking tolerance",
             "decreased walking tolerance",
             "walking intolerance",
             "claudicatory",
             "claudicant",
             "neurogenic claudicatory",
             "spinal claudication",
             "shopping cart sign",
             "claudication symptoms",
             "claudicatory symptoms",
             "neurogenic type claudication"});
  b.add("claudication").rule = TriggerRule::not_vascular;

  b.kind("weakness", true, false, false, true);
  b.add_all({"weakness",
             "weak",
             "foot drop",
             "footdrop",
             "motor deficit",
             "motor deficits",
             "paresis",
             "motor weakness",
             "drop foot",
             "decreased strength",
             "diminished strength",
             "reduced strength",
             "strength is reduced",
             "strength is decreased",
             "give way weakness",
             "ehl weakness",
             "dorsiflexion weakness",
             "plantarflexion weakness",
             "weakened",
             "paretic"});
  // Strength grades (MRC 0-5): "4/5", "4-/5", "4+/5" only beside a muscle or
  // "strength"; a bare "4-5" is a level ("stenosis at 3-4 and 4-5").
  for (auto p :
       {"4 5", "3 5", "2 5", "1 5", "0 5", "4 + 5", "4 - 5", "3 + 5", "3 - 5", "4 +", "4 -"}) {
    b.add(p).rule = TriggerRule::strength_grade;
  }
  // Full strength says there is no weakness (lead's check, category 6).
  for (auto p : {"5 5 throughout",
                 "5 5 bilaterally",
                 "5 5 in all",
                 "5 5 and symmetric",
                 "5 5 symmetric",
                 "5 5 strength",
                 "strength 5 5",
                 "strength is 5 5",
                 "strength was 5 5",
                 "motor 5 5",
                 "motor strength 5 5",
                 "motor strength is 5 5",
                 "full strength",
                 "strength is full",
                 "strength full",
                 "strength is normal",
                 "normal strength",
                 "strength normal",
                 "strength intact",
                 "strength is intact",
                 "motor intact",
                 "motor is intact",
                 "motor exam normal",
                 "motor exam is normal",
                 "motor examination is normal",
                 "motor strength intact",
                 "motor strength is intact",
                 "full motor strength",
                 "normal motor strength",
                 "strength is symmetric and full",
                 "strength : 5 5",
                 "motor : 5 5",
                 "5 5 strength throughout",
                 "5 5 motor strength",
                 "full power",
                 "power 5 5",
                 "power is 5 5",
                 "power is full",
                 "normal power"}) {
    auto& e = b.add(p);
    e.absent = true;
    e.deferent = true;
  }
  // "Motor 5/5 bilateral lower extremities", "strength 5/5 except left EHL
  // 4/5": a full grade beside a muscle or "strength" says no weakness, unless
  // a weaker grade in the sentence says otherwise (deference).
  for (auto p : {"5 5"}) {
    auto& e = b.add(p);
    e.absent = true;
    e.deferent = true;
    e.rule = TriggerRule::strength_grade;
  }

  b.kind("prior-laminectomy", false);
  b.add_all({"laminectomy", "laminectomies", "laminotomy", "laminotomies", "hemilaminectomy",
             "hemilaminotomy", "postlaminectomy", "post laminectomy", "laminectomy defect",
             "laminectomy defects", "laminectomy changes", "decompressive laminectomy"});
  b.add("decompression").rule = TriggerRule::prior_only;
  b.add_all({"surgical decompression", "decompressive surgery", "decompression surgery",
             "posterior decompression", "lumbar decompression", "decompressive laminotomy",
             "laminoplasty"});

  // "No prior back surgery": neither a laminectomy nor a fusion was done
  // (lead's check, category 6); the kind is doubled to prior-fusion when read.
  for (auto p : {"back surgery",
                 "back surgeries",
                 "spine surgery",
                 "spine surgeries",
                 "spinal surgery",
                 "spinal surgeries",
                 "lumbar surgery",
                 "lumbar surgeries",
                 "lumbar spine surgery",
                 "low back surgery",
                 "lumbar spinal surgery",
                 "spine operation",
                 "spinal operation",
                 "back operation",
                 "lumbar operation",
                 "operations on the spine",
                 "surgery on the spine",
                 "surgery on the lumbar spine",
                 "surgery on the back",
                 "surgery on his back",
                 "surgery on her back",
                 "spinal procedures",
                 "spine procedures",
                 "surgical intervention on the spine",
                 "prior surgery",
                 "previous surgery",
                 "prior surgeries",
                 "previous surgeries",
                 "spinal surgical history",
                 "spine surgical history",
                 "lumbar surgical history",
                 "surgical history",
                 "spine surgeries",
                 "back operations",
                 "spinal operations"}) {
    b.add(p).rule = TriggerRule::any_surgery;
  }

  b.kind("prior-fusion", false);
  b.add_all({"fusion",
             "fusions",
             "arthrodesis",
             "fused",
             "solid fusion",
             "osseous fusion",
             "bony fusion",
             "fusion mass",
             "solid arthrodesis",
             "tlif",
             "plif",
             "alif",
             "xlif",
             "llif",
             "olif",
             "psf",
             "posterior spinal fusion",
             "spinal fusion",
             "posterolateral fusion",
             "interbody fusion",
             "fusion hardware",
             "posterior fusion",
             "lumbar fusion",
             "instrumented fusion"});

  for (auto p : {"osseous bridging", "bony bridging", "bridging bone", "bridging trabeculae",
                 "trabecular bridging", "bony fusion mass"}) {
    b.add(p).rule = TriggerRule::affirmed_only;
  }

  // Cervical cord findings (DESIGN.md §9).
  b.kind("cord-compression", true);
  b.add_all({"cord compression", "compression of the cord", "spinal cord compression",
             "cord impingement", "cord flattening", "flattening of the cord", "cord deformity",
             "deformity of the cord", "compresses the cord", "compressing the cord",
             "cord effacement", "effacement of the cord", "mass effect on the cord",
             "cord abutment", "abuts the cord", "abutting the cord", "conus compression",
             "compression of the conus"});
  b.kind("cord-signal-change", false);
  b.add_all({"cord signal", "cord signal abnormality", "cord signal change", "myelomalacia",
             "cord edema", "intramedullary signal", "intramedullary t2", "cord hyperintensity",
             "abnormal cord signal", "signal abnormality within the cord", "syrinx"});
  b.kind("myelopathy", true, false, false, true);
  b.add_all({"myelopathy", "myelopathic", "compressive myelopathy", "cervical myelopathy",
             "hoffmann sign", "hoffmann's sign", "positive hoffmann", "hyperreflexia", "clonus"});

  b.kind("pseudarthrosis", false);
  b.add_all({"pseudarthrosis", "pseudoarthrosis", "pseudarthroses", "pseudoarthroses", "nonunion",
             "non union", "failed fusion", "failure of fusion", "fusion failure",
             "failed arthrodesis", "nonfusion", "non fusion", "nonunited", "fibrous union",
             "absent fusion", "lack of fusion"});

  b.kind("osteotomy", false);
  b.add_all({"osteotomy", "osteotomies", "pedicle subtraction osteotomy", "pso",
             "smith petersen osteotomy", "spo", "vertebral column resection", "vcr",
             "ponte osteotomy", "three column osteotomy"});

  b.kind("flexion-extension-study", false, false, false, true);
  for (auto base : {"flexion extension", "flexion and extension", "extension and flexion",
                    "extension flexion", "flex ex", "flex and ex", "flexion extension lateral",
                    "flexion and extension lateral", "dynamic"}) {
    const bool dynamic = std::string_view(base) == "dynamic";
    for (auto suffix : {"",
                        "views",
                        "view",
                        "radiographs",
                        "radiograph",
                        "films",
                        "film",
                        "x rays",
                        "x ray",
                        "xrays",
                        "xray",
                        "imaging",
                        "study",
                        "studies",
                        "series",
                        "images",
                        "lateral views",
                        "lateral radiographs",
                        "lumbar radiographs",
                        "radiography"}) {
      if (dynamic && std::string_view(suffix).empty()) continue;
      std::string p = base;
      if (*suffix) p += std::string(" ") + suffix;
      // "between flexion and extension" alone names positions, not images.
      b.add(p).rule = *suffix ? TriggerRule::none : TriggerRule::study_named;
    }
  }

  b.add_all({"flexion view", "flexion views", "extension view", "extension views",
             "flexion radiograph", "flexion radiographs", "extension radiograph",
             "extension radiographs", "lateral flexion view", "lateral extension view"});

  b.kind("physical-therapy", false, false, false, true);
  b.add_all({"physical therapy", "physiotherapy", "formal therapy", "supervised therapy",
             "aquatic therapy", "physical therapist", "pt program", "therapy program",
             "physical therapy program", "rehabilitation program", "physical rehabilitation",
             "course of therapy", "therapy course", "therapy sessions", "therapy visits"});
  b.add("therapy").rule = TriggerRule::therapy_word;
  b.add("pt").rule = TriggerRule::pt_abbreviation;
  for (auto p : {"home exercise program", "home exercise programme", "home exercises",
                 "home exercise", "hep", "home program", "home programme", "home based exercise",
                 "home based exercises", "home exercise plan", "home physical therapy",
                 "self directed exercise", "self directed exercises"}) {
    b.add(p).setting = "home";
  }
  for (auto p : {"telehealth physical therapy", "virtual physical therapy", "telehealth pt",
                 "virtual pt", "telerehabilitation", "telerehab"}) {
    b.add(p).setting = "telehealth";
  }

  // Phrases that contain a trigger word but are not findings.
  b.kind("", false);
  b.add_all({"generalized weakness",
             "general weakness",
             "diffuse weakness",
             "weak pulses",
             "weak signal",
             "weakly enhancing",
             "facet effusion",
             "facet effusions",
             "facet joint effusion",
             "facet joint effusions",
             "facet fluid",
             "facet joint fluid",
             "lordotic curve",
             "lordotic curvature",
             "kyphotic curve",
             "kyphotic curvature",
             "pedicle screw",
             "pedicle screws",
             "interbody cage",
             "interbody cages",
             "flexion extension strength",
             "disc space narrowing",
             "disk space narrowing",
             "disc height narrowing",
             "joint space narrowing",
             "narrowing of the disc space",
             "narrowing of the disk space",
             "intervertebral disc space narrowing",
             "stable",
             "no change",
             "physical exam",
             "fusion of the sacroiliac",
             "marrow signal",
             "flexion extension strength"});
  return b.out;
}

}  // namespace

const std::vector<TriggerEntry>& trigger_table() {
  static const std::vector<TriggerEntry> t = build_triggers();
  return t;
}

}  // namespace spinecds::terminology
