// Triggers for the degenerative findings that narrow the canal: stenosis,
// facet arthropathy and disc herniation (Fardon et al., "Lumbar disc
// nomenclature: version 2.0", Spine J 2014: protrusion, extrusion,
// sequestration; a bulge is not a herniation).
#include <string>
#include <string_view>

#include "terminology/text/trigger_builder.h"

namespace spinecds::terminology::text {

void add_stenosis_triggers(TriggerBuilder& b) {
  b.kind("stenosis", true, true);
  b.add_all({"stenosis", "stenoses", "stenotic", "encroachment", "canal compromise", "nfs", "nfn",
             // lateral recess, central canal, lumbar spinal / canal stenosis
             "lrs", "ccs", "lss", "lcs",
             // lumbar spinal canal stenosis, as South Asian reports abbreviate it
             "lscs", "foraminal compromise", "foraminal narrowing", "canal narrowing",
             // French and German ("sténose", accents folded; "Stenose")
             "stenose", "stenosen",
             // Spanish and Portuguese ("estenosis severa del canal central")
             "estenosis", "estenose"});
  // A myelogram's contrast stopped by a narrowed canal; "no block to the flow
  // of contrast" says only that the canal is not closed, not that it is wide,
  // and a stenosis named beside the block is the one finding ("complete block
  // to contrast flow due to severe central stenosis").
  for (auto p : {"myelographic block", "complete myelographic block", "complete block to",
                 "block to the flow of contrast", "block to contrast", "block to the cephalad flow",
                 "block to cephalad flow", "block to the caudal flow", "contrast block",
                 "high grade block to", "complete block of the contrast",
                 "block of the contrast medium", "complete block of contrast",
                 // the block placed at its level ("a near-complete block at L4-5")
                 "complete block at", "near complete block", "nearly complete block",
                 "near total block", "high grade block at", "high grade block"}) {
    auto& e = b.add(p);
    e.rule = TriggerRule::affirmed_only;
    e.deferent = true;
  }
  b.add("narrowing").rule = TriggerRule::not_disc_space;
  for (auto p : {"neural foramina", "neural foramen", "neuroforamina", "neuroforamen", "foramina",
                 "foramen", "central canal", "spinal canal", "thecal sac", "canal",
                 "lateral recesses", "lateral recess", "subarticular recesses",
                 "subarticular recess", "subarticular zones", "neural foraminal"}) {
    b.add(p).rule = TriggerRule::anatomy_only;
    // "central canal compromise", "lateral recess encroachment": the anatomy
    // with a word of narrowing after it is the stenosis, however long the
    // anatomy's name (the shorter "canal compromise" would lose to it).
    for (auto noun : {"compromise", "encroachment"}) {
      b.add(std::string(p) + " " + noun);
    }
  }
  // A template label with the side before it ("Left foraminal: severe"); the
  // adjective alone ("foraminal component") names no anatomy graded.
  for (auto p : {"foraminal :", "neuroforaminal :", "neural foraminal :"}) {
    b.add(p).rule = TriggerRule::anatomy_only;
  }
  b.add("narrowed").rule = TriggerRule::not_disc_space;
  // Spanish and Portuguese reports translated word for word: "reducción del
  // canal", "reduz o forame" ("Reduction of the lumbar canal of moderate
  // degree", "protrusion ... that reduces the foramen"). The word alone is a
  // slip's or a fracture's reduction, so only with the anatomy after it; the
  // verb only of a foramen or recess ("reduces the canal AP diameter to 7 mm
  // at C3-4" is a measure at one level, not a narrowing of a range).
  for (std::string_view what :
       {"reduction of the", "reduction of", "reduces the", "reducing the", "reduce the"}) {
    const bool verb = what.substr(0, 9) != "reduction";
    for (std::string_view part :
         {"canal", "spinal canal", "lumbar canal", "cervical canal", "vertebral canal",
          "central canal", "neural foramina", "neural foramen", "foramina", "foramen",
          "lateral recess", "lateral recesses", "neuroforamina", "neuroforamen",
          "conjugation foramen", "conjugation foramina", "intervertebral foramen",
          "intervertebral foramina"}) {
      if (verb && part.find("canal") != std::string_view::npos) continue;
      b.add(std::string(what) + " " + std::string(part)).rule = TriggerRule::not_disc_space;
      for (std::string_view side : {"left", "right", "both"}) {
        b.add(std::string(what) + " " + std::string(side) + " " + std::string(part)).rule =
            TriggerRule::not_disc_space;
      }
    }
  }
  b.add_all({"foraminal reduction", "canal reduction"});
  // Myelography: the contrast-filled thecal sac pinched at a level, the
  // myelographic picture of central canal stenosis.
  // Beside the stenosis it shows ("hourglass constriction ..., in keeping
  // with severe central stenosis") it is that stenosis's sign.
  for (auto p : {"hourglass constriction", "hourglass deformity", "hourglass narrowing",
                 "hourglass configuration", "hourglass appearance"}) {
    b.add(p).deferent = true;
  }
  // The roots of a narrowed canal pressed together, and a recess closed: the
  // radiologist's words for central and lateral recess stenosis. Beside the
  // stenosis they show they are its sign, not a second finding.
  for (auto p :
       {"crowding of the cauda equina", "crowding of cauda equina", "cauda equina crowding",
        "crowded cauda equina", "crowding of the nerve roots",
        "crowding of the intrathecal nerve roots", "crowding of the intrathecal roots",
        "effacement of the lateral recess", "effacement of the lateral recesses",
        "effacement of the left lateral recess", "effacement of the right lateral recess",
        "effacement of the bilateral lateral recesses", "effacement of both lateral recesses",
        "lateral recess effacement", "effaced lateral recess", "effaced lateral recesses",
        "effacement of the subarticular recess", "effacement of the subarticular recesses",
        "subarticular recess effacement"}) {
    b.add(p).deferent = true;
  }
  // The sac the canal holds, said to be compressed (Japanese and Chinese
  // reports in English: "the dural sac is severely compressed"); a sac only
  // indented or contacted is not narrowed.
  for (std::string_view sac : {"thecal sac", "dural sac", "dural tube"}) {
    const std::string name(sac);
    // Beside a stenosis it names ("severe stenosis ..., with marked
    // compression of the thecal sac") it is that stenosis's sign.
    for (const std::string& p :
         {"compression of the " + name, name + " compression", "compressed " + name}) {
      b.add(p).deferent = true;
    }
    for (std::string_view degree :
         {"", "mildly ", "moderately ", "severely ", "markedly ", "significantly "}) {
      for (std::string_view verb : {" is ", " was ", " "}) {
        b.add(name + std::string(verb) + std::string(degree) + "compressed").deferent = true;
      }
    }
  }
}

void add_facet_disc_triggers(TriggerBuilder& b) {
  b.kind("facet-arthropathy", true);
  for (auto p :
       {"facet", "facets", "facet joint", "facet joints", "facet arthropathy", "facet hypertrophy",
        "facet joint hypertrophy", "facet joint arthropathy", "facet arthrosis",
        // German "Spondylarthrose": arthrosis of the facet joints
        "spondylarthrosis", "spondylarthrotic", "facet joint arthrosis", "facet osteoarthritis",
        "facet joint osteoarthritis", "facet arthritis", "facet degeneration",
        "facet degenerative changes", "facet joint degenerative changes", "facet disease",
        "facet hypertrophic changes", "facet arthropathic changes", "hypertrophic facet",
        "hypertrophic facets", "degenerative facet", "degenerative facets", "zygapophyseal joint",
        "zygapophyseal joints", "facet joint disease", "facet joint degeneration",
        "facet osteoarthrosis", "facet overgrowth", "facet joint overgrowth",
        "facet hypertrophic arthropathy", "zygapophyseal arthropathy", "zygapophysial joint",
        "zygapophysial joints", "articular process hypertrophy",
        "superior articular process hypertrophy", "posterior element hypertrophy",
        "hypertrophic arthropathy of the facets"}) {
    b.add(p).rule = TriggerRule::facet;
  }
  // "moderate arthropathy at L4-5", "Posterior elements: moderate arthropathy":
  // at a lumbar level the joint that takes arthropathy is the facet; another
  // joint named beside it (hip, sacroiliac, uncovertebral) or a systemic
  // arthropathy (psoriatic, rheumatoid) is no facet finding (trigger_context.cpp).
  for (auto p : {"arthropathy", "arthrosis", "arthropathic changes"}) {
    b.add(p).rule = TriggerRule::facet;
  }

  b.kind("disc-herniation", true, true);
  b.add_all({"herniation", "herniations", "herniated", "disc herniation", "disk herniation",
             "herniates", "herniating", "protrusion", "protrusions", "protruding", "extrusion",
             "extrusions", "extruded", "sequestration", "sequestered", "hnp", "free fragment",
             // prolapsed intervertebral disc / intervertebral disc prolapse
             // (South Asian and Gulf reports: "PIVD L4-5", "IVDP at L5-S1")
             "pivd", "ivdp", "disc fragment", "disk fragment", "extruded fragment",
             // herniated intervertebral disc (Korean and Taiwanese records:
             // "HIVD L4-5, left"); a disc said to protrude ("the L4/5
             // intervertebral disc protrudes posteriorly")
             "hivd", "ldh", "disc protrudes", "disk protrudes", "disc herniates", "disk herniates",
             "disc is herniated", "disk is herniated", "sequestered fragment", "migrated fragment",
             "herniated disc", "herniated disk", "herniated nucleus pulposus",
             // after disc surgery, "recurrent disc" is the herniation come
             // back ("scar versus recurrent disc", "without recurrent disc")
             "recurrent disc", "recurrent disk",
             // a trauma read's disc pushed back into the canal
             "retropulsed disc", "retropulsed disk", "retropulsed disc material",
             "retropulsed disc fragment", "retropulsed disk material",
             // ICD-10 M51.2x "Other intervertebral disc displacement".
             "disc displacement", "intervertebral disc displacement", "displaced disc",
             // and ICD-9 722.x "Displacement of lumbar intervertebral disc
             // without myelopathy" in older problem lists
             "displacement of intervertebral disc", "displacement of lumbar intervertebral disc",
             "displacement of cervical intervertebral disc",
             "displacement of thoracic intervertebral disc",
             "displacement of thoracic or lumbar intervertebral disc",
             // British usage: a disc prolapse is a herniation.
             "disc prolapse", "disk prolapse", "disc prolapses", "prolapsed disc", "prolapsed disk",
             "prolapsed intervertebral disc", "intervertebral disc prolapse",
             // A patient's words for a herniated disc (portal messages, quoted
             // speech, family history): read as the finding they name.
             "slipped disc", "slipped disk", "slipped discs", "slipped disks", "ruptured disc",
             "ruptured disk", "blown disc", "blown disk",
             // South Asian English ("operated for slip disc")
             "slip disc", "slip disk"});
  // A disc osteophyte complex is disc material with spur projecting into the
  // canal: counted as a herniation (issue 11, lead's check, category 5).
  for (auto p : {"disc osteophyte complex", "disk osteophyte complex", "disc osteophyte complexes",
                 "disk osteophyte complexes", "disc osteophyte", "disk osteophyte",
                 "osteophyte disc complex", "disc bulge osteophyte complex",
                 "disc ridge osteophyte complex", "disc osteophytic complex",
                 // translated reports put the spur first
                 "osteophytic disc complex", "osteophytic disk complex", "osteophytic ridge",
                 "osteophyte ridge", "osteodiscal complex", "disco osteophytic complex"}) {
    b.add(p).deferent = true;
  }
}

}  // namespace spinecds::terminology::text
