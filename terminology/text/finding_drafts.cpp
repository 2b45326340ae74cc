// The rules that complete a sentence's drafts after they are read (a
// measured instability is also its translation; an ordered study is sought)
// and merge the drafts that say one thing.
#include <algorithm>
#include <string>
#include <vector>

#include "terminology/text/sentence_findings.h"

namespace spinecds::terminology::text {

namespace {

bool conflicts(const Finding& a, const Finding& b) {
  auto diff = [](const auto& x, const auto& y) { return x && y && *x != *y; };
  return a.kind != b.kind || a.negated != b.negated || a.uncertain != b.uncertain ||
         a.hypothetical != b.hypothetical || a.experiencer_other != b.experiencer_other ||
         diff(a.severity, b.severity) || diff(a.grade, b.grade) || diff(a.mm, b.mm) ||
         diff(a.degrees, b.degrees) || diff(a.direction, b.direction) ||
         diff(a.location, b.location) || diff(a.weeks, b.weeks) || diff(a.visits, b.visits) ||
         diff(a.start, b.start) || diff(a.end, b.end) || diff(a.setting, b.setting) ||
         (!a.segments.empty() && !b.segments.empty() && a.segments != b.segments) ||
         (a.location.has_value() != b.location.has_value() && a.kind == FindingKind::stenosis) ||
         // "fusion for pseudarthrosis of a prior ACDF": the operation now and
         // the earlier one are two operations.
         (a.kind == FindingKind::prior_fusion && a.historical != b.historical) ||
         // "discharged from PT after 10 visits to a home programme": the
         // supervised therapy and the home programme after it are two
         // (README); "home programme prescribed by the therapist" is one.
         (a.kind == FindingKind::physical_therapy && !a.setting && b.setting == "home") ||
         // Two cervical roots are two findings (README, Cervical files).
         (a.root && b.root && *a.root != *b.root && a.root->front() == 'C' &&
          b.root->front() == 'C');
}

void merge_into(Draft& a, const Draft& b) {
  auto take = [](auto& x, const auto& y) {
    if (!x && y) x = y;
  };
  Finding& f = a.f;
  const Finding& g = b.f;
  if (f.segments.empty()) f.segments = g.segments;
  if (f.extent.empty()) f.extent = g.extent;
  f.pelvis = f.pelvis || g.pelvis;
  take(f.severity, g.severity);
  take(f.grade, g.grade);
  take(f.mm, g.mm);
  take(f.degrees, g.degrees);
  take(f.direction, g.direction);
  take(f.location, g.location);
  take(f.weeks, g.weeks);
  take(f.visits, g.visits);
  take(f.start, g.start);
  take(f.end, g.end);
  take(f.setting, g.setting);
  // "R biceps 4/5, R WE 4-/5": one weakness, the root of the muscle that names one.
  take(f.root, g.root);
  // "s/p ACDF for radiculopathy, now with recurrent C7 radiculopathy": a
  // finding also said of the present is current; an operation said to be
  // done before stays done before.
  const bool operation =
      f.kind == FindingKind::prior_fusion || f.kind == FindingKind::prior_laminectomy;
  f.historical = operation ? f.historical || g.historical : f.historical && g.historical;
  a.first = std::min(a.first, b.first);
  a.last = std::max(a.last, b.last);
  a.deferent = a.deferent && b.deferent;  // an explicit statement is no longer a summary
}

// "Solid bony fusion across C5-C6 from prior ACDF", "fused following her
// ACDF": the fusion seen and the operation it came from are one fusion, so
// the historical operation joins the fusion seen. "Fusion for pseudarthrosis
// of a prior ACDF" (a revision) stays two operations.
bool fusion_from_operation(const Sentence& s, const Draft& a, const Draft& b) {
  if (a.f.kind != FindingKind::prior_fusion || b.f.kind != FindingKind::prior_fusion ||
      a.f.historical == b.f.historical) {
    return false;
  }
  const Draft& seen = a.first < b.first ? a : b;
  const Draft& done = a.first < b.first ? b : a;
  if (seen.f.historical) return false;  // the operation first: "ACDF in 2019, now solid"
  bool from = false;
  // The drafts' spans may share the level between them ("fusion across C5-C6
  // from prior ACDF"): the words read are those of both.
  for (std::size_t k = seen.first; k < done.last && k < s.toks.size(); ++k) {
    const std::string_view w = s.toks[k].text;
    if (w == "for" || w == "revision" || w == "." || w == ";") return false;
    from = from || w == "from" || w == "following" || w == "after";
  }
  if (!from) return false;
  Finding g = b.f;
  g.historical = a.f.historical;
  return !conflicts(a.f, g);
}

// "Buttock and thigh pain with walking, relieved by sitting, likely
// neurogenic claudication vs vascular", "walking intolerance, possibly
// neurogenic claudication": the symptoms described and the syndrome named
// after them with a hedge are one finding, and the author's doubt is about
// the syndrome; the symptoms read as the syndrome keep no certainty of their own.
// "EMG-confirmed radiculopathy on the left; possible superimposed
// radiculopathy from ...": a syndrome named outright is a finding of its own,
// and a ';' or a sentence break ends the description the hedge names.
void hedged_name_of_symptoms(const Sentence& s, std::vector<Draft>& out, std::ptrdiff_t base) {
  const auto named = [&](const Draft& d) {
    for (std::size_t k = d.first; k < d.last && k < s.toks.size(); ++k) {
      const std::string_view w = s.toks[k].text;
      if (w.starts_with("radiculopath") || w.starts_with("radiculitis") ||
          w.starts_with("claudication")) {
        return true;
      }
    }
    return false;
  };
  const auto broken = [&](std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to && k < s.toks.size(); ++k) {
      if (s.toks[k].text == ";" || s.toks[k].text == ".") return true;
    }
    return false;
  };
  const auto syndrome = [](FindingKind k) {
    return k == FindingKind::neurogenic_claudication || k == FindingKind::radiculopathy;
  };
  const auto plain = [](const Finding& f) {
    return !f.negated && !f.uncertain && !f.hypothetical && !f.experiencer_other && !f.historical;
  };
  std::vector<std::size_t> described;
  for (auto u = out.begin() + base; u != out.end(); ++u) {
    if (!syndrome(u->f.kind) || !u->f.uncertain || u->f.hypothetical || u->f.negated ||
        !u->f.segments.empty()) {
      continue;
    }
    for (auto a = out.begin() + base; a != u; ++a) {
      // ("right L5 radiculopathy; possible left S1 radiculopathy too": two)
      const bool other_side = a->f.side && u->f.side && *a->f.side != *u->f.side;
      const bool other_root = a->f.root && u->f.root && *a->f.root != *u->f.root;
      if (a->f.kind == u->f.kind && a->f.segments.empty() && plain(a->f) && a->first < u->first &&
          !other_side && !other_root && !named(*a) && !broken(a->last, u->first)) {
        if (!u->f.side) u->f.side = a->f.side;
        described.push_back(static_cast<std::size_t>(a - out.begin()));
      }
    }
  }
  std::sort(described.begin(), described.end());
  described.erase(std::unique(described.begin(), described.end()), described.end());
  for (auto i = described.rbegin(); i != described.rend(); ++i) {
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(*i));
  }
}

