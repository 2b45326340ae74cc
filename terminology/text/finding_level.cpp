// Which level a finding takes: its own, its header's or the one level its
// sentence names, and the exceptions to that last (tests/data/eval/README.md,
// "Which level a finding gets").
#include "terminology/text/sentence_findings.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

#include "terminology/finding_lexicon.h"
#include "terminology/text/sections.h"
#include "terminology/text/word_classes.h"
#include "terminology/text_tokens.h"

namespace spinecds::terminology::text {

// "No significant stenosis at any level except at L4-5": "any level" (or
// "elsewhere", "at the other levels", "throughout") names no level, so the
// finding does not take the one level its sentence names. Nor does a
// negated finding whose sentence names its level only as an exception
// ("No herniation, with the exception of a protrusion at L5-S1", "facets
// are unremarkable apart from arthropathy at L4-5") or one said of the
// other levels ("no other stenosis").
bool names_no_level(const Sentence& s, const Trig& t, bool negated) {
  const std::size_t end = std::min(t.last + 5, s.toks.size());
  for (std::size_t k = t.last; k < end; ++k) {
    if (brk(s, k) || s.mention_at[k] != kNone) break;
    const std::string_view w = s.toks[k].text;
    // "an L4-S1 fusion done elsewhere": an operation found is at its level;
    // "elsewhere" is the hospital that did it.
    const std::string& kind = t.entry->kind;
    if (w == "elsewhere" && !negated && (kind == "prior-fusion" || kind == "prior-laminectomy")) {
      continue;
    }
    if (w == "elsewhere" || w == "throughout") return true;
    if ((w == "any" || w == "other" || w == "remaining") && k + 1 < end &&
        (word_is(s.toks[k + 1], "level") || word_is(s.toks[k + 1], "levels") ||
         word_is(s.toks[k + 1], "other"))) {
      return true;
    }
  }
  if (!negated) return false;
  // "Signal abnormality in the left L5 pars ...; no spondylolisthesis": a
  // vertebra named for a part of its bone, in another clause, is no level for
  // what is denied after it.
  if (t.mention != kNone) {
    const Mention& m = s.mentions[static_cast<std::size_t>(t.mention)];
    if (m.single && m.last < t.first && m.last < s.toks.size() &&
        any_word_in(s, m.last, std::min(m.last + 2, s.toks.size()),
                    {"pars", "pedicle", "pedicles", "lamina", "laminae", "body", "endplate",
                     "endplates", "spinous", "transverse", "vertebral"})) {
      for (std::size_t k = m.last; k < t.first; ++k) {
        if (brk(s, k)) return true;
      }
    }
  }
  // "no other (significant) stenosis", "no further stenosis", "alignment
  // otherwise maintained"
  for (std::size_t k = t.first >= 3 ? t.first - 3 : 0; k < t.last; ++k) {
    if (word_is(s.toks[k], "other") || word_is(s.toks[k], "further") ||
        word_is(s.toks[k], "additional") || word_is(s.toks[k], "otherwise")) {
      return true;
    }
  }
  return false;
}

// A negated finding whose sentence names its one level only as an exception
// after it ("No herniation, with the exception of a protrusion at L5-S1",
// "facets are unremarkable apart from arthropathy at L4-5").
bool level_is_exception(const Sentence& s, const Trig& t) {
  for (std::size_t k = t.last; k < s.toks.size(); ++k) {
    if (s.mention_at[k] != kNone || punct_is(s.toks[k], ".")) return false;
    const std::string_view w = s.toks[k].text;
    if (w == "except" || w == "exception" || w == "besides" ||
        ((w == "apart" || w == "aside") && k + 1 < s.toks.size() &&
         word_is(s.toks[k + 1], "from")) ||
        (w == "other" && k + 1 < s.toks.size() && word_is(s.toks[k + 1], "than"))) {
      return true;
    }
  }
  return false;
}

// "No spinal stenosis, but moderate foraminal stenosis at L4-5": the one
// level of the sentence does not reach back across a contrast ("but",
// "however", "except") into the clause before it, which was whole without
// it. It does reach forward ("No herniation at L4-5, although a bulge causes
// mild canal narrowing" is narrowing at L4-5), and a ";" or a full stop does
// not part them.
bool contrast_before_level(const Sentence& s, const Trig& t, const Mention& m) {
  for (std::size_t k = t.last; k < m.first; ++k) {
    if (brk(s, k) && s.toks[k].kind == TokenKind::word) return true;
  }
  return false;
}

// "Although there is no central stenosis, the L4-5 protrusion ...": a contrast
// that opens the sentence sets its clause, up to the comma, apart; the level
// after it does not reach back into it. An exception ("Apart from arthropathy
// at L4-5, there is no stenosis") keeps its level to itself both ways.
bool opening_clause_apart(const Sentence& s, const Trig& t, const Mention& m) {
  if (s.toks.empty() || !(brk(s, 0) || word_is(s.toks[0], "besides"))) return false;
  const std::string_view w = s.toks[0].text;
  const bool exception = w == "apart" || w == "aside" || w == "except" || w == "besides";
  for (std::size_t k = 1; k < s.toks.size(); ++k) {
    if (!punct_is(s.toks[k], ",")) continue;
    return (t.first < k) != (m.first < k) && (exception || m.first > t.last);
  }
  return false;
}

// "Her brother had a C5-7 ACDF; she has had no neck surgery": the level of a
// relative's finding, in its own clause, is no level of the patient's.
// "Her father had a lumbar fusion; her own history is an L4-5 laminectomy":
// nor is the level of the patient's clause the relative's. (An operation's
// or a plan's level does carry on: "prior L3-4 laminectomy; no recurrent
// stenosis", "Plan: L4-5 laminectomy; fusion deferred".)
bool level_of_other_experiencer(const Sentence& s, const Trig& t, const Mention& m) {
  if (!crosses_break(s, std::min(t.last, m.last), std::max(t.first, m.first))) return false;
  if (t.other) return true;
  for (const Trig& o : s.trigs) {
    if (o.other && o.mention != kNone && &s.mentions[static_cast<std::size_t>(o.mention)] == &m &&
        !crosses_break(s, std::min(o.last, m.last), std::max(o.first, m.first))) {
      return true;
    }
  }
  return false;
}

// "PMH: lumbar stenosis, L5-S1 fusion 2014, hypertension", "Problem list:
// spinal stenosis; L4-5 spondylolisthesis": in a list of conditions, a level
// another item's finding owns is no level of this item's.
bool level_of_other_condition(const Sentence& s, const Trig& t, const Mention& m) {
  if (!condition_list_header(s.toks)) return false;
  // A comma parts items only where a new condition starts after it: "L4-5
  // spondylolisthesis, grade 1, with severe stenosis" is one item, its
  // modifiers and its "with" set off by commas.
  const auto modifier_at = [&](std::size_t k) {
    return cls_is(s, k, kSeverityWord) ||
           any_word_in(
               s, k, k + 1,
               {"with",     "without",   "grade",     "degenerative", "isthmic", "stable",
                "unstable", "recurrent", "residual",  "chronic",      "acute",   "worse",
                "worst",    "left",      "right",     "bilateral",    "central", "foraminal",
                "and",      "causing",   "producing", "resulting"});
  };
  // "Spondylolisthesis, L4-L5, grade 2": a level standing alone between
  // commas is the item's own; "lumbar stenosis, L5-S1 fusion 2014" starts a
  // new item at the level.
  const auto level_alone_at = [&](std::size_t k) {
    return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& o) {
      return o.first == k && o.last > k &&
             (o.last >= s.toks.size() || punct_is(s.toks[o.last], ",") ||
              punct_is(s.toks[o.last], ";") || punct_is(s.toks[o.last], ".") ||
              modifier_at(o.last));
    });
  };
  const auto item_between = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
      if (punct_is(s.toks[k], ";")) return true;
      if (!punct_is(s.toks[k], ",") || k + 1 >= s.toks.size()) continue;
      const bool goes_on = modifier_at(k + 1) || level_alone_at(k + 1);
      if (!goes_on) return true;
    }
    return false;
  };
  if (!item_between(std::min(t.last, m.last), std::max(t.first, m.first))) return false;
  return std::any_of(s.trigs.begin(), s.trigs.end(), [&](const Trig& o) {
    return &o != &t && o.mention != kNone &&
           &s.mentions[static_cast<std::size_t>(o.mention)] == &m &&
           !item_between(std::min(o.last, m.last), std::max(o.first, m.first));
  });
}

