// The record's terms that are not finding kinds: the words clinic notes,
// problem lists and orders use for them. Data; record_terms.cpp reads them.
#include "terminology/record_terms.h"

namespace spinecds::terminology {

// Daily activities are named by the class, not the sentence: self-care
// (dressing, bathing, grooming, buttons), writing, driving, carrying and
// turning the head, each with the words that state the limit ("cannot",
// "unable to", "difficulty"); the bare activity says nothing of a limit.
//
// "ESI" is a word ("ESIs", "ESI x2"), never inside "desiccation". The films'
// kind is the engine's, so its study rules apply: only cues that can say a
// study was not done ("not obtained") deny films.
RecordTerms::RecordTerms()
    : daily_activities(
          "functional-limitation",
          {"activities of daily living", "daily activities", "adls", "adl", "unable to walk",
           "cannot walk", "can't walk", "unable to stand", "cannot stand", "can't stand",
           "difficulty walking", "difficulty standing", "walking tolerance", "walk more than",
           "stand more than", "limits his", "limits her", "limiting her", "limiting his",
           "limited in", "unable to work", "stopped working",
           // sitting, squatting and bending limits ("sitting tolerance 15
           // min", "cannot sit cross-legged or squat")
           "sitting tolerance", "standing tolerance", "cannot sit", "unable to sit", "can't sit",
           "cannot squat", "unable to squat", "can't squat", "cannot bend", "unable to bend",
           "can't bend", "cannot kneel", "unable to kneel",
           // roles given up ("has stopped her volunteer shifts", "sits to
           // rest on the way to the shops")
           "stopped her volunteer", "stopped his volunteer", "stopped volunteering",
           "gave up volunteering", "stopped her shifts", "stopped his shifts", "had to give up",
           "sits to rest", "has to sit to rest", "needs to sit to rest",
           // work restricted by the symptoms
           "light duty", "restricted duty", "modified duty", "off work", "out of work",
           "missed work", "cannot work", "can't work", "unable to lift", "cannot lift",
           // sickness certification (Scandinavian and UK records)
           "sick leave", "sick-listed", "sick listed", "sickness absence", "sick note",
           // a shift or hours cut by the pain, and a walking limit stated
           // ("can't finish a shift", "had to go part time", "walks 10 min max")
           "can't finish a shift", "cannot finish a shift", "unable to finish a shift",
           "had to go part time", "went part time", "cut back to part time", "reduced to part time",
           "cut her hours", "cut his hours", "min max", "minutes max", "blocks max",
           "walking distance", "can't lift", "cannot do overhead", "unable to do overhead",
           "help with socks", "help dressing", "cannot dress", "can't dress", "unable to dress",
           "inability to dress", "difficulty dressing", "difficulty with dressing",
           "trouble dressing", "cannot bathe", "can't bathe", "unable to bathe",
           "inability to bathe", "difficulty bathing", "difficulty with bathing", "trouble bathing",
           "cannot shower", "can't shower", "unable to shower", "inability to shower",
           "difficulty showering", "difficulty with showering", "trouble showering", "cannot wash",
           "can't wash", "unable to wash", "inability to wash", "difficulty washing",
           "difficulty with washing", "trouble washing", "cannot groom", "can't groom",
           "unable to groom", "inability to groom", "difficulty grooming",
           "difficulty with grooming", "trouble grooming", "cannot button", "can't button",
           "unable to button", "inability to button", "difficulty buttoning",
           "difficulty with buttoning", "trouble buttoning", "cannot write", "can't write",
           "unable to write", "inability to write", "difficulty writing", "difficulty with writing",
           "trouble writing", "cannot drive", "can't drive", "unable to drive",
           "inability to drive", "difficulty driving", "difficulty with driving", "trouble driving",
           "cannot carry", "can't carry", "unable to carry", "inability to carry",
           "difficulty carrying", "difficulty with carrying", "trouble carrying", "cannot lift",
           "can't lift", "unable to lift", "inability to lift", "difficulty lifting",
           "difficulty with lifting", "trouble lifting", "cannot comb", "can't comb",
           "unable to comb", "inability to comb", "difficulty combing", "difficulty with combing",
           "trouble combing", "cannot type", "can't type", "unable to type", "inability to type",
           "difficulty typing", "difficulty with typing", "trouble typing", "cannot turn her head",
           "can't turn her head", "unable to turn her head", "inability to turn her head",
           "difficulty turning her head", "difficulty with turning her head",
           "trouble turning her head", "cannot turn his head", "can't turn his head",
           "unable to turn his head", "inability to turn his head", "difficulty turning his head",
           "difficulty with turning his head", "trouble turning his head", "cannot turn the head",
           "can't turn the head", "unable to turn the head", "inability to turn the head",
           "difficulty turning the head", "difficulty with turning the head",
           "trouble turning the head", "cannot turn their head", "can't turn their head",
           "unable to turn their head", "inability to turn their head",
           "difficulty turning their head", "difficulty with turning their head",
           "trouble turning their head", "difficulty with buttons", "trouble with buttons",
           "difficulty with handwriting", "trouble with handwriting", "help with dressing",
           "help with bathing", "help with showering", "help bathing", "help showering",
           "help with buttons",
           // feeding, toileting and moving about with another's help (the Katz
           // basic activities; an inpatient chart's "needs assist x1 to walk")
           "unable to feed", "cannot feed", "can't feed", "difficulty feeding", "help with feeding",
           "assistance with feeding", "hold a cup", "hold a spoon", "unable to toilet",
           "help with toileting", "assistance with toileting", "needs assist", "needs assistance",
           "requires assist", "requires assistance", "assist x1", "assist x 1", "assist x2",
           "assist x 2", "two person assist", "2 person assist", "dependent for", "dependent with",
           "moderate assistance", "maximal assistance", "max assist", "mod assist",
           "functional limitation", "functional limitations", "functionally limited", "disabling",
           "severe disability",
           // pastimes and tasks lost to the symptoms ("He's had to give up
           // lawn bowls and can no longer walk the dog")
           "had to give up", "has given up", "have given up", "gave up his", "gave up her",
           "can no longer", "could no longer", "no longer able to", "is no longer able",
           "stopped playing", "unable to play", "can't play", "cannot play"}),
      independence("independent", {"independent in", "independent with"}),
      pain_management("pain-management", {"pain management", "pain clinic", "pain medicine",
                                          "interventional pain", "pain specialist"}),
      injections("injection", {"epidural steroid",
                               "epidural injection",
                               "epidural injections",
                               "facet injection",
                               "facet injections",
                               "facet joint injection",
                               "facet joint injections",
                               "facet block",
                               "facet blocks",
                               "medial branch block",
                               "medial branch blocks",
                               "radiofrequency ablation",
                               "nerve root block",
                               "nerve root blocks",
                               "selective nerve root",
                               "transforaminal epidural",
                               "transforaminal injection",
                               "transforaminal injections",
                               "trigger point injection",
                               "trigger point injections",
                               "esi",
                               "esis"}),
      medications("medication", {"nsaid",
                                 "nsaids",
                                 "anti-inflammatory",
                                 "anti-inflammatories",
                                 "antiinflammatory",
                                 "ibuprofen",
                                 "naproxen",
                                 "meloxicam",
                                 "gabapentin",
                                 "pregabalin",
                                 "muscle relaxant",
                                 "muscle relaxants",
                                 "cyclobenzaprine",
                                 "duloxetine",
                                 "oral steroid",
                                 "oral steroids",
                                 "medrol dose",
                                 "prednisone taper",
                                 "tramadol",
                                 "acetaminophen"}),
      cauda_equina("urgent-condition", {"cauda equina syndrome"}),
      neurologic_urgent("urgent-condition", {"cauda equina syndrome", "progressive neurologic",
                                             "progressive neurological"}),
      spinal_urgent(
          "urgent-condition",
          {"tumor",        "tumors",         "tumour",       "tumours",          "neoplasm",
           "metastasis",   "metastases",     "metastatic",   "osteomyelitis",    "discitis",
           "abscess",      "fracture",       "fractures",    "spondylodiscitis", "tuberculosis",
           "tuberculous",  "myeloma",        "chordoma",     "dislocation",      "jumped facets",
           "jumped facet", "perched facets", "perched facet"}),
      neuromuscular("neuromuscular-disease",
                    {"neuromuscular scoliosis", "cerebral palsy", "muscular dystrophy",
                     "spinal muscular atrophy", "myelomeningocele", "neuromuscular disease"}),
      osteoporosis("osteoporosis", {"osteoporosis", "osteoporotic"}),
      // Not a loss of lordosis or straightening: only the curve reversed.
      kyphosis("kyphosis", {"kyphosis", "kyphotic deformity", "kyphotic alignment",
                            "reversal of the cervical lordosis", "reversal of cervical lordosis",
                            "reversal of the normal cervical lordosis", "reversed lordosis",
                            "reversal of lordosis"}),
      odi("odi", {"oswestry", "odi"}),
      ndi("ndi", {"neck disability index", "ndi"}),
      mjoa("mjoa", {"mjoa", "modified japanese orthopaedic association", "modified joa", "m-joa"}),
      cotinine("cotinine", {"cotinine"}),
      facetectomy("facetectomy", {"facetectomy", "facetectomies", "facet resection",
                                  "fasettreseksjon", "fasettektomi"}),
      pars_resection(
          "pars-resection",
          {"pars resection", "resection of the pars", "pars interarticularis resection",
           "resect the pars", "resection of pars", "removal of the pars", "gill procedure",
           "gill laminectomy", "pars excision", "excision of the pars"}),
      flexion_extension(
          "flexion-extension-study",
          {"flexion and extension", "flexion extension", "flex ex", "flexion and extension views",
           "dynamic views", "dynamic radiograph", "dynamic radiographs", "bending views",
           "flexion views", "extension views"}),
      telehealth(
          "telehealth",
          {"telehealth", "tele-health", "telerehab", "tele-rehab", "telerehabilitation",
           "telemedicine", "virtual", "video visit", "video session", "via video", "by video",
           "zoom", "remote session", "remotely", "telephone visit", "synchronous audio",
           // a digital programme's sessions in an app
           "digital", "app-based", "app based", "app-guided", "app guided", "asynchronous",
           "asynchronously", "in the app", "via the app", "via app"}),
      home_programme(
          "home",
          {"home exercise", "home exercises", "home program", "home programme", "home-based", "hep",
           "self-directed", "independent exercise", "at home",
           // sessions without a therapist ("pool access only, no
           // therapist present")
           "unsupervised", "no therapist present", "without a therapist", "independent session",
           "independent sessions", "independent program", "independent programme"}) {}

const RecordTerms& record_terms() {
  static const RecordTerms terms;
  return terms;
}

}  // namespace spinecds::terminology