// "She underwent L4-5 laminectomy and fusion in 2016 (op note reviewed:
// 'bilateral L4-5 laminectomy, ...')": a document quoted in parentheses
// after its label says the operation again, a mention of its own (README:
// one item per mention).
bool quoted_document_between(const Sentence& s, std::size_t a, std::size_t b) {
  for (std::size_t k = a; k < b; ++k) {
    if (!punct_is(s.toks[k], "(")) continue;
    for (std::size_t j = k + 1; j < b && j < k + 6; ++j) {
      if (punct_is(s.toks[j], ")")) break;
      if (punct_is(s.toks[j], ":")) return any_word_in(s, k + 1, j, {"note", "report"});
    }
  }
  return false;
}

// The evidence of a radiculopathy draft holds the diagnosis's own word
// ("radiculopathy", "radicular"), not only its signs.
bool names_radiculopathy(const Sentence& s, const Draft& d) {
  for (std::size_t k = d.first; k < d.last && k < s.toks.size(); ++k) {
    if (s.toks[k].text.starts_with("radicul")) return true;
  }
  return false;
}

}  // namespace

// "4 mm of abnormal motion at L4-5": a measured instability is also the
// translation (or angulation) it measures, reported with its value whatever
// the threshold (DESIGN.md §4).
void measured_instability(const Sentence& s, std::vector<Draft>& local) {
  const std::size_t n = local.size();
  for (std::size_t i = 0; i < n; ++i) {
    // A view, not a copy: nothing reads it after the push_back below.
    const Finding& f = local[i].f;
    if (f.kind != FindingKind::instability || f.negated || (!f.mm && !f.degrees)) continue;
    const FindingKind motion = f.mm ? FindingKind::translation : FindingKind::angulation;
    bool named = false;
    for (const auto& d : local) named = named || (d.f.kind == motion && d.f.segments == f.segments);
    // "4 mm of dynamic anterolisthesis": the slip's motion is measured, so
    // it is the translation (README, session-20 batch), not an instability.
    const auto slip_word = [&](std::size_t k) {
      return any_word_in(s, k, k + 1, {"dynamic", "mobile", "dynamically"});
    };
    bool slip_motion = false;
    for (std::size_t k = local[i].first; k < local[i].last && k < s.toks.size(); ++k) {
      slip_motion = slip_motion || slip_word(k);
    }
    if (slip_motion && !named) {
      local[i].f.kind = motion;
      local[i].f.severity.reset();
      continue;
    }
    if (named) continue;
    Draft t = local[i];
    t.f.kind = motion;
    t.f.severity.reset();
    if (motion == FindingKind::translation) t.f.degrees.reset();
    if (motion == FindingKind::angulation) t.f.mm.reset();
    local.push_back(std::move(t));
  }
  // "Dynamic anterolisthesis ..., 3 mm in extension and 8 mm in flexion": the
  // slip's motion is the translation measured between the positions, also
  // where the motion word took one position's figure ("7 mm standing and 3 mm
  // supine, ... a mobile spondylolisthesis").
  std::erase_if(local, [&](const Draft& d) {
    if (d.f.kind != FindingKind::instability || d.f.negated ||
        !any_word_in(s, d.first, d.last, {"dynamic", "mobile"}) ||
        any_word_in(s, d.first, d.last, {"instability", "unstable", "segment", "hypermobile"})) {
      return false;
    }
    return std::any_of(local.begin(), local.end(), [&](const Draft& t) {
      return t.f.kind == FindingKind::translation && t.f.mm && t.f.segments == d.f.segments;
    });
  });
}

