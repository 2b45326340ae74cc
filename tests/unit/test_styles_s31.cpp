// The text engine on two record styles it had not met (session 31), written
// fresh from their descriptions before the engine was changed for them:
// A. chiropractic, osteopathic (OMT), acupuncture and sports-medicine /
//    athletic-trainer records beside the imaging those clinicians order;
// B. geriatric, oncology and trauma spine records (osteoporotic fractures,
//    kyphoplasty, metastatic epidural disease, ankylosing spondylitis and
//    DISH, rheumatoid atlantoaxial disease, trauma CT) beside degenerative
//    findings. Readings follow tests/data/eval/README.md.
#include <doctest/doctest.h>

#include <string>

#include "support/finding_lines.h"
#include "terminology/text_findings.h"

using spinecds::test::check_lines;
using Case = spinecds::test::LinesCase;

// Read without severity: these cases assert kinds, levels and categories.
constexpr bool kNoSeverity = false;

TEST_CASE("chiropractic listings, subluxations and fixations are no imaging slip or fusion") {
  check_lines(
      {
          Case{"Chiropractic adjustment delivered to L5 PRS and the right sacroiliac joint using "
               "diversified technique.",
               {}},
          Case{"Subluxation complex noted at L4 and L5 with restricted motion palpation.", {}},
          Case{"Segmental dysfunction at C5-6 was treated with an Activator instrument.", {}},
          Case{"Listings today: C2 PRI-L, T6 PR, L5 PLS.", {}},
          Case{"Vertebral subluxation at C5/C6 with fixation; adjusted with diversified technique.",
               {}},
          Case{"Motion palpation revealed fixation at L4-L5 and at the right SI joint.", {}},
          Case{"Adjusted C1 ASR and C5 PRS with toggle recoil; tolerated well.", {}},
          Case{"Dx: vertebral subluxation L4/L5 (M99.03), segmental dysfunction of the pelvis.",
               {}},
          Case{"Assessment: subluxation/segmental dysfunction at L5-S1, improving with care.", {}},
          Case{"Chiro re-exam: grade 1 L5 spondylolisthesis on the 2022 films; Activator to L2; "
               "subluxation complex L3.",
               {"spondylolisthesis L5-S1"}},
          Case{"CMT 98941 to three regions: C4-5 fixation, T4 and L3-4 subluxation.", {}},
      },
      kNoSeverity);
}

TEST_CASE("osteopathic somatic dysfunction (FRS / ERS) is no finding") {
  check_lines(
      {
          Case{"Somatic dysfunction L4 FRS right, treated with muscle energy technique.", {}},
          Case{"C3 ERS left; OMT applied with HVLA and counterstrain.", {}},
          Case{"OMT: somatic dysfunction of the lumbar region (M99.03) and sacrum, treated with "
               "HVLA.",
               {}},
          Case{"Somatic dysfunction at T12-L1 ERS left and L5 FRS right, corrected with "
               "articulatory technique.",
               {}},
          Case{"Structural exam: C5-6 FRS left, tender point at the right C7 spinous process.", {}},
      },
      kNoSeverity);
}

TEST_CASE("chiropractic, OMT, acupuncture, dry needling and massage are not physical therapy") {
  check_lines(
      {
          Case{"Dry needling to the right lumbar multifidus and gluteus medius, six needles.", {}},
          Case{
              "Therapeutic massage for 30 minutes to the cervical paraspinals and upper trapezius.",
              {}},
          Case{"She has completed 12 chiropractic visits with minimal relief.", {}},
          Case{"He has had 8 OMT sessions and six weeks of chiropractic care.", {}},
          Case{"Dry needling by the chiropractor to the cervical paraspinals and levator scapulae.",
               {}},
          Case{"Acupuncture visit 4: needles at BL23, BL25 and GB30; 20 minutes retention.", {}},
          Case{"Failed conservative care including chiropractic, acupuncture and massage.", {}},
          Case{"PT daily note: dry needling to the lumbar multifidi, therapeutic exercise 20 min.",
               {"physical-therapy"}},
          Case{"Instructed in a home exercise programme of McKenzie extensions.",
               {"physical-therapy"}},
      },
      kNoSeverity);
}