// "Adjacent segment disease C5-C6 ... 8 years after the earlier fusion",
// "new stenosis at L3-4 since her laminectomy": an operation that dates the
// finding names a time; the sentence's level is the finding's, not the
// operation's (its own level, written beside it, still is).
bool operation_as_time(const Sentence& s, const Trig& t, FindingKind kind) {
  if (kind != FindingKind::prior_fusion && kind != FindingKind::prior_laminectomy) return false;
  // "Non-union at C6-7 following ACDF in 2021": the operation's own failure
  // is at its level.
  if (std::any_of(s.trigs.begin(), s.trigs.end(),
                  [](const Trig& o) { return o.entry->kind == "pseudarthrosis"; })) {
    return false;
  }
  std::size_t k = t.first;
  for (int steps = 0; k > 0 && steps < 4; ++steps) {
    if (!any_word_in(s, k - 1, k,
                     {"the", "her", "his", "their", "earlier", "prior", "previous", "index",
                      "original", "initial", "first", "last", "old", "spinal", "spine"})) {
      break;
    }
    --k;
  }
  return k > 0 && any_word_in(s, k - 1, k, {"after", "since", "following"});
}

bool level_apart(const Sentence& s, const Trig& t, const Mention& m) {
  return opening_clause_apart(s, t, m) || level_of_other_experiencer(s, t, m) ||
         level_of_other_condition(s, t, m);
}