// "L4 translates 3 mm on L5 ..., consistent with instability at this level":
// a finding placed "at this level" (or "that", "the same") is at the level
// of the finding before it, here one its vertebrae give.
void at_this_level(const Sentence& s, std::vector<Draft>& local) {
  for (auto& d : local) {
    if (!d.f.segments.empty() || is_neuro(to_string(d.f.kind)) ||
        d.f.kind == FindingKind::physical_therapy ||
        d.f.kind == FindingKind::flexion_extension_study) {
      continue;
    }
    bool here = false;
    for (std::size_t k = d.last; k + 2 < s.toks.size() && k < d.last + 2 && !here; ++k) {
      here = (word_is(s.toks[k], "at") || word_is(s.toks[k], "of")) &&
             any_word_in(s, k + 1, k + 2, {"this", "that", "the"}) &&
             (word_is(s.toks[k + 2], "level") || word_is(s.toks[k + 2], "segment") ||
              (word_is(s.toks[k + 2], "same") && k + 3 < s.toks.size() &&
               word_is(s.toks[k + 3], "level")));
    }
    if (!here) continue;
    const Draft* before = nullptr;
    for (const auto& o : local) {
      if (&o != &d && o.first < d.first && !o.f.segments.empty() &&
          (!before || o.first > before->first)) {
        before = &o;
      }
    }
    if (before) d.f.segments = before->f.segments;
  }
}