TEST_CASE("chiropractic notes name radiculopathy and neurology as any note does") {
  check_lines(
      {
          Case{"Dx: segmental dysfunction L4-L5 (M99.03) and lumbar radiculopathy (M54.16).",
               {"radiculopathy"}},
          Case{"Spurling's positive on the right reproducing pain into the thumb; adjusted C5-C6 "
               "with Activator.",
               {"radiculopathy"}},
          Case{"Acupuncture for cervical radiculopathy, 8 sessions completed.", {"radiculopathy"}},
          Case{"Post-adjustment: decreased hypertonicity and improved ROM; no radicular symptoms.",
               {"radiculopathy negated"}},
          Case{"Subluxation L5 (M99.03); sciatica on the right (M54.31).", {"radiculopathy"}},
      },
      kNoSeverity);
}

TEST_CASE("chiropractic radiograph reads: George's line and Meyerding grades are slips") {
  check_lines(
      {
          Case{"Lumbar radiographs: George's line is disrupted at L5 with Meyerding grade 1 "
               "anterolisthesis of L5 on S1.",
               {"spondylolisthesis L5-S1"}},
          Case{"George's line is intact; no spondylolisthesis.", {"spondylolisthesis negated"}},
          Case{"Meyerding grade II isthmic spondylolisthesis at L5-S1 with bilateral pars "
               "defects.",
               {"spondylolisthesis L5-S1"}},
          Case{"Lateral lumbar film: 4 mm anterolisthesis of L4 on L5, Meyerding grade 1.",
               {"spondylolisthesis L4-L5"}},
          Case{"Cervical subluxation of C4 on C5 measuring 3 mm on the neutral lateral.",
               {"spondylolisthesis C4-C5"}},
      },
      kNoSeverity);
}

