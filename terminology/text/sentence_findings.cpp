// Findings in one sentence: each trigger becomes a draft with its ConText
// categories, its level (its own, its header's or the sentence's one level),
// its measures, therapy dates and settings, and one draft per located
// severity group.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "terminology/clinical_dates.h"
#include "terminology/text/finding_repeats.h"
#include "terminology/text/sentence_findings.h"
#include "terminology/text/trigger_vetoes.h"
#include "terminology/text/word_classes.h"

namespace spinecds::terminology::text {

void start_sentence(Sentence& s, const std::vector<Token>& all, std::span<const std::uint32_t> cls,
                    std::span<const std::uint32_t> ids, std::size_t begin, std::size_t end) {
  const std::size_t n = end - begin;
  s.all = &all;
  s.toks = std::span<const Token>(all).subspan(begin, n);
  s.cls = cls.subspan(begin, n);
  s.ids = ids.subspan(begin, n);
  s.base = begin;
  s.mention_at.assign(n, kNone);
  s.trigger_at.assign(n, kNone);
  s.mentions.clear();
  s.trigs.clear();
  s.roots.clear();
  s.cord_cells.clear();
  s.about_positions = false;
  for (std::size_t k = 0; k < n && !s.about_positions; ++k) {
    s.about_positions = cls_is(s, k, kPositionWord);
  }
}

namespace {

int grade_from_percent(double pct) {
  if (pct <= 25) return 1;
  if (pct <= 50) return 2;
  if (pct <= 75) return 3;
  if (pct <= 100) return 4;
  return 5;
}

// "Canal severe, foramina moderate on the left, at L3-L4": a grade right
// after the bare anatomy, ending its phrase, grades that anatomy.
bool bare_grade(const Sentence& s, const Trig& t, std::size_t& end) {
  if (t.entry->rule != TriggerRule::anatomy_only || t.last >= s.toks.size()) return false;
  if (!severity_at(s, t.last, end).has_value()) return false;
  if (end >= s.toks.size() || brk(s, end)) return true;
  const Token& after = s.toks[end];
  return punct_is(after, ",") || word_is(after, "on") || word_is(after, "at") ||
         word_is(after, "left") || word_is(after, "right") || word_is(after, "bilaterally") ||
         word_is(after, "bilateral") || word_is(after, "and");
}

// "no cement extravasation into the canal", "without extension of tumor into
// the neural foramina": the anatomy as the place another thing reaches; the
// denial is that thing's, not one of narrowing.
bool place_reached(const Sentence& s, const Trig& t) {
  std::size_t k = t.first;
  while (k > 0 &&
         any_word_in(s, k - 1, k, {"the", "spinal", "central", "neural", "left", "right"})) {
    --k;
  }
  if (k > 0 && any_word_in(s, k - 1, k, {"into", "within", "inside", "toward", "towards"})) {
    return true;
  }
  // "... into the central canal or foramina": the second place of the two.
  if (k < 2 || !any_word_in(s, k - 1, k, {"or", "and", ","}) || s.trigger_at[k - 2] == kNone) {
    return false;
  }
  const Trig& before = s.trigs[static_cast<std::size_t>(s.trigger_at[k - 2])];
  return before.entry->rule == TriggerRule::anatomy_only && before.first < t.first &&
         place_reached(s, before);
}

}  // namespace

void extract_sentence(Sentence& s, const Mention* header, std::vector<Draft>& out) {
  find_triggers(s);
  if (s.trigs.empty()) {
    // "PI 62, LL 35." names no finding word, only the two angles.
    std::vector<Draft> local;
    pi_ll_from_parts(s, local);
    if (!local.empty()) merge_drafts(s, local, out);
    return;
  }
  apply_context(s);
  assign_levels(s, header ? 0 : kNone);

  const auto measures = find_measures(s);
  auto& taken = s.taken;
  taken.assign(s.trigs.size(), MeasureSlots{});
  for (const auto& m : measures) {
    // "was 4 mm on the prior exam; currently 7 mm": today's figure in a
    // clause of its own still measures the finding before it.
    const std::size_t max_d = (m.kind == MeasureKind::weeks || m.kind == MeasureKind::visits) ? 40
                              : said_current(s, m.first)                                      ? 20
                                                                                              : 12;
    const int t = nearest_trigger(s, m.first, m.last, m.kind, max_d);
    if (t == kNone) continue;
    if ((m.kind == MeasureKind::weeks || m.kind == MeasureKind::visits) &&
        s.trigs[t].entry->kind == "physical-therapy" &&
        other_care_figure(s, m.first, m.last, false)) {
      continue;
    }
    auto& slot = taken[t].by_kind[static_cast<int>(m.kind)];
    // The nearer figure wins; at equal distance, the one after the trigger
    // ("lordosis 34 degrees, PI-LL mismatch of 28 degrees").
    const auto cost = [&](const Measure& x) {
      return 2 * distance(s.trigs[t], x.first, x.last) + (x.first < s.trigs[t].first ? 1 : 0);
    };
    if (!slot || cost(m) < cost(*slot)) slot = m;
  }
  // Therapy dates and settings go to the nearest therapy statement.
  bool therapy = false;
  for (const auto& t : s.trigs) therapy = therapy || t.entry->kind == "physical-therapy";
  // Only a sentence with a therapy statement pays for these.
  const std::size_t slots = therapy ? s.trigs.size() : 0;
  std::vector<std::vector<DateMention>> dates(slots);
  std::vector<std::optional<std::string>> settings(slots);
  std::vector<std::size_t> setting_pos(slots);
  // Dates and settings belong to therapy statements only.
  if (therapy) {
    int range_t = kNone;
    std::optional<DateMention> prev;
    for (auto d : find_dates(*s.all, s.base, s.base + s.toks.size())) {
      d.first -= s.base;
      d.last -= s.base;
      // "1/5/2026-2/13/2026, at ABC Physical Therapy": the date that ends a
      // range goes with the one that starts it, not to the nearer mention.
      const bool range_end = range_t != kNone && prev && dates_form_range(s.toks, *prev, d);
      const int t = range_end ? range_t
                    : other_care_figure(s, d.first, d.last, true)
                        ? kNone
                        : nearest_of_kind(s, d.first, "physical-therapy");
      if (t != kNone) dates[t].push_back(d);
      range_t = t;
      prev = d;
    }
    for (std::size_t k = 0; k < s.toks.size(); ++k) {
      std::size_t end = k;
      auto st = setting_at(s.toks, k, end);
      if (!st || s.trigger_at[k] != kNone) continue;
      const int t = nearest_of_kind(s, k, "physical-therapy");
      if (t == kNone || settings[t]) continue;
      settings[t] = *st;
      setting_pos[t] = k;
    }
  }

  const Mention* only_level = sentence_level(s);
  std::optional<Mention> slip_level;
  if (!only_level) {
    slip_level = slip_sentence_level(s);
    if (slip_level) only_level = &*slip_level;
  }
  std::vector<Draft>& local = s.drafts;
  local.clear();
  std::vector<int>& first_draft = s.first_draft;
  first_draft.assign(s.trigs.size(), kNone);
  // "Foramina: R>L moderate narrowing": the noun after a template line's
  // grades is the line's finding, read with the anatomy before it.
  std::size_t graded_noun = s.toks.size();
  // "Foramina: severe narrowing on the left, moderate on the right": nouns
  // inside a template line's cells, read with the line's anatomy.
  std::vector<int> cell_nouns;
  for (std::size_t i = 0; i < s.trigs.size(); ++i) {
    first_draft[i] = static_cast<int>(local.size());
    const Trig& t = s.trigs[i];
    const TriggerEntry& e = *t.entry;
    if (t.misnamed || (t.first == graded_noun && e.kind == "stenosis") ||
        std::find(cell_nouns.begin(), cell_nouns.end(), static_cast<int>(i)) != cell_nouns.end()) {
      continue;
    }
    // "The neural foramina are patent" says there is no stenosis; "the
    // foramina are narrowed" lets the trigger after it speak.
    // "Canal: mild." in a structured report grades the anatomy it names.
    // "Foramina: right normal, left moderate": the grades side by side.
    std::size_t sides_end = 0;
    const auto sides = side_grades(s, t, sides_end);
    std::size_t bare_end = 0;
    const bool bare = bare_grade(s, t, bare_end);
    const bool graded = std::any_of(sides.begin(), sides.end(),
                                    [](const SideGrade& g) { return g.severity.has_value(); }) ||
                        bare;
    if (graded && !sides.empty() && sides_end < s.toks.size() && s.trigger_at[sides_end] != kNone &&
        punct_is(s.toks[t.last], ":")) {
      graded_noun = sides_end;
    }
    if (graded && punct_is(s.toks[t.last], ":")) {
      for (const auto& g : sides) {
        if (g.noun != kNone) cell_nouns.push_back(g.noun);
      }
    }
    // "Neural foramina: C5-6 severe, C6-7 moderate": the anatomy graded level by level.
    if (e.rule == TriggerRule::anatomy_only && !t.negated && !graded &&
        !(t.last < s.toks.size() && punct_is(s.toks[t.last], ":") &&
          level_grades(s, t).size() >= 2)) {
      continue;
    }
    if (e.rule == TriggerRule::anatomy_only && t.negated && !graded && place_reached(s, t))
      continue;
    // "prior back surgery" alone names no operation; only its absence speaks.
    if (e.rule == TriggerRule::any_surgery && !t.negated) continue;
    Draft base;
    // "Otherwise alignment is anatomic" is said beside the slip it excepts,
    // not in its place: both stand.
    base.deferent = e.deferent && !(e.rule == TriggerRule::static_alignment &&
                                    any_word_in(s, 0, s.toks.size(), {"otherwise"}));
    base.f.kind = *parse_finding_kind(e.kind);  // the lexicon names only known kinds
    const FindingKind kind = base.f.kind;       // compared below as an enum, not a string
    const bool negated = t.negated || e.absent;
    base.f.negated = negated;
    base.f.uncertain = t.uncertain && !negated;
    base.indication = !negated && reason_for_procedure(s, i);
    // "C3-C6 laminoplasty for CSM (2019)": the reason for an operation done
    // before is the patient's history, as the operation is.
    const bool reason_for_done = base.indication && done_operation_before(s, t);
    base.f.hypothetical = t.hypothetical && !negated && !base.indication;
    base.f.historical = t.historical || reason_for_done;
    base.f.experiencer_other = t.other;
    base.first = t.first;
    base.last = t.last;
    if (t.has_cue) {
      base.first = std::min(base.first, t.cue_first);
      base.last = std::max(base.last, t.cue_last);
    }
    place_level(s, t, only_level, header, negated, base);
    std::vector<std::string> extra_roots;
    if (is_neuro(e.kind)) {
      neuro_details(s, t, base.f);
      extra_roots = more_roots(s, t, base.f);
    }
    if (kind == FindingKind::stenosis || kind == FindingKind::disc_herniation) {
      structure_side(s, t, t.first, base.f);
    }
    if (e.direction) base.f.direction = std::string(e.direction);
    if (e.grade) base.f.grade = e.grade;
    if (e.setting) base.f.setting = std::string(e.setting);
    if (e.takes_direction && !base.f.direction) {
      const std::size_t lo = t.first >= 3 ? t.first - 3 : 0;
      for (std::size_t k = lo; k < std::min(t.last + 4, s.toks.size()); ++k) {
        if (k >= t.first && k < t.last) continue;
        if (auto d = direction_word(s.toks[k].text)) {
          base.f.direction = std::string(*d);
          break;
        }
      }
    }
    for (const auto& slot : taken[i].by_kind) {
      if (!slot) continue;
      const Measure& mm = *slot;
      switch (mm.kind) {
        case MeasureKind::mm:
          base.f.mm = mm.value;
          break;
        case MeasureKind::degrees:
          base.f.degrees = mm.value;
          break;
        case MeasureKind::grade:
          // Figures come from hostile text: only a value an int holds is cast.
          if (mm.value >= 0 && mm.value <= 5) base.f.grade = static_cast<int>(mm.value);
          break;
        case MeasureKind::percent:
          if (!taken[i].by_kind[static_cast<int>(MeasureKind::grade)] && !e.grade) {
            base.f.grade = grade_from_percent(mm.value);
          }
          break;
        case MeasureKind::weeks:
          base.f.weeks = mm.value;
          break;
        case MeasureKind::visits:
          // "122222222222222 visits" is no count of visits (and overflows int).
          if (mm.value >= 0 && mm.value <= 10000) base.f.visits = static_cast<int>(mm.value);
          break;
        default:
          break;
      }
      base.first = std::min(base.first, mm.first);
      base.last = std::max(base.last, mm.last);
    }
    if (kind == FindingKind::physical_therapy) {
      if (!base.f.setting && settings[i]) {
        base.f.setting = settings[i];
        base.first = std::min(base.first, setting_pos[i]);
        base.last = std::max(base.last, setting_pos[i] + 1);
      }
      const auto& ds = dates[i];
      std::vector<const DateMention*> usable;
      for (const auto& d : ds) {
        if (d.year) usable.push_back(&d);
      }
      // "Records reviewed: MRI 08/20/2026, CT 09/02/2026, physical therapy
      // notes 06/01/2026 to 07/20/2026": a range joined by "-" / "to" is the
      // course's, before the dates of the studies listed with it.
      std::size_t from = 0;
      for (std::size_t j = 0; j + 1 < usable.size(); ++j) {
        if (dates_form_range(s.toks, *usable[j], *usable[j + 1])) {
          from = j;
          break;
        }
      }
      if (usable.size() >= 2) {
        base.f.start = iso_date(*usable[from]);
        base.f.end = iso_date(*usable[from + 1]);
      } else if (usable.size() == 1) {
        const DateMention& d = *usable.front();
        const bool ends = d.first > 0 && cls_is(s, d.first - 1, kEndDate);
        (ends ? base.f.end : base.f.start) = iso_date(d);
      }
      for (const auto* d : usable) {
        base.first = std::min(base.first, d->first);
        base.last = std::max(base.last, d->last);
      }
    }
    // Severity and location: one finding per located group ("moderate central
    // and severe foraminal stenosis" is two findings).
    std::size_t window_first = t.first;
    std::vector<Group> groups;
    if (bare) {
      // The grade after the anatomy is its own; the anatomy words say where.
      Group g;
      std::size_t end = 0;
      g.severity = severity_at(s, t.last, end);
      for (std::size_t j = t.first; j < t.last && !g.location; ++j) {
        g.location = location_word(s.toks[j].text, e.kind);
      }
      groups.push_back(g);
      base.last = std::max(base.last, bare_end);
    } else if (e.takes_severity || e.takes_location) {
      groups = modifier_groups(s, t, window_first);
    }
    if (groups.empty()) groups.push_back({});
    if (std::size_t at = 0; groups.front().severity && e.takes_severity) {
      if (auto sev = changed_to_severity(s, t, at)) {
        for (auto& g : groups) g.severity = sev;
        base.last = std::max(base.last, at);
      }
    }
    bool graded_after = false;
    // "..., which is moderate, and at L3-4, which is mild", "is marked and at
    // L5/S1 mild": a repeat whose level is graded after it takes that grade,
    // not the one before it, which closed the clause it repeats.
    if (std::size_t at = 0; t.copy_of != kNone && e.takes_severity) {
      if (auto sev = predicate_severity(s, t, at)) {
        for (auto& g : groups) g.severity = sev;
        base.last = std::max(base.last, at);
        graded_after = true;
      }
    }
    if (!groups.front().severity && t.copy_severity && !graded_after) {
      for (auto& g : groups) g.severity = t.copy_severity;
    }
    if (!groups.front().severity && e.takes_severity) {
      std::size_t at = 0;
      if (auto sev = predicate_severity(s, t, at)) {
        for (auto& g : groups) g.severity = sev;
        base.last = std::max(base.last, at);
      }
    }
    // "the cord is mildly flattened": a grade inside the trigger's own words.
    for (std::size_t k = t.first; !groups.front().severity && e.takes_severity && k < t.last; ++k) {
      std::size_t end = 0;
      if (auto sev = severity_at(s, k, end); sev && end <= t.last) {
        for (auto& g : groups) g.severity = sev;
      }
    }
    // One finding per side's grade; a side written "normal" is that side's
    // finding denied (tests/data/eval/README.md, templated anatomy lines).
    std::vector<bool> group_absent;
    if (!sides.empty() && e.takes_severity) {
      if (graded_noun == sides_end && sides_end < s.toks.size()) {
        const Trig& noun = s.trigs[static_cast<std::size_t>(s.trigger_at[sides_end])];
        base.last = std::max(base.last, noun.last);
      }
      if (std::any_of(sides.begin(), sides.end(),
                      [](const SideGrade& g) { return g.noun != kNone; })) {
        base.last = std::max(base.last, sides_end);
      }
      const bool any_absent =
          std::any_of(sides.begin(), sides.end(), [](const SideGrade& g) { return g.absent; });
      const bool any_graded = std::any_of(
          sides.begin(), sides.end(), [](const SideGrade& g) { return g.severity.has_value(); });
      if (sides.size() > 1 && (any_graded || !t.negated)) {
        const Group proto = groups.front();
        groups.clear();
        for (const auto& sg : sides) {
          groups.push_back(proto);
          groups.back().severity = sg.severity;
          groups.back().first = sg.first;
          groups.back().any = true;
          group_absent.push_back(any_absent && sg.absent);
        }
        base.last = std::max(base.last, sides_end);
      } else if (sides.size() == 1 && sides.front().severity && !base.f.side &&
                 (e.kind == "stenosis" || e.kind == "disc-herniation")) {
        // "Foramina: right severe": a lone grade keeps the side beside it.
        base.f.side = sides.front().side;
      }
    }
    bool any_location = false;
    for (const auto& g : groups) any_location = any_location || g.location;
    if (!any_location && e.takes_location && i > 0 &&
        s.trigs[i - 1].entry->rule == TriggerRule::anatomy_only &&
        t.first - s.trigs[i - 1].last <= 4 && !anatomy_touched(s, s.trigs[i - 1])) {
      // "the neural foramina are moderately narrowed"
      const Trig& a = s.trigs[i - 1];
      for (std::size_t j = a.first; j < a.last; ++j) {
        if (auto loc = location_word(s.toks[j].text, e.kind)) {
          for (auto& g : groups) g.location = loc;
          any_location = true;
          base.first = std::min(base.first, a.first);
          break;
        }
      }
    }
    if (!any_location && e.takes_location) {
      std::size_t end = t.last;
      auto locs = following_locations(s, t, end);
      if (!locs.empty()) {
        const auto sev = groups.front().severity;
        groups.clear();
        for (auto& l : locs) {
          Group g;
          g.severity = sev;
          g.location = l;
          groups.push_back(g);
        }
        base.last = std::max(base.last, end);
        any_location = true;
      }
    }
    if (!any_location && e.takes_location && t.copy_of != kNone &&
        first_draft[t.copy_of] < static_cast<int>(local.size())) {
      // The repeated finding keeps the location it repeats.
      const auto& loc = local[first_draft[t.copy_of]].f.location;
      for (auto& g : groups) g.location = loc;
      any_location = loc.has_value();
    }
    // "Severe spinal stenosis at C3-4": the spinal canal, when no word of the
    // phrase or after it names another place (tests/data/eval/README.md).
    if (!any_location && kind == FindingKind::stenosis && e.takes_location &&
        any_word_in(s, window_first, t.first, {"spinal"})) {
      for (auto& g : groups) g.location = "central";
    }
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
      const Group& g = groups[gi];
      // The last group takes `base` itself (only its scalar `last` is read
      // after this); the others take copies.
      const bool last_group =
          gi + 1 == groups.size() || !e.takes_location || kind != FindingKind::stenosis;
      Draft d = last_group ? Draft(std::move(base)) : Draft(base);
      if (!group_absent.empty()) {
        d.f.side = sides[gi].side;
        d.f.negated = group_absent[gi];
        d.f.uncertain = t.uncertain && !d.f.negated;
        d.f.hypothetical = t.hypothetical && !d.f.negated && !d.indication;
      } else if (groups.size() > 1 && g.any &&
                 (kind == FindingKind::stenosis || kind == FindingKind::disc_herniation)) {
        // A grade after the trigger ("Foramina: severe right, mild left")
        // takes the side up to the next grade or the end of its list.
        const std::size_t end = g.first > t.first ? base.last : t.first;
        const std::size_t to =
            gi + 1 < groups.size() && groups[gi + 1].any ? groups[gi + 1].first : end;
        if (auto side = side_between(s, g.first, to)) d.f.side = side;
      }
      if (e.takes_severity) d.f.severity = g.severity;
      if (e.takes_location && g.location) {
        // Only one location per finding for non-stenosis kinds.
        d.f.location = g.location;
      }
      if (g.any) d.first = std::min(d.first, g.first);
      local.push_back(std::move(d));
      for (const auto& r : extra_roots) {
        Draft other = local.back();
        other.f.root = r;
        local.push_back(std::move(other));
      }
      if (e.rule == TriggerRule::any_surgery) {
        Draft fusion = local.back();
        fusion.f.kind = FindingKind::prior_fusion;
        local.push_back(std::move(fusion));
      }
      if (!e.takes_location || kind != FindingKind::stenosis) break;
    }
    if (e.takes_severity && !e.no_levels) {
      const auto grades = level_grades(s, t);
      if (grades.size() >= 2 && static_cast<std::size_t>(first_draft[i]) < local.size()) {
        const Draft proto = local[static_cast<std::size_t>(first_draft[i])];
        local.resize(static_cast<std::size_t>(first_draft[i]));
        // "L1-2 none, L2-3 moderate": the cell's "none" is the negation the
        // trigger saw; it denies its own level, not the graded ones.
        const bool cell_denies =
            std::any_of(grades.begin(), grades.end(), [](const LevelGrade& g) { return g.absent; });
        for (const auto& g : grades) {
          local.push_back(proto);
          local.back().f.segments = g.segments;
          local.back().f.severity = g.severity;
          if (g.side) local.back().f.side = g.side;
          if (g.absent) {
            local.back().f.severity.reset();
            local.back().f.negated = true;
            local.back().f.uncertain = false;
            local.back().f.hypothetical = false;
          } else if (cell_denies) {
            local.back().f.negated = false;
          }
        }
      }
    }
  }
  own_level_repeats(s, first_draft, local);
  motion_between_positions(s, measures, local);
  measured_instability(s, local);
  at_this_level(s, local);
  pi_ll_from_parts(s, local);
  ordered_study(s, local);
  prescribed_therapy(s, local);
  merge_drafts(s, local, out);
}

}  // namespace spinecds::terminology::text