// "Moderate foraminal stenosis at C4-5 and C5-6. Mild canal stenosis at the
// same levels.": a sentence that names no level of its own but points back
// to levels ("these levels", "both levels", "the same level", "that level").
bool refers_to_levels_before(const Sentence& s) {
  for (const auto& m : s.mentions) {
    if (!m.segments.empty() && !m.reference) return false;
  }
  for (std::size_t k = 0; k + 1 < s.toks.size(); ++k) {
    std::size_t next = k + 1;
    if (word_is(s.toks[k], "the") && word_is(s.toks[k + 1], "same")) {
      next = k + 2;
    } else if (!any_word_in(s, k, k + 1, {"these", "those", "both", "this", "that"})) {
      continue;
    }
    if (next < s.toks.size() && any_word_in(s, next, next + 1, {"two", "three", "four"})) ++next;
    if (next < s.toks.size() &&
        any_word_in(s, next, next + 1, {"level", "levels", "segment", "segments"})) {
      return true;
    }
  }
  return false;
}

// "XR lumbar flexion/extension, reason: assess for instability": a study
// named with the reason for it is an order, so the study is only sought.
void ordered_study(const Sentence& s, std::vector<Draft>& local) {
  bool study = false;
  for (const auto& d : local) study = study || d.f.kind == FindingKind::flexion_extension_study;
  if (!study) return;
  std::size_t reason = s.toks.size();
  for (std::size_t k = 0; k + 1 < s.toks.size(); ++k) {
    const std::string_view w = s.toks[k].text;
    if ((w == "reason" || w == "indication" || w == "dx" || w == "diagnosis") &&
        punct_is(s.toks[k + 1], ":")) {
      reason = k;
      break;
    }
  }
  if (reason == s.toks.size()) return;
  for (auto& d : local) {
    if (d.f.kind == FindingKind::flexion_extension_study && !d.f.negated && d.last <= reason) {
      d.f.hypothetical = true;
    }
  }
}

bool names_exam_only(const Sentence& s) {
  for (std::size_t k = 0; k < s.toks.size(); ++k) {
    if (cls_is(s, k, kClauseVerb) ||
        any_word_in(
            s, k, k + 1,
            {"show",     "shows",      "showed",     "demonstrate", "demonstrates", "demonstrated",
             "reveal",   "reveals",    "revealed",   "obtained",    "performed",    "done",
             "taken",    "completed",  "measures",   "measured",    "mm",           "degrees",
             "findings", "impression", "comparison", "technique"}) ||
        punct_is(s.toks[k], "\xC2\xB0")) {
      return false;
    }
  }
  return true;
}

bool opens_with_reason(const Sentence& s) {
  const auto& t = s.toks;
  if (t.empty()) return false;
  const std::size_t n = t.size();
  // "Reason:", "Indication:", "Dx:", "Reason for exam:", "Clinical indication:"
  for (std::size_t k = 0; k < std::min<std::size_t>(n, 4); ++k) {
    if (punct_is(t[k], ":")) {
      return any_word_in(s, 0, k, {"reason", "indication", "indications", "dx", "diagnosis"});
    }
  }
  // "Eval for dynamic instability.", "R/O instability."
  return any_word_in(s, 0, 1, {"eval", "evaluate", "evaluation", "assess", "rule"}) ||
         (n > 2 && word_is(t[0], "r") && punct_is(t[1], "/") && word_is(t[2], "o"));
}