const Mention* sentence_level(const Sentence& s) {
  const Mention* only_level = nullptr;
  for (const auto& mention : s.mentions) {
    if (mention.segments.empty() || mention.reference) continue;
    if (only_level && only_level->segments != mention.segments) return nullptr;
    only_level = &mention;
  }
  return only_level;
}

std::optional<Mention> slip_sentence_level(const Sentence& s) {
  // "Anterolisthesis of L3 (4 mm) with severe facet arthropathy and severe
  // canal stenosis at that level", "L4 translates 5 mm on L5 ..., consistent
  // with instability": with no segment named, the one segment a slip's (or
  // its motion's) lone vertebra gives is the sentence's level.
  if (any_word_in(
          s, 0, s.toks.size(),
          {"multilevel", "multiple", "diffuse", "throughout", "several", "levels", "multi"}) ||
      std::any_of(s.mentions.begin(), s.mentions.end(),
                  [](const Mention& m) { return !m.segments.empty(); })) {
    return std::nullopt;
  }
  Mention slip_level;
  std::optional<int> upper;
  bool agree = true;
  for (const Trig& t : s.trigs) {
    const bool slip = t.entry->kind == "spondylolisthesis" || t.entry->kind == "translation";
    if (!slip || t.negated || t.hypothetical || t.other || t.mention == kNone) {
      continue;
    }
    const Mention& m = s.mentions[static_cast<std::size_t>(t.mention)];
    if (!m.segments.empty() || !m.single || m.reference) continue;
    // "L4 is anterolisthesed on L5", "L5 is anterolisthesed on S1": the
    // vertebra the slip names and the one it slips on, either side of it,
    // are one segment (place_level).
    int ordinal = m.single->ordinal;
    if (t.before != kNone && t.before != t.mention) {
      const Mention& b = s.mentions[static_cast<std::size_t>(t.before)];
      if (b.segments.empty() && b.single && std::abs(b.single->ordinal - ordinal) == 1) {
        ordinal = std::min(ordinal, b.single->ordinal);
      }
    }
    if (ordinal >= kSacrum) continue;
    agree = agree && (!upper || *upper == ordinal);
    upper = ordinal;
    slip_level.first = m.first;
    slip_level.last = m.last;
  }
  if (!upper || !agree) return std::nullopt;
  slip_level.segments = {Segment{Vertebra{*upper}}};
  return slip_level;
}

namespace {

// "at the level of C6", "behind the C5 body", "posterior to C4", "the C6
// level": a lone vertebra named as where something lies.
bool vertebra_as_level(const Sentence& s, const Mention& m) {
  const std::size_t k = m.first;
  if (k >= 2 && word_is(s.toks[k - 1], "of") && word_is(s.toks[k - 2], "level")) return true;
  if (k >= 1 && (word_is(s.toks[k - 1], "behind") || word_is(s.toks[k - 1], "posterior"))) {
    return true;
  }
  if (k >= 2 && word_is(s.toks[k - 1], "the") &&
      (word_is(s.toks[k - 2], "behind") || word_is(s.toks[k - 2], "at"))) {
    return m.last < s.toks.size() &&
           (word_is(s.toks[m.last], "level") || word_is(s.toks[m.last], "body"));
  }
  if (k >= 1 && word_is(s.toks[k - 1], "to") && k >= 2 && word_is(s.toks[k - 2], "posterior")) {
    return true;
  }
  return m.last < s.toks.size() &&
         (word_is(s.toks[m.last], "level") || word_is(s.toks[m.last], "body"));
}

}  // namespace