TEST_CASE("athletic-trainer, return-to-play and sports-medicine notes") {
  check_lines(
      {
          Case{"16-year-old gymnast with low back pain on extension; stork test positive on the "
               "left; suspect L5 spondylolysis.",
               {}},
          Case{"Return to play cleared: no radicular symptoms, full cervical ROM, strength 5/5 "
               "bilaterally.",
               {"radiculopathy negated", "weakness negated"}},
          Case{
              "Athletic trainer report: wrestler with neck pain after a takedown; denies radicular "
              "symptoms or weakness.",
              {"radiculopathy negated", "weakness negated"}},
          Case{"Sports medicine referral to spine surgery for L5-S1 grade 2 isthmic "
               "spondylolisthesis with bilateral L5 radiculopathy in a college lineman.",
               {"spondylolisthesis L5-S1", "radiculopathy"}},
          Case{"Referred to spine surgery to evaluate for an L4-5 fusion.",
               {"prior-fusion L4-L5 planned"}},
          Case{"Return-to-play note: cleared for full contact after completing 6 weeks of physical "
               "therapy for L5 spondylolysis.",
               {"physical-therapy"}},
          Case{"Sideline evaluation: transient burner of the right arm, resolved within minutes; "
               "strength 5/5.",
               {"weakness negated"}},
          Case{"Soccer player, low back pain after a fall; denies radicular symptoms and bowel or "
               "bladder change.",
               {"radiculopathy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("osteoporotic fractures, kyphoplasty, vertebroplasty and DEXA are no finding") {
  check_lines(
      {
          Case{"Chronic T12 compression deformity with 25% anterior height loss, unchanged.", {}},
          Case{"Kyphoplasty at L2 was performed for a painful osteoporotic fracture.", {}},
          Case{"Status post vertebroplasty at T11 and L1.", {}},
          Case{"DEXA: lumbar spine T-score -3.1, femoral neck -2.6, consistent with osteoporosis.",
               {}},
          Case{"Acute L1 compression fracture with 40% height loss and 2 mm retropulsion of the "
               "posterosuperior endplate.",
               {}},
          Case{"Vertebral augmentation performed at T12 and L1 under fluoroscopy.", {}},
          Case{"Kyphoplasty is recommended for the L1 fracture.", {}},
          Case{"Balloon kyphoplasty at L1 with cement; no prior laminectomy or fusion.",
               {"prior-fusion negated", "prior-laminectomy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("ankylosing spondylitis, DISH and congenital or spontaneous fusion are no surgery") {
  check_lines(
      {
          Case{"Ankylosing spondylitis with bridging syndesmophytes from T10 to L3.", {}},
          Case{"DISH with flowing anterior ossification bridging T7 through T11.", {}},
          Case{"Complete ankylosis of the lumbar spine from AS; no prior spine surgery.",
               {"prior-fusion negated", "prior-laminectomy negated"}},
          Case{"Congenital fusion of C2-C3 (Klippel-Feil).", {}},
          Case{"Spontaneous fusion across the L4-5 disc space from long-standing AS.", {}},
          Case{"Bridging osteophytes (DISH) at C4-5 and C5-6; no cord compression.",
               {"cord-compression C4-C5,C5-C6 negated"}},
          Case{"Known AS with fused SI joints and a bamboo spine; no radicular symptoms.",
               {"radiculopathy negated"}},
      },
      kNoSeverity);
}

TEST_CASE("metastatic epidural disease, Bilsky and SINS, radiation oncology") {
  check_lines(
      {
          // The score's category is read as its words say (session 39: the
          // outside writers read "potentially unstable" as hedged instability,
          // "No evidence of instability per SINS 6" as its denial).
          Case{"SINS score 9 (potentially unstable); no pathologic fracture.",
               {"instability uncertain"}},
          Case{"Radiation oncology consult: 8 Gy single fraction to L3 for a painful metastasis.",
               {}},
          Case{"Epidural metastatic disease at C6-7 with severe canal stenosis and cord "
               "compression; cord signal is normal.",
               {"cord-compression C6-C7", "cord-signal-change C6-C7 negated", "stenosis C6-C7"}},
          Case{"Epidural tumour at C5-6 flattens the ventral cord, Bilsky grade 2.",
               {"cord-compression C5-C6"}},
          Case{"Hospital medicine: metastatic prostate cancer to the spine, no focal weakness.",
               {"weakness negated"}},
          Case{"Radiation oncology: SBRT to a T12 metastasis; prior L4-5 laminectomy noted.",
               {"prior-laminectomy L4-L5"}},
          Case{"Lytic lesion of the L2 vertebral body without epidural extension; moderate L4-5 "
               "central stenosis.",
               {"stenosis L4-L5"}},
      },
      kNoSeverity);
}

TEST_CASE("rheumatoid and trauma spine beside degenerative findings") {
  check_lines(
      {
          Case{"Cervical myelopathy from rheumatoid pannus at C1-2 with cord compression.",
               {"myelopathy", "cord-compression C1-C2"}},
          Case{"Subaxial subluxation of C3 on C4 measuring 4 mm in rheumatoid arthritis.",
               {"spondylolisthesis C3-C4"}},
          Case{"Trauma CT: L1 burst fracture, TLICS 4 (AO A3), posterior ligamentous complex "
               "intact.",
               {}},
          Case{"Incidental moderate L4-5 central stenosis from facet arthropathy and ligamentum "
               "flavum thickening.",
               {"stenosis L4-L5", "facet-arthropathy L4-L5"}},
          Case{"Grade 1 degenerative anterolisthesis of L4 on L5 beside an old L1 compression "
               "fracture.",
               {"spondylolisthesis L4-L5"}},
          Case{"Pathologic fracture of T9 with retropulsion; no cord compression.",
               {"cord-compression negated"}},
      },
      kNoSeverity);
}

TEST_CASE("geriatric hospital and home-health notes") {
  check_lines(
      {
          Case{"84-year-old admitted with a T12 fracture after a fall; known L3-4 spinal stenosis "
               "with neurogenic claudication.",
               {"stenosis L3-L4", "neurogenic-claudication"}},
          Case{"Home health PT 2x/week for gait training after kyphoplasty.",
               {"physical-therapy planned"}},
          Case{"Home health PT completed 8 visits; she now ambulates with a walker.",
               {"physical-therapy"}},
          Case{"DEXA in 2023 showed osteopenia; she also has moderate bilateral L4-5 foraminal "
               "stenosis.",
               {"stenosis L4-L5"}},
          Case{"Osteoporotic L3 fracture with 50% height loss; also right L5 radiculopathy from an "
               "L4-5 extrusion.",
               {"radiculopathy", "disc-herniation L4-L5"}},
          Case{"Home health PT evaluation: hip flexors 4/5 bilaterally, high fall risk.",
               {"physical-therapy", "weakness"}},
      },
      kNoSeverity);
}

TEST_CASE("fracture, tumour and inflammatory records beside degenerative and surgical findings") {
  check_lines(
      {
          Case{"Severe L1 vertebra plana with 80% height loss; no retropulsion.", {}},
          Case{"Vertebroplasty at L4 is scheduled; she also has grade 1 degenerative "
               "spondylolisthesis at L4-5.",
               {"spondylolisthesis L4-L5"}},
          Case{"Radiation oncology: cord compression at C4-5 from an epidural metastasis; she has "
               "myelopathy with a positive Hoffmann sign.",
               {"cord-compression C4-C5", "myelopathy"}},
          Case{"Home health PT was declined by the patient after vertebroplasty.",
               {"physical-therapy negated"}},
          Case{"Rheumatoid arthritis: no atlantoaxial instability on flexion-extension "
               "radiographs.",
               {"flexion-extension-study", "instability C1-C2 negated"}},
          Case{"DISH with flowing ossification of the anterior longitudinal ligament and moderate "
               "C5-6 central canal stenosis.",
               {"stenosis C5-C6"}},
          Case{"History of L2 burst fracture treated with T12-L4 posterior instrumented fusion in "
               "2015.",
               {"prior-fusion T12-L1,L1-L2,L2-L3,L3-L4"}},
          Case{"Hospitalist note: osteoporotic T8 wedge fracture; ambulating, strength 5/5 in both "
               "legs.",
               {"weakness negated"}},
      },
      kNoSeverity);
}

// Open classes found by the cases above, not yet fixed (session 31): a study
// "ordered by" a clinician that "shows" its result is read as planned; "on
// flexion and extension views" after a slip does not name the study; a
// "myotomes L2-S1 5/5" entry inside a Neuro: list is not read as full strength;
// a vertebra named only as a fracture or cement site lends its level to a
// denied listhesis or a normal alignment (a vertebra is no segment).
TEST_CASE("open: studies ordered by another clinician, views named after the slip, myotome grids" *
          doctest::may_fail()) {
  check_lines(
      {
          Case{"Neuro: DTRs 2+ and symmetric, SLR negative bilaterally, myotomes L2-S1 5/5.",
               {"radiculopathy negated", "weakness negated"}},
          Case{"Lumbar series: Meyerding grade 1 anterolisthesis of L4 on L5, stable on flexion "
               "and extension views.",
               {"spondylolisthesis L4-L5", "flexion-extension-study", "instability L4-L5 negated"}},
          Case{"Flexion-extension views ordered by the chiropractor show 4 mm of translation at "
               "C4-5.",
               {"flexion-extension-study", "translation C4-C5"}},
          Case{"Cervical MRI ordered by the chiropractor: C5-6 left paracentral protrusion with "
               "moderate left foraminal stenosis.",
               {"disc-herniation C5-C6", "stenosis C5-C6"}},
          Case{"Post-kyphoplasty films: cement in L2, no new fracture, alignment is maintained.",
               {"spondylolisthesis negated"}},
          Case{"Chance fracture of L2; no spondylolisthesis.", {"spondylolisthesis negated"}},
      },
      kNoSeverity);
}