// "Spine conference consensus: C4-5 cord compression with myelomalacia;
// recommend C4-C6 ACDF": a decision's label makes the operation it names a
// plan (plan_cues.cpp), not the diagnosis it states (README, session 33:
// "MDT outcome: L4/5 spondylolisthesis" is no plan).
void decision_states_diagnosis(const Sentence& s, std::vector<Draft>& local) {
  for (auto& d : local) {
    if (!d.f.hypothetical) continue;
    for (std::size_t k = d.first; k <= d.last && k < s.toks.size(); ++k) {
      if (s.trigger_at[k] == kNone) continue;
      const Trig& t = s.trigs[static_cast<std::size_t>(s.trigger_at[k])];
      if (procedure_kind(t.entry->kind)) break;
      if (t.has_cue && t.cue_last > t.cue_first && t.cue_last <= s.toks.size() &&
          any_word_in(s, t.cue_first, t.cue_last, {"consensus"}) &&
          punct_is(s.toks[t.cue_last - 1], ":")) {
        d.f.hypothetical = false;
      }
      break;
    }
  }
}

void merge_drafts(const Sentence& s, std::vector<Draft>& local, std::vector<Draft>& out) {
  decision_states_diagnosis(s, local);
  // One finding per thing said: "prior fusion ... with pedicle screws" and
  // "levoscoliosis ... Cobb angle of 18 degrees" each say one thing.
  // The merged drafts are out[base, end): no vector of their own per sentence.
  const auto base = static_cast<std::ptrdiff_t>(out.size());
  for (auto& d : local) {
    bool done = false;
    for (auto m = out.begin() + base; m != out.end(); ++m) {
      // Signs of myelopathy listed in one sentence say one thing ("wide-based
      // gait; unable to tandem walk"), whatever the punctuation between them.
      // So do the treatments a therapy note lists ("therapeutic exercise,
      // manual therapy, neuromuscular re-education"): one course of therapy.
      // A root's signs on one side are one radiculopathy too ("pain into the
      // left thumb and index finger; + Spurling's on L"; README: signs and
      // the diagnosis they are c/w in one sentence are one item); the
      // diagnosis named twice is two mentions ("favour a plexopathy over
      // radiculopathy; possible L5 radiculopathy").
      const bool same_side_root = d.f.kind == FindingKind::radiculopathy && d.f.side &&
                                  d.f.side == m->f.side && d.f.historical == m->f.historical &&
                                  !(names_radiculopathy(s, d) && names_radiculopathy(s, *m));
      // "right C8 radiculopathy; ulnar hand numbness": a sign with no side of
      // its own, of the root a sided diagnosis names, is that diagnosis's.
      const bool sign_of_diagnosis = d.f.kind == FindingKind::radiculopathy &&
                                     m->f.kind == d.f.kind && d.f.root && d.f.root == m->f.root &&
                                     d.f.side.has_value() != m->f.side.has_value() &&
                                     names_radiculopathy(s, d) != names_radiculopathy(s, *m);
      // "lumbar canal stenosis (LCS)", "degenerative spondylolisthesis
      // (DS)": the abbreviation given in parentheses restates the finding.
      const auto closes_at = [&s](std::size_t k) {
        return k < s.toks.size() && punct_is(s.toks[k], ")");
      };
      // (A draft's extent is inclusive and may reach past the parentheses to
      // a level written after them.)
      const bool restated = d.f.kind == m->f.kind && d.first >= 2 && m->first + 2 <= d.first &&
                            d.first - 2 <= m->last && punct_is(s.toks[d.first - 1], "(") &&
                            (closes_at(d.first + 1) || closes_at(d.first + 2));
      // "DF 4/5; EHL 4/5" (README: a sentence gives one weakness item, one
      // per root and side where roots are named).
      const bool rootless_weakness =
          d.f.kind == FindingKind::weakness && m->f.kind == FindingKind::weakness && !d.f.root &&
          !m->f.root && (!d.f.side || !m->f.side || d.f.side == m->f.side);
      // "Motor R/L: deltoid 4/5 | 4/5": both cells are the one root's weakness.
      const bool same_root_weakness = d.f.kind == FindingKind::weakness &&
                                      m->f.kind == FindingKind::weakness && d.f.root &&
                                      d.f.root == m->f.root && d.f.side == m->f.side;
      const bool one_per_sentence = d.f.kind == FindingKind::myelopathy ||
                                    d.f.kind == FindingKind::physical_therapy || same_side_root ||
                                    sign_of_diagnosis || rootless_weakness || same_root_weakness;
      // Named after a home programme, therapy with a course of its own and
      // its own word ("home exercise program since 2024, PT 6 visits", "HEP
      // given at PT eval 02/03/2026") is a second item; bare, it is who
      // prescribed the programme ("HEP per PT"), and a count read after
      // "home health PT" ("completed 8 visits") is that therapy's.
      const bool second_course =
          d.f.kind == FindingKind::physical_therapy && m->f.setting == "home" && !d.f.setting &&
          (d.f.visits || d.f.weeks || d.f.start || d.f.end) && d.first > m->first &&
          d.first < s.toks.size() && s.toks[d.first].kind == TokenKind::word;
      const bool joins =
          !second_course && (!conflicts(m->f, d.f) || fusion_from_operation(s, *m, d)) &&
          (one_per_sentence ||
           !crosses_break(s, std::min(m->first, d.first), std::max(m->first, d.first))) &&
          !quoted_document_between(s, std::min(m->first, d.first), std::max(m->first, d.first));
      if (restated || joins) {
        if (sign_of_diagnosis && !m->f.side) m->f.side = d.f.side;
        merge_into(*m, d);
        done = true;
        break;
      }
    }
    if (!done) out.push_back(std::move(d));
  }
  const auto by_start = [](const Draft& a, const Draft& b) { return a.first < b.first; };
  // Usually in order already; stable_sort would take a buffer each time.
  if (!std::is_sorted(out.begin() + base, out.end(), by_start)) {
    std::stable_sort(out.begin() + base, out.end(), by_start);
  }
  // "Babinski positive on the right, Hoffmann negative": a sign found says
  // myelopathy; the signs denied beside it do not deny it.
  const auto found = [](const Draft& d) {
    return d.f.kind == FindingKind::myelopathy && !d.f.negated && !d.f.uncertain &&
           !d.f.hypothetical && !d.f.experiencer_other;
  };
  // Nor does a sign called equivocal ("mild hyperreflexia; Hoffmann
  // equivocal on the left", "plantars: R upgoing, L equivocal").
  if (std::any_of(out.begin() + base, out.end(), found)) {
    const auto names_diagnosis = [&s](const Draft& d) {
      for (std::size_t k = d.first; k <= d.last && k < s.toks.size(); ++k) {
        if (s.toks[k].text.starts_with("myelopath")) return true;
      }
      return false;
    };
    out.erase(std::remove_if(out.begin() + base, out.end(),
                             [&](const Draft& d) {
                               return d.f.kind == FindingKind::myelopathy && !d.f.historical &&
                                      (d.f.negated ||
                                       (d.f.uncertain && !d.f.hypothetical && !names_diagnosis(d)));
                             }),
              out.end());
  }
  // "cord signal abnormality suggesting myelomalacia": the signal seen and the
  // hedged reading of it after it are one finding, the one seen.
  const auto signal = [](const Draft& d) { return d.f.kind == FindingKind::cord_signal_change; };
  std::vector<std::size_t> restated;
  for (auto u = out.begin() + base; u != out.end(); ++u) {
    if (!signal(*u) || !u->f.uncertain || u->f.hypothetical || u->f.negated) continue;
    for (auto a = out.begin() + base; a != u; ++a) {
      if (signal(*a) && !a->f.negated && !a->f.uncertain && !a->f.experiencer_other &&
          a->f.segments == u->f.segments) {
        restated.push_back(static_cast<std::size_t>(u - out.begin()));
        break;
      }
    }
  }
  for (auto i = restated.rbegin(); i != restated.rend(); ++i) {
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(*i));
  }
  hedged_name_of_symptoms(s, out, base);
}

}  // namespace spinecds::terminology::text