void place_level(const Sentence& s, const Trig& t, const Mention* only_level, const Mention* header,
                 bool negated, Draft& base) {
  const TriggerEntry& e = *t.entry;
  const FindingKind kind = base.f.kind;
  const Mention* m = nullptr;
  const bool no_level = names_no_level(s, t, negated);
  if (t.mention != kNone && !no_level) m = &s.mentions[t.mention];
  // "No significant stenosis other than mild foraminal narrowing at L5-S1":
  // the level after the exception is the exception's.
  if (m && negated && m->first > t.last && level_is_exception(s, t)) m = nullptr;
  if (m && !t.reference && level_apart(s, t, *m)) m = nullptr;
  const bool dates = operation_as_time(s, t, kind);
  if (m && dates && m->last != t.first && !(m->first >= t.last && m->first <= t.last + 2)) {
    m = nullptr;
  }
  // "anterolisthesis of L5 with resultant severe foraminal stenosis", "L5
  // pars fractures and stenosis at that level": a lone vertebra before the
  // finding names a slip's segment or a bone, not where this finding is.
  // So is one after it: "a fragment posterior to the L5 vertebral body,
  // likely arising from the L4-5 disc" is at the sentence's one level.
  // A vertebra's own motion keeps it: "the sagittal translation of L4 is
  // 4.5 mm and the angular displacement is 13 degrees, indicating
  // instability", "L4 DS: slip 4 mm, instability (-)" (East-Asian reports).
  // (Angulation and instability only where that vertebra is the sentence's
  // one level: "L3 translates 2 mm on L4 ..., instability at this level" is
  // the slip's segment.)
  const bool motion = kind == FindingKind::spondylolisthesis || kind == FindingKind::translation ||
                      ((kind == FindingKind::angulation || kind == FindingKind::instability) &&
                       s.mentions.size() == 1);
  // "the fragment narrows the canal at the level of C6, with compression of
  // the cord", "cord signal behind the C5 body": the cord is pressed at the
  // vertebra named as a level, over both segments its body spans (as a
  // corpectomy of it fuses both).
  const bool cord_kind =
      kind == FindingKind::cord_compression || kind == FindingKind::cord_signal_change;
  const bool segment_named = std::any_of(s.mentions.begin(), s.mentions.end(),
                                         [](const Mention& x) { return !x.segments.empty(); });
  if (cord_kind && m && !segment_named && m->segments.empty() && m->single &&
      m->single->ordinal >= 2 && m->single->ordinal < kFirstThoracic && vertebra_as_level(s, *m)) {
    const int n = m->single->ordinal;
    base.f.segments = {Segment{Vertebra{n - 1}}, Segment{Vertebra{n}}};
    base.first = std::min(base.first, m->first);
    base.last = std::max(base.last, m->last);
    return;
  }
  if (m && m->segments.empty() && m->single && !motion && kind != FindingKind::scoliosis &&
      (m->last <= t.first || only_level)) {
    m = nullptr;
  }
  if (kind == FindingKind::scoliosis && m && (t.mention != t.before || m->last + 2 >= t.first)) {
    base.f.extent = m->segments;  // the curve's own levels, not a segment's
  }
  if (!m && !(t.from_header && header) && !t.reference && !no_level &&
      !(negated && level_is_exception(s, t)) && !dates &&
      (!only_level ||
       (!contrast_before_level(s, t, *only_level) && !level_apart(s, t, *only_level)))) {
    m = only_level;
  }
  if (!e.no_levels && (m || (t.from_header && header))) {
    const Mention& lm = m ? *m : *header;
    base.f.segments = lm.segments;
    base.f.pelvis = lm.pelvis;
    if (lm.segments.empty() && lm.single && motion) {
      // "L4 translates ... on L5", "L5 is displaced on S1": two lone
      // vertebrae, one either side.
      const Mention* b = t.before != kNone ? &s.mentions[t.before] : nullptr;
      // "Retrolisthesis: L2 slips backward relative to L3": both after it.
      if ((!b || b == &lm) && m && t.mention > 0 &&
          s.mentions[static_cast<std::size_t>(t.mention - 1)].first >= t.last) {
        b = &s.mentions[static_cast<std::size_t>(t.mention - 1)];
      }
      int upper = lm.single->ordinal;
      if (b && b != &lm && b->single && b->segments.empty() &&
          std::abs(b->single->ordinal - upper) == 1) {
        upper = std::min(upper, b->single->ordinal);
        base.first = std::min(base.first, b->first);
      }
      if (upper < kSacrum) base.f.segments = {Segment{Vertebra{upper}}};
    }
    if (m) {
      base.first = std::min(base.first, m->first);
      base.last = std::max(base.last, m->last);
    }
  }
  // "atlantodens interval": the phrase names its own segment, C1-C2.
  if (e.segment_upper != 0) base.f.segments = {Segment{Vertebra{e.segment_upper}}};
}

}  // namespace spinecds::terminology::text
